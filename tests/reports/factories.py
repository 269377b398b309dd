"""Making reports in tests through the real service, with defaults that pass every check."""

from __future__ import annotations

import datetime
from typing import Any

from varna.organisation.models import Administration, User
from varna.reports.models import ReferenceItem, Report
from varna.reports.services import submit_report


def items(kind: str, *codes: str) -> list[ReferenceItem]:
    return list(ReferenceItem.objects.filter(kind=kind, code__in=codes))


def make_report(
    *,
    administration: str = "Bromma",
    by: str | None = "medarbetare",
    environments: tuple[str, ...] = ("right_wing",),
    event_types: tuple[str, ...] = ("graffiti",),
    **fields: Any,
) -> Report:
    """A report of Bromma by the employee: right-wing graffiti yesterday, unless told otherwise."""
    adm = Administration.objects.get(name=administration)
    fields.setdefault("event_date", datetime.date.today() - datetime.timedelta(days=1))
    fields.setdefault("description", "Klistermärken med vit makt-symboler vid busshållplatsen.")
    return submit_report(
        submitted_by=User.objects.get(username=by) if by else None,
        administration=adm,
        environments=items("environment", *environments),
        event_types=items("event_type", *event_types),
        **fields,
    )
