"""Linking an account to the identity provider: by an administrator, or by proving its password
at a first sign-in through the provider (see varna/organisation/oidc.py)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from varna.organisation import identity
from varna.organisation.access import public, requires
from varna.organisation.forms import IdentityLinkForm, PasswordProofForm
from varna.organisation.models import OidcIdentity, User


@requires("organisation.link_identity")
def identity_link(request: HttpRequest, user_id: int) -> HttpResponse:
    account = get_object_or_404(User, pk=user_id)
    linkable = identity.can_be_linked_through_oidc(account) and identity.can_manage_account(
        request.user, account
    )
    form = IdentityLinkForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            identity.link_identity(
                user=account,
                issuer=form.cleaned_data["issuer"],
                subject=form.cleaned_data["subject"],
                actor=request.user,
                request=request,
            )
        except identity.IdentityRefused as refusal:
            form.add_error(None, refusal.message)
            status = 200 if linkable else 403
        else:
            messages.success(request, _("Kontot är kopplat till inloggningen."))
            return redirect("identity_link", user_id=account.pk)
    context = {
        "account": account,
        "form": form,
        "linked": OidcIdentity.objects.filter(user=account).exists(),
        "linkable": linkable,
    }
    return render(request, "organisation/identity_link.html", context, status=status)


@public
def oidc_link(request: HttpRequest) -> HttpResponse:
    """Where the provider's callback sends a person it could not match to an account."""
    pending = request.session.get(identity.PENDING_SESSION_KEY)
    if not pending or request.user.is_authenticated:
        if not request.user.is_authenticated:
            messages.error(request, _("Inloggningen via identitetsleverantören misslyckades."))
        return redirect(settings.LOGIN_URL if not request.user.is_authenticated else "home")
    form = PasswordProofForm(request.POST or None, initial={"username": pending.get("username", "")})
    if request.method == "POST" and form.is_valid():
        try:
            user = identity.link_by_password(
                issuer=pending["iss"],
                subject=pending["sub"],
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
                request=request,
            )
        except identity.IdentityRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            request.session.pop(identity.PENDING_SESSION_KEY, None)
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request, _("Ditt konto är kopplat till inloggningen via identitetsleverantören.")
            )
            return redirect("home")
    return render(request, "registration/oidc_link.html", {"form": form})
