"""The signed-in person's own account: API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.organisation import selectors, services
from varna.organisation.access import requires
from varna.organisation.forms import ApiTokenForm
from varna.organisation.models import ApiToken


@requires("accounts.manage_own_tokens")
def token_list(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None)
    new_secret = None
    if request.method == "POST" and form.is_valid():
        _token, new_secret = services.create_api_token(
            user=request.user, name=form.cleaned_data["name"], request=request
        )
        form = ApiTokenForm()
    tokens = ApiToken.objects.filter(user=request.user)
    return render(
        request,
        "organisation/token_list.html",
        {
            "form": form,
            "tokens": tokens,
            "new_secret": new_secret,
            "memberships": selectors.memberships_for_user(request.user),
        },
    )


@require_POST
@requires("accounts.manage_own_tokens")
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    # Someone else's token is simply not found: tokens are private to their owner.
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.revoke_api_token(token=token, actor=request.user, request=request)
    messages.success(request, _("Nyckeln är återkallad och fungerar inte längre."))
    return redirect("token_list")
