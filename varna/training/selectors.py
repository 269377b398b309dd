"""Reading training data: courses, progress against the target, history, the situation summary.

A unit's share is the number of its people who completed the course (each pseudonym once) by a
day, out of its staff on that day: the latest headcount on or before it (or, before the first
headcount, the first one). Shares are whole percent, rounded half up: 725 av 955 = 76 %.
A unit is lagging when its share is more than LAG_MARGIN percentage points below the
administration's.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Unit
from varna.organisation.permissions import is_central_coordinator, is_system_admin, roles_in
from varna.situation.charts import BarChart, bar_chart
from varna.situation.statistics import Row
from varna.training.constants import LAG_MARGIN
from varna.training.models import Completion, Course, Headcount, TrainingEvent, TrainingImport

INDICATOR_PREFIX = "training:course:"


def courses_for(administration: Administration | None) -> QuerySet[Course]:
    """Active courses an administration follows: the city's and its own."""
    courses = Course.objects.filter(active=True)
    if administration is None:
        return courses.filter(administration__isnull=True)
    return courses.filter(Q(administration__isnull=True) | Q(administration=administration))


def percent(part: int, whole: int) -> int | None:
    if whole <= 0:
        return None
    return (2 * part * 100 + whole) // (2 * whole)  # rounded half up


def _n(value: int) -> str:
    return number_format(value, force_grouping=True)


@dataclass(frozen=True)
class Share:
    completed: int
    staff: int

    @property
    def percent(self) -> int | None:
        return percent(self.completed, self.staff)

    @property
    def text(self) -> str:
        """ "725 av 955 = 76 %"; without a headcount only the number who completed."""
        if self.percent is None:
            return _("%(done)s genomförda (antal anställda saknas)") % {"done": _n(self.completed)}
        return _("%(done)s av %(staff)s = %(percent)s %%") % {
            "done": _n(self.completed),
            "staff": _n(self.staff),
            "percent": self.percent,
        }

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class UnitProgress:
    unit_id: int
    name: str
    department: str
    share: Share
    lagging: bool = False


@dataclass(frozen=True)
class MonthProgress:
    month: datetime.date  # the month's last day
    label: str
    share: Share


@dataclass
class Progress:
    course: Course
    administration: Administration
    on_date: datetime.date
    total: Share
    units: list[UnitProgress]
    departments: list[UnitProgress]
    target_percent: int
    target_day: datetime.date
    months: list[MonthProgress] = field(default_factory=list)
    headcount_dates: list[datetime.date] = field(default_factory=list)

    @property
    def meets_target(self) -> bool:
        return self.total.percent is not None and self.total.percent >= self.target_percent

    @property
    def lagging(self) -> list[UnitProgress]:
        return [unit for unit in self.units if unit.lagging]


def staff_on(administration: Administration, on_date: datetime.date) -> dict[int, tuple[int, datetime.date]]:
    """unit id -> (staff, as of): the latest headcount on or before the day, else the first."""
    found: dict[int, tuple[int, datetime.date]] = {}
    rows = Headcount.objects.filter(administration=administration).order_by("unit_id", "as_of")
    for unit_id, as_of, staff in rows.values_list("unit_id", "as_of", "staff"):
        if unit_id not in found or as_of <= on_date:
            found[unit_id] = (staff, as_of)
    return found


def _staff_by_day(headcounts: list[tuple[int, datetime.date, int]], day: datetime.date) -> int:
    per_unit: dict[int, int] = {}
    for unit_id, as_of, staff in headcounts:  # ordered by unit and date
        if unit_id not in per_unit or as_of <= day:
            per_unit[unit_id] = staff
    return sum(per_unit.values())


def progress(
    *,
    course: Course,
    administration: Administration,
    on_date: datetime.date | None = None,
    unit_ids: set[int] | None = None,
    with_months: bool = False,
) -> Progress:
    """The course's progress in the administration by `on_date` (today), per unit and department.
    `unit_ids` limits the units shown (a unit manager's own); the totals stay the administration's."""
    on_date = on_date or timezone.localdate()
    staff = staff_on(administration, on_date)
    done = dict(
        Completion.objects.filter(administration=administration, course=course, completed_on__lte=on_date)
        .values("unit_id")
        .annotate(n=Count("id"))
        .values_list("unit_id", "n")
    )
    total = Share(sum(done.values()), sum(s for s, _day in staff.values()))
    units = []
    departments: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for unit in (
        Unit.objects.filter(administration=administration).select_related("department").order_by("name")
    ):
        if unit.pk not in staff and unit.pk not in done:
            continue
        share = Share(done.get(unit.pk, 0), staff.get(unit.pk, (0, None))[0])
        department = unit.department.name if unit.department else _("Utan avdelning")
        departments[department][0] += share.completed
        departments[department][1] += share.staff
        units.append(UnitProgress(unit.pk, unit.name, department, share, _lags(share, total)))
    department_rows = [
        UnitProgress(0, name, name, Share(*counts), _lags(Share(*counts), total))
        for name, counts in sorted(departments.items())
    ]
    if unit_ids is not None:
        units = [unit for unit in units if unit.unit_id in unit_ids]
        department_rows = []
    result = Progress(
        course=course,
        administration=administration,
        on_date=on_date,
        total=total,
        units=units,
        departments=department_rows,
        target_percent=course.target_percent,
        target_day=course.target_day(on_date.year),
        headcount_dates=sorted({day for _s, day in staff.values()}),
    )
    if with_months:
        result.months = months(course=course, administration=administration, year=on_date.year, until=on_date)
    return result


def _lags(share: Share, total: Share) -> bool:
    if share.percent is None or total.percent is None:
        return False
    return share.percent < total.percent - LAG_MARGIN


def months(
    *, course: Course, administration: Administration, year: int, until: datetime.date
) -> list[MonthProgress]:
    """The administration's share at the end of each month of `year` up to `until`."""
    before = Completion.objects.filter(
        administration=administration, course=course, completed_on__lt=datetime.date(year, 1, 1)
    ).count()
    per_month = dict(
        Completion.objects.filter(
            administration=administration,
            course=course,
            completed_on__gte=datetime.date(year, 1, 1),
            completed_on__lte=until,
        )
        .annotate(month=TruncMonth("completed_on"))
        .values("month")
        .annotate(n=Count("id"))
        .values_list("month", "n")
    )
    per_month = {(m.year, m.month): n for m, n in per_month.items()}
    headcounts = list(
        Headcount.objects.filter(administration=administration)
        .order_by("unit_id", "as_of")
        .values_list("unit_id", "as_of", "staff")
    )
    rows, running = [], before
    for month in range(1, 13):
        end = datetime.date(year, month, calendar.monthrange(year, month)[1])
        first = end.replace(day=1)
        if first > until:
            break
        running += per_month.get((year, month), 0)
        day = min(end, until)
        rows.append(
            MonthProgress(day, date_format(first, "F Y"), Share(running, _staff_by_day(headcounts, day)))
        )
    return rows


def percent_chart(chart_id: str, title: str, items: list[tuple[str, Share]]) -> BarChart:
    """A bar per item with its share in percent ("–" without a headcount)."""
    chart = bar_chart(
        chart_id, title, [Row(str(i), label, share.percent) for i, (label, share) in enumerate(items)]
    )
    bars = tuple(
        dataclasses.replace(bar, value=f"{bar.value} %" if share.percent is not None else "–")
        for bar, (_label, share) in zip(chart.bars, items, strict=True)
    )
    return dataclasses.replace(chart, bars=bars)


def latest_imports(administration: Administration) -> QuerySet[TrainingImport]:
    return TrainingImport.objects.filter(administration=administration).select_related("created_by")[:10]


def events_for(administration: Administration, year: int | None = None) -> QuerySet[TrainingEvent]:
    events = TrainingEvent.objects.filter(administration=administration)
    return events.filter(held_on__year=year) if year else events


# --- Plan indicators (registered in apps.py) --------------------------------------------------


def indicator_choices(administration: Administration) -> list[tuple[str, str]]:
    return [
        (
            f"{INDICATOR_PREFIX}{course.pk}",
            _("%(course)s: andel av personalen som genomgått") % {"course": course},
        )
        for course in courses_for(administration)
    ]


def indicator_value(key: str, administration: Administration, on_date: datetime.date) -> str:
    if not key.startswith(INDICATOR_PREFIX) or not key[len(INDICATOR_PREFIX) :].isdigit():
        return ""
    course = courses_for(administration).filter(pk=int(key[len(INDICATOR_PREFIX) :])).first()
    if course is None:
        return ""
    total = progress(course=course, administration=administration, on_date=on_date).total
    if not total.completed and not total.staff:
        return ""
    return total.text


# --- The situation picture --------------------------------------------------------------------


@dataclass(frozen=True)
class CourseSummary:
    course: Course
    share: Share
    target_percent: int
    lagging_units: int
    units: int


@dataclass(frozen=True)
class TrainingSummary:
    administration: Administration
    year: int
    on_date: datetime.date
    courses: list[CourseSummary]
    chart: BarChart | None
    events: int
    attendance: int


def training_summary_for_situation(*, administration: Administration, year: int) -> TrainingSummary | None:
    """The administration's training in `year` for its situation picture: each course's share at
    the year's end (or today), and the workshops and lectures held. None when there is nothing."""
    on_date = min(datetime.date(year, 12, 31), timezone.localdate())
    summaries = []
    if (
        Headcount.objects.filter(administration=administration).exists()
        or Completion.objects.filter(administration=administration).exists()
    ):
        for course in courses_for(administration):
            result = progress(course=course, administration=administration, on_date=on_date)
            if result.total.completed:  # a course nobody has taken yet is left out
                summaries.append(
                    CourseSummary(
                        course, result.total, course.target_percent, len(result.lagging), len(result.units)
                    )
                )
    events = events_for(administration, year).aggregate(n=Count("id"), people=Sum("attendance"))
    if not summaries and not events["n"]:
        return None
    chart = (
        percent_chart(
            f"training-{year}",
            _("Andel av personalen som genomgått utbildningen, %(year)s") % {"year": year},
            [(str(summary.course), summary.share) for summary in summaries],
        )
        if summaries
        else None
    )
    return TrainingSummary(
        administration=administration,
        year=year,
        on_date=on_date,
        courses=summaries,
        chart=chart,
        events=events["n"] or 0,
        attendance=events["people"] or 0,
    )


def visible_unit_ids(user: Any, administration: Administration) -> set[int] | None:
    """None when the user sees all units; else the units a unit manager manages there."""
    roles = roles_in(user, administration.pk)
    if is_system_admin(user) or is_central_coordinator(user) or Role.COORDINATOR in roles:
        return None
    return set(
        user.memberships.filter(
            administration=administration, role=Role.UNIT_MANAGER, unit__isnull=False
        ).values_list("unit_id", flat=True)
    )
