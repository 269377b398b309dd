"""The employee's side of reports: the form, the receipt, and one's own reports."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.reports import routine as routines
from varna.reports import selectors, services
from varna.reports.constants import AgeGroup, RoutineStepKind
from varna.reports.forms import REFRESH, ReportForm
from varna.reports.models import Report


def _initial(request: HttpRequest, administrations: Any) -> dict[str, Any]:
    """Where the person works; or the administration whose routine they just read."""
    membership = routines.home_membership(request.user)
    initial: dict[str, Any] = {}
    if membership is not None:
        initial = {"administration": membership.administration_id, "unit": membership.unit_id}
    chosen = request.GET.get("forvaltning", "")
    if (
        chosen.isdigit()
        and int(chosen) != initial.get("administration")
        and administrations.filter(pk=int(chosen)).exists()
    ):
        initial = {"administration": int(chosen)}
    symbol = request.GET.get("symbol", "")
    if symbol.isdigit():  # from "Rapportera att du sett den" in the symbol catalogue
        initial["symbols"] = [int(symbol)]
    return initial


@requires("reports.submit")
def report_create(request: HttpRequest) -> HttpResponse:
    """The de-identified report. Every error shows the form again with everything typed."""
    administrations = routines.administrations_for_reporting(request.user)
    refreshed = request.method == "POST" and REFRESH in request.POST
    if refreshed:
        # Another administration was chosen: its units and areas, nothing checked yet.
        form = ReportForm(initial=ReportForm.initial_from(request.POST), administrations=administrations)
    elif request.method == "POST":
        # Sent already (a double click, or back and send again): the first receipt, unchecked.
        earlier = services.earlier_submission(
            token=request.POST.get("submission", ""), submitted_by=request.user
        )
        if earlier is not None:
            return redirect("report_receipt", reference=earlier.reference)
        form = ReportForm(request.POST, administrations=administrations)
        if form.is_valid():
            report = _submit(request, form)
            if report is not None:
                return redirect("report_receipt", reference=report.reference)
    else:
        initial = {**_initial(request, administrations), "submission": services.new_submission_token()}
        form = ReportForm(initial=initial, administrations=administrations)
    administration = form.chosen_administration()
    routine = routines.routine_view(administration, routines.municipality_of(request.user))
    return render(
        request,
        "reports/report_form.html",
        {
            "form": form,
            "override_reasons": OverrideReason.choices,
            "acute": routine.acute,
            "refreshed": refreshed,
            # The browser keeps a draft only of what the person typed here (see draft.js).
            "draft_key": f"report:{request.user.pk}",
            "draft_from_server": request.method == "POST",
        },
    )


def _submit(request: HttpRequest, form: ReportForm) -> Report | None:
    try:
        report, _repeated = services.submit_report_once(
            token=form.cleaned_data.get("submission", ""),
            submitted_by=request.user,
            request=request,
            deid_overrides=form.deid_overrides,
            **form.service_arguments(),
        )
    except ValidationError as error:
        form.add_service_errors(error.message_dict if hasattr(error, "error_dict") else {"": error.messages})
        return None
    except PersonalDataError:
        # The form has checked the text already; the service checks again, and would win.
        form.add_error(
            "description",
            _("Texten innehåller uppgifter som kan identifiera en person. Ta bort dem och skicka igen."),
        )
        return None
    return report


@requires("reports.view_own")
def report_receipt(request: HttpRequest, reference: str) -> HttpResponse:
    report = get_object_or_404(selectors.own_reports(request.user), reference=reference)
    routine = routines.routine_view(report.administration)
    done = {item.code for item in report.actions.all()}
    reminders = []
    if report.age_group == AgeGroup.UNDER_18 and "orosanmalan" not in done:
        reminders.append(routine.step(RoutineStepKind.CHILD))
    if "manager" not in done:
        reminders.append(routine.step(RoutineStepKind.MANAGER))
    reminders.append(routine.step(RoutineStepKind.ACUTE))
    return render(
        request,
        "reports/receipt.html",
        {
            "report": report,
            "reminders": [step for step in reminders if step is not None],
            "draft_key": f"report:{request.user.pk}",
        },
    )


@requires("reports.view_own")
def my_reports(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/my_reports.html", {"reports": selectors.own_reports(request.user)})


@requires("reports.view_own")
def my_report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # Another person's report is not found: its existence is not revealed.
    report = get_object_or_404(selectors.own_reports(request.user), pk=pk)
    return render(request, "reports/my_report_detail.html", {"report": report})
