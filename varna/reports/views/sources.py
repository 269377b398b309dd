"""The coordinator's other sources: events by hand, graffiti counts, and imports from files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.reports import imports, services
from varna.reports.constants import ImportKind, ImportStatus
from varna.reports.import_forms import EventForm, GraffitiForm, UploadForm
from varna.reports.models import GraffitiCount, ImportBatch

SHOWN_PROBLEMS = 100
PROGRESS_HEADER = "X-Varna-Progress"  # sent by import.js: answer the confirmation as a stream


def batch_from(kwargs: dict[str, Any]) -> tuple[str, ImportBatch]:
    batch = get_object_or_404(ImportBatch.objects.select_related("administration"), pk=kwargs.pop("pk"))
    return "batch", batch


def _by_field(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict if hasattr(error, "error_dict") else {"": error.messages}


@requires("reports.import", load=administration_from)
def event_create(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = EventForm(request.POST or None, administration=administration)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                report = services.submit_report(
                    submitted_by=request.user,
                    administration=administration,
                    notify=False,
                    **form.service_arguments(),
                )
                record_event(action=Action.CREATED, request=request, obj=report, summary=report.reference)
                for label, reason in form.deid_overrides:
                    record_event(
                        action=Action.OVERRIDDEN, request=request, obj=report, summary=f"{label}: {reason}"
                    )
        except ValidationError as error:
            for field, errors in _by_field(error).items():
                form.add_error(
                    "when" if field == "event_date" else (field if field in form.fields else None), errors
                )
        except PersonalDataError:
            # The form has checked the text already; the service checks again, and wins.
            form.add_error(
                "description",
                _("Texten innehåller uppgifter som kan identifiera en person. Ta bort dem och spara igen."),
            )
        else:
            messages.success(
                request,
                _("Händelsen är registrerad med referens %(reference)s.") % {"reference": report.reference},
            )
            return redirect("event_create", administration_id=administration.pk)
    context = {"administration": administration, "form": form, "override_reasons": OverrideReason.choices}
    return render(request, "reports/event_form.html", context)


@requires("reports.import", load=administration_from)
def graffiti_list(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = GraffitiForm(request.POST or None, administration=administration)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            imports.add_graffiti_count(
                administration=administration,
                by=request.user,
                period_start=data["start"],
                period_end=data["end"],
                count=data["count"],
                area=data.get("area"),
                environment=data.get("environment"),
                request=request,
            )
        except ValidationError as error:
            for field, errors in _by_field(error).items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Klottret är registrerat."))
            return redirect("graffiti_list", administration_id=administration.pk)
    counts = (
        GraffitiCount.objects.filter(administration=administration)
        .select_related("area", "environment", "import_batch")
        .order_by("-period_start", "area__name", "pk")
    )
    page = Paginator(counts, 50).get_page(request.GET.get("sida"))
    context = {"administration": administration, "form": form, "page": page}
    return render(request, "reports/graffiti_list.html", context)


@requires("reports.import", load=administration_from)
def import_upload(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None, initial={"kind": request.GET.get("kalla")})
    refused: imports.ImportRefused | None = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = imports.create_import_batch(
                administration=administration,
                kind=form.cleaned_data["kind"],
                file_name=upload.name,
                data=upload.read(),
                created_by=request.user,
                request=request,
            )
        except imports.ImportRefused as error:
            refused = error
        else:
            return redirect("import_preview", pk=batch.pk)
    context = {
        "administration": administration,
        "form": form,
        "refused": refused,
        "problems": refused.messages[:SHOWN_PROBLEMS] if refused else [],
        "more_problems": max(len(refused.problems) - SHOWN_PROBLEMS, 0) if refused else 0,
        "problem_rows": len({p.row for p in refused.problems if p.row is not None}) if refused else 0,
        "kinds": [(kind, label, imports.COLUMNS[kind]) for kind, label in ImportKind.choices],
        "batches": ImportBatch.objects.filter(administration=administration).select_related("created_by")[
            :10
        ],
        "max_mb": imports.MAX_BYTES // 2**20,
        "max_rows": imports.MAX_ROWS,
    }
    return render(request, "reports/import_upload.html", context)


def _progress(batch: ImportBatch, request: HttpRequest) -> Iterator[str]:
    """The confirmation as lines of JSON: progress while the one transaction runs, then where to go.
    If the client goes away, the server closes this generator and the transaction rolls back."""
    try:
        for done, total in imports.confirm_import_steps(batch=batch, by=request.user, request=request):
            yield json.dumps({"done": done, "total": total}) + "\n"
    except imports.ImportRefused as refused:
        yield json.dumps({"problems": refused.messages[:SHOWN_PROBLEMS]}) + "\n"
    yield json.dumps({"url": reverse("import_preview", args=[batch.pk])}) + "\n"


@requires("reports.import", load=batch_from)
def import_preview(request: HttpRequest, batch: ImportBatch) -> HttpResponse:
    problems: list[str] = []
    if request.method == "POST":
        if request.headers.get(PROGRESS_HEADER) == "1":
            response = StreamingHttpResponse(_progress(batch, request), content_type="application/x-ndjson")
            response["Cache-Control"] = "no-store"
            response["X-Accel-Buffering"] = "no"  # let a reverse proxy pass each line on at once
            return response
        try:
            done = imports.confirm_import(batch=batch, by=request.user, request=request)
        except imports.ImportRefused as refused:
            problems = refused.messages[:SHOWN_PROBLEMS]
        else:
            if done:
                messages.success(request, _("Importen är klar: %(n)s rader importerades.") % {"n": done})
            return redirect("import_preview", pk=batch.pk)
    context = {
        "batch": batch,
        "administration": batch.administration,
        "summary": imports.summarise(batch),
        "problems": problems,
        "is_graffiti": batch.kind == ImportKind.GRAFFITI,
        "in_preview": batch.status == ImportStatus.PREVIEW,
    }
    return render(request, "reports/import_preview.html", context)


@require_POST
@requires("reports.import", load=batch_from)
def import_cancel(request: HttpRequest, batch: ImportBatch) -> HttpResponse:
    try:
        imports.cancel_import(batch=batch, by=request.user, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("import_preview", pk=batch.pk)
    messages.success(request, _("Importen är avbruten. Inget importerades."))
    return redirect("import_upload", administration_id=batch.administration_id)


TEMPLATE_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


@requires("accounts.signed_in")
def import_template(request: HttpRequest, kind: str, fmt: str) -> HttpResponse:
    """The template of one kind; it holds only headings, an example and the reference lists."""
    if kind not in ImportKind.values or fmt not in TEMPLATE_TYPES:
        raise Http404
    content = imports.template_xlsx(kind) if fmt == "xlsx" else imports.template_csv(kind)
    response = HttpResponse(content, content_type=TEMPLATE_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{imports.template_name(kind, fmt)}"'
    return response
