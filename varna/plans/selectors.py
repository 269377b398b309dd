"""Reading action plans: what a user may see, a plan laid out as its document, follow-up status."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.organisation.constants import Role
from varna.organisation.permissions import (
    administration_ids_with_role,
    is_central_coordinator,
    is_system_admin,
)
from varna.plans.constants import (
    GROUP_SECTION,
    IN_FORCE,
    ActivityGroup,
    FollowUpStatus,
    Occasion,
    PlanStatus,
    Progress,
)
from varna.plans.deadlines import period_end
from varna.plans.models import Activity, FollowUp, Plan, Section


def plans_visible_to(user: Any) -> QuerySet[Plan]:
    """Every version the user may read: drafts only for the administration's coordinators."""
    plans = Plan.objects.select_related("administration")
    if is_system_admin(user) or is_central_coordinator(user):
        return plans
    coordinator_of = administration_ids_with_role(user, Role.COORDINATOR)
    readers_of = administration_ids_with_role(user, Role.UNIT_MANAGER) + administration_ids_with_role(
        user, Role.COMMITTEE_VIEWER
    )
    return plans.filter(
        Q(administration_id__in=coordinator_of)
        | (Q(administration_id__in=readers_of) & ~Q(status=PlanStatus.DRAFT))
    )


def latest_versions(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    """Of each administration's plan for a year, the newest version among `plans`."""
    newer = plans.filter(
        administration_id=OuterRef("administration_id"),
        year=OuterRef("year"),
        version__gt=OuterRef("version"),
    )
    return plans.filter(~Exists(newer))


def versions_of(plan: Plan) -> QuerySet[Plan]:
    return Plan.objects.filter(administration_id=plan.administration_id, year=plan.year).order_by("version")


def is_latest_version(plan: Plan) -> bool:
    return not versions_of(plan).filter(version__gt=plan.version).exists()


def activities_of(plan: Plan) -> QuerySet[Activity]:
    return plan.activities.select_related("responsible_unit", "responsible_user").prefetch_related(
        "follow_ups"
    )


@dataclass
class Group:
    code: str
    label: str
    activities: list[Activity]


@dataclass
class Chapter:
    """A section of the plan (None for the closing "Aktiviteter" chapter) with its activity tables."""

    section: Section | None
    groups: list[Group] = field(default_factory=list)


def plan_layout(plan: Plan, *, include_empty_groups: bool = False) -> list[Chapter]:
    """The plan as its document reads: each group's table after the last section of its kind
    (GROUP_SECTION), the groups without such a section in a closing chapter."""
    sections = list(plan.sections.all())
    by_group: dict[str, list[Activity]] = {code: [] for code in ActivityGroup.values}
    for activity in activities_of(plan):
        by_group[activity.group].append(activity)
    chapters = [Chapter(section) for section in sections]
    last_of_kind = {section.kind: chapter for section, chapter in zip(sections, chapters, strict=True)}
    closing = Chapter(None)
    for code, label in ActivityGroup.choices:
        if not by_group[code] and not include_empty_groups:
            continue
        chapter = last_of_kind.get(GROUP_SECTION[code], closing)
        chapter.groups.append(Group(code, str(label), by_group[code]))
    if closing.groups:
        follow_up = next(
            (i for i, c in enumerate(chapters) if c.section and c.section.kind == "follow_up"), None
        )
        chapters.insert(len(chapters) if follow_up is None else follow_up, closing)
    return chapters


def follow_up_of(activity: Activity, occasion: str) -> FollowUp | None:
    """From the prefetched follow-ups (no query per activity)."""
    return next((f for f in activity.follow_ups.all() if f.occasion == occasion), None)


def progress(
    activity: Activity, occasion: str, year: int, today: datetime.date | None = None
) -> tuple[str, FollowUp | None]:
    """How an activity stands at an occasion: reported status, or late, or not reported."""
    follow_up = follow_up_of(activity, occasion)
    if follow_up is None:
        return Progress.NOT_REPORTED, None
    if follow_up.status in (FollowUpStatus.DONE, FollowUpStatus.CANCELLED):
        return follow_up.status, follow_up
    # Ongoing or not started although the schedule ended within the period reported on: late.
    end = activity.schedule_end
    if end is not None and end <= min(period_end(occasion, year), today or timezone.localdate()):
        return Progress.LATE, follow_up
    return follow_up.status, follow_up


@dataclass
class ReportRow:
    activity: Activity
    progress: str
    progress_label: str
    follow_up: FollowUp | None


@dataclass
class FollowUpReport:
    plan: Plan
    occasion: str
    groups: list[tuple[str, list[ReportRow]]]
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def follow_up_report(plan: Plan, occasion: str, today: datetime.date | None = None) -> FollowUpReport:
    """The activities followed up at `occasion`, by group, with how each stands."""
    counts = dict.fromkeys(Progress.values, 0)
    groups: dict[str, list[ReportRow]] = {}
    for activity in activities_of(plan):
        if not activity.follows_up_at(occasion):
            continue
        state, follow_up = progress(activity, occasion, plan.year, today)
        counts[state] += 1
        row = ReportRow(activity, state, str(Progress(state).label), follow_up)
        groups.setdefault(activity.get_group_display(), []).append(row)
    ordered = [
        (str(label), groups[str(label)]) for _c, label in ActivityGroup.choices if str(label) in groups
    ]
    return FollowUpReport(plan=plan, occasion=occasion, groups=ordered, counts=counts)


@dataclass
class OverviewRow:
    administration: Any
    plan: Plan | None
    report: FollowUpReport | None


def overview(
    *,
    year: int,
    occasion: str,
    administrations: QuerySet[Any],
    status: str = "",
    attention: bool = False,
    today: datetime.date | None = None,
) -> list[OverviewRow]:
    """Each administration's newest plan for the year and how its activities stand at `occasion`.

    `status` "none" keeps administrations without a plan; `attention` keeps those with late or
    unreported activities.
    """
    plans = latest_versions(Plan.objects.filter(year=year, administration__in=administrations))
    plans = plans.prefetch_related("activities__follow_ups")
    by_administration = {plan.administration_id: plan for plan in plans}
    rows = []
    for administration in administrations:
        plan = by_administration.get(administration.pk)
        if status == "none" and plan is not None:
            continue
        if status and status != "none" and (plan is None or plan.status != status):
            continue
        report = follow_up_report_prefetched(plan, occasion, today) if plan else None
        if attention and not (
            report and (report.counts[Progress.LATE] or report.counts[Progress.NOT_REPORTED])
        ):
            continue
        rows.append(OverviewRow(administration, plan, report))
    return rows


def follow_up_report_prefetched(plan: Plan, occasion: str, today: datetime.date | None) -> FollowUpReport:
    """Counts only, from activities prefetched with the plans (for the overview)."""
    counts = dict.fromkeys(Progress.values, 0)
    for activity in plan.activities.all():
        if activity.follows_up_at(occasion):
            counts[progress(activity, occasion, plan.year, today)[0]] += 1
    return FollowUpReport(plan=plan, occasion=occasion, groups=[], counts=counts)


def previous_year_rows(plan: Plan) -> list[tuple[Activity, str, str]]:
    """The previous year's activities with their latest reported status and comment."""
    if plan.based_on_id is None:
        return []
    rows = []
    for activity in activities_of(plan.based_on):
        reported = {f.occasion: f for f in activity.follow_ups.all()}
        latest = next((reported[o] for o in (Occasion.VB, Occasion.T2, Occasion.T1) if o in reported), None)
        status = f"{latest.get_status_display()} ({latest.occasion})" if latest else _("Ej rapporterad")
        rows.append((activity, status, latest.comment if latest else ""))
    return rows


def activities_responsible(user: Any) -> QuerySet[Activity]:
    """Activities the user reports on, in plans in force."""
    newer_in_force = Plan.objects.filter(
        administration_id=OuterRef("plan__administration_id"),
        year=OuterRef("plan__year"),
        version__gt=OuterRef("plan__version"),
        status__in=IN_FORCE,
    )
    return (
        Activity.objects.filter(responsible_user=user, plan__status__in=IN_FORCE)
        .filter(~Exists(newer_in_force))
        .select_related("plan__administration")
        .prefetch_related("follow_ups")
        .order_by("-plan__year", "plan__administration__name", "group", "order")
    )
