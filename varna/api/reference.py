"""GET /api/v1/reference and /api/v1/administrations: what a report may say, and where it may go.

A client builds its report form from these two answers; POST /api/v1/reports accepts exactly
the codes and ids listed here. No `from __future__ import annotations`: django-ninja reads the
annotations.
"""

from typing import Any

from django.db.models import Prefetch, QuerySet, TextChoices
from django.http import HttpRequest
from ninja import Schema

from varna.api.api import api
from varna.organisation.access import api_rule
from varna.organisation.models import Administration, Area, Municipality, Unit
from varna.organisation.permissions import memberships_of
from varna.reports.constants import AgeGroup, Classification, ReferenceKind, Source, Status
from varna.reports.selectors import reference_lists

TAG = "referensdata"


class CodeLabelOut(Schema):
    code: str
    label: str


class ReferenceOut(Schema):
    environments: list[CodeLabelOut]
    event_types: list[CodeLabelOut]
    settings: list[CodeLabelOut]
    actions: list[CodeLabelOut]
    age_groups: list[CodeLabelOut]
    classifications: list[CodeLabelOut]
    sources: list[CodeLabelOut]
    statuses: list[CodeLabelOut]


class PartOut(Schema):
    id: int
    name: str


class AdministrationOut(Schema):
    id: int
    name: str
    kind: str
    units: list[PartOut]
    areas: list[PartOut]


def _choices(choices: type[TextChoices]) -> list[CodeLabelOut]:
    return [CodeLabelOut(code=value, label=str(label)) for value, label in choices.choices]


def reportable_administrations(user: Any) -> QuerySet[Administration]:
    """Every administration of the user's municipalities: anyone may report to any of them.

    A person not yet placed in any administration belongs, for reporting, to the only
    municipality there is; with several municipalities they must first be given a membership.
    """
    administration_ids = {adm for adm, _role, _unit in memberships_of(user)}
    municipalities = Municipality.objects.filter(administrations__in=administration_ids)
    if not administration_ids:
        if Municipality.objects.count() != 1:
            return Administration.objects.none()
        municipalities = Municipality.objects.all()
    return Administration.objects.filter(municipality__in=municipalities).order_by("name")


@api.get(
    "/reference",
    response={200: ReferenceOut},
    operation_id="reference_lists",
    tags=[TAG],
    summary="Referenslistor för rapporter",
    description="Alla val som en rapport kan ha, som kod och benämning. Koderna är stabila.",
)
@api_rule("reports.submit")
def reference(request: HttpRequest) -> ReferenceOut:
    lists = reference_lists()

    def items(kind: str) -> list[CodeLabelOut]:
        return [CodeLabelOut(code=item.code, label=item.label) for item in lists[kind]]

    return ReferenceOut(
        environments=items(ReferenceKind.ENVIRONMENT),
        event_types=items(ReferenceKind.EVENT_TYPE),
        settings=items(ReferenceKind.SETTING),
        actions=items(ReferenceKind.ACTION),
        age_groups=_choices(AgeGroup),
        classifications=_choices(Classification),
        sources=_choices(Source),
        statuses=_choices(Status),
    )


@api.get(
    "/administrations",
    response={200: list[AdministrationOut]},
    operation_id="reporting_administrations",
    tags=[TAG],
    summary="Förvaltningar att rapportera till",
    description="Förvaltningarna i din kommun med deras enheter och områden. "
    "Alla inloggade får rapportera till alla förvaltningar.",
)
@api_rule("reports.submit")
def administrations(request: HttpRequest) -> list[AdministrationOut]:
    found = reportable_administrations(request.user).prefetch_related(
        Prefetch("units", queryset=Unit.objects.order_by("name")),
        Prefetch("areas", queryset=Area.objects.order_by("name")),
    )
    return [
        AdministrationOut(
            id=adm.pk,
            name=adm.name,
            kind=adm.kind,
            units=[PartOut(id=unit.pk, name=unit.name) for unit in adm.units.all()],
            areas=[PartOut(id=area.pk, name=area.name) for area in adm.areas.all()],
        )
        for adm in found
    ]
