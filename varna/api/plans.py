"""Action plans in the API: list and read plans, download their documents, report follow-up.

No `from __future__ import annotations` here: django-ninja reads the annotations.
"""

import datetime
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Schema, Status
from ninja.errors import HttpError

from varna.api.api import api
from varna.api.idempotency import idempotent
from varna.lib.years import check_year
from varna.organisation.access import api_rule, check
from varna.organisation.permissions import has_rule
from varna.plans import documents, selectors, services
from varna.plans.models import Activity, FollowUp, Plan, Section

TAGS = ["handlingsplaner"]


class PlanSummaryOut(Schema):
    id: int
    administration_id: int
    administration: str
    year: int
    version: int
    title: str
    registration_number: str
    status: str
    status_label: str
    submitted_on: datetime.date | None
    adopted_on: datetime.date | None
    decision_reference: str
    approved_on: datetime.date | None


class SectionOut(Schema):
    id: int
    kind: str
    heading: str
    text: str
    order: int


class ResponsibleOut(Schema):
    role: str
    unit_id: int | None
    unit: str | None
    user_id: int | None


class ScheduleOut(Schema):
    start: datetime.date | None
    end: datetime.date | None
    recurrence: str
    text: str
    display: str


class FollowUpOut(Schema):
    id: int
    activity_id: int
    occasion: str
    status: str
    status_label: str
    comment: str
    indicator_value: str
    recorded_at: datetime.datetime


class ActivityOut(Schema):
    id: int
    group: str
    group_label: str
    order: int
    description: str
    responsible: ResponsibleOut
    schedule: ScheduleOut
    follow_up: list[str]
    indicator: str
    target: str
    finding: str
    other_actors: str
    follow_ups: list[FollowUpOut]


class PlanOut(PlanSummaryOut):
    previous_version_id: int | None
    based_on_id: int | None
    sections: list[SectionOut]
    activities: list[ActivityOut]


class FollowUpIn(Schema):
    occasion: Literal["T1", "T2", "VB"]
    status: Literal["not_started", "ongoing", "done", "cancelled"]
    comment: str = Field("", max_length=5000)
    indicator_value: str = Field("", max_length=100)


def _summary(plan: Plan) -> dict:
    return {
        "id": plan.pk,
        "administration_id": plan.administration_id,
        "administration": plan.administration.name,
        "year": plan.year,
        "version": plan.version,
        "title": plan.title,
        "registration_number": plan.registration_number,
        "status": plan.status,
        "status_label": str(plan.get_status_display()),
        "submitted_on": plan.submitted_on,
        "adopted_on": plan.adopted_on,
        "decision_reference": plan.decision_reference,
        "approved_on": plan.approved_on,
    }


def _follow_up(follow_up: FollowUp) -> FollowUpOut:
    return FollowUpOut(
        id=follow_up.pk,
        activity_id=follow_up.activity_id,
        occasion=follow_up.occasion,
        status=follow_up.status,
        status_label=str(follow_up.get_status_display()),
        comment=follow_up.comment,
        indicator_value=follow_up.indicator_value,
        recorded_at=follow_up.recorded_at,
    )


def _activity(activity: Activity) -> ActivityOut:
    return ActivityOut(
        id=activity.pk,
        group=activity.group,
        group_label=str(activity.get_group_display()),
        order=activity.order,
        description=activity.description,
        responsible=ResponsibleOut(
            role=activity.responsible_role,
            unit_id=activity.responsible_unit_id,
            unit=activity.responsible_unit.name if activity.responsible_unit else None,
            user_id=activity.responsible_user_id,
        ),
        schedule=ScheduleOut(
            start=activity.schedule_start,
            end=activity.schedule_end,
            recurrence=activity.schedule_recurrence,
            text=activity.schedule_text,
            display=activity.schedule_display,
        ),
        follow_up=activity.occasions,
        indicator=activity.indicator,
        target=activity.target,
        finding=activity.finding,
        other_actors=activity.other_actors,
        follow_ups=[_follow_up(f) for f in activity.follow_ups.all()],
    )


def _section(section: Section) -> SectionOut:
    return SectionOut(
        id=section.pk, kind=section.kind, heading=section.heading, text=section.text, order=section.order
    )


def _visible_plan(request: HttpRequest, plan_id: int) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("administration"), pk=plan_id)
    check(request.user, "plans.view_plan", plan)
    return plan


@api.get(
    "/plans",
    response=list[PlanSummaryOut],
    operation_id="list_plans",
    tags=TAGS,
    summary="Handlingsplaner som du får läsa (senaste versionen om inte alla begärs)",
)
@api_rule("plans.list_plans")
def list_plans(
    request: HttpRequest,
    administration: int | None = None,
    year: int | None = None,
    all_versions: bool = False,
) -> list[dict]:
    plans = selectors.plans_visible_to(request.user)
    if not all_versions:
        plans = selectors.latest_versions(plans)
    if administration is not None:
        plans = plans.filter(administration_id=administration)
    if year is not None:
        plans = plans.filter(year=check_year(year))
    return [_summary(plan) for plan in plans.order_by("-year", "administration__name", "version")]


@api.get(
    "/plans/{plan_id}",
    response=PlanOut,
    operation_id="get_plan",
    tags=TAGS,
    summary="En handlingsplan med avsnitt, aktiviteter och uppföljningar",
)
@api_rule("plans.view_plan", object_level=True)
def get_plan(request: HttpRequest, plan_id: int) -> PlanOut:
    plan = _visible_plan(request, plan_id)
    return PlanOut(
        **_summary(plan),
        previous_version_id=plan.previous_version_id,
        based_on_id=plan.based_on_id,
        sections=[_section(s) for s in plan.sections.all()],
        activities=[_activity(a) for a in selectors.activities_of(plan)],
    )


@api.get(
    "/plans/{plan_id}/document",
    operation_id="get_plan_document",
    tags=TAGS,
    summary="Handlingsplanen som Word (format=docx) eller PDF/A (format=pdf)",
    response={200: None},
)
@api_rule("plans.view_plan", object_level=True)
def get_plan_document(
    request: HttpRequest,
    plan_id: int,
    file_format: Literal["docx", "pdf"] = Query("docx", alias="format"),
    publicering: bool = Query(False, description="För publicering: lägesbildens siffror med röjandeskydd."),
) -> HttpResponse:
    plan = _visible_plan(request, plan_id)
    publication = publicering or not has_rule(request.user, "situation.view", plan.administration)
    document = documents.plan_document(plan, publication=publication)
    content, content_type = documents.render(document, file_format)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{documents.file_name(plan, file_format)}"'
    return response


@api.post(
    "/plans/{plan_id}/activities/{activity_id}/follow-ups",
    response={200: FollowUpOut, 201: FollowUpOut},
    operation_id="record_follow_up",
    tags=TAGS,
    summary="Rapportera en aktivitets status vid T1, T2 eller VB (ersätter en tidigare rapport)",
)
@api_rule("plans.record_follow_up", object_level=True)
@idempotent
def record_follow_up(request: HttpRequest, plan_id: int, activity_id: int, payload: FollowUpIn) -> Status:
    activity = get_object_or_404(
        Activity.objects.select_related("plan__administration"), pk=activity_id, plan_id=plan_id
    )
    check(request.user, "plans.record_follow_up", activity)
    existed = FollowUp.objects.filter(activity=activity, occasion=payload.occasion).exists()
    try:
        follow_up = services.record_follow_up(
            activity=activity,
            occasion=payload.occasion,
            status=payload.status,
            comment=payload.comment,
            indicator_value=payload.indicator_value,
            actor=request.user,
            request=request,
        )
    except services.PlanStateError as error:
        raise HttpError(409, str(error)) from error
    return Status(200 if existed else 201, _follow_up(follow_up))
