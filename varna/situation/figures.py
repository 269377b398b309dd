"""What one administration's situation picture shows, exactly or disclosure-controlled.

The administration's coordinators see exact counts for any period and filter. Everyone else who
may see it (central coordinator, system administrator, the administration's committee) sees the
administration's row of the city-wide publication (city.py) for a calendar year, plus its areas
and graffiti, suppressed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from varna.organisation.models import Administration
from varna.situation.city import TREND_YEARS, CityTable, city_picture, threshold
from varna.situation.disclosure import Table, suppress
from varna.situation.sources import OtherSources, key_figures, other_sources
from varna.situation.statistics import (
    BREAKDOWNS,
    GRAFFITI,
    GRAFFITI_LABEL,
    Counts,
    Filters,
    Period,
    Row,
    areas_of,
    categories,
    count,
    count_excluded,
    count_trend,
    exact_rows,
    reference_items,
)


@dataclass
class Trend:
    periods: list[Period]
    totals: list[int | None]
    environments: list[tuple[str, str, list[int | None]]]

    def total_rows(self) -> list[Row]:
        return [
            Row(p.short_label, p.label, total, total is None)
            for p, total in zip(self.periods, self.totals, strict=True)
        ]


@dataclass
class Figures:
    administration: Administration
    period: Period
    filters: Filters
    controlled: bool
    total: int | None
    breakdowns: dict[str, list[Row]]
    graffiti_total: int | None
    graffiti_by_area: list[Row]
    trend: Trend
    threshold: int | None = None
    excluded: int | None = None
    graffiti_with_environment: int | None = None
    # The year's survey, training completion and support log (sources.py); a frozen picture
    # keeps them as key figures instead (Snapshot.extra).
    sources: OtherSources = field(default_factory=OtherSources)
    frozen_sources: list[dict[str, Any]] | None = None

    @property
    def source_sections(self) -> list[dict[str, Any]]:
        """The other sources as titled (label, value) rows: for snapshots and documents."""
        return key_figures(self.sources) if self.frozen_sources is None else self.frozen_sources

    @property
    def small(self) -> bool:
        """Disclosure-controlled and too few reports to break down: only "fewer than N" shows."""
        return self.controlled and self.total is None

    @property
    def titled_breakdowns(self) -> list[tuple[str, str, list[Row]]]:
        return [(key, str(BREAKDOWNS[key]), rows) for key, rows in self.breakdowns.items()]


def _with_graffiti_source(rows: list[Row], graffiti: int | None) -> list[Row]:
    return [*rows, Row(GRAFFITI, str(GRAFFITI_LABEL), graffiti, graffiti is None)]


def exact_figures(administration: Administration, period: Period, filters: Filters) -> Figures:
    """The coordinator's picture: exact counts, any period, any filter."""
    items = reference_items()
    areas = areas_of(administration)
    adm = administration.pk
    periods = period.with_earlier(TREND_YEARS)
    totals, environments = count_trend(periods, filters, [adm], items)
    # The chosen period is the trend's last: its total and environments come from there.
    others = tuple(key for key in BREAKDOWNS if key != "environment")
    counts = count(period, filters, [adm], breakdowns=others, items=items, with_totals=False)
    counts.totals[adm] = totals.get((adm, len(periods) - 1), 0)
    counts.by["environment"] = {
        (a, code): n for (a, k, code), n in environments.items() if k == len(periods) - 1
    }
    breakdowns: dict[str, list[Row]] = {}
    for key in BREAKDOWNS:
        columns = categories(key, items=items, filters=filters, present=counts.codes(key), areas=areas)
        breakdowns[key] = exact_rows(counts, key, adm, columns)
    graffiti_total = counts.graffiti_totals.get(adm, 0)
    breakdowns["source"] = _with_graffiti_source(breakdowns["source"], graffiti_total)
    columns = categories(
        "environment",
        items=items,
        filters=filters,
        present={c for (_a, _k, c), n in environments.items() if n},
    )
    trend = Trend(
        periods=periods,
        totals=[totals.get((administration.pk, k), 0) for k in range(len(periods))],
        environments=[
            (code, label, [environments.get((administration.pk, k, code), 0) for k in range(len(periods))])
            for code, label in columns
        ],
    )
    return Figures(
        administration=administration,
        period=period,
        filters=filters,
        controlled=False,
        total=counts.totals.get(administration.pk, 0),
        breakdowns=breakdowns,
        graffiti_total=graffiti_total,
        graffiti_by_area=_graffiti_rows(counts, administration.pk, areas),
        trend=trend,
        excluded=count_excluded(period, filters, administration.pk, items),
        graffiti_with_environment=counts.graffiti_with_environment.get(administration.pk, 0),
        sources=other_sources(administration, period, controlled=False),
    )


def _graffiti_rows(counts: Counts, administration_id: int, areas: list) -> list[Row]:
    columns = categories("area", items={}, filters=Filters(), areas=areas)
    return [
        Row(code, label, counts.graffiti_by_area.get((administration_id, code), 0)) for code, label in columns
    ]


def controlled_figures(administration: Administration, year: int) -> Figures:
    """The picture seen from outside the administration: a calendar year, suppressed."""
    limit = threshold()
    period = Period.year(year)
    picture = city_picture(year)
    areas = areas_of(administration)
    own = count(period, Filters(), [administration.pk], breakdowns=("area",))
    total = picture.totals[administration.pk]
    breakdowns: dict[str, list[Row]] = {}
    for key in BREAKDOWNS:
        if key == "area":
            columns = categories("area", items={}, filters=Filters(), areas=areas)
            raw = [own.get("area", administration.pk, code) for code, _label in columns]
            breakdowns[key] = _one_line(columns, raw, total, limit)
        else:
            breakdowns[key] = _city_row(picture.tables[key], administration.pk, total)
    graffiti_total = picture.graffiti[administration.pk]
    breakdowns["source"] = _with_graffiti_source(breakdowns["source"], graffiti_total)
    graffiti_columns = categories("area", items={}, filters=Filters(), areas=areas)
    graffiti_raw = [
        own.graffiti_by_area.get((administration.pk, code), 0) for code, _label in graffiti_columns
    ]
    trend = Trend(
        periods=picture.trend_periods,
        totals=picture.trend_totals[administration.pk],
        environments=_trend_rows(picture.trend_environments, administration.pk),
    )
    return Figures(
        administration=administration,
        period=period,
        filters=Filters(),
        controlled=True,
        threshold=limit,
        total=total,
        breakdowns=breakdowns,
        graffiti_total=graffiti_total,
        graffiti_by_area=_one_line(graffiti_columns, graffiti_raw, graffiti_total, limit),
        trend=trend,
        sources=other_sources(administration, period, controlled=True),
    )


def _hidden(columns: list[tuple[str, str]]) -> list[Row]:
    return [Row(code, label, None, True) for code, label in columns]


def _city_row(table: CityTable, administration_id: int, total: int | None) -> list[Row]:
    row = table.row_for(administration_id)
    if total is None or row is None:
        return _hidden(table.columns)
    return [Row(code, label, n, n is None) for (code, label), n in zip(table.columns, row, strict=True)]


def _one_line(columns: list[tuple[str, str]], raw: list[int], total: int | None, limit: int) -> list[Row]:
    """A breakdown of the administration's own (areas): one line under its shown total."""
    if total is None or not columns:
        return _hidden(columns)
    result = suppress(Table.of([raw], row_totals=[total], fixed=[("row", 0)]), limit)
    return [
        Row(code, label, result.cell(0, j), result.cell(0, j) is None)
        for j, (code, label) in enumerate(columns)
    ]


def _trend_rows(tables: list[CityTable], administration_id: int) -> list[tuple[str, str, list[int | None]]]:
    if not tables:
        return []
    rows = [table.row_for(administration_id) for table in tables]
    return [
        (code, label, [None if row is None else row[j] for row in rows])
        for j, (code, label) in enumerate(tables[0].columns)
    ]
