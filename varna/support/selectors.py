"""Reading the support log: the team's inbox, the coordinator's consultations and follow-ups,
and the summary the situation picture and plan indicators show."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import administration_ids_with_role, support_team_administration_ids
from varna.support.countdown import Countdown, countdown
from varna.support.models import Consultation, FirstContactRequest, SupportTeam
from varna.support.statistics import Period, Routine, Row, controlled_statistics, exact_statistics

RECENT_DAYS = 30  # contacted requests stay in the inbox this long


@dataclass(frozen=True)
class InboxEntry:
    item: FirstContactRequest
    countdown: Countdown


def active_team_administration_ids(user: Any) -> list[int]:
    """The administrations of the user's active support teams (organisation/permissions.py asks)."""
    teams = SupportTeam.objects.filter(members=user, active=True)
    return list(teams.values_list("administration_id", flat=True))


def administrations_with_inbox(user: Any) -> QuerySet[Administration]:
    """Where the user sees the 24-hour inbox: as coordinator or as a member of a support team."""
    ids = set(administration_ids_with_role(user, Role.COORDINATOR)) | support_team_administration_ids(user)
    return Administration.objects.filter(pk__in=ids).order_by("name")


def administrations_with_log(user: Any) -> QuerySet[Administration]:
    """Where the user keeps the consultation log: as coordinator."""
    return Administration.objects.filter(
        pk__in=administration_ids_with_role(user, Role.COORDINATOR)
    ).order_by("name")


def inbox(
    administration: Administration, *, now: datetime.datetime | None = None
) -> dict[str, list[InboxEntry]]:
    """Open requests, the closest deadline first, and those contacted in the last 30 days."""
    now = now or timezone.now()
    requests = FirstContactRequest.objects.filter(administration=administration).select_related(
        "team", "receiving_administration", "receiving_unit"
    )
    open_items = requests.filter(first_contact_at__isnull=True).order_by("requested_at", "pk")
    recent = requests.filter(
        first_contact_at__isnull=False, first_contact_at__gte=now - datetime.timedelta(days=RECENT_DAYS)
    ).order_by("-first_contact_at", "-pk")

    def entry(item: FirstContactRequest) -> InboxEntry:
        return InboxEntry(
            item, countdown(requested_at=item.requested_at, now=now, first_contact_at=item.first_contact_at)
        )

    return {"open": [entry(i) for i in open_items], "recent": [entry(i) for i in recent]}


def teams_of(administration: Administration) -> QuerySet[SupportTeam]:
    return SupportTeam.objects.filter(administration=administration).prefetch_related("members")


def consultations_of(
    administration: Administration, *, period: Period | None = None, subject: str = ""
) -> QuerySet[Consultation]:
    consultations = Consultation.objects.filter(administration=administration)
    if period is not None:
        consultations = consultations.filter(date__gte=period.start, date__lte=period.end)
    if subject:
        consultations = consultations.filter(subject=subject)
    return consultations.select_related("asking_administration", "asking_unit").prefetch_related(
        "environments", "support_given", "reports"
    )


def follow_ups_due(
    administration: Administration, *, today: datetime.date | None = None, within_days: int = 7
) -> QuerySet[Consultation]:
    """Consultations whose follow-up date has come or comes within a week, not yet followed up."""
    today = today or timezone.localdate()
    return (
        Consultation.objects.filter(
            administration=administration,
            follow_up_on__isnull=False,
            follow_up_on__lte=today + datetime.timedelta(days=within_days),
            followed_up_on__isnull=True,
        )
        .select_related("asking_administration", "asking_unit")
        .order_by("follow_up_on", "pk")
    )


# --- the situation picture and plan indicators --------------------------------------------------


@dataclass(frozen=True)
class SupportSummary:
    """The support log's part of an administration's situation picture for a year."""

    administration: Administration
    year: int
    controlled: bool
    threshold: int | None
    consultations: int | None
    by_subject: list[Row]
    routine: Routine

    @property
    def share_percent(self) -> int | None:
        return self.routine.share_percent


def support_summary_for_situation(
    *, administration: Administration, year: int, controlled: bool = True
) -> SupportSummary | None:
    """Consultations by subject and the 24-hour routine of a calendar year; None when the
    administration logged neither that year.

    `controlled` (the default, so that forgetting it leaks nothing): the disclosure-controlled
    figures everyone outside the administration sees. Pass False only for its coordinators.
    """
    period = Period.year(year)
    figures = (
        controlled_statistics(administration, year)
        if controlled
        else exact_statistics(administration, period)
    )
    has_consultations = Consultation.objects.filter(
        administration=administration, date__gte=period.start, date__lte=period.end
    ).exists()
    start, end = period.bounds()
    if controlled:
        # Outside, "no section" must not tell that there were no requests (nor one or two).
        has_requests = figures.routine.requests is not None
    else:
        has_requests = FirstContactRequest.objects.filter(
            administration=administration, requested_at__gte=start, requested_at__lt=end
        ).exists()
    if not (has_consultations or has_requests):
        return None
    return SupportSummary(
        administration=administration,
        year=year,
        controlled=figures.controlled,
        threshold=figures.threshold,
        consultations=figures.consultations,
        by_subject=figures.breakdowns["subject"],
        routine=figures.routine,
    )
