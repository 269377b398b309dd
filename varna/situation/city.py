"""The disclosure-controlled publication of one year: every administration side by side.

Everything shown outside an owning administration comes from here, so that the city-wide view,
an administration's page seen from outside and the API never show different suppression patterns
of the same numbers (comparing them would undo the suppression). Rules (ADR 0003):

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
from varna.situation.disclosure import Table, is_small, suppress
from varna.situation.statistics import (
    BREAKDOWNS,
    Counts,
    Filters,
    Period,
    categories,
    count,
    count_trend,
    reference_items,
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

    @property
    def shown(self) -> list[Administration]:
        small = {a.pk for a in self.small}
        return [a for a in self.administrations if a.pk not in small]

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


def city_picture(year: int, *, trend_environments: bool = True) -> CityPicture:
    """Every administration's figures for a calendar year, disclosure-controlled."""
    limit = threshold()
    period = Period.year(year)
    filters = Filters()
    items = reference_items()
    administrations = list(Administration.objects.order_by("name"))
    ids = [a.pk for a in administrations]
    counts = count(period, filters, ids, breakdowns=CITY_BREAKDOWNS, items=items)
    small = [a for a in administrations if is_small(counts.totals.get(a.pk, 0), limit)]
    small_ids = {a.pk for a in small}
    shown = [a for a in administrations if a.pk not in small_ids]
    picture = CityPicture(
        period=period,
        threshold=limit,
        administrations=administrations,
        totals={a.pk: None if a.pk in small_ids else counts.totals.get(a.pk, 0) for a in administrations},
        small=small,
        tables={},
        graffiti={a.pk: _graffiti_total(counts, a.pk, limit) for a in administrations},
    )
    for key in CITY_BREAKDOWNS:
        columns = categories(key, items=items, filters=filters, present=counts.codes(key))
        picture.tables[key] = controlled_table(
            key, str(BREAKDOWNS[key]), columns, shown, counts.by[key], counts.totals, limit
        )
    _add_trend(picture, ids, items, limit, with_environments=trend_environments)
    return picture


def _graffiti_total(counts: Counts, administration_id: int, limit: int) -> int | None:
    total = counts.graffiti_totals.get(administration_id, 0)
    return None if is_small(total, limit) else total


def _add_trend(
    picture: CityPicture, ids: list[int], items: dict, limit: int, *, with_environments: bool
) -> None:
    """Totals and environments of the earlier years, each year suppressed as its own publication."""
    periods = picture.period.with_earlier(TREND_YEARS)
    totals, environments = count_trend(periods, Filters(), ids, items, with_environments=with_environments)
    present = {code for (_adm, _k, code), n in environments.items() if n}
    columns = categories("environment", items=items, filters=Filters(), present=present)
    picture.trend_periods = periods
    picture.trend_totals = {a.pk: [] for a in picture.administrations}
    for k, period in enumerate(periods):
        year_totals = {a.pk: totals.get((a.pk, k), 0) for a in picture.administrations}
        shown = [a for a in picture.administrations if not is_small(year_totals[a.pk], limit)]
        for a in picture.administrations:
            value = year_totals[a.pk]
            picture.trend_totals[a.pk].append(None if is_small(value, limit) else value)
        if not with_environments:
            continue
        cells = {(adm, code): n for (adm, kk, code), n in environments.items() if kk == k}
        picture.trend_environments.append(
            controlled_table("environment", period.label, columns, shown, cells, year_totals, limit)
        )
