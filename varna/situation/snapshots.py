"""A situation picture's figures as JSON, and back: what a frozen snapshot stores.

`figures_to_json` writes every number the page shows (total, every breakdown, graffiti per area,
the trend) with its labels as they were on the day, so that a snapshot reads the same even after
reference lists or area names change. `figures_from_json` rebuilds a `Figures` that the page
templates, the exports and the documents render exactly like a live picture.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from varna.organisation.models import Administration
from varna.situation.exports import ExportTable, export_tables
from varna.situation.figures import Figures, Trend
from varna.situation.models import Draft, Snapshot
from varna.situation.statistics import BREAKDOWNS, Filters, Period, Row

VERSION = 1  # of the JSON layout; a later layout can read older snapshots by it


def _period_json(period: Period) -> dict[str, str]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


def _period_from(data: dict[str, str]) -> Period:
    return Period(datetime.date.fromisoformat(data["start"]), datetime.date.fromisoformat(data["end"]))


def _rows_json(rows: list[Row]) -> list[dict[str, Any]]:
    return [{"code": r.code, "label": r.label, "count": r.count, "suppressed": r.suppressed} for r in rows]


def _rows_from(data: list[dict[str, Any]]) -> list[Row]:
    return [Row(d["code"], d["label"], d["count"], bool(d.get("suppressed"))) for d in data]


def figures_to_json(figures: Figures) -> dict[str, Any]:
    return {
        "version": VERSION,
        "period": _period_json(figures.period),
        "controlled": figures.controlled,
        "threshold": figures.threshold,
        "classifications": list(figures.filters.classifications),
        "total": figures.total,
        "excluded": figures.excluded,
        "graffiti_total": figures.graffiti_total,
        "graffiti_with_environment": figures.graffiti_with_environment,
        "unvouched": figures.unvouched,
        "breakdowns": {key: _rows_json(rows) for key, rows in figures.breakdowns.items()},
        "breakdown_titles": {key: str(BREAKDOWNS.get(key, key)) for key in figures.breakdowns},
        "graffiti_by_area": _rows_json(figures.graffiti_by_area),
        "trend": {
            "periods": [_period_json(p) for p in figures.trend.periods],
            "totals": figures.trend.totals,
            "environments": [
                {"code": code, "label": label, "counts": counts}
                for code, label, counts in figures.trend.environments
            ],
        },
    }


def figures_from_json(data: dict[str, Any], administration: Administration) -> Figures:
    trend = data["trend"]
    return Figures(
        administration=administration,
        period=_period_from(data["period"]),
        filters=Filters(classifications=tuple(data["classifications"])),
        controlled=data["controlled"],
        threshold=data.get("threshold"),
        total=data["total"],
        breakdowns={key: _rows_from(rows) for key, rows in data["breakdowns"].items()},
        graffiti_total=data["graffiti_total"],
        graffiti_by_area=_rows_from(data["graffiti_by_area"]),
        trend=Trend(
            periods=[_period_from(p) for p in trend["periods"]],
            totals=list(trend["totals"]),
            environments=[(e["code"], e["label"], list(e["counts"])) for e in trend["environments"]],
        ),
        excluded=data.get("excluded"),
        graffiti_with_environment=data.get("graffiti_with_environment"),
        unvouched=data.get("unvouched"),
    )


# --- comparing two snapshots -----------------------------------------------------------------


@dataclass
class CompareRow:
    label: str
    first: int | None
    second: int | None
    in_first: bool = True
    in_second: bool = True

    @property
    def difference(self) -> int | None:
        """second − first, when both are shown."""
        if self.first is None or self.second is None:
            return None
        return self.second - self.first

    @property
    def changed(self) -> bool:
        return self.first != self.second or self.in_first != self.in_second


@dataclass
class CompareTable:
    key: str
    title: str
    rows: list[CompareRow]

    @property
    def changed(self) -> int:
        return sum(1 for row in self.rows if row.changed)


def _compare_rows(first: list[Row], second: list[Row]) -> list[CompareRow]:
    """Rows matched by code, in the first snapshot's order, then rows only in the second."""
    by_code = {row.code: row for row in second}
    result = []
    for row in first:
        other = by_code.pop(row.code, None)
        result.append(
            CompareRow(
                label=row.label,
                first=row.count,
                second=other.count if other else None,
                in_second=other is not None,
            )
        )
    result += [
        CompareRow(label=r.label, first=None, second=r.count, in_first=False) for r in by_code.values()
    ]
    return result


def compare(first: Figures, second: Figures) -> list[CompareTable]:
    """Every table of two pictures side by side, row by row."""
    tables = [
        CompareTable(
            "total",
            _("Sammanfattning"),
            [
                CompareRow(_("Händelser totalt"), first.total, second.total),
                CompareRow(_("Klotter totalt"), first.graffiti_total, second.graffiti_total),
            ],
        )
    ]
    second_breakdowns = second.breakdowns
    for key, title, rows in first.titled_breakdowns:
        tables.append(CompareTable(key, title, _compare_rows(rows, second_breakdowns.get(key, []))))
    tables.append(
        CompareTable(
            "graffiti",
            _("Klotter per område"),
            _compare_rows(first.graffiti_by_area, second.graffiti_by_area),
        )
    )
    tables.append(
        CompareTable(
            "trend",
            _("Händelser per period"),
            _compare_rows(first.trend.total_rows(), second.trend.total_rows()),
        )
    )
    return tables


# --- reads ---------------------------------------------------------------------------------------


def snapshots_of(administration: Administration, year: int | None = None) -> QuerySet[Snapshot]:
    snapshots = Snapshot.objects.filter(administration=administration).select_related("administration")
    if year is not None:
        snapshots = snapshots.filter(year=year)
    return snapshots.order_by("-year", "-number")


def latest_snapshots(year: int) -> dict[int, Snapshot]:
    """Each administration's latest frozen picture of `year`, by administration id."""
    latest: dict[int, Snapshot] = {}
    for snapshot in Snapshot.objects.filter(year=year).order_by("administration_id", "number"):
        latest[snapshot.administration_id] = snapshot
    return latest


def draft_of(administration: Administration, year: int) -> Draft | None:
    return Draft.objects.filter(administration=administration, year=year).first()


def snapshot_figures(snapshot: Snapshot, *, exact: bool) -> Figures:
    """The snapshot's figures as the reader may see them: exact, or disclosure-controlled."""
    figures = figures_from_json(snapshot.data(exact=exact), snapshot.administration)
    figures.frozen_sources = (snapshot.extra or {}).get("other_sources", {}).get("sections", [])
    return figures


def mapping_suggestion(figures: Figures) -> str:
    """A first draft of the "kartläggning": which sources have counts for the period, which not.

    Built from labels and numbers only, so it holds no personal data. The text is frozen with
    the picture and published, so it is written from the figures outsiders may see: give it the
    release's figures, and a hidden count reads "färre än N eller dolt", never the number.
    """
    rows = figures.breakdowns.get("source", [])
    hidden = _("färre än %(n)s eller dolt") % {"n": figures.threshold}
    used = [row for row in rows if row.count or row.suppressed]
    unused = [row for row in rows if row.count == 0 and not row.suppressed]
    period = figures.period.label
    paragraphs = []
    if used:
        listed = ", ".join(f"{row.label.lower()} ({hidden if row.suppressed else row.count})" for row in used)
        paragraphs.append(
            _("Lägesbilden för %(period)s bygger på följande källor (antal i parentes): %(sources)s.")
            % {"period": period, "sources": listed}
        )
    else:
        paragraphs.append(_("Inga källor har uppgifter för %(period)s.") % {"period": period})
    if unused:
        paragraphs.append(
            _("Inga uppgifter finns från: %(sources)s.")
            % {"sources": ", ".join(row.label.lower() for row in unused)}
        )
    paragraphs.append(
        _(
            "Svarsfrekvens: ange här hur stor andel av de tillfrågade som svarade på enkäten och hur "
            "många verksamheter som rapporterade."
        )
    )
    return "\n\n".join(paragraphs)


# --- for the action plans -------------------------------------------------------------------------

PLAN_TABLES = ("summary", "environment", "event_type", "trend")


def snapshot_choices(administration: Administration) -> list[tuple[int, str]]:
    """The administration's frozen pictures, for the plan section form."""
    return [
        (
            snapshot.pk,
            _("%(year)s, version %(number)s (fastställd %(date)s)")
            % {
                "year": snapshot.year,
                "number": snapshot.number,
                "date": date_format(timezone.localtime(snapshot.frozen_at), "j F Y"),
            },
        )
        for snapshot in snapshots_of(administration)
    ]


def plan_snapshot(snapshot_id: int | None, administration_id: int) -> Snapshot | None:
    """The snapshot a plan section points to, if it is the plan's administration's."""
    if not snapshot_id:
        return None
    return (
        Snapshot.objects.select_related("administration")
        .filter(pk=snapshot_id, administration_id=administration_id)
        .first()
    )


def plan_tables(snapshot: Snapshot, *, exact: bool) -> list[ExportTable]:
    """The snapshot's main tables for an action plan: exact in an internal document, the release
    (controlled) in one for publication (ADR 0006)."""
    figures = snapshot_figures(snapshot, exact=exact)
    return [table for table in export_tables(figures) if table.key in PLAN_TABLES]
