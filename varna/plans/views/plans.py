"""A plan's pages: list, create, read, change its status, versions, next year, documents."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.organisation.access import check, requires
from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import administration_ids_with_role, has_rule, is_system_admin
from varna.plans import documents, selectors, services
from varna.plans.compare import compare_versions
from varna.plans.constants import IN_FORCE, Occasion, PlanStatus
from varna.plans.forms import AdoptForm, ApproveForm, PlanCreateForm, PlanFilterForm, PlanForm
from varna.plans.models import Plan
from varna.plans.views.loaders import plan_from, unless_draft


@requires("plans.list_plans")
def plan_list(request: HttpRequest) -> HttpResponse:
    visible = selectors.plans_visible_to(request.user)
    administrations = Administration.objects.filter(pk__in=visible.values("administration_id"))
    form = PlanFilterForm(request.GET or None, administrations=administrations)
    plans = selectors.latest_versions(visible)
    if form.is_valid():
        if form.cleaned_data["administration"]:
            plans = plans.filter(administration=form.cleaned_data["administration"])
        if form.cleaned_data["year"]:
            plans = plans.filter(year=form.cleaned_data["year"])
        if form.cleaned_data["status"]:
            plans = plans.filter(status=form.cleaned_data["status"])
    context = {
        "plans": plans.order_by("-year", "administration__name"),
        "form": form,
        "can_create": has_rule(request.user, "plans.create_plan"),
    }
    return render(request, "plans/plan_list.html", context, status=400 if form.errors else 200)


def _creatable_in(user: Any) -> Any:
    if is_system_admin(user):
        return Administration.objects.all()
    return Administration.objects.filter(pk__in=administration_ids_with_role(user, Role.COORDINATOR))


@requires("plans.create_plan")
def plan_create(request: HttpRequest) -> HttpResponse:
    form = PlanCreateForm(request.POST or None, administrations=_creatable_in(request.user))
    if request.method == "POST" and form.is_valid():
        administration = form.cleaned_data["administration"]
        check(request.user, "plans.edit_plan", administration)
        try:
            plan = services.create_plan(
                administration=administration,
                year=form.cleaned_data["year"],
                title=form.cleaned_data["title"],
                registration_number=form.cleaned_data["registration_number"],
                actor=request.user,
                request=request,
            )
        except services.PlanStateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Planen är skapad som utkast med avsnitten från mallen."))
            return redirect("plan_detail", plan_id=plan.pk)
    return render(request, "plans/plan_create.html", {"form": form})


@requires("plans.view_plan", load=plan_from)
def plan_detail(request: HttpRequest, plan: Plan) -> HttpResponse:
    can_edit = has_rule(request.user, "plans.edit_plan", plan)
    latest = selectors.is_latest_version(plan)
    context = {
        "plan": plan,
        "chapters": selectors.plan_layout(plan, include_empty_groups=can_edit and plan.is_editable),
        "previous_year_rows": selectors.previous_year_rows(plan),
        "versions": selectors.plans_visible_to(request.user)
        .filter(administration_id=plan.administration_id, year=plan.year)
        .order_by("version"),
        "can_edit": can_edit and plan.is_editable,
        "can_manage": can_edit,
        "is_latest": latest,
        "can_follow_up": plan.status in IN_FORCE,
        "next_year_exists": Plan.objects.filter(
            administration_id=plan.administration_id, year=plan.year + 1
        ).exists(),
        "occasions": Occasion.choices,
        **_moved(request.GET.get("flyttad", "")),
        "user_id": request.user.pk,
    }
    return render(request, "plans/plan_detail.html", context)


def _moved(value: str) -> dict[str, Any]:
    """Which activity was just moved ("<id>-up"), so that its button keeps the focus."""
    pk, _sep, direction = value.partition("-")
    return {"moved_id": int(pk) if pk.isdigit() else None, "moved_direction": direction}


@requires("plans.edit_plan", load=plan_from)
def plan_edit(request: HttpRequest, plan: Plan) -> HttpResponse:
    if blocked := unless_draft(request, plan):
        return blocked
    initial = {"title": plan.title, "registration_number": plan.registration_number}
    form = PlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_plan(plan=plan, actor=request.user, request=request, **form.cleaned_data)
        messages.success(request, _("Planens uppgifter är sparade."))
        return redirect("plan_detail", plan_id=plan.pk)
    return render(
        request, "plans/simple_form.html", {"plan": plan, "form": form, "title": _("Titel och diarienummer")}
    )


def _run(request: HttpRequest, plan: Plan, operation: Any, done: str, **kwargs: Any) -> HttpResponse:
    """Call a status service; a refusal is shown as a message on the plan's page."""
    try:
        result = operation(plan=plan, actor=request.user, request=request, **kwargs)
    except services.PlanStateError as error:
        messages.error(request, str(error))
        return redirect("plan_detail", plan_id=plan.pk)
    messages.success(request, done)
    return redirect("plan_detail", plan_id=result.pk)


@require_POST
@requires("plans.edit_plan", load=plan_from)
def plan_submit(request: HttpRequest, plan: Plan) -> HttpResponse:
    return _run(
        request,
        plan,
        services.submit_plan,
        _("Planen är överlämnad till nämnden och kan inte längre ändras."),
    )


@require_POST
@requires("plans.edit_plan", load=plan_from)
def plan_withdraw(request: HttpRequest, plan: Plan) -> HttpResponse:
    return _run(request, plan, services.withdraw_plan, _("Planen är tillbaka som utkast."))


@requires("plans.edit_plan", load=plan_from)
def plan_adopt(request: HttpRequest, plan: Plan) -> HttpResponse:
    if plan.status != PlanStatus.SUBMITTED:
        messages.error(request, _("Bara en plan som är överlämnad till nämnden kan antas."))
        return redirect("plan_detail", plan_id=plan.pk)
    form = AdoptForm(request.POST or None, initial={"adopted_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        return _run(
            request, plan, services.adopt_plan, _("Nämndens beslut är registrerat."), **form.cleaned_data
        )
    return render(
        request, "plans/simple_form.html", {"plan": plan, "form": form, "title": _("Nämndens beslut")}
    )


@requires("plans.edit_plan", load=plan_from)
def plan_approve(request: HttpRequest, plan: Plan) -> HttpResponse:
    if plan.status != PlanStatus.ADOPTED:
        messages.error(request, _("Bara en plan som är antagen av nämnden kan godkännas av kommunstyrelsen."))
        return redirect("plan_detail", plan_id=plan.pk)
    form = ApproveForm(request.POST or None, initial={"approved_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        return _run(
            request,
            plan,
            services.approve_plan,
            _("Kommunstyrelsens beslut är registrerat."),
            **form.cleaned_data,
        )
    return render(
        request, "plans/simple_form.html", {"plan": plan, "form": form, "title": _("Kommunstyrelsens beslut")}
    )


@require_POST
@requires("plans.edit_plan", load=plan_from)
def plan_new_version(request: HttpRequest, plan: Plan) -> HttpResponse:
    return _run(
        request,
        plan,
        services.create_new_version,
        _("En ny version är skapad som utkast. Den antagna versionen gäller tills den nya antas."),
    )


@require_POST
@requires("plans.edit_plan", load=plan_from)
def plan_next_year(request: HttpRequest, plan: Plan) -> HttpResponse:
    return _run(
        request,
        plan,
        services.create_next_year_plan,
        _("Nästa års plan är skapad med avsnitten och de aktiviteter som inte är avslutade."),
    )


@requires("plans.view_plan", load=plan_from)
def plan_compare(request: HttpRequest, plan: Plan) -> HttpResponse:
    versions = selectors.plans_visible_to(request.user).filter(
        administration_id=plan.administration_id, year=plan.year
    )
    other_id = request.GET.get("med") or plan.previous_version_id
    if other_id is None or not str(other_id).isdigit():
        messages.error(request, _("Det finns ingen tidigare version att jämföra med."))
        return redirect("plan_detail", plan_id=plan.pk)
    other = get_object_or_404(versions, pk=other_id)
    old, new = (other, plan) if other.version < plan.version else (plan, other)
    context = {
        "plan": plan,
        "comparison": compare_versions(old, new),
        "versions": versions.exclude(pk=plan.pk).order_by("version"),
        "other": other,
    }
    return render(request, "plans/plan_compare.html", context)


@requires("plans.view_plan", load=plan_from)
def plan_document(request: HttpRequest, plan: Plan) -> HttpResponse:
    # Internal (exact situation figures) only for readers inside the administration (ADR 0006).
    publication = request.GET.get("publicering") == "1" or not has_rule(
        request.user, "situation.view", plan.administration
    )
    document = documents.plan_document(plan, publication=publication)
    return document_response(document, request.GET.get("format", "docx"), plan)


def document_response(document: Any, file_format: str, plan: Plan, occasion: str = "") -> HttpResponse:
    if file_format not in documents.FORMATS:
        raise Http404
    content, content_type = documents.render(document, file_format)
    response = HttpResponse(content, content_type=content_type)
    name = documents.file_name(plan, file_format, occasion)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
