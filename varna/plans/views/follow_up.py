"""Follow-up: recording an activity's status at T1, T2 and VB, the report per occasion, the
responsible person's own activities and the central coordinator's overview."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.plans import documents, indicators, selectors, services
from varna.plans.constants import Occasion, Progress
from varna.plans.deadlines import deadline, latest_occasion
from varna.plans.forms import FollowUpForm, OverviewFilterForm
from varna.plans.models import Activity, Plan
from varna.plans.views.loaders import activity_from, plan_from
from varna.plans.views.plans import document_response


def _occasion(value: str) -> str:
    if value not in Occasion.values:
        raise Http404
    return value


@requires("plans.record_follow_up", load=activity_from)
def follow_up_record(request: HttpRequest, activity: Activity, occasion: str) -> HttpResponse:
    occasion = _occasion(occasion)
    plan = activity.plan
    existing = selectors.follow_up_of(activity, occasion)
    initial = (
        {"status": existing.status, "comment": existing.comment, "indicator_value": existing.indicator_value}
        if existing
        else {}
    )
    measured = indicators.activity_value(activity, occasion)
    if measured and not initial.get("indicator_value"):
        initial["indicator_value"] = measured[:100]  # the measured value, so nobody types it
    form = FollowUpForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_follow_up(
                activity=activity,
                occasion=occasion,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        except services.PlanStateError as error:
            form.add_error(None, str(error))
        else:
            for label, reason in form.deid_overrides:
                record_event(
                    action=Action.OVERRIDDEN,
                    request=request,
                    administration=plan.administration,
                    summary=f"{label}: {reason}",
                )
            messages.success(request, _("Uppföljningen är sparad."))
            if has_rule(request.user, "plans.view_plan", plan):
                return redirect("follow_up_report", plan_id=plan.pk, occasion=occasion)
            return redirect("my_activities")
    context = {
        "plan": plan,
        "activity": activity,
        "occasion": occasion,
        "occasion_label": Occasion(occasion).label,
        "deadline": deadline(occasion, plan.year),
        "form": form,
        "override_reasons": OverrideReason.choices,
        "can_view_plan": has_rule(request.user, "plans.view_plan", plan),
        "measured": measured,
    }
    return render(request, "plans/follow_up_form.html", context)


@requires("plans.view_plan", load=plan_from)
def follow_up_report(request: HttpRequest, plan: Plan, occasion: str) -> HttpResponse:
    occasion = _occasion(occasion)
    report = selectors.follow_up_report(plan, occasion)
    may_record = {
        row.activity.pk
        for _label, rows in report.groups
        for row in rows
        if has_rule(request.user, "plans.record_follow_up", row.activity)
    }
    context = {
        "plan": plan,
        "report": report,
        "occasion": occasion,
        "occasion_label": Occasion(occasion).label,
        "occasions": Occasion.choices,
        "deadline": deadline(occasion, plan.year),
        "counts": [(label, report.counts[code]) for code, label in Progress.choices],
        "may_record": may_record,
        "can_record": plan.in_force,
    }
    return render(request, "plans/follow_up_report.html", context)


@requires("plans.view_plan", load=plan_from)
def follow_up_document(request: HttpRequest, plan: Plan, occasion: str) -> HttpResponse:
    occasion = _occasion(occasion)
    document = documents.follow_up_document(plan, occasion)
    return document_response(document, request.GET.get("format", "docx"), plan, occasion)


@requires("plans.my_activities")
def my_activities(request: HttpRequest) -> HttpResponse:
    activities = list(selectors.activities_responsible(request.user))
    rows = [
        (activity, [(o, selectors.follow_up_of(activity, o)) for o in activity.occasions])
        for activity in activities
    ]
    return render(request, "plans/my_activities.html", {"rows": rows})


# At a glance: the four counts the central coordinator asks about.
OVERVIEW_COLUMNS = (Progress.DONE, Progress.ONGOING, Progress.LATE, Progress.NOT_REPORTED)


@requires("plans.view_overview")
def overview(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    form = OverviewFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    year = filters.get("year") or today.year
    occasion = filters.get("occasion") or latest_occasion(year, today)
    administrations = Administration.objects.order_by("kind", "name")
    if filters.get("kind"):
        administrations = administrations.filter(kind=filters["kind"])
    rows = selectors.overview(
        year=year,
        occasion=occasion,
        administrations=administrations,
        status=filters.get("status", ""),
        attention=filters.get("attention", False),
        today=today,
    )
    context = {
        "form": form,
        "rows": rows,
        "year": year,
        "occasion": occasion,
        "occasion_label": Occasion(occasion).label,
        "columns": [(code, Progress(code).label) for code in OVERVIEW_COLUMNS],
        "table": [
            (row, [row.report.counts[code] for code in OVERVIEW_COLUMNS] if row.report else None)
            for row in rows
        ],
    }
    return render(request, "plans/overview.html", context, status=400 if form.errors else 200)
