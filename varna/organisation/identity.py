"""Linking accounts to the identity provider's (iss, sub), and finding them by it (issue 22).

Every comparison here is exact: no case folding, no Unicode normalisation, and the database's
collation is checked again in Python, so that "admın" (dotless ı) or "ſamordnare.bromma" (long s)
never stand for "admin" or "samordnare.bromma".
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation.models import OidcIdentity, User
from varna.organisation.permissions import can_be_linked_through_oidc, can_manage_account

# A provider's username becomes a new account's username only if it is plain ASCII; anything
# else gets a name derived from (iss, sub), so that no new account looks like an existing one.
PLAIN_USERNAME = re.compile(r"[A-Za-z0-9._@+-]{1,150}")
PENDING_SESSION_KEY = "varna_oidc_pending"


class IdentityRefused(PermissionDenied):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def verified_email(claims: dict[str, Any]) -> str:
    """The provider's e-mail address, only when the provider says it has verified it."""
    if claims.get("email_verified") is not True:
        return ""
    return str(claims.get("email") or "")


def account_for(*, issuer: str, subject: str) -> User | None:
    """The active account linked to exactly (issuer, subject), never a staff or superuser one."""
    if not issuer or not subject:
        return None
    found = OidcIdentity.objects.select_related("user").filter(issuer=issuer, subject=subject).first()
    if found is None or (found.issuer, found.subject) != (issuer, subject):
        return None
    user = found.user
    if not user.is_active or not can_be_linked_through_oidc(user):
        return None
    return user


def linkable_accounts() -> Any:
    return User.objects.filter(is_active=True, is_staff=False, is_superuser=False, oidc_identity__isnull=True)


def proposed_username(claims: dict[str, Any]) -> str:
    """An unlinked account whose e-mail equals the provider's verified e-mail exactly, if one."""
    email = verified_email(claims)
    if not email:
        return ""
    candidates = [user for user in linkable_accounts().filter(email=email) if user.email == email]
    return candidates[0].username if len(candidates) == 1 else ""


def username_for_new_account(claims: dict[str, Any]) -> str | None:
    """The username a new account would get, or None when it resembles an existing account (then
    the person is asked to prove that account's password instead)."""
    if proposed_username(claims):
        return None
    wanted = str(claims.get("preferred_username") or "")
    if wanted and PLAIN_USERNAME.fullmatch(wanted):
        if User.objects.filter(username__iexact=wanted).exists():
            return None
        return wanted
    digest = hashlib.sha256(f"{claims.get('iss', '')}\n{claims.get('sub', '')}".encode()).hexdigest()
    return f"oidc-{digest[:16]}"


def link_identity(
    *, user: User, issuer: str, subject: str, actor: User, request: HttpRequest | None = None
) -> OidcIdentity:
    """Link an account to (issuer, subject), once. Staff and superuser accounts are refused."""
    if not issuer or not subject:
        raise IdentityRefused(_("Både utfärdare och identifierare behövs."))
    if not can_be_linked_through_oidc(user):
        raise IdentityRefused(
            _(
                "Konton med tillgång till Django-administrationen kopplas aldrig till inloggning "
                "via identitetsleverantören."
            )
        )
    # Linked by someone else (an administrator): only an account whose takeover gives no reading
    # or city-wide rights. The person links such an account themselves, by its password.
    if actor.pk != user.pk and not can_manage_account(actor, user):
        raise IdentityRefused(
            _(
                "Ett konto som läser rapporter eller har en stadsövergripande roll kopplar personen "
                "själv, med sitt lösenord, vid första inloggningen via identitetsleverantören."
            )
        )
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        if OidcIdentity.objects.filter(user=locked).exists():
            raise IdentityRefused(_("Kontot är redan kopplat till en inloggning."))
        if OidcIdentity.objects.filter(issuer=issuer, subject=subject).exists():
            raise IdentityRefused(_("Inloggningen är redan kopplad till ett annat konto."))
        try:
            with transaction.atomic():
                identity = OidcIdentity.objects.create(user=locked, issuer=issuer, subject=subject)
        except IntegrityError as error:
            raise IdentityRefused(_("Inloggningen är redan kopplad till ett annat konto.")) from error
        # The summary names the account only: iss and sub identify a person at the provider.
        record_event(
            action=Action.IDENTITY_LINKED, actor=actor, request=request, obj=identity, summary=locked.username
        )
    return identity


def link_by_password(
    *, issuer: str, subject: str, username: str, password: str, request: HttpRequest
) -> User:
    """At a first sign-in through the provider: link the account whose password is proven.

    The username must be the account's exactly (case and Unicode as stored). Failed attempts are
    throttled like the sign-in page (django-axes, through `authenticate`).
    """
    user = authenticate(request, username=username, password=password)
    if user is None or user.get_username() != username:
        raise IdentityRefused(_("Fel användarnamn eller lösenord."))
    link_identity(user=user, issuer=issuer, subject=subject, actor=user, request=request)
    return user
