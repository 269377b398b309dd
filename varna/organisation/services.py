"""Operations that change the organisation. Each is one transaction and leaves an audit entry."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, models, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation import permissions
from varna.organisation.constants import Role, RoleGrantStatus
from varna.organisation.models import Administration, ApiToken, Membership, RoleGrant, User

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


class RoleRefused(PermissionDenied):
    """A grant or revocation that the rules in permissions.py refuse; the message is Swedish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refusal(*, actor: User, role: str, administration: Administration, grantee: User | None) -> str | None:
    if grantee is not None and grantee.pk == actor.pk:
        return _("Du kan inte ändra dina egna roller.")
    if permissions.can_grant_role(actor, role, administration, grantee=grantee):
        return None
    if role in permissions.roles_reading_reports():
        return _(
            "Bara den centrala samordnaren eller en samordnare i förvaltningen får ge en roll "
            "som läser förvaltningens rapporter."
        )
    if role in permissions.CITY_WIDE_ROLES:
        return _("Bara en systemförvaltare får begära en stadsövergripande roll eller systemroll.")
    return _("Du får inte ge den här rollen i förvaltningen.")


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
) -> Membership | RoleGrant:
    """Give a person a role in the administration, creating their account if it is new.

    The rules of `permissions.can_grant_role` are checked here, not only in the form. A city-wide
    or system role is not given at once: a pending `RoleGrant` is returned, which a second system
    administrator confirms. A role that reads reports is mailed to the administration's
    coordinators. A new account has no usable password; if an e-mail address is given, the person
    is sent a link to choose one once the transaction has committed.
    """
    # Refuse before an account is created for nothing.
    reason = _refusal(actor=actor, role=role, administration=administration, grantee=None)
    if reason:
        raise RoleRefused(reason)
    with transaction.atomic():
        user, user_created = User.objects.select_for_update().get_or_create(
            username=username,
            defaults={"first_name": first_name, "last_name": last_name, "email": email},
        )
        reason = _refusal(actor=actor, role=role, administration=administration, grantee=user)
        if reason:
            raise RoleRefused(reason)
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
        if permissions.grant_needs_confirmation(role):
            result: Membership | RoleGrant = _request_grant(
                user=user, administration=administration, role=role, unit=unit, actor=actor, request=request
            )
        else:
            result = _create_membership(
                user=user, administration=administration, role=role, unit=unit, actor=actor, request=request
            )
        if user_created and email and request is not None:
            transaction.on_commit(lambda: send_set_password_link(user=user, request=request))
    return result


def _create_membership(
    *,
    user: User,
    administration: Administration,
    role: str,
    unit: Any,
    actor: User,
    request: HttpRequest | None,
) -> Membership:
    if Membership.objects.filter(user=user, administration=administration, role=role).exists():
        raise ValidationError(_("Personen har redan den rollen i förvaltningen."))
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
    if role in permissions.roles_reading_reports():
        transaction.on_commit(lambda: notify_coordinators_of_grant(membership=membership, actor=actor))
    return membership


def _request_grant(
    *,
    user: User,
    administration: Administration,
    role: str,
    unit: Any,
    actor: User,
    request: HttpRequest | None,
) -> RoleGrant:
    if Membership.objects.filter(user=user, administration=administration, role=role).exists():
        raise ValidationError(_("Personen har redan den rollen i förvaltningen."))
    if RoleGrant.objects.filter(
        user=user, administration=administration, role=role, status=RoleGrantStatus.PENDING
    ).exists():
        raise ValidationError(_("Rollen väntar redan på bekräftelse."))
    grant = RoleGrant(user=user, administration=administration, role=role, unit=unit, requested_by=actor)
    grant.full_clean()
    grant.save()
    record_event(
        action=Action.ROLE_REQUESTED,
        actor=actor,
        request=request,
        obj=grant,
        summary=f"{user.username}: {grant.get_role_display()}",
    )
    return grant


def decide_role_grant(
    *, grant: RoleGrant, confirm: bool, actor: User, request: HttpRequest | None = None
) -> RoleGrant:
    """Confirm (the membership is created) or reject a pending grant, as a second administrator."""
    with transaction.atomic():
        locked = (
            RoleGrant.objects.select_for_update().select_related("user", "administration").get(pk=grant.pk)
        )
        if locked.status != RoleGrantStatus.PENDING:
            raise ValidationError(_("Begäran är redan avgjord."))
        if not permissions.can_confirm_grant(actor, locked):
            raise RoleRefused(
                _("En begäran bekräftas eller avvisas av en annan systemförvaltare än den som begärde den.")
            )
        locked.status = RoleGrantStatus.CONFIRMED if confirm else RoleGrantStatus.REJECTED
        locked.decided_by = actor
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "decided_by", "decided_at"])
        if confirm:
            try:
                with transaction.atomic():
                    _create_membership(
                        user=locked.user,
                        administration=locked.administration,
                        role=locked.role,
                        unit=locked.unit,
                        actor=actor,
                        request=request,
                    )
            except (ValidationError, IntegrityError) as error:
                raise ValidationError(_("Personen har redan den rollen i förvaltningen.")) from error
        record_event(
            action=Action.ROLE_CONFIRMED if confirm else Action.ROLE_REJECTED,
            actor=actor,
            request=request,
            obj=locked,
            summary=f"{locked.user.username}: {locked.get_role_display()}",
        )
    return locked


def notify_coordinators_of_grant(*, membership: Membership, actor: User) -> None:
    """Tell the administration's coordinators that someone got a role that reads its reports.

    Names of accounts, the role and a link only: never anything from a report.
    """
    recipients = (
        User.objects.filter(
            memberships__administration=membership.administration,
            memberships__role=Role.COORDINATOR,
            is_active=True,
        )
        .exclude(email="")
        .exclude(pk=membership.user_id)
        .values_list("email", flat=True)
        .distinct()
    )
    context = {
        "actor": actor.get_username(),
        "person": membership.user.get_username(),
        "role": membership.get_role_display(),
        "administration": membership.administration.name,
        "link": f"{settings.SITE_URL}{reverse('administration_detail', args=[membership.administration_id])}",
    }
    subject = _("Ny roll som läser rapporter i %(administration)s") % context
    body = (
        _(
            "%(actor)s har gett %(person)s rollen %(role)s i %(administration)s i Värna. "
            "Rollen ger tillgång till förvaltningens rapporter.\n\n"
            "Känner du inte igen ändringen, kontakta den centrala samordnaren.\n\n%(link)s\n"
        )
        % context
    )
    for address in recipients:
        send_mail(subject, body, None, [address])


def remove_membership(*, membership: Membership, actor: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        locked = (
            Membership.objects.select_for_update()
            .select_related("user", "administration")
            .get(pk=membership.pk)
        )
        if locked.user_id == actor.pk:
            raise RoleRefused(_("Du kan inte ändra dina egna roller."))
        if not permissions.can_revoke_role(actor, locked):
            raise RoleRefused(_("Du får inte ta bort den här rollen."))
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
