"""Associations, grant applications and decisions in the API: list and read; register an
application and record a decision through the same services as the pages.

No `from __future__ import annotations` here: django-ninja reads the annotations.
"""

import datetime
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Schema, Status
from ninja.errors import HttpError

from varna.api.api import api
from varna.api.idempotency import idempotent
from varna.associations import decisions, selectors, services
from varna.associations.models import Association, Decision, GrantApplication, ScreeningItem
from varna.lib.years import check_year
from varna.organisation.access import api_rule, check

TAGS = ["föreningar"]


class AssociationOut(Schema):
    id: int
    administration_id: int
    administration: str
    name: str
    organisation_number: str
    contact_role: str


class AssociationScreeningItemOut(Schema):
    code: str
    text: str
    result: str
    note: str


class GrantDecisionOut(Schema):
    id: int
    application_id: int
    outcome: str
    outcome_label: str
    amount: int | None
    justification: str
    override_reason: str
    unmet_items: int
    state: str
    decided_at: datetime.datetime
    confirmed_at: datetime.datetime | None


class GrantApplicationOut(Schema):
    id: int
    association_id: int
    association: str
    administration_id: int
    year: int
    received_on: datetime.date
    amount_requested: int | None
    purpose: str
    registration_number: str
    status: str
    status_label: str
    screening: list[AssociationScreeningItemOut]
    decisions: list[GrantDecisionOut]


class GrantApplicationIn(Schema):
    year: int = Field(..., ge=2000, le=2100)
    received_on: datetime.date
    amount_requested: int | None = Field(None, ge=0)
    purpose: str = Field("", max_length=5000)
    registration_number: str = Field("", max_length=60)


class GrantDecisionIn(Schema):
    outcome: Literal["granted", "denied", "stopped"]
    justification: str = Field(..., min_length=1, max_length=5000)
    amount: int | None = Field(None, ge=1)
    override_reason: str = Field("", max_length=5000)


def _association(association: Association) -> AssociationOut:
    return AssociationOut(
        id=association.pk,
        administration_id=association.administration_id,
        administration=association.administration.name,
        name=association.name,
        organisation_number=association.organisation_number,
        contact_role=association.contact_role,
    )


def _decision(decision: Decision) -> GrantDecisionOut:
    return GrantDecisionOut(
        id=decision.pk,
        application_id=decision.application_id,
        outcome=decision.outcome,
        outcome_label=str(decision.get_outcome_display()),
        amount=decision.amount,
        justification=decision.justification,
        override_reason=decision.override_reason,
        unmet_items=decision.unmet_items,
        state=decision.state,
        decided_at=decision.decided_at,
        confirmed_at=decision.confirmed_at,
    )


def _item(item: ScreeningItem) -> AssociationScreeningItemOut:
    return AssociationScreeningItemOut(code=item.code, text=item.text, result=item.result, note=item.note)


def _application(application: GrantApplication) -> GrantApplicationOut:
    return GrantApplicationOut(
        id=application.pk,
        association_id=application.association_id,
        association=application.association.name,
        administration_id=application.administration_id,
        year=application.year,
        received_on=application.received_on,
        amount_requested=application.amount_requested,
        purpose=application.purpose,
        registration_number=application.registration_number,
        status=application.status,
        status_label=str(application.get_status_display()),
        screening=[_item(i) for i in application.screening_items.all()],
        decisions=[_decision(d) for d in application.decisions.all()],
    )


def _errors(error: ValidationError) -> HttpError:
    messages = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
    return HttpError(
        422,
        "; ".join(
            f"{field}: {' '.join(map(str, m))}" if field else " ".join(map(str, m))
            for field, m in messages.items()
        ),
    )


@api.get(
    "/associations",
    response=list[AssociationOut],
    operation_id="list_associations",
    tags=TAGS,
    summary="Föreningar i de förvaltningar du handlägger eller samordnar",
)
@api_rule("associations.list")
def list_associations(request: HttpRequest, administration: int | None = None) -> list[AssociationOut]:
    associations = selectors.associations_visible_to(request.user)
    if administration is not None:
        associations = associations.filter(administration_id=administration)
    return [_association(a) for a in associations.order_by("name")]


@api.get(
    "/associations/applications",
    response=list[GrantApplicationOut],
    operation_id="list_grant_applications",
    tags=TAGS,
    summary="Bidragsansökningar med granskning och beslut",
)
@api_rule("associations.list")
def list_grant_applications(
    request: HttpRequest, year: int | None = None, status: str | None = None
) -> list[GrantApplicationOut]:
    applications = selectors.applications_visible_to(request.user).prefetch_related(
        "screening_items", "decisions"
    )
    if year is not None:
        applications = applications.filter(year=check_year(year))
    if status:
        applications = applications.filter(status=status)
    return [_application(a) for a in applications.order_by("-year", "association__name")]


def _visible_application(request: HttpRequest, application_id: int, rule: str) -> GrantApplication:
    application = get_object_or_404(
        GrantApplication.objects.select_related("association__administration"), pk=application_id
    )
    check(request.user, rule, application)
    return application


@api.get(
    "/associations/applications/{application_id}",
    response=GrantApplicationOut,
    operation_id="get_grant_application",
    tags=TAGS,
    summary="En bidragsansökan med granskning och beslut",
)
@api_rule("associations.view", object_level=True)
def get_grant_application(request: HttpRequest, application_id: int) -> GrantApplicationOut:
    return _application(_visible_application(request, application_id, "associations.view"))


@api.post(
    "/associations/applications/{application_id}/decisions",
    response={201: GrantDecisionOut},
    operation_id="record_grant_decision",
    tags=TAGS,
    summary="Bevilja, avslå eller stoppa utbetalning (kan kräva en andra handläggares bekräftelse)",
)
@api_rule("associations.decide", object_level=True)
@idempotent
def record_grant_decision(request: HttpRequest, application_id: int, payload: GrantDecisionIn) -> Status:
    application = _visible_application(request, application_id, "associations.decide")
    try:
        decision = decisions.decide(
            application=application,
            outcome=payload.outcome,
            justification=payload.justification,
            amount=payload.amount,
            override_reason=payload.override_reason,
            actor=request.user,
            request=request,
        )
    except services.AssociationStateError as error:
        raise HttpError(409, str(error)) from error
    except ValidationError as error:
        raise _errors(error) from error
    return Status(201, _decision(decision))


@api.get(
    "/associations/{association_id}",
    response=AssociationOut,
    operation_id="get_association",
    tags=TAGS,
    summary="En förening",
)
@api_rule("associations.view", object_level=True)
def get_association(request: HttpRequest, association_id: int) -> AssociationOut:
    association = get_object_or_404(Association.objects.select_related("administration"), pk=association_id)
    check(request.user, "associations.view", association)
    return _association(association)


@api.post(
    "/associations/{association_id}/applications",
    response={201: GrantApplicationOut},
    operation_id="create_grant_application",
    tags=TAGS,
    summary="Registrera en förenings ansökan om bidrag för ett år",
)
@api_rule("associations.manage", object_level=True)
@idempotent
def create_grant_application(
    request: HttpRequest, association_id: int, payload: GrantApplicationIn
) -> Status:
    association = get_object_or_404(Association.objects.select_related("administration"), pk=association_id)
    check(request.user, "associations.manage", association)
    try:
        application = services.create_application(
            association=association, actor=request.user, request=request, **payload.dict()
        )
    except services.AssociationStateError as error:
        raise HttpError(409, str(error)) from error
    except ValidationError as error:
        raise _errors(error) from error
    return Status(201, _application(application))
