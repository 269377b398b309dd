"""The signed-in person's own account: API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
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


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset view, with each request for a known account written to the audit log."""

    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"

    def form_valid(self, form: auth_views.PasswordResetForm) -> HttpResponse:
        for user in form.get_users(form.cleaned_data["email"]):
            # Whose password it concerns, not the address typed: that is all the log needs.
            record_event(
                action=Action.PASSWORD_RESET_REQUESTED, request=self.request, actor_name=user.get_username()
            )
        return super().form_valid(form)
