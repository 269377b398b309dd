"""The coordinator's side of reports: the inbox, and reviewing one report (every opening audited)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import administration_from, requires
from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import administration_ids_with_role
from varna.reports import selectors, services
from varna.reports.constants import ALLOWED_STATUS_CHANGES, Status
from varna.reports.models import Report
from varna.reports.review_forms import InboxFilterForm, LinkForm, NoteForm, ReviewForm

PAGE_SIZE = 25


def report_from(kwargs: dict[str, Any]) -> tuple[str, Any]:
    return "report", get_object_or_404(Report.objects.select_related("administration"), pk=kwargs.pop("pk"))


@requires("reports.review_any")
def report_inboxes(request: HttpRequest) -> HttpResponse:
    administrations = list(
        Administration.objects.filter(
            pk__in=administration_ids_with_role(request.user, Role.COORDINATOR)
        ).order_by("name")
    )
    if len(administrations) == 1:
        return redirect("report_inbox", administration_id=administrations[0].pk)
    for administration in administrations:
        administration.counts = selectors.status_counts(selectors.inbox(administration.pk))
    return render(request, "reports/review_inboxes.html", {"administrations": administrations})


@requires("reports.review", load=administration_from)
def report_inbox(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = InboxFilterForm(request.GET, administration=administration)
    filters = form.selector_arguments() if form.is_valid() else {}
    unread = form.is_valid() and form.cleaned_data["unread"]
    # The counts follow every filter but the status, so that each count is a useful next filter.
    counts = selectors.status_counts(selectors.inbox(administration.pk, **{**filters, "status": ""}))
    reports = selectors.inbox(administration.pk, **filters)
    if unread:
        reports = reports.filter(first_opened_at__isnull=True)
    page = Paginator(reports, PAGE_SIZE).get_page(request.GET.get("sida"))
    context = {
        "administration": administration,
        "form": form,
        "page": page,
        "counts": [(value, label, counts[value]) for value, label in Status.choices],
        "unread_count": counts["unread"],
        "filtered": form.is_valid() and any(form.cleaned_data.values()),
    }
    # htmx refreshes only the results; a history restore or a plain request gets the whole page.
    partial = request.headers.get("HX-Request") and not request.headers.get("HX-History-Restore-Request")
    template = "reports/review_inbox_results.html" if partial else "reports/inbox.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _detail(
    request: HttpRequest,
    report: Report,
    *,
    review_form: ReviewForm | None = None,
    note_form: NoteForm | None = None,
    link_form: LinkForm | None = None,
) -> HttpResponse:
    """Show a report's details. Every showing is an opening, and every opening is audited."""
    services.open_report(report=report, user=request.user, request=request)
    report = Report.objects.with_lists().select_related("submitted_by", "reviewed_by").get(pk=report.pk)
    context = {
        "report": report,
        "administration": report.administration,
        "review_form": review_form or ReviewForm(report=report),
        "note_form": note_form or NoteForm(),
        "link_form": link_form or LinkForm(report=report),
        "notes": report.notes.select_related("author"),
        "linked": report.linked.order_by("submitted_at"),
        # The reporter is named only when they asked to be contacted; otherwise not at all.
        "contact": report.submitted_by if report.contact_requested else None,
        "can_close": Status.CLOSED in ALLOWED_STATUS_CHANGES[report.status],
        "can_reopen": report.status == Status.CLOSED,
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "reports/report_detail.html", context)


def _back(report: Report) -> HttpResponse:
    return redirect("report_detail", pk=report.pk)


def _error_message(error: ValidationError) -> str:
    return " ".join(error.messages)


@requires("reports.review", load=report_from)
def report_detail(request: HttpRequest, report: Report) -> HttpResponse:
    return _detail(request, report)


@require_POST
@requires("reports.review", load=report_from)
def report_review(request: HttpRequest, report: Report) -> HttpResponse:
    form = ReviewForm(request.POST, report=report)
    if not form.is_valid():
        return _detail(request, report, review_form=form)
    changes: dict[str, Any] = {}
    if form.cleaned_data["classification"] != report.classification:
        changes["classification"] = form.cleaned_data["classification"]
    for field in ("environments", "event_types"):
        chosen = list(form.cleaned_data[field])
        if {item.pk for item in chosen} != set(getattr(report, field).values_list("pk", flat=True)):
            changes[field] = chosen
    if not changes:
        messages.info(request, _("Inget har ändrats."))
        return _back(report)
    try:
        services.review_report(report=report, by=request.user, request=request, **changes)
    except ValidationError as error:
        form.add_error(None, error)
        return _detail(request, report, review_form=form)
    messages.success(request, _("Bedömningen är sparad."))
    return _back(report)


@require_POST
@requires("reports.review", load=report_from)
def report_note(request: HttpRequest, report: Report) -> HttpResponse:
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_note(
                report=report,
                author=request.user,
                text=form.cleaned_data["text"],
                request=request,
                overridden=form.overridden(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        except PersonalDataError:
            form.add_error("text", _("Texten innehåller uppgifter som kan identifiera en person."))
        else:
            for label, reason in form.deid_overrides:
                record_event(
                    action=Action.OVERRIDDEN, request=request, obj=report, summary=f"{label}: {reason}"
                )
            messages.success(request, _("Anteckningen är sparad."))
            return _back(report)
    return _detail(request, report, note_form=form)


@require_POST
@requires("reports.review", load=report_from)
def report_link(request: HttpRequest, report: Report) -> HttpResponse:
    form = LinkForm(request.POST, report=report)
    if form.is_valid() and form.other is not None:
        try:
            services.link_reports(report=report, other=form.other, by=request.user, request=request)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Rapporten är länkad till %(reference)s: de gäller samma händelse.")
                % {"reference": form.other.reference},
            )
            return _back(report)
    return _detail(request, report, link_form=form)


@require_POST
@requires("reports.review", load=report_from)
def report_unlink(request: HttpRequest, report: Report, other_pk: int) -> HttpResponse:
    other = get_object_or_404(Report, pk=other_pk, administration_id=report.administration_id)
    if report.linked.filter(pk=other.pk).exists():
        services.unlink_reports(report=report, other=other, by=request.user, request=request)
        messages.success(
            request, _("Länken till %(reference)s är borttagen.") % {"reference": other.reference}
        )
    else:
        messages.info(request, _("Rapporterna var inte länkade."))
    return _back(report)


@require_POST
@requires("reports.review", load=report_from)
def report_close(request: HttpRequest, report: Report) -> HttpResponse:
    if Status.CLOSED not in ALLOWED_STATUS_CHANGES[report.status]:
        messages.error(request, _("Rapporten är redan avslutad."))
        return _back(report)
    try:
        services.close_report(report=report, by=request.user, request=request)
    except ValidationError as error:
        messages.error(request, _error_message(error))
    else:
        messages.success(request, _("Rapporten är avslutad."))
    return _back(report)


@require_POST
@requires("reports.review", load=report_from)
def report_reopen(request: HttpRequest, report: Report) -> HttpResponse:
    # The table also lets a new report go to "in review"; reopening is only for a closed one.
    if report.status != Status.CLOSED:
        messages.error(request, _("Bara en avslutad rapport kan öppnas igen."))
        return _back(report)
    try:
        services.reopen_report(report=report, by=request.user, request=request)
    except ValidationError as error:
        messages.error(request, _error_message(error))
    else:
        messages.success(request, _("Rapporten är öppnad igen och är under granskning."))
    return _back(report)
