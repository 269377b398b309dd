"""Disclosure-controlled tables of administrations side by side, and the threshold.

The city-wide view of the situation picture is built from each administration's latest release
(releases.city_picture, ADR 0006); `controlled_table` suppresses a table of administrations ×
categories for the other apps' city-wide statistics. Rules (ADR 0003):

- Only whole calendar years and the standard selection of classifications are published:
  overlapping periods or filters could be subtracted from each other.
- An administration with fewer reports than the threshold (but not none) is shown only as
  "fewer than N"; its figures are in no table and in no sum. The other administrations' totals
  are then shown exactly and stay shown, which keeps every breakdown table independent.
- Each breakdown is one table (administrations × categories) with row totals, column totals and
  a grand total, suppressed by `disclosure.suppress`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings

from varna.organisation.models import Administration
from varna.situation.disclosure import Table, suppress
from varna.situation.statistics import (
    BREAKDOWNS,
    Period,
)

# Areas belong to one administration each: they are broken down on the administration's own
# page only, not side by side.
CITY_BREAKDOWNS = tuple(key for key in BREAKDOWNS if key != "area")
TREND_YEARS = 4  # earlier years beside the chosen one


def threshold() -> int:
    return int(getattr(settings, "SITUATION_SUPPRESSION_THRESHOLD", 3))


@dataclass
class CityTable:
    """One breakdown, administrations (those shown) × categories, after suppression."""

    key: str
    title: str
    columns: list[tuple[str, str]]
    administrations: list[Administration]
    cells: list[list[int | None]]
    totals: list[int]
    column_totals: list[int | None]
    grand_total: int

    def row_for(self, administration_id: int) -> list[int | None] | None:
        for index, administration in enumerate(self.administrations):
            if administration.pk == administration_id:
                return self.cells[index]
        return None

    @property
    def rows(self) -> list[tuple[Administration, list[int | None], int]]:
        return list(zip(self.administrations, self.cells, self.totals, strict=True))


@dataclass
class CityPicture:
    period: Period
    threshold: int
    administrations: list[Administration]
    totals: dict[int, int | None]
    small: list[Administration]
    tables: dict[str, CityTable]
    graffiti: dict[int, int | None]
    trend_periods: list[Period] = field(default_factory=list)
    trend_totals: dict[int, list[int | None]] = field(default_factory=dict)
    trend_environments: list[CityTable] = field(default_factory=list)
    # Administrations with no release of the year ("inte publicerad ännu"), and per
    # administration which trend years have a release.
    unpublished: list[Administration] = field(default_factory=list)
    trend_published: dict[int, list[bool]] = field(default_factory=dict)

    @property
    def shown(self) -> list[Administration]:
        left_out = {a.pk for a in self.small} | {a.pk for a in self.unpublished}
        return [a for a in self.administrations if a.pk not in left_out]

    @property
    def grand_total(self) -> int:
        return sum(t for t in self.totals.values() if t is not None)


def controlled_table(
    key: str,
    title: str,
    columns: list[tuple[str, str]],
    administrations: Sequence[Administration],
    cell: dict[tuple[int, str], int],
    totals: dict[int, int],
    limit: int,
) -> CityTable:
    """Suppress one breakdown of the administrations that are shown (none of them small)."""
    administrations = list(administrations)
    raw = [[cell.get((a.pk, code), 0) for code, _label in columns] for a in administrations]
    row_totals = [totals.get(a.pk, 0) for a in administrations]
    if not raw:
        return CityTable(key, title, columns, [], [], [], [0] * len(columns), 0)
    column_totals = [sum(col) for col in zip(*raw, strict=True)]
    grand = sum(row_totals)
    table = Table.of(
        raw,
        row_totals=row_totals,
        column_totals=column_totals,
        grand_total=grand,
        fixed=[("row", i) for i in range(len(raw))] + [("grand",)],
    )
    result = suppress(table, limit)
    return CityTable(
        key=key,
        title=title,
        columns=columns,
        administrations=administrations,
        cells=[[result.cell(i, j) for j in range(len(columns))] for i in range(len(raw))],
        totals=row_totals,
        column_totals=[result.column_total(j) for j in range(len(columns))],
        grand_total=grand,
    )
