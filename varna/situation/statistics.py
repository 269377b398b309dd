"""Counting the situation picture: reports and graffiti per administration, period and category.

Every figure is aggregated in the database, one GROUP BY per breakdown, filtered on the indexed
(administration, event_date) columns: nothing here loops over reports in Python, so the page
stays fast with a million reports. A report with several environments or event types counts once
in each. An event known only to the month is stored on the month's first day and counted there,
so that adjacent periods never count it twice. Graffiti is counted per reported period that
overlaps the chosen one; graffiti with an environment also counts under that environment and
under the event type "graffiti".
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Area, Membership
from varna.reports.constants import AgeGroup, Classification, ReferenceKind, Source
from varna.reports.models import GraffitiCount, ReferenceItem, Report
from varna.situation import summary

# What a coordinator means by the situation picture: everything except what the review found
# was not related to violent extremism (seed 003: Bromma's IA reports). Unreviewed reports count.
DEFAULT_CLASSIFICATIONS: tuple[str, ...] = (
    Classification.VBE,
    Classification.UNCLEAR,
    Classification.UNCLASSIFIED,
)
NONE = "none"  # the code of "not stated"
GRAFFITI = "graffiti"  # the source row of graffiti counts, and the event type they count as

BREAKDOWNS: dict[str, Any] = {
    "environment": _("Miljö"),
    "event_type": _("Typ av händelse"),
    "area": _("Område"),
    "setting": _("Sammanhang"),
    "age_group": _("Åldersgrupp"),
    "source": _("Källa"),
    "classification": _("Bedömning"),
}
# The Report field each breakdown groups by.
FIELDS = {
    "environment": "environments",
    "event_type": "event_types",
    "area": "area",
    "setting": "setting",
    "age_group": "age_group",
    "source": "source",
    "classification": "classification",
}
REFERENCE_KINDS = {
    "environment": ReferenceKind.ENVIRONMENT,
    "event_type": ReferenceKind.EVENT_TYPE,
    "setting": ReferenceKind.SETTING,
}
NOT_STATED = {
    "environment": _("Ingen miljö angiven"),
    "event_type": _("Ingen typ angiven"),
    "area": _("Inget område angivet"),
    "setting": _("Inget sammanhang angivet"),
}
GRAFFITI_LABEL = _("Klotter (antal klotter, inte händelser)")


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @property
    def is_year(self) -> bool:
        return (
            self.start.year == self.end.year
            and (self.start.month, self.start.day) == (1, 1)
            and (self.end.month, self.end.day) == (12, 31)
        )

    @property
    def years(self) -> int:
        """How many whole years the period spans, rounded up: the step of the trend."""
        whole = self.end.year - self.start.year
        return max(1, whole + ((self.end.month, self.end.day) >= (self.start.month, self.start.day)))

    def shifted(self, years: int) -> Period:
        return Period(_years_earlier(self.start, years), _years_earlier(self.end, years))

    def with_earlier(self, count: int) -> list[Period]:
        """This period and the `count` equally long ones before it, oldest first."""
        return [self.shifted(self.years * k) for k in range(count, 0, -1)] + [self]

    @property
    def label(self) -> str:
        if self.is_year:
            return str(self.start.year)
        return f"{date_format(self.start, 'j F Y')}–{date_format(self.end, 'j F Y')}"

    @property
    def short_label(self) -> str:
        return str(self.start.year) if self.is_year else f"{self.start:%Y-%m-%d}–{self.end:%Y-%m-%d}"


def _years_earlier(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class Filters:
    """What is counted. Codes are reference-list codes; `area` is an area's id."""

    classifications: tuple[str, ...] = DEFAULT_CLASSIFICATIONS
    environment: str = ""
    event_type: str = ""
    area: int | None = None
    setting: str = ""
    age_group: str = ""
    source: str = ""
    # Releases count only what the administration's coordinators vouched for (ADR 0006).
    reviewed_only: bool = False

    @property
    def is_default(self) -> bool:
        return self == Filters()

    @property
    def graffiti_applies(self) -> bool:
        """Graffiti has no setting, age group or report source: such filters leave it out."""
        return (
            not self.setting
            and not self.age_group
            and self.source in ("", GRAFFITI)
            and self.event_type in ("", GRAFFITI)
        )

    @property
    def excluded_classifications(self) -> tuple[str, ...]:
        return tuple(c for c in Classification.values if c not in self.classifications)


@dataclass
class Row:
    """One category of a breakdown. `count` is None when it is suppressed."""

    code: str
    label: str
    count: int | None
    suppressed: bool = False


@dataclass
class Counts:
    """Exact counts, keyed by (administration id, category code)."""

    totals: dict[int, int] = field(default_factory=dict)
    by: dict[str, dict[tuple[int, str], int]] = field(default_factory=dict)
    graffiti_totals: dict[int, int] = field(default_factory=dict)
    graffiti_by_area: dict[tuple[int, str], int] = field(default_factory=dict)
    graffiti_with_environment: dict[int, int] = field(default_factory=dict)

    def get(self, key: str, administration_id: int, code: str) -> int:
        return self.by[key].get((administration_id, code), 0)

    def codes(self, key: str) -> set[str]:
        return {code for (_adm, code), n in self.by.get(key, {}).items() if n}


# --- queries ----------------------------------------------------------------------------------


def reference_items() -> dict[int, ReferenceItem]:
    return {item.pk: item for item in ReferenceItem.objects.all()}


def _item_id(items: dict[int, ReferenceItem], kind: str, code: str) -> int:
    found = [pk for pk, item in items.items() if item.kind == kind and item.code == code]
    return found[0] if found else 0  # an unknown code matches nothing


def reports_in(
    period: Period,
    filters: Filters,
    administration_ids: Sequence[int],
    items: dict[int, ReferenceItem],
) -> QuerySet[Report]:
    """The counted reports: of these administrations, happened in the period, as filtered."""
    reports = Report.objects.filter(
        administration_id__in=administration_ids,
        event_date__gte=period.start,
        event_date__lte=period.end,
        classification__in=filters.classifications,
    ).order_by()
    if filters.source == GRAFFITI:
        return reports.none()
    if filters.reviewed_only:
        reports = reports.filter(vouched_for())
    # Many-to-many filters as subqueries, so that grouping by the same relation sees every value.
    for key, code in (("environment", filters.environment), ("event_type", filters.event_type)):
        if code:
            through = Report._meta.get_field(FIELDS[key]).remote_field.through
            item = _item_id(items, REFERENCE_KINDS[key], code)
            reports = reports.filter(pk__in=through.objects.filter(referenceitem_id=item).values("report_id"))
    if filters.setting:
        reports = reports.filter(setting_id=_item_id(items, ReferenceKind.SETTING, filters.setting))
    if filters.area:
        reports = reports.filter(area_id=filters.area)
    if filters.age_group:
        reports = reports.filter(age_group=filters.age_group)
    if filters.source:
        reports = reports.filter(source=filters.source)
    return reports


def vouched_for() -> Q:
    """Reports the administration's coordinators reviewed, imported or entered themselves: the
    only ones counted outside it, so that a report planted by anyone else changes nothing there
    until it is reviewed (ADR 0006)."""
    entered_by_coordinator = Membership.objects.filter(
        user_id=OuterRef("submitted_by_id"),
        administration_id=OuterRef("administration_id"),
        role=Role.COORDINATOR,
    )
    return Q(reviewed_at__isnull=False) | Q(import_batch__isnull=False) | Q(Exists(entered_by_coordinator))


def count_unvouched(period: Period, filters: Filters, administration_id: int) -> int:
    """Counted reports of the period that outsiders do not see yet (not vouched for)."""
    reports = reports_in(period, filters, [administration_id], reference_items())
    return reports.exclude(vouched_for()).count()


def graffiti_in(
    period: Period,
    filters: Filters,
    administration_ids: Sequence[int],
    items: dict[int, ReferenceItem],
) -> QuerySet[GraffitiCount]:
    graffiti = GraffitiCount.objects.filter(
        administration_id__in=administration_ids, period_start__lte=period.end, period_end__gte=period.start
    ).order_by()
    if not filters.graffiti_applies:
        return graffiti.none()
    if filters.environment:
        graffiti = graffiti.filter(
            environment_id=_item_id(items, ReferenceKind.ENVIRONMENT, filters.environment)
        )
    if filters.area:
        graffiti = graffiti.filter(area_id=filters.area)
    return graffiti


def _code(key: str, value: Any, items: dict[int, ReferenceItem]) -> str:
    if value is None:
        return NONE
    if key in REFERENCE_KINDS:
        item = items.get(value)
        return item.code if item else NONE
    return str(value)


def count(
    period: Period,
    filters: Filters,
    administration_ids: Sequence[int],
    *,
    breakdowns: Iterable[str] = tuple(BREAKDOWNS),
    items: dict[int, ReferenceItem] | None = None,
    with_totals: bool = True,
) -> Counts:
    """Count reports and graffiti: one GROUP BY (administration, category) per breakdown."""
    items = reference_items() if items is None else items
    if period.is_year and is_standard(filters):
        counts = _counts_from_summaries(period.start.year, administration_ids, breakdowns, items, with_totals)
    else:
        counts = _count_reports(period, filters, administration_ids, breakdowns, items, with_totals)
    graffiti = graffiti_in(period, filters, administration_ids, items)
    by_area = graffiti.values("administration_id", "area_id").annotate(n=Sum("count"))
    for adm, area, n in by_area.values_list("administration_id", "area_id", "n"):
        counts.graffiti_by_area[(adm, NONE if area is None else str(area))] = n
        counts.graffiti_totals[adm] = counts.graffiti_totals.get(adm, 0) + n
    with_environment = graffiti.filter(environment__isnull=False).values(
        "administration_id", "environment_id"
    )
    for adm, environment, n in with_environment.annotate(n=Sum("count")).values_list(
        "administration_id", "environment_id", "n"
    ):
        counts.graffiti_with_environment[adm] = counts.graffiti_with_environment.get(adm, 0) + n
        for key, code in (
            ("environment", _code("environment", environment, items)),
            ("event_type", GRAFFITI),
        ):
            if key in counts.by:
                counts.by[key][(adm, code)] += n
    return counts


def _count_reports(
    period: Period,
    filters: Filters,
    administration_ids: Sequence[int],
    breakdowns: Iterable[str],
    items: dict[int, ReferenceItem],
    with_totals: bool,
) -> Counts:
    reports = reports_in(period, filters, administration_ids, items)
    counts = Counts()
    if with_totals:
        totals = reports.values("administration_id").annotate(n=Count("pk"))
        counts.totals = dict(totals.values_list("administration_id", "n"))
    for key in breakdowns:
        grouped = reports.values("administration_id", FIELDS[key]).annotate(n=Count("pk"))
        table: dict[tuple[int, str], int] = defaultdict(int)
        for adm, value, n in grouped.values_list("administration_id", FIELDS[key], "n"):
            table[(adm, _code(key, value, items))] += n
        counts.by[key] = table
    return counts


# --- yearly summaries (summary.py): the same counts for a calendar year and the standard selection


def is_standard(filters: Filters) -> bool:
    """The standard selection: default classifications (in any order) and no filter."""
    return set(filters.classifications) == set(DEFAULT_CLASSIFICATIONS) and (
        replace(filters, classifications=DEFAULT_CLASSIFICATIONS) == Filters()
    )


def year_summaries(years: Iterable[int], administration_ids: Sequence[int]) -> dict[tuple[int, int], Any]:
    """Each (administration, year)'s summary, counting again those whose reports changed."""
    years, ids = sorted(set(years)), list(dict.fromkeys(administration_ids))
    result: dict[tuple[int, int], Any] = summary.stored(ids, years)
    stale: dict[int, list[int]] = defaultdict(list)
    for year in years:
        for adm in ids:
            if (adm, year) not in result:
                stale[year].append(adm)
    if stale:
        # The versions are read before counting: a change while counting leaves them behind.
        versions = summary.stamps({a for adms in stale.values() for a in adms}, stale)
        data = _summarise(stale)
        summary.store({pair: (versions.get(pair, 0), value) for pair, value in data.items()})
        result.update(data)
    return result


def _summarise(stale: dict[int, list[int]]) -> dict[tuple[int, int], Any]:
    """Raw counts of these years and administrations: the queries of `_count_reports` grouped
    by year too, so that any number of years costs one query per breakdown."""
    pairs = {(adm, year) for year, adms in stale.items() for adm in adms}
    ids = sorted({adm for adm, _year in pairs})
    span, filters = Period(Period.year(min(stale)).start, Period.year(max(stale)).end), Filters()
    data: dict[tuple[int, int], Any] = {
        pair: {"total": 0, "excluded": 0, "by": {key: [] for key in BREAKDOWNS}} for pair in pairs
    }
    reports = reports_in(span, filters, ids, {}).annotate(year=ExtractYear("event_date"))
    for key in BREAKDOWNS:
        if key == "classification":
            continue
        grouped = reports.values("administration_id", "year", FIELDS[key]).annotate(n=Count("pk"))
        for adm, year, value, n in grouped.values_list("administration_id", "year", FIELDS[key], "n"):
            if (adm, year) in data:
                data[(adm, year)]["by"][key].append([value, n])
    # Every classification in one query: the counted ones give the breakdown and the total,
    # the others the number left out.
    every = replace(filters, classifications=tuple(Classification.values))
    grouped = reports_in(span, every, ids, {}).annotate(year=ExtractYear("event_date"))
    grouped = grouped.values("administration_id", "year", "classification").annotate(n=Count("pk"))
    for adm, year, value, n in grouped.values_list("administration_id", "year", "classification", "n"):
        if (adm, year) not in data:
            continue
        if value in filters.classifications:
            data[(adm, year)]["by"]["classification"].append([value, n])
            data[(adm, year)]["total"] += n
        else:
            data[(adm, year)]["excluded"] += n
    return data


def _counts_from_summaries(
    year: int,
    administration_ids: Sequence[int],
    breakdowns: Iterable[str],
    items: dict[int, ReferenceItem],
    with_totals: bool,
) -> Counts:
    data = year_summaries([year], administration_ids)
    counts = Counts()
    if with_totals:
        counts.totals = {adm: d["total"] for (adm, _year), d in data.items() if d["total"]}
    for key in breakdowns:
        table: dict[tuple[int, str], int] = defaultdict(int)
        for (adm, _year), d in data.items():
            for value, n in d["by"][key]:
                table[(adm, _code(key, value, items))] += n
        counts.by[key] = table
    return counts


def count_excluded(
    period: Period, filters: Filters, administration_id: int, items: dict[int, ReferenceItem]
) -> int:
    """Reports of the period left out because of their classification (the rest as filtered)."""
    if not filters.excluded_classifications:
        return 0
    if period.is_year and is_standard(filters):
        year = period.start.year
        return year_summaries([year], [administration_id])[(administration_id, year)]["excluded"]
    others = replace(filters, classifications=filters.excluded_classifications)
    return reports_in(period, others, [administration_id], items).count()


def count_trend(
    periods: Sequence[Period],
    filters: Filters,
    administration_ids: Sequence[int],
    items: dict[int, ReferenceItem],
    *,
    with_environments: bool = True,
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int, str], int]]:
    """Totals per (administration, period index) and environments per (adm, period, code).

    One query for the totals and one for the environments, with one conditional count per period;
    whole years with the standard selection come from the yearly summaries.
    """
    span = Period(min(p.start for p in periods), max(p.end for p in periods))
    totals: dict[tuple[int, int], int]
    environments: dict[tuple[int, int, str], int]
    if all(p.is_year for p in periods) and is_standard(filters):
        totals, environments = _trend_from_summaries(periods, administration_ids, items)
        if not with_environments:
            return totals, defaultdict(int)
    else:
        reports = reports_in(span, filters, administration_ids, items)
        buckets = {
            f"p{k}": Count("pk", filter=Q(event_date__gte=p.start, event_date__lte=p.end))
            for k, p in enumerate(periods)
        }
        totals = {}
        for row in reports.values("administration_id").annotate(**buckets):
            for k in range(len(periods)):
                totals[(row["administration_id"], k)] = row[f"p{k}"]
        environments = defaultdict(int)
        if not with_environments:
            return totals, environments
        for row in reports.values("administration_id", "environments").annotate(**buckets):
            code = _code("environment", row["environments"], items)
            for k in range(len(periods)):
                environments[(row["administration_id"], k, code)] += row[f"p{k}"]
    graffiti = graffiti_in(span, filters, administration_ids, items).filter(environment__isnull=False)
    sums = {
        f"p{k}": Sum("count", filter=Q(period_start__lte=p.end, period_end__gte=p.start))
        for k, p in enumerate(periods)
    }
    for row in graffiti.values("administration_id", "environment_id").annotate(**sums):
        code = _code("environment", row["environment_id"], items)
        for k in range(len(periods)):
            environments[(row["administration_id"], k, code)] += row[f"p{k}"] or 0
    return totals, environments


def _trend_from_summaries(
    periods: Sequence[Period], administration_ids: Sequence[int], items: dict[int, ReferenceItem]
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int, str], int]]:
    """`count_trend`'s result for whole years and the standard selection, from the summaries:
    the same keys (an administration with reports in the span has every period; a category seen
    in the span has every period)."""
    data = year_summaries([p.start.year for p in periods], administration_ids)
    totals: dict[tuple[int, int], int] = {}
    environments: dict[tuple[int, int, str], int] = defaultdict(int)
    for adm in dict.fromkeys(administration_ids):
        years = [data[(adm, p.start.year)] for p in periods]
        if not any(d["total"] for d in years):
            continue
        seen = {_code("environment", value, items) for d in years for value, _n in d["by"]["environment"]}
        for k, d in enumerate(years):
            totals[(adm, k)] = d["total"]
            for code in seen:
                environments[(adm, k, code)] += 0
            for value, n in d["by"]["environment"]:
                environments[(adm, k, _code("environment", value, items))] += n
    return totals, environments


# --- categories -------------------------------------------------------------------------------


def categories(
    key: str,
    *,
    items: dict[int, ReferenceItem],
    filters: Filters,
    present: set[str] = frozenset(),  # type: ignore[assignment]
    areas: Iterable[Area] = (),
) -> list[tuple[str, str]]:
    """(code, label) of a breakdown's categories, in the reference lists' order, "not stated"
    last. Inactive reference entries appear only when something was counted under them."""
    if key in REFERENCE_KINDS:
        kind = REFERENCE_KINDS[key]
        listed = sorted(
            (item for item in items.values() if item.kind == kind and (item.active or item.code in present)),
            key=lambda item: (item.order, item.label),
        )
        return [(item.code, item.label) for item in listed] + [(NONE, str(NOT_STATED[key]))]
    if key == "area":
        return [(str(area.pk), area.name) for area in areas] + [(NONE, str(NOT_STATED["area"]))]
    if key == "age_group":
        return [(value, str(label)) for value, label in AgeGroup.choices]
    if key == "source":
        return [(value, str(label)) for value, label in Source.choices]
    return [
        (value, str(label)) for value, label in Classification.choices if value in filters.classifications
    ]


def choices_for_filters() -> dict[str, list[tuple[str, str]]]:
    """The reference lists for the filter form (active entries)."""
    items = reference_items()
    return {
        key: [
            (code, label) for code, label in categories(key, items=items, filters=Filters()) if code != NONE
        ]
        for key in REFERENCE_KINDS
    }


def exact_rows(counts: Counts, key: str, administration_id: int, columns: list[tuple[str, str]]) -> list[Row]:
    return [Row(code, label, counts.get(key, administration_id, code)) for code, label in columns]


def areas_of(administration: Administration) -> list[Area]:
    return list(Area.objects.filter(administration=administration).order_by("name"))
