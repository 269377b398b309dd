"""Loading the support log's objects from URL arguments for `requires(rule, load=...)`."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404

from varna.support.models import Consultation, FirstContactRequest, SupportTeam


def request_from(kwargs: dict[str, Any]) -> tuple[str, FirstContactRequest]:
    item = get_object_or_404(
        FirstContactRequest.objects.select_related(
            "administration",
            "team",
            "receiving_administration",
            "receiving_unit",
            "logged_by",
            "first_contact_by",
        ),
        pk=kwargs.pop("pk"),
    )
    return "item", item


def consultation_from(kwargs: dict[str, Any]) -> tuple[str, Consultation]:
    consultation = get_object_or_404(
        Consultation.objects.select_related("administration", "asking_administration", "asking_unit"),
        pk=kwargs.pop("pk"),
    )
    return "consultation", consultation


def team_from(kwargs: dict[str, Any]) -> tuple[str, SupportTeam]:
    return "team", get_object_or_404(
        SupportTeam.objects.select_related("administration"), pk=kwargs.pop("pk")
    )
