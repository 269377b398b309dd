"""Training pages: courses, progress per unit and over time, its export, imports, events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.lib.tables import ImportRefused
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.training import exports, selectors, services
from varna.training.columns import FIELDS, guess_columns, is_personal_heading
from varna.training.constants import CourseKind, ImportKind, ImportStatus
from varna.training.files import MAX_BYTES, MAX_ROWS, Table
from varna.training.forms import ColumnsForm, CourseForm, EventForm, ProgressFilterForm, UploadForm
from varna.training.models import Course, TrainingEvent, TrainingImport

SHOWN_PROBLEMS = 100
PROGRESS_HEADER = "X-Varna-Progress"  # sent by import.js: answer with the progress as a stream
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def course_from(kwargs: dict[str, Any]) -> tuple[str, Course]:
    return "course", get_object_or_404(Course, pk=kwargs.pop("pk"))


def import_from(kwargs: dict[str, Any]) -> tuple[str, TrainingImport]:
    return "batch", get_object_or_404(
        TrainingImport.objects.select_related("administration"), pk=kwargs.pop("pk")
    )


def event_from(kwargs: dict[str, Any]) -> tuple[str, TrainingEvent]:
    return "event", get_object_or_404(
        TrainingEvent.objects.select_related("administration"), pk=kwargs.pop("pk")
    )


# --- Start and courses ------------------------------------------------------------------------


@requires("training.list")
def training_home(request: HttpRequest) -> HttpResponse:
    administrations = [
        a for a in Administration.objects.order_by("name") if has_rule(request.user, "training.view", a)
    ]
    context = {
        "administrations": administrations,
        "courses": Course.objects.select_related("administration").order_by("-active", "kind", "name"),
        "can_manage": has_rule(request.user, "training.manage_courses"),
    }
    return render(request, "training/home.html", context)


@requires("training.manage_courses")
def course_create(request: HttpRequest) -> HttpResponse:
    return _course_form(request, None)


@requires("training.manage_courses", load=course_from)
def course_edit(request: HttpRequest, course: Course) -> HttpResponse:
    return _course_form(request, course)


def _course_form(request: HttpRequest, course: Course | None) -> HttpResponse:
    form = CourseForm(request.POST or None, instance=course)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_course(actor=request.user, data=form.cleaned_data, course=course, request=request)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Kursen är sparad."))
            return redirect("training_home")
    return render(request, "training/course_form.html", {"form": form, "course": course})


# --- Progress ---------------------------------------------------------------------------------


def _progress_for(request: HttpRequest, administration: Administration) -> tuple[ProgressFilterForm, Any]:
    today = timezone.localdate()
    courses = selectors.courses_for(administration)
    # The city's web-based basic training first: the course every plan follows up.
    first = courses.filter(kind=CourseKind.BASIC_WEB).first() or courses.first()
    data = {
        "course": request.GET.get("kurs") or (first.pk if first else ""),
        "year": request.GET.get("ar") or today.year,
    }
    form = ProgressFilterForm(data, administration=administration)
    if not form.is_valid():
        return form, None
    year = form.cleaned_data["year"]
    on_date = min(today, timezone.datetime(year, 12, 31).date())
    result = selectors.progress(
        course=form.cleaned_data["course"],
        administration=administration,
        on_date=on_date,
        unit_ids=selectors.visible_unit_ids(request.user, administration),
        with_months=True,
    )
    return form, result


@requires("training.view", load=administration_from)
def training_progress(request: HttpRequest, administration: Administration) -> HttpResponse:
    form, result = _progress_for(request, administration)
    context: dict[str, Any] = {
        "administration": administration,
        "form": form,
        "progress": result,
        "can_import": has_rule(request.user, "training.import", administration),
        "can_manage_events": has_rule(request.user, "training.manage_events", administration),
        "own_units_only": selectors.visible_unit_ids(request.user, administration) is not None,
    }
    if result is not None:
        context["unit_chart"] = selectors.percent_chart(
            "training-units",
            _("Andel per enhet"),
            [(unit.name, unit.share) for unit in result.units],
        )
        context["month_chart"] = selectors.percent_chart(
            "training-months",
            _("Andel i slutet av varje månad"),
            [(month.label, month.share) for month in result.months],
        )
        context["query"] = f"?kurs={result.course.pk}&ar={result.on_date.year}"
    # A year out of range is the caller's mistake (400); no course yet is an ordinary page.
    return render(request, "training/progress.html", context, status=400 if "year" in form.errors else 200)


@requires("training.view", load=administration_from)
def training_export(request: HttpRequest, administration: Administration) -> HttpResponse:
    _form, result = _progress_for(request, administration)
    if result is None:
        raise Http404
    record_event(
        action=Action.VIEWED, request=request, administration=administration, summary="utbildning export"
    )
    response = HttpResponse(exports.progress_xlsx(result), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{exports.file_name(result)}"'
    return response


# --- Imports ----------------------------------------------------------------------------------


def _problems_context(refused: ImportRefused | None) -> dict[str, Any]:
    if refused is None:
        return {"problems": [], "more_problems": 0, "problem_rows": 0}
    return {
        "problems": refused.messages[:SHOWN_PROBLEMS],
        "more_problems": max(len(refused.problems) - SHOWN_PROBLEMS, 0),
        "problem_rows": len({p.row for p in refused.problems if p.row is not None}),
    }


@requires("training.import", load=administration_from)
def training_import(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = UploadForm(
        request.POST or None, request.FILES or None, initial={"kind": request.GET.get("innehall")}
    )
    refused = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch, key, preview = services.start_import(
                administration=administration,
                kind=form.cleaned_data["kind"],
                file_name=upload.name,
                data=upload.read(),
                created_by=request.user,
                request=request,
            )
        except ImportRefused as error:
            refused = error
        else:
            columns = guess_columns(
                batch.kind, preview.headings, services.remembered_columns(administration, batch.kind)
            )
            initial = {"key": key, **{f"column_{name}": heading for name, heading in columns.items()}}
            columns_form = ColumnsForm(
                initial=initial, kind=batch.kind, headings=preview.headings, administration=administration
            )
            return _columns_page(request, batch, columns_form, preview, None)
    context = {
        "administration": administration,
        "form": form,
        "refused": refused,
        **_problems_context(refused),
        "imports": selectors.latest_imports(administration),
        "fields": [(kind, label, FIELDS[kind]) for kind, label in ImportKind.choices],
        "max_mb": MAX_BYTES // 2**20,
        "max_rows": MAX_ROWS,
    }
    return render(request, "training/import_upload.html", context)


def _columns_page(
    request: HttpRequest,
    batch: TrainingImport,
    form: ColumnsForm,
    preview: Table,
    refused: ImportRefused | None,
) -> HttpResponse:
    # Names and counts only, never values: a column of names or phone numbers must not reach the
    # page (or the browser's history) just because it was in the file.
    shown = [
        (heading, is_personal_heading(heading), filled)
        for heading, filled in zip(preview.headings, preview.filled, strict=True)
    ]
    context = {
        "batch": batch,
        "administration": batch.administration,
        "form": form,
        "columns": shown,
        "row_count": preview.row_count,
        "refused": refused,
        **_problems_context(refused),
    }
    return render(request, "training/import_columns.html", context)


def _stream(batch: TrainingImport, arguments: dict[str, Any], request: HttpRequest) -> Iterator[str]:
    """The import as lines of JSON: progress while the one transaction runs, then where to go."""
    try:
        for done, total in services.run_import_steps(
            batch=batch, by=request.user, request=request, **arguments
        ):
            yield json.dumps({"done": done, "total": total}) + "\n"
    except ImportRefused as refused:
        yield json.dumps({"problems": refused.messages[:SHOWN_PROBLEMS]}) + "\n"
    yield json.dumps({"url": reverse("training_import_columns", args=[batch.pk])}) + "\n"


@requires("training.import", load=import_from)
def training_import_columns(request: HttpRequest, batch: TrainingImport) -> HttpResponse:
    """GET: what became of the import. POST: the chosen columns; import, with progress if asked."""
    if request.method != "POST" or batch.status != ImportStatus.PENDING:
        return render(
            request, "training/import_status.html", {"batch": batch, "administration": batch.administration}
        )
    key = request.POST.get("key", "")
    try:
        preview = services.preview_table(batch=batch, key=key)
    except ImportRefused as refused:
        messages.error(request, " ".join(refused.messages))
        return redirect("training_import", administration_id=batch.administration_id)
    form = ColumnsForm(
        request.POST, kind=batch.kind, headings=preview.headings, administration=batch.administration
    )
    if not form.is_valid():
        return _columns_page(request, batch, form, preview, None)
    arguments = {
        "key": form.cleaned_data["key"],
        "columns": form.columns(),
        "course": form.cleaned_data.get("course"),
        "as_of": form.cleaned_data.get("as_of"),
    }
    if request.headers.get(PROGRESS_HEADER) == "1":
        response = StreamingHttpResponse(
            _stream(batch, arguments, request), content_type="application/x-ndjson"
        )
        response["Cache-Control"] = "no-store"
        response["X-Accel-Buffering"] = "no"
        return response
    try:
        services.import_file(batch=batch, by=request.user, request=request, **arguments)
    except ImportRefused as refused:
        return _columns_page(request, batch, form, preview, refused)
    return redirect("training_import_columns", pk=batch.pk)


@require_POST
@requires("training.import", load=import_from)
def training_import_cancel(request: HttpRequest, batch: TrainingImport) -> HttpResponse:
    services.cancel_import(batch=batch, by=request.user, request=request)
    messages.success(request, _("Importen är avbruten. Filen är borttagen och ingenting importerades."))
    return redirect("training_import", administration_id=batch.administration_id)


@requires("training.import", load=administration_from)
def training_import_example(request: HttpRequest, administration: Administration, kind: str) -> HttpResponse:
    """An example file in the portal's shape, with the administration's own units."""
    if kind not in ImportKind.values:
        raise Http404
    response = HttpResponse(exports.example_xlsx(administration, kind), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{exports.example_name(kind)}"'
    return response


# --- Events -----------------------------------------------------------------------------------


@requires("training.view", load=administration_from)
def training_events(request: HttpRequest, administration: Administration) -> HttpResponse:
    context = {
        "administration": administration,
        "events": selectors.events_for(administration),
        "can_manage": has_rule(request.user, "training.manage_events", administration),
    }
    return render(request, "training/events.html", context)


@requires("training.manage_events", load=administration_from)
def training_event_create(request: HttpRequest, administration: Administration) -> HttpResponse:
    return _event_form(request, administration, None)


@requires("training.manage_events", load=event_from)
def training_event_edit(request: HttpRequest, event: TrainingEvent) -> HttpResponse:
    return _event_form(request, event.administration, event)


def _event_form(
    request: HttpRequest, administration: Administration, event: TrainingEvent | None
) -> HttpResponse:
    form = EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in EventForm.Meta.fields}
        try:
            saved = services.save_event(
                administration=administration,
                actor=request.user,
                data=data,
                event=event,
                overridden=form.overrides(),
                request=request,
            )
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            for label, reason in form.deid_overrides:
                record_event(
                    action=Action.OVERRIDDEN, request=request, obj=saved, summary=f"{label}: {reason}"
                )
            messages.success(request, _("Utbildningstillfället är sparat."))
            return redirect("training_events", administration_id=administration.pk)
    context = {
        "administration": administration,
        "form": form,
        "event": event,
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "training/event_form.html", context)
