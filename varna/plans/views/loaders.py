"""Loading a plan or its parts from URL arguments for `requires(rule, load=...)`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from varna.plans.models import Activity, Plan, Section


def plan_from(kwargs: dict[str, Any]) -> tuple[str, Plan]:
    plan = get_object_or_404(Plan.objects.select_related("administration"), pk=kwargs.pop("plan_id"))
    return "plan", plan


def section_from(kwargs: dict[str, Any]) -> tuple[str, Section]:
    section = get_object_or_404(
        Section.objects.select_related("plan__administration"),
        pk=kwargs.pop("section_id"),
        plan_id=kwargs.pop("plan_id"),
    )
    return "section", section


def activity_from(kwargs: dict[str, Any]) -> tuple[str, Activity]:
    activity = get_object_or_404(
        Activity.objects.select_related("plan__administration", "responsible_unit"),
        pk=kwargs.pop("activity_id"),
        plan_id=kwargs.pop("plan_id"),
    )
    return "activity", activity


def unless_draft(request: HttpRequest, plan: Plan) -> HttpResponse | None:
    """A redirect back to the plan, with the reason, if the plan can no longer be changed."""
    if plan.is_editable:
        return None
    messages.error(
        request,
        _("Planen är %(status)s och kan inte ändras. Skapa en ny version för att ändra den.")
        % {"status": plan.get_status_display().lower()},
    )
    return redirect("plan_detail", plan_id=plan.pk)
