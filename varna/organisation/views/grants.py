"""City-wide and system roles waiting for a second system administrator's confirmation."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.organisation import selectors, services
from varna.organisation.access import requires
from varna.organisation.models import RoleGrant
from varna.organisation.permissions import can_confirm_grant


def grant_from(kwargs: dict[str, Any]) -> tuple[str, Any]:
    return "grant", get_object_or_404(RoleGrant, pk=kwargs.pop("pk"))


@requires("organisation.confirm_grants")
def role_grant_list(request: HttpRequest) -> HttpResponse:
    grants = [(grant, can_confirm_grant(request.user, grant)) for grant in selectors.pending_role_grants()]
    return render(request, "organisation/role_grant_list.html", {"grants": grants})


@require_POST
@requires("organisation.confirm_grants", load=grant_from)
def role_grant_decide(request: HttpRequest, grant: RoleGrant, confirm: bool) -> HttpResponse:
    try:
        services.decide_role_grant(grant=grant, confirm=confirm, actor=request.user, request=request)
    except services.RoleRefused as refusal:
        context = {"message": refusal.message, "back": reverse("role_grant_list")}
        return render(request, "organisation/refused.html", context, status=403)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Rollen är bekräftad.") if confirm else _("Begäran är avvisad."))
    return redirect("role_grant_list")
