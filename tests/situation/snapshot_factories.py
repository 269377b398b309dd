"""Frozen situation pictures for tests (also for the permission matrix)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from varna.organisation.models import Administration, User
from varna.situation.models import Snapshot
from varna.situation.services import freeze_situation, save_draft


def make_snapshot(
    administration: Administration | str = "Bromma",
    *,
    year: int | None = None,
    by: str = "samordnare.bromma",
    mapping: str = "Rapporter från medarbetare och polisen.",
    analysis: str = "Läget är lugnt.",
) -> Snapshot:
    if isinstance(administration, str):
        administration = Administration.objects.get(name=administration)
    year = year or timezone.localdate().year - 1
    actor = User.objects.get(username=by)
    save_draft(administration=administration, year=year, mapping=mapping, analysis=analysis, actor=actor)
    return freeze_situation(administration=administration, year=year, actor=actor)


def matrix_objects() -> dict[str, Any]:
    """A frozen situation picture of Bromma (last year)."""
    return {"situation_snapshot": make_snapshot("Bromma")}
