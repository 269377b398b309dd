"""The support log in the API: statistics per administration and period, and the team's
first-contact requests with their deadlines.

The administration's coordinators get exact statistics for any period; the central coordinator
and the system administrator the disclosure-controlled figures of a whole calendar year (ADR
0003): a suppressed count is null with "suppressed": true.
No `from __future__ import annotations` in API modules: django-ninja reads the annotations.
"""

import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Schema
from ninja.errors import HttpError

from varna.api.api import api
from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.years import check_date
from varna.organisation.access import api_rule, check
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.support import selectors
from varna.support.statistics import Period, Row, SupportStatistics, controlled_statistics, exact_statistics

TAGS = ["stöd i enskilda ärenden"]


class SupportCountOut(Schema):
    code: str
    label: str
    count: int | None
    suppressed: bool


class SupportRoutineOut(Schema):
    requests: int | None
    contacted_within_24h: int | None
    contacted_later: int | None
    overdue_without_contact: int | None
    pending_within_24h: int | None
    open_without_contact: int | None = Field(
        None,
        description="Utan kontakt ännu (försenade och inom tiden); utanför förvaltningen i stället "
        "för uppdelningen.",
    )
    median_withheld: bool = Field(False, description="Färre än fem begäran med kontakt: ingen mediantid.")
    share_within_24h: float | None = Field(..., description="0–1; null när den inte kan räknas eller visas.")
    median_minutes_to_first_contact: int | None


class SupportStatisticsOut(Schema):
    administration_id: int
    administration: str
    from_: datetime.date = Field(..., alias="from")
    to: datetime.date
    disclosure_controlled: bool
    suppression_threshold: int | None
    consultations: int | None
    consultations_suppressed: bool
    by_subject: list[SupportCountOut]
    by_age_group: list[SupportCountOut]
    by_environment: list[SupportCountOut]
    by_support: list[SupportCountOut]
    first_contact: SupportRoutineOut


class SupportStatisticsQuery(Schema):
    from_: datetime.date | None = Field(
        None, alias="from", description="Från och med (standard: 1 januari i år)."
    )
    to: datetime.date | None = Field(None, description="Till och med (standard: 31 december samma år).")


class FirstContactRequestOut(Schema):
    id: int
    reference: str
    team: str
    requested_at: datetime.datetime
    deadline: datetime.datetime
    channel: str
    requester: str
    leaving: str
    age_group: str
    first_contact_at: datetime.datetime | None
    status: str = Field(..., description="pending, urgent, overdue, contacted eller contacted_late.")
    minutes: int = Field(..., description="Minuter kvar, över tiden eller till kontakt, efter status.")
    countdown: str


def _period(query: SupportStatisticsQuery) -> Period:
    start, end = query.from_, query.to
    if start is None and end is None:
        return Period.year(timezone.localdate().year)
    for field, day in (("from", start), ("to", end)):
        if day is not None:
            check_date(day, field=field)  # 422 before year 1 or 9999 reaches date arithmetic
    start = start or datetime.date(end.year, 1, 1)  # type: ignore[union-attr]
    end = end or datetime.date(start.year, 12, 31)
    if start > end:
        raise HttpError(422, "Till och med-datumet kan inte ligga före från och med-datumet.")
    return Period(start, end)


def _counts(rows: list[Row]) -> list[SupportCountOut]:
    return [SupportCountOut(code=r.code, label=r.label, count=r.count, suppressed=r.suppressed) for r in rows]


def _out(figures: SupportStatistics) -> dict:
    routine = figures.routine
    return {
        "administration_id": figures.administration.pk,
        "administration": figures.administration.name,
        "from": figures.period.start,
        "to": figures.period.end,
        "disclosure_controlled": figures.controlled,
        "suppression_threshold": figures.threshold,
        "consultations": figures.consultations,
        "consultations_suppressed": figures.consultations is None,
        **{f"by_{key}": _counts(rows) for key, rows in figures.breakdowns.items()},
        "first_contact": {
            "requests": routine.requests,
            "contacted_within_24h": routine.in_time,
            "contacted_later": routine.late,
            "overdue_without_contact": routine.overdue,
            "pending_within_24h": routine.pending,
            "open_without_contact": routine.open,
            "median_withheld": routine.median_withheld,
            "share_within_24h": routine.share_in_time,
            "median_minutes_to_first_contact": routine.median_minutes,
        },
    }


@api.get(
    "/support/{administration_id}/statistics",
    response=SupportStatisticsOut,
    by_alias=True,
    operation_id="support_statistics",
    tags=TAGS,
    summary="Statistik över stöd i enskilda ärenden och Rutin 24 timmar",
)
@api_rule("support.open_statistics", object_level=True)
def support_statistics(
    request: HttpRequest, administration_id: int, query: Query[SupportStatisticsQuery]
) -> dict:
    administration = get_object_or_404(Administration, pk=administration_id)
    check(request.user, "support.open_statistics", administration)
    period = _period(query)
    if has_rule(request.user, "support.view_statistics", administration):
        return _out(exact_statistics(administration, period))
    if not period.is_year:
        raise HttpError(
            422, "Utanför förvaltningen redovisas bara hela kalenderår: från 1 januari till 31 december."
        )
    if period.start.year > timezone.localdate().year:
        raise HttpError(422, "Året har inte börjat än.")
    return _out(controlled_statistics(administration, period.start.year))


@api.get(
    "/support/{administration_id}/first-contacts",
    response=list[FirstContactRequestOut],
    operation_id="list_first_contacts",
    tags=TAGS,
    summary="Begäran om första kontakt: väntande och nyligen kontaktade, med tidsgräns",
)
@api_rule("support.inbox", object_level=True)
def list_first_contacts(request: HttpRequest, administration_id: int) -> list[dict]:
    administration = get_object_or_404(Administration, pk=administration_id)
    check(request.user, "support.inbox", administration)
    entries = selectors.inbox(administration)
    record_event(
        action=Action.VIEWED, request=request, administration=administration, summary="support inbox (API)"
    )
    return [
        {
            "id": entry.item.pk,
            "reference": entry.item.reference,
            "team": entry.item.team.name,
            "requested_at": entry.item.requested_at,
            "deadline": entry.countdown.deadline,
            "channel": entry.item.channel,
            "requester": entry.item.requester,
            "leaving": entry.item.leaving,
            "age_group": entry.item.age_group,
            "first_contact_at": entry.item.first_contact_at,
            "status": entry.countdown.status,
            "minutes": entry.countdown.minutes,
            "countdown": entry.countdown.text,
        }
        for entry in [*entries["open"], *entries["recent"]]
    ]
