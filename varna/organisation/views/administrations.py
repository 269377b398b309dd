"""Administrations and their departments, units, areas and memberships."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.organisation import selectors, services
from varna.organisation.access import administration_from, requires
from varna.organisation.forms import AreaForm, DepartmentForm, MembershipForm, UnitForm
from varna.organisation.models import Administration, Area, Department, Membership, RoleGrant, Unit
from varna.organisation.permissions import can_revoke_role, has_rule

PARTS: dict[str, tuple[type, type]] = {
    "department": (Department, DepartmentForm),
    "unit": (Unit, UnitForm),
    "area": (Area, AreaForm),
}


@requires("organisation.list_administrations")
def administration_list(request: HttpRequest) -> HttpResponse:
    administrations = selectors.administrations_visible_to(request.user)
    return render(request, "organisation/administration_list.html", {"administrations": administrations})


@requires("organisation.view_administration", load=administration_from)
def administration_detail(request: HttpRequest, administration: Administration) -> HttpResponse:
    context = selectors.administration_overview(administration)
    context["administration"] = administration
    context["can_manage"] = has_rule(request.user, "organisation.manage_administration", administration)
    context["can_grant"] = has_rule(request.user, "organisation.grant_roles", administration)
    context["can_link"] = has_rule(request.user, "organisation.link_identity")
    context["revocable"] = {m.pk for m in context["memberships"] if can_revoke_role(request.user, m)}
    return render(request, "organisation/administration_detail.html", context)


@requires("organisation.manage_administration", load=administration_from)
def part_edit(
    request: HttpRequest, administration: Administration, kind: str, pk: int | None = None
) -> HttpResponse:
    model, form_class = PARTS[kind]
    instance = get_object_or_404(model, pk=pk, administration=administration) if pk else None
    form = form_class(request.POST or None, instance=instance, administration=administration)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_organisation_part(instance=form.instance, actor=request.user, request=request)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Sparat: %(name)s") % {"name": form.instance})
            return redirect("administration_detail", administration_id=administration.pk)
    context: dict[str, Any] = {
        "administration": administration,
        "form": form,
        "kind": kind,
        "title": model._meta.verbose_name.capitalize(),
    }
    return render(request, "organisation/part_form.html", context)


@requires("organisation.grant_roles", load=administration_from)
def membership_add(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = MembershipForm(request.POST or None, administration=administration, actor=request.user)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            result = services.add_membership(
                administration=administration, actor=request.user, request=request, **form.cleaned_data
            )
        except services.RoleRefused as refusal:
            form.add_error(None, refusal.message)
            status = 403
        except ValidationError as error:
            form.add_error(None, error.messages[0] if error.messages else "")
        except IntegrityError:
            form.add_error(None, _("Personen har redan den rollen i förvaltningen."))
        else:
            if isinstance(result, RoleGrant):
                messages.success(request, _("Rollen väntar på bekräftelse av en annan systemförvaltare."))
            else:
                messages.success(request, _("Rollen är tillagd."))
            return redirect("administration_detail", administration_id=administration.pk)
    return render(
        request,
        "organisation/membership_form.html",
        {"administration": administration, "form": form},
        status=status,
    )


@require_POST
@requires("organisation.grant_roles", load=administration_from)
def membership_remove(request: HttpRequest, administration: Administration, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership, pk=pk, administration=administration)
    try:
        services.remove_membership(membership=membership, actor=request.user, request=request)
    except services.RoleRefused as refusal:
        back = reverse("administration_detail", args=[administration.pk])
        context = {"message": refusal.message, "back": back}
        return render(request, "organisation/refused.html", context, status=403)
    messages.success(request, _("Rollen är borttagen."))
    return redirect("administration_detail", administration_id=administration.pk)
