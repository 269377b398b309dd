"""What the coordinator sees of a batch: the first rows and counts per environment, type and area.

The same counting serves the preview (from the batch's validated rows) and the result (from
the reports and counts the import created), so the two can be compared at a glance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from varna.organisation.models import Area, Unit
from varna.reports.constants import AgeGroup, ImportKind, ImportStatus, ReferenceKind
from varna.reports.models import GraffitiCount, ImportBatch, ReferenceItem, Report

FIRST_ROWS = 10


@dataclass
class Tally:
    title: str
    counts: list[tuple[str, int]]


@dataclass
class Summary:
    rows: int
    total: int  # events, or graffiti counted (the sum of Antal)
    first: list[dict[str, Any]] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)


class _Names:
    def __init__(self, batch: ImportBatch) -> None:
        self.items = {(i.kind, i.code): i.label for i in ReferenceItem.objects.all()}
        self.areas = dict(
            Area.objects.filter(administration=batch.administration_id).values_list("pk", "name")
        )
        self.units = dict(
            Unit.objects.filter(administration=batch.administration_id).values_list("pk", "name")
        )

    def item(self, kind: str, code: str | None) -> str:
        return self.items.get((kind, code), code or "") if code else ""

    def items_of(self, kind: str, codes: list[str]) -> str:
        return ", ".join(self.item(kind, code) for code in codes)


def _tally(title: str, counter: Counter[str]) -> Tally:
    return Tally(title, sorted(counter.items(), key=lambda pair: (-pair[1], pair[0])))


def summarise_rows(batch: ImportBatch, rows: list[dict[str, Any]]) -> Summary:
    """Count validated rows (or rows rebuilt from imported objects)."""
    names = _Names(batch)
    none_area = _("Hela förvaltningen") if batch.kind == ImportKind.GRAFFITI else _("Inget område angivet")
    none_environment = _("Ingen miljö angiven")
    areas: Counter[str] = Counter()
    environments: Counter[str] = Counter()
    if batch.kind == ImportKind.GRAFFITI:
        for row in rows:
            areas[names.areas.get(row.get("area"), none_area)] += row["count"]
            environments[
                names.item(ReferenceKind.ENVIRONMENT, row.get("environment")) or none_environment
            ] += row["count"]
        first = [
            {
                "row": row.get("row"),
                "area": names.areas.get(row.get("area"), none_area),
                "period": f"{row['period_start']} – {row['period_end']}",
                "count": row["count"],
                "environment": names.item(ReferenceKind.ENVIRONMENT, row.get("environment")),
            }
            for row in rows[:FIRST_ROWS]
        ]
        return Summary(
            rows=len(rows),
            total=sum(row["count"] for row in rows),
            first=first,
            tallies=[_tally(_("Område"), areas), _tally(_("Miljö"), environments)],
        )
    types: Counter[str] = Counter()
    for row in rows:
        areas[names.areas.get(row.get("area"), none_area)] += 1
        for code in row["environments"] or [None]:
            environments[names.item(ReferenceKind.ENVIRONMENT, code) or none_environment] += 1
        for code in row["event_types"] or [None]:
            types[names.item(ReferenceKind.EVENT_TYPE, code) or _("Ingen typ angiven")] += 1
    ages = dict(AgeGroup.choices)
    first = [
        {
            "row": row.get("row"),
            "date": row["event_date"][:7] if row["date_precision"] == "month" else row["event_date"],
            "unit": names.units.get(row.get("unit"), ""),
            "area": names.areas.get(row.get("area"), ""),
            "environments": names.items_of(ReferenceKind.ENVIRONMENT, row["environments"]),
            "event_types": names.items_of(ReferenceKind.EVENT_TYPE, row["event_types"]),
            "age_group": ages.get(row["age_group"], ""),
            "setting": names.item(ReferenceKind.SETTING, row.get("setting")),
            "actions": names.items_of(ReferenceKind.ACTION, row["actions"]),
            "description": row["description"],
        }
        for row in rows[:FIRST_ROWS]
    ]
    return Summary(
        rows=len(rows),
        total=len(rows),
        first=first,
        tallies=[
            _tally(_("Miljö"), environments),
            _tally(_("Typ av händelse"), types),
            _tally(_("Område"), areas),
        ],
    )


def _rows_of_imported(batch: ImportBatch) -> list[dict[str, Any]]:
    if batch.kind == ImportKind.GRAFFITI:
        return [
            {
                "area": count.area_id,
                "period_start": count.period_start.isoformat(),
                "period_end": count.period_end.isoformat(),
                "count": count.count,
                "environment": count.environment.code if count.environment else None,
            }
            for count in GraffitiCount.objects.filter(import_batch=batch)
            .select_related("environment")
            .order_by("pk")
        ]
    return [
        {
            "event_date": report.event_date.isoformat(),
            "date_precision": report.date_precision,
            "unit": report.unit_id,
            "area": report.area_id,
            "environments": [item.code for item in report.environments.all()],
            "event_types": [item.code for item in report.event_types.all()],
            "age_group": report.age_group,
            "setting": report.setting.code if report.setting else None,
            "actions": [item.code for item in report.actions.all()],
            "description": report.description,
        }
        for report in Report.objects.filter(import_batch=batch).with_lists().order_by("pk")
    ]


def summarise(batch: ImportBatch) -> Summary:
    """The preview of a batch waiting for confirmation, or what an imported batch created."""
    if batch.status == ImportStatus.IMPORTED:
        return summarise_rows(batch, _rows_of_imported(batch))
    return summarise_rows(batch, batch.rows)
