"""Releases: what anyone outside an administration sees of its year (ADR 0006).

A release is the disclosure-controlled half of a frozen snapshot (`Snapshot.controlled`).
Outsiders — the central coordinator's city view, the API, the map, exports and documents for
publication — see a year of an administration only through its latest release, never live
controlled figures: a live table read beside a frozen one would give hidden cells away.

A release counts only the reports the administration's coordinators vouched for (reviewed,
imported or entered themselves: `statistics.vouched_for`), so a planted report changes nothing
outside until it is reviewed. Each breakdown is one line (categories under the administration's
total) protected by `disclosure.protect`: zeros count as small, secondary cells come in a secret
seeded order, and every cell hidden in an earlier release of the year is hidden again. The
hidden cells' names (category codes) are stored with the release under "hidden".
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from varna.organisation.models import Administration
from varna.situation.city import CITY_BREAKDOWNS, TREND_YEARS, CityPicture, CityTable, threshold
from varna.situation.disclosure import is_primary, protect_line, shown_column_totals
from varna.situation.figures import Figures, Trend
from varna.situation.models import Snapshot
from varna.situation.snapshots import figures_from_json, figures_to_json, latest_snapshots
from varna.situation.statistics import (
    BREAKDOWNS,
    GRAFFITI,
    GRAFFITI_LABEL,
    Filters,
    Period,
    Row,
    areas_of,
    categories,
    count,
    reference_items,
)

RELEASE = Filters(reviewed_only=True)
GRAFFITI_AREAS = "graffiti_by_area"  # the name of the graffiti-per-area line among `hidden`


def secret() -> bytes:
    """The seed of the secondary order: never published, so the pattern tells nothing."""
    return str(settings.SECRET_KEY).encode()


def latest_release(administration: Administration | int, year: int) -> Snapshot | None:
    """The administration's latest frozen snapshot of the year: its release, if any."""
    pk = administration if isinstance(administration, int) else administration.pk
    return (
        Snapshot.objects.select_related("administration")
        .filter(administration_id=pk, year=year)
        .order_by("-number")
        .first()
    )


def released_figures(administration: Administration, year: int) -> Figures | None:
    """What outsiders see of the year: the latest release, or None ("inte publicerad ännu")."""
    snapshot = latest_release(administration, year)
    if snapshot is None:
        return None
    figures = figures_from_json(snapshot.controlled, administration)
    figures.frozen_sources = (snapshot.extra or {}).get("other_sources", {}).get("sections", [])
    return figures


def preview_release(administration: Administration, year: int) -> Figures:
    """The figures a release frozen now would show (nothing is stored)."""
    return figures_from_json(release_data(administration, year), administration)


def hidden_in(data: dict[str, Any]) -> dict[str, set[str]]:
    """The names of the cells a release hid, per table (also read from older releases' rows)."""
    hidden: dict[str, set[str]] = {key: set(codes) for key, codes in (data.get("hidden") or {}).items()}
    for key, rows in (data.get("breakdowns") or {}).items():
        hidden.setdefault(key, set()).update(r["code"] for r in rows if r.get("suppressed"))
    rows = data.get("graffiti_by_area") or []
    hidden.setdefault(GRAFFITI_AREAS, set()).update(r["code"] for r in rows if r.get("suppressed"))
    return hidden


def hidden_before(administration: Administration, year: int) -> dict[str, set[str]]:
    """The union of the cells hidden in every earlier release of the year: they stay hidden."""
    union: dict[str, set[str]] = {}
    for data in Snapshot.objects.filter(administration=administration, year=year).values_list(
        "controlled", flat=True
    ):
        for key, names in hidden_in(data or {}).items():
            union.setdefault(key, set()).update(names)
    return union


def _line(
    scope: str,
    columns: list[tuple[str, str]],
    raw: list[int],
    total: int | None,
    forced: set[str],
) -> list[Row]:
    """One breakdown under the shown total, protected; all hidden when the total is."""
    hidden = protect_line(
        raw,
        total,
        threshold(),
        secret=secret(),
        scope=scope,
        names=[code for code, _label in columns],
        forced=forced,
    )
    return [
        Row(code, label, None if code in hidden else n, code in hidden)
        for (code, label), n in zip(columns, raw, strict=True)
    ]


def release_data(administration: Administration, year: int) -> dict[str, Any]:
    """The controlled figures of a new release of the year, as stored in `Snapshot.controlled`."""
    limit = threshold()
    period = Period.year(year)
    items = reference_items()
    areas = areas_of(administration)
    adm = administration.pk
    counts = count(period, RELEASE, [adm], items=items)
    forced = hidden_before(administration, year)
    raw_total = counts.totals.get(adm, 0)
    total = None if is_primary(raw_total, limit) else raw_total
    breakdowns: dict[str, list[Row]] = {}
    for key in BREAKDOWNS:
        columns = categories(key, items=items, filters=RELEASE, present=counts.codes(key), areas=areas)
        raw = [counts.get(key, adm, code) for code, _label in columns]
        breakdowns[key] = _line(f"{adm}:{year}:{key}", columns, raw, total, forced.get(key, set()))
    raw_graffiti = counts.graffiti_totals.get(adm, 0)
    graffiti_total = None if is_primary(raw_graffiti, limit) else raw_graffiti
    breakdowns["source"].append(Row(GRAFFITI, str(GRAFFITI_LABEL), graffiti_total, graffiti_total is None))
    area_columns = categories("area", items={}, filters=RELEASE, areas=areas)
    graffiti_by_area = _line(
        f"{adm}:{year}:{GRAFFITI_AREAS}",
        area_columns,
        [counts.graffiti_by_area.get((adm, code), 0) for code, _label in area_columns],
        graffiti_total,
        forced.get(GRAFFITI_AREAS, set()),
    )
    figures = Figures(
        administration=administration,
        period=period,
        filters=RELEASE,
        controlled=True,
        threshold=limit,
        total=total,
        breakdowns=breakdowns,
        graffiti_total=graffiti_total,
        graffiti_by_area=graffiti_by_area,
        trend=_trend(administration, period, total, breakdowns["environment"]),
    )
    data = figures_to_json(figures)
    data["hidden"] = {key: sorted(names) for key, names in hidden_in(data).items()}
    data["reviewed_only"] = True
    return data


def _trend(
    administration: Administration, period: Period, total: int | None, environment: list[Row]
) -> Trend:
    """Earlier years as their own latest releases said (none: not shown), then this release."""
    periods = period.with_earlier(TREND_YEARS)
    earlier = [latest_release(administration, p.start.year) for p in periods[:-1]]
    totals: list[int | None] = [s.controlled.get("total") if s else None for s in earlier] + [total]
    rows_of = [
        {r["code"]: r["count"] for r in (s.controlled.get("breakdowns", {}).get("environment", []))}
        if s
        else {}
        for s in earlier
    ]
    environments = [
        (row.code, row.label, [rows.get(row.code) for rows in rows_of] + [row.count]) for row in environment
    ]
    return Trend(periods=periods, totals=totals, environments=environments)


# --- the city-wide view ------------------------------------------------------------------------


def city_picture(year: int) -> CityPicture:
    """Every administration's latest release of the year side by side. A column total is shown
    only where no cell of the column is hidden, so the sums add nothing to what the releases
    show; administrations without a release are listed as not published."""
    limit = threshold()
    administrations = list(Administration.objects.order_by("name"))
    latest = latest_snapshots(year)
    released = {
        a.pk: figures_from_json(latest[a.pk].controlled, a) for a in administrations if a.pk in latest
    }
    picture = CityPicture(
        period=Period.year(year),
        threshold=limit,
        administrations=administrations,
        totals={a.pk: released[a.pk].total if a.pk in released else None for a in administrations},
        small=[a for a in administrations if a.pk in released and released[a.pk].total is None],
        unpublished=[a for a in administrations if a.pk not in released],
        tables={},
        graffiti={a.pk: released[a.pk].graffiti_total if a.pk in released else None for a in administrations},
    )
    shown = picture.shown
    for key in CITY_BREAKDOWNS:
        rows = [{r.code: r for r in released[a.pk].breakdowns.get(key, [])} for a in shown]
        columns: dict[str, str] = {}
        for a in shown:
            for row in released[a.pk].breakdowns.get(key, []):
                columns.setdefault(row.code, row.label)
        cells = [[by_code[code].count if code in by_code else None for code in columns] for by_code in rows]
        column_totals = shown_column_totals(cells, len(columns))
        totals = [picture.totals[a.pk] or 0 for a in shown]
        picture.tables[key] = CityTable(
            key=key,
            title=str(BREAKDOWNS[key]),
            columns=list(columns.items()),
            administrations=shown,
            cells=cells,
            totals=totals,
            column_totals=column_totals,
            grand_total=sum(totals),
        )
    periods = picture.period.with_earlier(TREND_YEARS)
    earlier = {p.start.year: latest_snapshots(p.start.year) for p in periods}
    for a in administrations:
        picture.trend_totals[a.pk] = [
            earlier[p.start.year][a.pk].controlled.get("total") if a.pk in earlier[p.start.year] else None
            for p in periods
        ]
        picture.trend_published[a.pk] = [a.pk in earlier[p.start.year] for p in periods]
    picture.trend_periods = periods
    return picture
