"""Loading a round from URL arguments for `requires(rule, load=...)`."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404

from varna.surveys.models import Round


def round_from(kwargs: dict[str, Any]) -> tuple[str, Round]:
    survey_round = get_object_or_404(
        Round.objects.select_related("administration", "template"), pk=kwargs.pop("round_id")
    )
    return "survey_round", survey_round
