"""The routine on concern or incident: shown before the report form, on its own, and edited."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.reports import routine as routines
from varna.reports.forms import LocalRoutineStepForm, RoutineStepForm
from varna.reports.models import RoutineStep


def _chosen_administration(request: HttpRequest) -> Administration | None:
    """`?forvaltning=<id>` among the administrations one may report to, else one's own."""
    choices = routines.administrations_for_reporting(request.user)
    chosen = request.GET.get("forvaltning", "")
    if chosen.isdigit():
        administration = choices.filter(pk=int(chosen)).first()
        if administration is not None:
            return administration
    return routines.home_administration(request.user)


def _routine_context(request: HttpRequest) -> dict[str, Any]:
    administration = _chosen_administration(request)
    municipality = administration.municipality if administration else routines.municipality_of(request.user)
    routine = routines.routine_view(administration, municipality) if municipality is not None else None
    return {
        "routine": routine,
        "administration": administration,
        "administrations": routines.administrations_for_reporting(request.user),
        "can_edit": administration is not None
        and has_rule(request.user, "reports.edit_routine", administration),
        "can_edit_municipal": has_rule(request.user, "reports.edit_municipal_routine"),
    }


@requires("reports.submit")
def report_start(request: HttpRequest) -> HttpResponse:
    """First the routine, question by question with what to do on a yes; then the form."""
    return render(request, "reports/start.html", _routine_context(request))


@requires("accounts.signed_in")
def routine(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/routine.html", _routine_context(request))


def _step_forms(
    request: HttpRequest, form_class: type[RoutineStepForm], initial: dict[str, dict[str, Any]]
) -> list[RoutineStepForm]:
    data = request.POST if request.method == "POST" else None
    return [form_class(data, prefix=kind, initial=values) for kind, values in initial.items()]


def _texts(step: RoutineStep) -> dict[str, str]:
    return {name: getattr(step, name) for name in routines.STEP_FIELDS}


@requires("reports.edit_routine", load=administration_from)
def routine_edit(request: HttpRequest, administration: Administration) -> HttpResponse:
    """The administration's own steps (e.g. its social-services intake number)."""
    municipal = {s.kind: s for s in routines.municipal_steps(administration.municipality)}
    own = {s.kind: s for s in administration.routine_steps.all()}
    initial = {
        kind: {**_texts(own.get(kind) or step), "own": kind in own} for kind, step in municipal.items()
    }
    forms = _step_forms(request, LocalRoutineStepForm, initial)
    errors: list[str] = []
    if request.method == "POST" and all(form.is_valid() for form in forms):
        try:
            changed = routines.save_administration_routine(
                administration=administration,
                steps={form.prefix: form.texts_or_none() for form in forms},  # type: ignore[attr-defined]
                by=request.user,
                request=request,
            )
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                _("Rutinen är sparad.") if changed else _("Inget ändrades i rutinen."),
            )
            return redirect(f"{reverse('routine')}?forvaltning={administration.pk}")
    rows = [(form, municipal[form.prefix]) for form in forms]
    return render(
        request,
        "reports/routine_edit.html",
        {
            "administration": administration,
            "rows": rows,
            "municipal": False,
            "errors": errors,
            "has_errors": bool(errors) or any(form.errors for form in forms),
        },
    )


@requires("reports.edit_municipal_routine")
def routine_edit_municipal(request: HttpRequest) -> HttpResponse:
    """The municipality's default steps, shown wherever an administration has none of its own."""
    municipality = routines.municipality_of(request.user)
    if municipality is None:
        messages.error(request, _("Det finns ingen kommun att redigera rutinen för."))
        return redirect("home")
    steps = routines.municipal_steps(municipality)
    forms = _step_forms(request, RoutineStepForm, {step.kind: _texts(step) for step in steps})
    errors: list[str] = []
    if request.method == "POST" and all(form.is_valid() for form in forms):
        try:
            changed = routines.save_municipal_routine(
                municipality=municipality,
                steps={form.prefix: form.texts() for form in forms},  # type: ignore[misc]
                by=request.user,
                request=request,
            )
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                _("Kommunens rutin är sparad.") if changed else _("Inget ändrades i rutinen."),
            )
            return redirect("routine")
    rows = [(form, step) for form, step in zip(forms, steps, strict=True)]
    return render(
        request,
        "reports/routine_edit.html",
        {
            "municipality": municipality,
            "rows": rows,
            "municipal": True,
            "errors": errors,
            "has_errors": bool(errors) or any(form.errors for form in forms),
        },
    )
