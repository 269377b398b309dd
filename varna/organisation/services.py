"""Operations that change the organisation. Each is one transaction and leaves an audit entry."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation.models import Administration, ApiToken, Membership, User

TOKEN_PREFIX = "varna_"  # noqa: S105 - a prefix, not a secret


def save_organisation_part(
    *, instance: models.Model, actor: User, request: HttpRequest | None = None
) -> models.Model:
    """Create or change a department, unit or area of an administration."""
    created = instance.pk is None
    with transaction.atomic():
        instance.full_clean()
        instance.save()
        record_event(
            action=Action.CREATED if created else Action.CHANGED,
            actor=actor,
            request=request,
            obj=instance,
            summary=str(instance),
        )
    return instance


def add_membership(
    *,
    administration: Administration,
    username: str,
    role: str,
    unit: Any = None,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    actor: User,
    request: HttpRequest | None = None,
) -> Membership:
    """Give a person a role in the administration, creating their account if it is new.

    A new account has no usable password; if an e-mail address is given, the person is sent a
    link to choose one once the transaction has committed.
    """
    with transaction.atomic():
        user, user_created = User.objects.select_for_update().get_or_create(
            username=username,
            defaults={"first_name": first_name, "last_name": last_name, "email": email},
        )
        if user_created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            record_event(
                action=Action.CREATED,
                actor=actor,
                request=request,
                administration=administration,
                obj=user,
                summary=user.username,
            )
        membership = Membership(user=user, administration=administration, role=role, unit=unit)
        membership.full_clean()
        membership.save()
        record_event(
            action=Action.CREATED,
            actor=actor,
            request=request,
            obj=membership,
            summary=f"{user.username}: {membership.get_role_display()}",
        )
        if user_created and email and request is not None:
            transaction.on_commit(lambda: send_set_password_link(user=user, request=request))
    return membership


def remove_membership(*, membership: Membership, actor: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        locked = Membership.objects.select_for_update().get(pk=membership.pk)
        record_event(
            action=Action.DELETED,
            actor=actor,
            request=request,
            obj=locked,
            summary=f"{locked.user.username}: {locked.get_role_display()}",
        )
        locked.delete()


def send_set_password_link(*, user: User, request: HttpRequest) -> None:
    """Mail a new account a link to choose its password.

    Django's PasswordResetForm skips accounts without a usable password, which is exactly what a
    new account has, so the link is made here for this one user.
    """
    context = {
        "email": user.email,
        "domain": request.get_host(),
        "site_name": "Värna",
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": "https" if request.is_secure() else "http",
    }
    PasswordResetForm().send_mail(
        "registration/password_reset_subject.txt",
        "registration/password_reset_email.txt",
        context,
        None,
        user.email,
    )


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def create_api_token(*, user: User, name: str, request: HttpRequest | None = None) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which is never shown again."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken(user=user, name=name, prefix=raw[: len(TOKEN_PREFIX) + 6], key_hash=_hash_token(raw))
        token.full_clean()
        token.save()
        record_event(action=Action.TOKEN_CREATED, actor=user, request=request, obj=token, summary=token.name)
    return token, raw


def revoke_api_token(*, token: ApiToken, actor: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        locked = ApiToken.objects.select_for_update().get(pk=token.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
            locked.save(update_fields=["revoked_at"])
            record_event(
                action=Action.TOKEN_REVOKED, actor=actor, request=request, obj=locked, summary=locked.name
            )


def user_for_api_token(raw: str) -> User | None:
    """The active user a token belongs to, or None; notes when the token was last used."""
    if not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_hash_token(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
