"""/api/v1/reports: file a de-identified report, list and read the reports one may see, review them.

Everyone sees their own reports; a coordinator also sees every report of their administrations.
Anything else answers 404, so that a report's existence is not revealed. The same services as
the web forms do the work: free text is checked for personal data (422 with positions and
labels, never the matched text), a coordinator's reading is audited.
No `from __future__ import annotations`: django-ninja reads the annotations.
"""

import datetime
import re
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Query
from ninja import Status as Reply

from varna.api.api import api
from varna.api.idempotency import idempotent
from varna.api.reference import PartOut, reportable_administrations
from varna.api.report_schemas import (
    ERRORS,
    ContactOut,
    CreatedOut,
    FieldErrorOut,
    NoteOut,
    ProblemOut,
    ReportFilters,
    ReportIn,
    ReportOut,
    ReportPageOut,
    ReportSummaryOut,
    ReviewIn,
)
from varna.lib.personal_data import PersonalDataError
from varna.lib.years import OutOfRange, check_date
from varna.organisation.access import api_rule
from varna.organisation.models import Area, Unit
from varna.organisation.permissions import has_rule
from varna.reports import selectors, services
from varna.reports.constants import AgeGroup, Classification, DatePrecision, ReferenceKind, Source, Status
from varna.reports.models import ReferenceItem, Report

TAG = "rapporter"


# --- Validation ------------------------------------------------------------------------------


class Invalid(Exception):
    """Collected field errors, answered with 422."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__("invalid fields")
        self.errors = errors


def problem(errors: list[tuple[str, str]]) -> Reply[ProblemOut]:
    return Reply(
        422,
        ProblemOut(
            detail=_("Uppgifterna kunde inte tas emot. Rätta fälten nedan."),
            code="invalid",
            errors=[FieldErrorOut(field=field, message=message) for field, message in errors],
        ),
    )


def errors_of(exc: ValidationError, renamed: dict[str, str] | None = None) -> list[tuple[str, str]]:
    renamed = renamed or {}
    if hasattr(exc, "error_dict"):
        return [
            (renamed.get(field, field), message)
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return [("__all__", message) for message in exc.messages]


class Checker:
    """Resolves codes and ids of a request, collecting a Swedish message per bad field."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def error(self, field: str, message: str) -> None:
        self.errors.append((field, message))

    def done(self) -> None:
        if self.errors:
            raise Invalid(self.errors)

    def items(
        self, field: str, kind: str, codes: list[str], *, include_inactive: bool = False
    ) -> list[ReferenceItem]:
        wanted = list(dict.fromkeys(codes))
        found = ReferenceItem.objects.filter(kind=kind, code__in=wanted)
        if not include_inactive:
            found = found.filter(active=True)
        by_code = {item.code: item for item in found}
        unknown = [code for code in wanted if code not in by_code]
        if unknown:
            self.error(
                field,
                _("Okänd kod i %(field)s (%(list)s): %(codes)s.")
                % {"field": field, "list": ReferenceKind(kind).label.lower(), "codes": ", ".join(unknown)},
            )
        return [by_code[code] for code in wanted if code in by_code]

    def choice(self, field: str, value: str | None, values: list[str]) -> None:
        if value is not None and value not in values:
            self.error(
                field,
                _("Okänt värde i %(field)s. Tillåtna värden: %(values)s.")
                % {"field": field, "values": ", ".join(values)},
            )

    def date(self, field: str, value: str | None) -> datetime.date | None:
        if value is None:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return check_date(datetime.date.fromisoformat(value))
            except ValueError:
                pass
            except OutOfRange as error:
                self.error(field, error.message)
                return None
        self.error(field, _("Ange %(field)s som ett datum, ÅÅÅÅ-MM-DD.") % {"field": field})
        return None

    def month(self, field: str, value: str) -> datetime.date | None:
        if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
            try:
                return check_date(datetime.date(int(match[1]), int(match[2]), 1))
            except ValueError:
                pass
            except OutOfRange as error:
                self.error(field, error.message)
                return None
        self.error(field, _("Ange %(field)s som en månad, ÅÅÅÅ-MM.") % {"field": field})
        return None


def resolve_report(payload: ReportIn, user: Any) -> dict[str, Any]:
    """The keyword arguments of services.submit_report, or Invalid with every bad field."""
    check = Checker()
    administration = reportable_administrations(user).filter(pk=payload.administration).first()
    if administration is None:
        check.error("administration", _("Okänd förvaltning i administration."))
    unit = area = None
    if payload.unit is not None:
        unit = Unit.objects.filter(pk=payload.unit).first()
        if unit is None or (administration and unit.administration_id != administration.pk):
            check.error("unit", _("Enheten i unit finns inte i den valda förvaltningen."))
    if payload.area is not None:
        area = Area.objects.filter(pk=payload.area).first()
        if area is None or (administration and area.administration_id != administration.pk):
            check.error("area", _("Området i area finns inte i den valda förvaltningen."))
    event_date, precision = None, DatePrecision.DAY
    if (payload.event_date is None) == (payload.event_month is None):
        check.error(
            "event_date",
            _("Ange när det hände: event_date (ÅÅÅÅ-MM-DD) eller event_month (ÅÅÅÅ-MM), inte båda."),
        )
    elif payload.event_month is not None:
        event_date, precision = check.month("event_month", payload.event_month), DatePrecision.MONTH
    else:
        event_date = check.date("event_date", payload.event_date)
    check.choice("age_group", payload.age_group, AgeGroup.values)
    setting = None
    if payload.setting is not None:
        setting = next(iter(check.items("setting", ReferenceKind.SETTING, [payload.setting])), None)
    fields = {
        "administration": administration,
        "unit": unit,
        "area": area,
        "event_date": event_date,
        "date_precision": precision,
        "environments": check.items("environments", ReferenceKind.ENVIRONMENT, payload.environments),
        "event_types": check.items("event_types", ReferenceKind.EVENT_TYPE, payload.event_types),
        "age_group": payload.age_group,
        "setting": setting,
        "actions": check.items("actions", ReferenceKind.ACTION, payload.actions),
        "description": payload.description,
        "contact_requested": payload.contact_requested,
    }
    check.done()
    return fields


# --- Reading ---------------------------------------------------------------------------------


def filtered(reports: QuerySet[Report], filters: ReportFilters) -> QuerySet[Report]:
    check = Checker()
    check.choice("status", filters.status, Status.values)
    check.choice("classification", filters.classification, Classification.values)
    check.choice("source", filters.source, Source.values)
    for field, kind in (("environment", ReferenceKind.ENVIRONMENT), ("event_type", ReferenceKind.EVENT_TYPE)):
        if (code := getattr(filters, field)) is not None:
            check.items(field, kind, [code], include_inactive=True)
    date_from = check.date("from", filters.date_from)
    date_to = check.date("to", filters.date_to)
    check.done()
    if filters.administration is not None:
        reports = reports.filter(administration_id=filters.administration)
    return selectors.filter_reports(
        reports,
        status=filters.status,
        classification=filters.classification,
        environment=filters.environment,
        event_type=filters.event_type,
        area=filters.area,
        source=filters.source,
        date_from=date_from,
        date_to=date_to,
    )


def part(obj: Any) -> PartOut | None:
    return PartOut(id=obj.pk, name=obj.name) if obj is not None else None


def summary(report: Report, user: Any) -> dict[str, Any]:
    return {
        "id": report.pk,
        "reference": report.reference,
        "administration": part(report.administration),
        "unit": part(report.unit),
        "area": part(report.area),
        "event_date": report.event_date,
        "date_precision": report.date_precision,
        "environments": [item.code for item in report.environments.all()],
        "event_types": [item.code for item in report.event_types.all()],
        "age_group": report.age_group,
        "setting": report.setting.code if report.setting else None,
        "actions": [item.code for item in report.actions.all()],
        "contact_requested": report.contact_requested,
        "source": report.source,
        "status": report.status,
        "classification": report.classification,
        "submitted_at": report.submitted_at,
        "own": report.submitted_by_id == user.pk,
    }


def details(report: Report, user: Any, *, reviewer: bool) -> ReportOut:
    reporter = report.submitted_by if reviewer and report.contact_requested else None
    return ReportOut(
        **summary(report, user),
        description=report.description,
        first_opened_at=report.first_opened_at,
        reviewed_at=report.reviewed_at,
        closed_at=report.closed_at,
        notes=[
            NoteOut(id=note.pk, author=str(note.author or ""), text=note.text, created_at=note.created_at)
            for note in (report.notes.select_related("author") if reviewer else [])
        ],
        linked=[
            PartOut(id=other.pk, name=other.reference)
            for other in (report.linked.order_by("reference") if reviewer else [])
        ],
        contact=ContactOut(name=str(reporter), email=reporter.email) if reporter else None,
    )


def visible_report(user: Any, report_id: int) -> Report:
    report = selectors.visible_reports(user).filter(pk=report_id).first()
    if report is None:
        raise Http404
    return report


# --- Operations ------------------------------------------------------------------------------


@api.post(
    "/reports",
    response={201: CreatedOut, **ERRORS},
    operation_id="submit_report",
    tags=[TAG],
    summary="Skicka en avidentifierad rapport",
    description="Rapporten går till förvaltningens samordnare. Fritexten får inte innehålla "
    "personuppgifter: då svarar API:t 422 med fynden (fält, typ, start, slut) och sparar inget. "
    "Med rubriken Idempotency-Key ger samma nyckel inom 24 timmar det första svaret igen, utan "
    "att något nytt sparas.",
)
@api_rule("reports.submit")
@idempotent
def submit_report(request: HttpRequest, payload: ReportIn) -> Any:
    try:
        fields = resolve_report(payload, request.user)
        report = services.submit_report(submitted_by=request.user, **fields)
    except Invalid as exc:
        return problem(exc.errors)
    except ValidationError as exc:
        return problem(errors_of(exc))
    return Reply(201, CreatedOut(id=report.pk, reference=report.reference))


@api.get(
    "/reports",
    response={200: ReportPageOut, **ERRORS},
    operation_id="list_reports",
    tags=[TAG],
    summary="Lista rapporter",
    description="Dina egna rapporter och, för samordnare, alla rapporter i förvaltningen. "
    "Nyaste först; utan fritext (den visas per rapport och loggas).",
)
@api_rule("reports.view_own")
def list_reports(request: HttpRequest, filters: Query[ReportFilters]) -> Any:
    try:
        reports = filtered(selectors.visible_reports(request.user), filters)
    except Invalid as exc:
        return problem(exc.errors)
    page = reports[filters.offset : filters.offset + filters.limit]
    return Reply(
        200,
        ReportPageOut(
            total=reports.count(),
            limit=filters.limit,
            offset=filters.offset,
            items=[ReportSummaryOut(**summary(report, request.user)) for report in page],
        ),
    )


@api.get(
    "/reports/{report_id}",
    response={200: ReportOut, **ERRORS},
    operation_id="get_report",
    tags=[TAG],
    summary="Visa en rapport",
    description="En egen rapport, eller en rapport i en förvaltning där du är samordnare. "
    "Samordnarens läsning loggas.",
)
@api_rule("reports.view_own", object_level=True)
def get_report(request: HttpRequest, report_id: int) -> Any:
    report = visible_report(request.user, report_id)
    reviewer = has_rule(request.user, "reports.review", report)
    if reviewer:
        report = services.open_report(report=report, user=request.user, request=request)
    return Reply(200, details(report, request.user, reviewer=reviewer))


@api.patch(
    "/reports/{report_id}",
    response={200: ReportOut, **ERRORS},
    operation_id="review_report",
    tags=[TAG],
    summary="Bedöm en rapport",
    description="För förvaltningens samordnare: bedömning, miljöer, typer av händelse och status; "
    "en intern anteckning om `note` anges. Otillåtna statusbyten svarar 422.",
)
@api_rule("reports.review", object_level=True)
def review_report(request: HttpRequest, report_id: int, payload: ReviewIn) -> Any:
    report = visible_report(request.user, report_id)
    if not has_rule(request.user, "reports.review", report):
        raise PermissionDenied  # the reporter may read their report, not review it
    check = Checker()
    check.choice("classification", payload.classification, Classification.values)
    check.choice("status", payload.status, Status.values)
    environments = event_types = None
    if payload.environments is not None:
        environments = check.items(
            "environments", ReferenceKind.ENVIRONMENT, payload.environments, include_inactive=True
        )
    if payload.event_types is not None:
        event_types = check.items(
            "event_types", ReferenceKind.EVENT_TYPE, payload.event_types, include_inactive=True
        )
    review = {"classification": payload.classification, "status": payload.status}
    changes = any(value is not None for value in (*review.values(), environments, event_types))
    if not changes and payload.note is None:
        check.error("__all__", _("Ange minst ett fält att ändra."))
    try:
        check.done()
        with transaction.atomic():
            if changes:
                services.review_report(
                    report=report,
                    by=request.user,
                    environments=environments,
                    event_types=event_types,
                    request=request,
                    **review,
                )
            if payload.note is not None:
                services.add_note(report=report, author=request.user, text=payload.note, request=request)
    except Invalid as exc:
        return problem(exc.errors)
    except ValidationError as exc:
        return problem(errors_of(exc, {"text": "note"}))
    except PersonalDataError as exc:
        # The service names its argument `text`; the caller sent `note`.
        answer = exc.payload()
        for finding in answer["findings"]:
            finding["field"] = "note" if finding["field"] == "text" else finding["field"]
        return Reply(422, answer)
    return Reply(200, details(visible_report(request.user, report_id), request.user, reviewer=True))
