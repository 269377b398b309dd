"""A new municipality's first accounts (`manage.py setup_municipality`, issue 22)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation.constants import AdministrationKind, Role
from varna.organisation.models import Administration, Membership, Municipality, User


def setup_municipality(
    *,
    name: str,
    administration_name: str,
    admin_username: str,
    admin_email: str,
    coordinator_username: str,
    coordinator_email: str,
) -> tuple[User, User]:
    """A new municipality's first accounts: its first system administrator and its first central
    coordinator, two different people, both without a usable password (they choose one through a
    link). Refused, changing nothing, once the municipality has either role or an account exists.

    The one place where roles are given without `can_grant_role`: there is nobody yet to ask.
    """
    if admin_username == coordinator_username or admin_email.casefold() == coordinator_email.casefold():
        raise ValidationError(
            _("Systemförvaltaren och den centrala samordnaren ska vara två olika personer.")
        )
    with transaction.atomic():
        municipality, _created = Municipality.objects.select_for_update().get_or_create(name=name)
        if Membership.objects.filter(
            administration__municipality=municipality, role__in=[Role.ADMIN, Role.CENTRAL_COORDINATOR]
        ).exists():
            raise ValidationError(
                _("Kommunen har redan en systemförvaltare eller central samordnare; inget har ändrats.")
            )
        if User.objects.filter(username__in=[admin_username, coordinator_username]).exists():
            raise ValidationError(_("Ett av användarnamnen finns redan; inget har ändrats."))
        administration, _created = Administration.objects.get_or_create(
            municipality=municipality,
            name=administration_name,
            defaults={"kind": AdministrationKind.EXECUTIVE_OFFICE},
        )
        people = []
        for username, email, role in (
            (admin_username, admin_email, Role.ADMIN),
            (coordinator_username, coordinator_email, Role.CENTRAL_COORDINATOR),
        ):
            user = User(username=username, email=email)
            # Django admin for the system administrator, as for the demo's admin.
            user.is_staff = user.is_superuser = role == Role.ADMIN
            user.set_unusable_password()
            user.full_clean()
            user.save()
            membership = Membership.objects.create(user=user, administration=administration, role=role)
            for obj, summary in (
                (user, username),
                (membership, f"{username}: {membership.get_role_display()}"),
            ):
                record_event(
                    action=Action.CREATED,
                    administration=administration,
                    obj=obj,
                    summary=summary,
                    actor_name="setup_municipality",
                )
            people.append(user)
    return people[0], people[1]


def set_password_url(user: User) -> str:
    """A one-time link for `user` to choose a password (Django's password-reset token)."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{settings.SITE_URL}{path}"
