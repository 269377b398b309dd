"""A draft plan's contents: its sections and activities (add, change, move, copy, remove)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.plans import services
from varna.plans.constants import ActivityGroup
from varna.plans.forms import ActivityForm, PlanTextForm, SectionForm
from varna.plans.models import Activity, Plan, Section
from varna.plans.views.loaders import activity_from, plan_from, section_from, unless_draft
from varna.situation.snapshots import snapshot_choices


def _audit_overrides(request: HttpRequest, form: PlanTextForm, plan: Plan) -> None:
    for label, reason in form.deid_overrides:
        record_event(
            action=Action.OVERRIDDEN,
            request=request,
            administration=plan.administration,
            summary=f"{label}: {reason}",
        )


def _save(request: HttpRequest, form: PlanTextForm, plan: Plan, operation: Any, /, **kwargs: Any) -> bool:
    """Run the service with the form's accepted overrides; a refusal goes back onto the form."""
    try:
        operation(actor=request.user, request=request, overridden=form.overrides(), **kwargs)
    except PersonalDataError:
        form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        return False
    except services.PlanStateError as error:
        form.add_error(None, str(error))
        return False
    _audit_overrides(request, form, plan)
    return True


def _form_page(request: HttpRequest, template: str, plan: Plan, form: Any, **extra: Any) -> HttpResponse:
    context = {"plan": plan, "form": form, "override_reasons": OverrideReason.choices, **extra}
    return render(request, template, context)


def _back(plan: Plan, anchor: str = "") -> HttpResponse:
    return redirect(reverse("plan_detail", args=[plan.pk]) + (f"#{anchor}" if anchor else ""))


# --- Sections --------------------------------------------------------------------------------


@requires("plans.edit_plan", load=plan_from)
def section_add(request: HttpRequest, plan: Plan) -> HttpResponse:
    if blocked := unless_draft(request, plan):
        return blocked
    form = SectionForm(request.POST or None, snapshots=snapshot_choices(plan.administration))
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in ("kind", "heading", "text")}
        if "situation_snapshot_id" in form.fields:
            data["situation_snapshot_id"] = form.cleaned_data["situation_snapshot_id"]
        if _save(request, form, plan, services.add_section, plan=plan, **data):
            messages.success(request, _("Avsnittet är tillagt."))
            return _back(plan)
    return _form_page(request, "plans/section_form.html", plan, form)


@requires("plans.edit_plan", load=section_from)
def section_edit(request: HttpRequest, section: Section) -> HttpResponse:
    plan = section.plan
    if blocked := unless_draft(request, plan):
        return blocked
    form = SectionForm(
        request.POST or None, instance=section, snapshots=snapshot_choices(plan.administration)
    )
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in ("kind", "heading", "text")}
        if "situation_snapshot_id" in form.fields:
            data["situation_snapshot_id"] = form.cleaned_data["situation_snapshot_id"]
        if _save(request, form, plan, services.update_section, section=section, **data):
            messages.success(request, _("Avsnittet är sparat."))
            return _back(plan, f"section-{section.pk}")
    return _form_page(request, "plans/section_form.html", plan, form, section=section)


@require_POST
@requires("plans.edit_plan", load=section_from)
def section_delete(request: HttpRequest, section: Section) -> HttpResponse:
    plan = section.plan
    if blocked := unless_draft(request, plan):
        return blocked
    services.delete_section(section=section, actor=request.user, request=request)
    messages.success(request, _("Avsnittet är borttaget."))
    return _back(plan)


@require_POST
@requires("plans.edit_plan", load=section_from)
def section_move(request: HttpRequest, section: Section) -> HttpResponse:
    plan = section.plan
    if blocked := unless_draft(request, plan):
        return blocked
    direction = request.POST.get("direction", "")
    if direction in ("up", "down"):
        services.move_section(section=section, actor=request.user, direction=direction, request=request)
    return _back(plan, f"section-{section.pk}")


# --- Activities ------------------------------------------------------------------------------


@requires("plans.edit_plan", load=plan_from)
def activity_add(request: HttpRequest, plan: Plan) -> HttpResponse:
    if blocked := unless_draft(request, plan):
        return blocked
    group = request.GET.get("grupp")
    initial = {"group": group} if group in ActivityGroup.values else {}
    form = ActivityForm(request.POST or None, administration=plan.administration, initial=initial)
    if (
        request.method == "POST"
        and form.is_valid()
        and _save(request, form, plan, services.add_activity, plan=plan, data=form.activity_data())
    ):
        messages.success(request, _("Aktiviteten är tillagd."))
        return _back(plan, f"group-{form.cleaned_data['group']}")
    return _form_page(request, "plans/activity_form.html", plan, form)


@requires("plans.edit_plan", load=activity_from)
def activity_edit(request: HttpRequest, activity: Activity) -> HttpResponse:
    plan = activity.plan
    if blocked := unless_draft(request, plan):
        return blocked
    form = ActivityForm(request.POST or None, instance=activity, administration=plan.administration)
    if (
        request.method == "POST"
        and form.is_valid()
        and _save(request, form, plan, services.update_activity, activity=activity, data=form.activity_data())
    ):
        messages.success(request, _("Aktiviteten är sparad."))
        return _back(plan, f"activity-{activity.pk}")
    return _form_page(request, "plans/activity_form.html", plan, form, activity=activity)


@require_POST
@requires("plans.edit_plan", load=activity_from)
def activity_move(request: HttpRequest, activity: Activity) -> HttpResponse:
    """One step up or down, or to another group. With htmx only the group's table is swapped
    (the page itself is the answer, hx-select picks the table), without it the page reloads."""
    plan = activity.plan
    if blocked := unless_draft(request, plan):
        return blocked
    direction = request.POST.get("direction", "")
    group = request.POST.get("group", "")
    if direction in ("up", "down") or group in ActivityGroup.values:
        services.move_activity(
            activity=activity,
            actor=request.user,
            direction=direction or None,
            group=group or None,
            request=request,
        )
        if group:
            messages.success(
                request, _("Aktiviteten är flyttad till %(group)s.") % {"group": ActivityGroup(group).label}
            )
    url = reverse("plan_detail", args=[plan.pk])
    return redirect(f"{url}?flyttad={activity.pk}-{direction or 'grupp'}#activity-{activity.pk}")


@require_POST
@requires("plans.edit_plan", load=activity_from)
def activity_copy(request: HttpRequest, activity: Activity) -> HttpResponse:
    plan = activity.plan
    if blocked := unless_draft(request, plan):
        return blocked
    copy = services.copy_activity(activity=activity, actor=request.user, request=request)
    messages.success(request, _("Aktiviteten är kopierad. Ändra kopian nedan."))
    return redirect("activity_edit", plan_id=plan.pk, activity_id=copy.pk)


@require_POST
@requires("plans.edit_plan", load=activity_from)
def activity_delete(request: HttpRequest, activity: Activity) -> HttpResponse:
    plan = activity.plan
    if blocked := unless_draft(request, plan):
        return blocked
    group = activity.group
    services.delete_activity(activity=activity, actor=request.user, request=request)
    messages.success(request, _("Aktiviteten är borttagen."))
    return _back(plan, f"group-{group}")
