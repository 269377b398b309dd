"""Counting the support log per administration and period, exactly or disclosure-controlled.

Consultations are counted by subject, age group, environment and support given (a consultation
with several environments or kinds of support counts once under each, and under "none stated"
when it has none). The 24-hour routine counts requests by when they came in: contacted within
24 hours, contacted later, still open past the deadline, still open within it. The share within
24 hours is of the requests whose outcome is known (contacted, or past the deadline); the
median time to first contact is of the contacted ones, and only from five of them or more
(MIN_VALUES_FOR_ORDER_STATISTIC), for everyone.

Outside the administration (ADR 0003, docs/disclosure-surveys-support.md) only whole calendar
years are shown, every administration side by side in one publication, small consultation counts
suppressed with `varna.situation.disclosure`. The 24-hour routine outside counts only requests
logged by the administration's own staff (anyone signed in can log one, so others could plant
them), and splits them only into contacted in time, contacted later and not yet contacted: the
split "overdue / still within the time" changes with the clock alone. A split with a count below
the threshold (zero included) is not shown at all, so no cell is hidden alone and no secondary
cell is chosen by its value.
"""

from __future__ import annotations

import datetime
import statistics as stats
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration, Membership
from varna.reports.constants import AgeGroup, ReferenceKind
from varna.reports.models import ReferenceItem
from varna.situation.city import CityTable, controlled_table, threshold
from varna.situation.disclosure import is_small
from varna.support.constants import (
    FIRST_CONTACT_DEADLINE,
    MIN_VALUES_FOR_ORDER_STATISTIC,
    Subject,
    SupportKind,
)
from varna.support.models import Consultation, ConsultationSupport, FirstContactRequest

NONE = "none"
BREAKDOWNS: dict[str, Any] = {
    "subject": _("Ärendet gäller"),
    "age_group": _("Åldersgrupp"),
    "environment": _("Miljö"),
    "support": _("Stöd som gavs"),
}
ROUTINE_COLUMNS: list[tuple[str, Any]] = [
    ("in_time", _("Kontakt inom 24 timmar")),
    ("late", _("Kontakt efter 24 timmar")),
    ("overdue", _("Ingen kontakt, tiden har gått ut")),
    ("pending", _("Ingen kontakt ännu, inom tiden")),
]
# Outside the administration: a split that does not change with the clock alone.
OUTSIDE_ROUTINE_COLUMNS: list[tuple[str, Any]] = [
    ("in_time", _("Kontakt inom 24 timmar")),
    ("late", _("Kontakt efter 24 timmar")),
    ("open", _("Ingen kontakt ännu")),
]


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included (local dates)."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @property
    def is_year(self) -> bool:
        return self == Period.year(self.start.year)

    @property
    def label(self) -> str:
        if self.is_year:
            return str(self.start.year)
        return f"{date_format(self.start, 'j F Y')}–{date_format(self.end, 'j F Y')}"

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The period as aware datetimes: from local midnight of `start` to that after `end`."""
        zone = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.start, datetime.time(), tzinfo=zone)
        end = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time(), tzinfo=zone)
        return start, end


@dataclass
class Row:
    code: str
    label: str
    count: int | None
    suppressed: bool = False


@dataclass
class Routine:
    """The 24-hour routine's figures. None: suppressed (or, for share and median, not computable)."""

    requests: int | None
    in_time: int | None
    late: int | None
    overdue: int | None
    pending: int | None
    share_in_time: float | None
    median_minutes: int | None
    open: int | None = None  # overdue + pending
    controlled: bool = False
    # Fewer than MIN_VALUES_FOR_ORDER_STATISTIC contacted requests: no median.
    median_withheld: bool = False

    @property
    def rows(self) -> list[Row]:
        return [
            Row(code, str(label), getattr(self, code), getattr(self, code) is None)
            for code, label in (OUTSIDE_ROUTINE_COLUMNS if self.controlled else ROUTINE_COLUMNS)
        ]

    @property
    def share_percent(self) -> int | None:
        return None if self.share_in_time is None else round(self.share_in_time * 100)


@dataclass
class SupportStatistics:
    administration: Administration
    period: Period
    controlled: bool
    consultations: int | None
    breakdowns: dict[str, list[Row]]
    routine: Routine
    threshold: int | None = None

    @property
    def titled_breakdowns(self) -> list[tuple[str, str, list[Row]]]:
        return [(key, str(BREAKDOWNS[key]), rows) for key, rows in self.breakdowns.items()]


# --- counting -----------------------------------------------------------------------------------


def columns(key: str, present: set[str] = frozenset()) -> list[tuple[str, str]]:  # type: ignore[assignment]
    """(code, label) of a breakdown's categories; "none stated" last where it can occur."""
    if key == "subject":
        return [(v, str(label)) for v, label in Subject.choices]
    if key == "age_group":
        return [(v, str(label)) for v, label in AgeGroup.choices]
    if key == "support":
        return [(v, str(label)) for v, label in SupportKind.choices] + [(NONE, str(_("Inget stöd angivet")))]
    items = ReferenceItem.objects.filter(kind=ReferenceKind.ENVIRONMENT).order_by("order", "label")
    listed = [(item.code, item.label) for item in items if item.active or item.code in present]
    return [*listed, (NONE, str(_("Ingen miljö angiven")))]


def consultations_in(period: Period, administration_ids: Sequence[int]) -> QuerySet[Consultation]:
    return Consultation.objects.filter(
        administration_id__in=administration_ids, date__gte=period.start, date__lte=period.end
    ).order_by()


def count_consultations(
    period: Period, administration_ids: Sequence[int]
) -> tuple[dict[int, int], dict[str, dict[tuple[int, str], int]]]:
    """Totals per administration and, per breakdown, counts per (administration, code)."""
    consultations = consultations_in(period, administration_ids)
    totals = dict(
        consultations.values("administration_id")
        .annotate(n=Count("pk"))
        .values_list("administration_id", "n")
    )
    by: dict[str, dict[tuple[int, str], int]] = {}
    for key, field_name in (("subject", "subject"), ("age_group", "age_group")):
        grouped = consultations.values("administration_id", field_name).annotate(n=Count("pk"))
        by[key] = {
            (adm, value): n for adm, value, n in grouped.values_list("administration_id", field_name, "n")
        }
    environments: dict[tuple[int, str], int] = defaultdict(int)
    grouped = consultations.values("administration_id", "environments__code").annotate(n=Count("pk"))
    for adm, code, n in grouped.values_list("administration_id", "environments__code", "n"):
        environments[(adm, code or NONE)] += n
    by["environment"] = dict(environments)
    support: dict[tuple[int, str], int] = defaultdict(int)
    rows = ConsultationSupport.objects.filter(consultation__in=consultations).values(
        "consultation__administration_id", "kind"
    )
    for adm, kind, n in (
        rows.annotate(n=Count("pk")).values_list("consultation__administration_id", "kind", "n").order_by()
    ):
        support[(adm, kind)] += n
    without = (
        consultations.filter(support_given__isnull=True).values("administration_id").annotate(n=Count("pk"))
    )
    for adm, n in without.values_list("administration_id", "n"):
        support[(adm, NONE)] += n
    by["support"] = dict(support)
    return totals, by


def logged_by_own_staff() -> Exists:
    """The request was logged by someone with a role in its administration."""
    return Exists(
        Membership.objects.filter(
            user_id=OuterRef("logged_by_id"), administration_id=OuterRef("administration_id")
        )
    )


def routine_counts(
    period: Period,
    administration_ids: Sequence[int],
    now: datetime.datetime | None = None,
    *,
    own_staff_only: bool = False,
) -> dict[int, dict[str, Any]]:
    """Per administration: the counts of ROUTINE_COLUMNS, "requests", and "minutes" (each
    contacted request's time to first contact, in minutes). Requests are few: read in Python.
    `own_staff_only`: only requests logged by the administration's own staff."""
    now = now or timezone.now()
    start, end = period.bounds()
    requests = FirstContactRequest.objects.filter(
        administration_id__in=administration_ids, requested_at__gte=start, requested_at__lt=end
    )
    if own_staff_only:
        requests = requests.filter(logged_by_own_staff())
    rows = requests.values_list("administration_id", "requested_at", "first_contact_at")
    result: dict[int, dict[str, Any]] = {}
    for adm, requested_at, contacted_at in rows:
        figures = result.setdefault(
            adm, {"requests": 0, "minutes": [], **{c: 0 for c, _l in ROUTINE_COLUMNS}}
        )
        figures["requests"] += 1
        requested_at = requested_at.astimezone(datetime.UTC)  # elapsed time, not the wall clock
        deadline = requested_at + FIRST_CONTACT_DEADLINE
        if contacted_at is not None:
            figures["in_time" if contacted_at <= deadline else "late"] += 1
            figures["minutes"].append(int((contacted_at - requested_at).total_seconds()) // 60)
        else:
            figures["overdue" if now > deadline else "pending"] += 1
    return result


def share_in_time(in_time: int, late: int, overdue: int) -> float | None:
    decided = in_time + late + overdue
    return in_time / decided if decided else None


def median_minutes(minutes: list[int]) -> int | None:
    """The median, only from MIN_VALUES_FOR_ORDER_STATISTIC values or more."""
    return int(stats.median(minutes)) if len(minutes) >= MIN_VALUES_FOR_ORDER_STATISTIC else None


EMPTY_ROUTINE = {"requests": 0, "minutes": [], **{c: 0 for c, _l in ROUTINE_COLUMNS}}


def exact_statistics(
    administration: Administration, period: Period, *, now: datetime.datetime | None = None
) -> SupportStatistics:
    """The coordinators' figures: exact counts for any period."""
    adm = administration.pk
    totals, by = count_consultations(period, [adm])
    breakdowns = {}
    for key in BREAKDOWNS:
        present = {code for (_a, code), n in by[key].items() if n}
        breakdowns[key] = [
            Row(code, label, by[key].get((adm, code), 0)) for code, label in columns(key, present)
        ]
    raw = routine_counts(period, [adm], now).get(adm, EMPTY_ROUTINE)
    routine = Routine(
        requests=raw["requests"],
        in_time=raw["in_time"],
        late=raw["late"],
        overdue=raw["overdue"],
        pending=raw["pending"],
        share_in_time=share_in_time(raw["in_time"], raw["late"], raw["overdue"]),
        median_minutes=median_minutes(raw["minutes"]),
        open=raw["overdue"] + raw["pending"],
        median_withheld=len(raw["minutes"]) < MIN_VALUES_FOR_ORDER_STATISTIC,
    )
    return SupportStatistics(
        administration=administration,
        period=period,
        controlled=False,
        consultations=totals.get(adm, 0),
        breakdowns=breakdowns,
        routine=routine,
    )


# --- disclosure control -------------------------------------------------------------------------


@dataclass
class CitySupport:
    """One calendar year of every administration, disclosure-controlled (the one publication)."""

    period: Period
    threshold: int
    administrations: list[Administration]
    consultations: dict[int, int | None]
    tables: dict[str, CityTable]
    requests: dict[int, int | None]
    routine: dict[int, Routine] = field(default_factory=dict)

    def small(self, values: dict[int, int | None], raw: dict[int, int]) -> list[Administration]:
        return [a for a in self.administrations if values[a.pk] is None and raw.get(a.pk)]


def city_support(year: int, *, now: datetime.datetime | None = None) -> CitySupport:
    """Every administration's support figures of a year, small counts suppressed (ADR 0003).

    An administration with fewer consultations (or requests) than the threshold, but some, shows
    only "fewer than N" for them and is left out of those tables. The routine: see the module's
    docstring. `now` moves only the split that outsiders never see (tests pass it to show that).
    """
    limit = threshold()
    period = Period.year(year)
    administrations = list(Administration.objects.order_by("name"))
    ids = [a.pk for a in administrations]
    totals, by = count_consultations(period, ids)
    shown = [a for a in administrations if not is_small(totals.get(a.pk, 0), limit)]
    tables = {}
    for key in BREAKDOWNS:
        present = {code for (_a, code), n in by[key].items() if n}
        tables[key] = controlled_table(
            key, str(BREAKDOWNS[key]), columns(key, present), shown, by[key], totals, limit
        )
    raw = routine_counts(period, ids, now, own_staff_only=True)
    request_totals = {a.pk: raw.get(a.pk, EMPTY_ROUTINE)["requests"] for a in administrations}
    city = CitySupport(
        period=period,
        threshold=limit,
        administrations=administrations,
        consultations={
            a.pk: None if is_small(totals.get(a.pk, 0), limit) else totals.get(a.pk, 0)
            for a in administrations
        },
        tables=tables,
        # Fewer than the threshold, zero included, shows as "fewer than N".
        requests={
            a.pk: None if request_totals[a.pk] < limit else request_totals[a.pk] for a in administrations
        },
    )
    for a in administrations:
        city.routine[a.pk] = _controlled_routine(city.requests[a.pk], raw.get(a.pk), limit)
    return city


def _controlled_routine(requests: int | None, raw: dict[str, Any] | None, limit: int) -> Routine:
    """The routine seen from outside: contacted in time, later, not yet, all or nothing.

    All or nothing: with the total shown, one hidden count would follow from the others, and
    choosing which other to hide by its value tells something too. A split is shown only when
    each of its counts reaches the threshold; otherwise only the total (itself at least N).
    """
    withheld = Routine(None, None, None, None, None, None, None, controlled=True, median_withheld=True)
    if requests is None or raw is None:
        return withheld
    split = {"in_time": raw["in_time"], "late": raw["late"], "open": raw["overdue"] + raw["pending"]}
    minutes = raw["minutes"]
    median = median_minutes(minutes)
    shown = all(n >= limit for n in split.values())
    return Routine(
        requests=requests,
        in_time=split["in_time"] if shown else None,
        late=split["late"] if shown else None,
        overdue=None,
        pending=None,
        open=split["open"] if shown else None,
        # Of all the requests: the clock alone does not move it.
        share_in_time=split["in_time"] / requests if shown else None,
        median_minutes=median,
        controlled=True,
        median_withheld=median is None,
    )


def controlled_statistics(
    administration: Administration, year: int, *, now: datetime.datetime | None = None
) -> SupportStatistics:
    """An administration seen from outside: its row of the city-wide publication of the year."""
    city = city_support(year, now=now)
    total = city.consultations[administration.pk]
    breakdowns = {}
    for key, table in city.tables.items():
        row = table.row_for(administration.pk)
        if total is None or row is None:
            breakdowns[key] = [Row(code, label, None, True) for code, label in table.columns]
        else:
            breakdowns[key] = [
                Row(code, label, n, n is None) for (code, label), n in zip(table.columns, row, strict=True)
            ]
    return SupportStatistics(
        administration=administration,
        period=city.period,
        controlled=True,
        consultations=total,
        breakdowns=breakdowns,
        routine=city.routine[administration.pk],
        threshold=city.threshold,
    )
