"""Schemas of /api/v1/reports: what a report looks like going in and coming out, and errors.

No `from __future__ import annotations`: django-ninja reads the annotations.
"""

import datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import WithJsonSchema

from varna.api.reference import PartOut
from varna.lib.years import MAX_OFFSET
from varna.reports.constants import AgeGroup, Classification, Source, Status

MAX_TEXT = 20_000


def one_of(values: list[str]) -> Any:
    """A string documented as one of `values`; checked by the operation, with a Swedish message."""
    return Annotated[str, WithJsonSchema({"type": "string", "enum": values})]


AgeGroupCode = one_of(AgeGroup.values)
StatusCode = one_of(Status.values)
ClassificationCode = one_of(Classification.values)
SourceCode = one_of(Source.values)


class DetailOut(Schema):
    detail: str


class FieldErrorOut(Schema):
    field: str
    message: str


class PersonalDataFindingOut(Schema):
    """One finding of PersonalDataError's payload: where, what kind, never the text."""

    field: str
    label: str
    start: int
    end: int


class ProblemOut(Schema):
    """422: `errors` for invalid fields, or `findings` (code personal_data) for free text."""

    detail: str
    code: str
    errors: list[FieldErrorOut] = []
    findings: list[PersonalDataFindingOut] = []


class ReportIn(Schema):
    administration: int = Field(..., description="Förvaltningens id (GET /administrations).")
    unit: int | None = Field(None, description="Enhetens id, i den valda förvaltningen.")
    area: int | None = Field(None, description="Områdets id, i den valda förvaltningen.")
    event_date: str | None = Field(
        None, description="När det hände, ÅÅÅÅ-MM-DD. Ange detta eller event_month.", examples=["2025-03-14"]
    )
    event_month: str | None = Field(
        None, description="Bara månaden, ÅÅÅÅ-MM, om dagen inte är känd.", examples=["2025-03"]
    )
    environments: list[str] = Field([], description="Koder ur referenslistan environments.")
    event_types: list[str] = Field([], description="Koder ur referenslistan event_types.")
    age_group: AgeGroupCode
    setting: str | None = Field(None, description="En kod ur referenslistan settings.")
    actions: list[str] = Field([], description="Koder ur referenslistan actions.")
    description: str = Field("", max_length=MAX_TEXT, description="Fritext utan personuppgifter.")
    contact_requested: bool = False


class CreatedOut(Schema):
    id: int
    reference: str


class ReportSummaryOut(Schema):
    id: int
    reference: str
    administration: PartOut
    unit: PartOut | None
    area: PartOut | None
    event_date: datetime.date
    date_precision: str
    environments: list[str]
    event_types: list[str]
    age_group: str
    setting: str | None
    actions: list[str]
    contact_requested: bool
    source: str
    status: str
    classification: str
    submitted_at: datetime.datetime
    own: bool


class NoteOut(Schema):
    id: int
    author: str
    text: str
    created_at: datetime.datetime


class ContactOut(Schema):
    name: str
    email: str


class ReportOut(ReportSummaryOut):
    description: str
    first_opened_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    # Only for the administration's coordinators: internal notes, links, who asked to be contacted.
    notes: list[NoteOut]
    linked: list[PartOut]
    contact: ContactOut | None


class ReportPageOut(Schema):
    total: int
    limit: int
    offset: int
    items: list[ReportSummaryOut]


class ReportFilters(Schema):
    administration: int | None = None
    status: StatusCode | None = None
    classification: ClassificationCode | None = None
    environment: str | None = Field(None, description="En kod ur referenslistan environments.")
    event_type: str | None = Field(None, description="En kod ur referenslistan event_types.")
    area: int | None = None
    source: SourceCode | None = None
    date_from: str | None = Field(None, alias="from", description="Händelsedatum från, ÅÅÅÅ-MM-DD.")
    date_to: str | None = Field(None, alias="to", description="Händelsedatum till och med, ÅÅÅÅ-MM-DD.")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class ReviewIn(Schema):
    classification: ClassificationCode | None = None
    environments: list[str] | None = Field(None, description="Ersätter rapportens miljöer.")
    event_types: list[str] | None = Field(None, description="Ersätter rapportens typer av händelse.")
    status: StatusCode | None = None
    note: str | None = Field(None, max_length=MAX_TEXT, description="Intern anteckning utan personuppgifter.")


ERRORS: dict[int, Any] = {401: DetailOut, 403: DetailOut, 404: DetailOut, 422: ProblemOut}
