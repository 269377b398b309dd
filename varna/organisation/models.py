"""Data of the organisation: who works where, in which role."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from varna.organisation.constants import AdministrationKind, Role, RoleGrantStatus


class User(AbstractUser):
    """A person who signs in. Rights come only from memberships, never from the user row."""

    class Meta:
        verbose_name = _("användare")
        verbose_name_plural = _("användare")

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Municipality(models.Model):
    name = models.CharField(_("namn"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")

    def __str__(self) -> str:
        return self.name


class Administration(models.Model):
    """A förvaltning, owned by a committee (nämnd). The unit of data ownership in Värna."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="administrations",
        verbose_name=_("kommun"),
    )
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("typ"), max_length=32, choices=AdministrationKind.choices)
    committee = models.CharField(
        _("nämnd"),
        max_length=200,
        blank=True,
        help_text=_("Nämnden som förvaltningen hör till."),
    )

    class Meta:
        verbose_name = _("förvaltning")
        verbose_name_plural = _("förvaltningar")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="unique_administration_name")
        ]

    def __str__(self) -> str:
        return self.name


class AdministrationPart(models.Model):
    """A named part of one administration: department, unit or area."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        related_name="%(class)ss",
        verbose_name=_("förvaltning"),
    )
    name = models.CharField(_("namn"), max_length=200)

    class Meta:
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["administration", "name"], name="unique_%(class)s_name")
        ]

    def __str__(self) -> str:
        return self.name


class Department(AdministrationPart):
    class Meta(AdministrationPart.Meta):
        verbose_name = _("avdelning")
        verbose_name_plural = _("avdelningar")


class Unit(AdministrationPart):
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("avdelning"),
    )

    class Meta(AdministrationPart.Meta):
        verbose_name = _("enhet")
        verbose_name_plural = _("enheter")


class Area(AdministrationPart):
    """A district or area (stadsdel, område) used in reports instead of any address."""

    class Meta(AdministrationPart.Meta):
        verbose_name = _("område")
        verbose_name_plural = _("områden")


class Membership(models.Model):
    """A role held by a user in an administration: the only source of rights in Värna."""

    user = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("användare"),
    )
    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("förvaltning"),
    )
    role = models.CharField(_("roll"), max_length=32, choices=Role.choices)
    unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("enhet"),
        help_text=_("Enheten personen arbetar på, om någon."),
    )

    class Meta:
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        ordering = ["administration__name", "role", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["user", "administration", "role"], name="unique_membership_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}, {self.administration}"


class RoleGrant(models.Model):
    """A request for a city-wide or system role, in force only once a second system administrator
    confirms it (issue 22). The membership is created at confirmation."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="role_grants", verbose_name=_("användare")
    )
    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="role_grants", verbose_name=_("förvaltning")
    )
    role = models.CharField(_("roll"), max_length=32, choices=Role.choices)
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("enhet")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RoleGrantStatus.choices, default=RoleGrantStatus.PENDING
    )
    requested_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("begärd av")
    )
    requested_at = models.DateTimeField(_("begärd"), auto_now_add=True)
    decided_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("avgjord av")
    )
    decided_at = models.DateTimeField(_("avgjord"), null=True, blank=True)

    class Meta:
        verbose_name = _("rollbegäran")
        verbose_name_plural = _("rollbegäranden")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "administration", "role"],
                condition=models.Q(status="pending"),
                name="one_pending_grant_per_role",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}, {self.administration} ({self.get_status_display()})"


class OidcIdentity(models.Model):
    """The identity provider's identifier of an account: the exact (iss, sub) pair, nothing else.

    `preferred_username` and e-mail are neither unique nor stable (OpenID Connect Core 5.7), so
    sign-in matches only on this pair; an account is linked once, by an administrator or by proving
    its password at a first sign-in.
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="oidc_identity", verbose_name=_("användare")
    )
    issuer = models.CharField(_("utfärdare (iss)"), max_length=255)
    subject = models.CharField(_("identifierare (sub)"), max_length=255)
    linked_at = models.DateTimeField(_("kopplad"), auto_now_add=True)

    class Meta:
        verbose_name = _("inloggningskoppling")
        verbose_name_plural = _("inloggningskopplingar")
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="unique_oidc_issuer_subject")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.issuer})"


class ApiToken(models.Model):
    """A bearer token for the API. Only a hash is stored; the token is shown once."""

    user = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("användare"),
    )
    name = models.CharField(_("namn"), max_length=100, help_text=_("Vad nyckeln används till."))
    prefix = models.CharField(_("början"), max_length=16)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("senast använd"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("återkallad"), null=True, blank=True)

    class Meta:
        verbose_name = _("API-nyckel")
        verbose_name_plural = _("API-nycklar")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
