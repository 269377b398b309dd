"""Helpers for tests of releases: vouch for reports and freeze an administration's year."""

from __future__ import annotations

from django.utils import timezone

from varna.organisation.models import Administration, User
from varna.reports.models import Report
from varna.situation.models import Snapshot
from varna.situation.services import freeze_situation


def vouch_all() -> None:
    """Every report so far reviewed: counted outside its administration."""
    Report.objects.filter(reviewed_at__isnull=True).update(reviewed_at=timezone.now())


def release(name: str, year: int, *, by: str = "samordnare.bromma") -> Snapshot:
    """Freeze the administration's year (the service does not ask who; the views do)."""
    administration = Administration.objects.get(name=name)
    return freeze_situation(administration=administration, year=year, actor=User.objects.get(username=by))
