"""What one administration's situation picture shows, exactly or disclosure-controlled.

Inside the administration (its coordinators and its committee) counts are exact and live, for any
period and filter. Everyone else sees a year only through its latest release (releases.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from varna.organisation.models import Administration
from varna.situation.city import TREND_YEARS
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
    count_unvouched,
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
    # Counted reports the coordinators have not vouched for yet: inside only ("varav N
    # ogranskade"); outside, releases leave them out (ADR 0006).
    unvouched: int | None = None
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
        unvouched=count_unvouched(period, filters, administration.pk),
    )


def _graffiti_rows(counts: Counts, administration_id: int, areas: list) -> list[Row]:
    columns = categories("area", items={}, filters=Filters(), areas=areas)
    return [
        Row(code, label, counts.graffiti_by_area.get((administration_id, code), 0)) for code, label in columns
    ]
