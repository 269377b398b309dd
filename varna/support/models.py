"""The coordinator's support log: de-identified consultations and the 24-hour first contact.

Nothing here identifies a person. A consultation records that an administration, school or
unit asked for support in an individual case, by age group and environment only. A request to
leave gets a generated pseudonymous reference; names and contact details stay in the social
services' own case system. Free texts are checked by varna.deid in the services.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration, Unit
from varna.reports.constants import AgeGroup, ReferenceKind
from varna.reports.models import ReferenceItem, Report
from varna.support.constants import (
    FIRST_CONTACT_DEADLINE,
    Channel,
    ContactOutcome,
    Leaving,
    Requester,
    Subject,
    SupportKind,
)


class SupportTeam(models.Model):
    """The named team of an administration that makes the first contact (e.g. the VBE team).

    Managed by the administration's coordinators; its members see the 24-hour inbox.
    """

    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="support_teams", verbose_name=_("förvaltning")
    )
    name = models.CharField(_("namn"), max_length=200, help_text=_("Till exempel ”VBE-teamet”."))
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="support_teams",
        blank=True,
        verbose_name=_("medlemmar"),
        help_text=_("Medarbetare i förvaltningen som ser inkorgen och loggar första kontakt."),
    )
    active = models.BooleanField(
        _("tar emot begäran"), default=True, help_text=_("Bara aktiva team kan väljas för nya begäran.")
    )

    class Meta:
        verbose_name = _("stödteam")
        verbose_name_plural = _("stödteam")
        ordering = ["administration__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["administration", "name"], name="unique_support_team_name")
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.administration}"


class Consultation(models.Model):
    """One time an administration, school or unit asked the coordinator for support in a case."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.PROTECT,
        related_name="support_consultations",
        verbose_name=_("förvaltning"),
        help_text=_("Förvaltningen vars samordnare gav stödet och äger uppgiften."),
    )
    date = models.DateField(_("datum"))
    asking_administration = models.ForeignKey(
        Administration,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("frågande förvaltning"),
    )
    asking_unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("frågande enhet"),
    )
    asking_other = models.CharField(
        _("annan verksamhet"),
        max_length=200,
        blank=True,
        help_text=_(
            "Om verksamheten inte finns i listan, t.ex. ”fristående grundskola”. Inga namn på personer."
        ),
    )
    age_group = models.CharField(
        _("åldersgrupp"), max_length=16, choices=AgeGroup.choices, default=AgeGroup.UNKNOWN
    )
    environments = models.ManyToManyField(
        ReferenceItem,
        related_name="support_consultations",
        blank=True,
        limit_choices_to={"kind": ReferenceKind.ENVIRONMENT},
        verbose_name=_("miljöer"),
    )
    subject = models.CharField(_("ärendet gäller"), max_length=32, choices=Subject.choices)
    question = models.TextField(_("frågan i korthet"), blank=True)
    outcome = models.TextField(_("resultat"), blank=True)
    follow_up_on = models.DateField(_("följs upp"), null=True, blank=True)
    followed_up_on = models.DateField(_("uppföljd"), null=True, blank=True)
    reports = models.ManyToManyField(
        Report, related_name="support_consultations", blank=True, verbose_name=_("kopplade rapporter")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("konsultation")
        verbose_name_plural = _("konsultationer")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["administration", "date"], name="consultation_adm_date")]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.get_subject_display()}"

    @property
    def asking(self) -> str:
        parts = [str(self.asking_unit or self.asking_administration)]
        if self.asking_unit:
            parts.append(str(self.asking_administration))
        if self.asking_other:
            parts.append(self.asking_other)
        return ", ".join(parts)

    @property
    def support_kinds(self) -> list[str]:
        return [s.kind for s in self.support_given.all()]

    def follow_up_due(self, today: datetime.date) -> bool:
        return self.follow_up_on is not None and self.followed_up_on is None and self.follow_up_on <= today


class ConsultationSupport(models.Model):
    """One kind of support given in a consultation (a row each, so that they can be counted)."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="support_given", verbose_name=_("konsultation")
    )
    kind = models.CharField(_("stöd"), max_length=32, choices=SupportKind.choices)

    class Meta:
        verbose_name = _("givet stöd")
        verbose_name_plural = _("givet stöd")
        constraints = [
            models.UniqueConstraint(fields=["consultation", "kind"], name="unique_consultation_support")
        ]

    def __str__(self) -> str:
        return self.get_kind_display()


class FirstContactRequestQuerySet(models.QuerySet["FirstContactRequest"]):
    def open(self) -> FirstContactRequestQuerySet:
        return self.filter(first_contact_at__isnull=True)


class FirstContactRequest(models.Model):
    """A request to leave a criminal lifestyle or a violent-extremist environment (Rutin 24 timmar).

    Pseudonymous: the reference is the only key; who the person is stays in the social services'
    own case system, where the receiving unit notes the reference.
    """

    reference = models.CharField(_("referens"), max_length=16, unique=True, editable=False)
    administration = models.ForeignKey(
        Administration,
        on_delete=models.PROTECT,
        related_name="first_contact_requests",
        verbose_name=_("ansvarig förvaltning"),
    )
    team = models.ForeignKey(
        SupportTeam, on_delete=models.PROTECT, related_name="requests", verbose_name=_("ansvarigt team")
    )
    requested_at = models.DateTimeField(_("begäran kom in"), db_index=True)
    channel = models.CharField(_("kanal"), max_length=16, choices=Channel.choices)
    requester = models.CharField(_("vem som frågade"), max_length=16, choices=Requester.choices)
    leaving = models.CharField(
        _("vill lämna"), max_length=32, choices=Leaving.choices, default=Leaving.UNKNOWN
    )
    age_group = models.CharField(
        _("åldersgrupp"), max_length=16, choices=AgeGroup.choices, default=AgeGroup.UNKNOWN
    )
    note = models.TextField(_("kort om behovet"), blank=True)
    receiving_administration = models.ForeignKey(
        Administration,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("mottagande förvaltning"),
    )
    receiving_unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("mottagande enhet"),
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )
    logged_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    first_contact_at = models.DateTimeField(_("första kontakt"), null=True, blank=True)
    first_contact_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("första kontakt loggad av"),
    )
    contact_outcome = models.CharField(
        _("resultat av kontakten"), max_length=32, choices=ContactOutcome.choices, blank=True
    )
    escalated_at = models.DateTimeField(_("eskalerad"), null=True, blank=True)

    objects = FirstContactRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("begäran om första kontakt")
        verbose_name_plural = _("begäran om första kontakt")
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["administration", "requested_at"], name="first_contact_adm_time")]

    def __str__(self) -> str:
        return self.reference

    @property
    def deadline(self) -> datetime.datetime:
        # In UTC: same-zone arithmetic in Python follows the wall clock, not elapsed time.
        return self.requested_at.astimezone(datetime.UTC) + FIRST_CONTACT_DEADLINE

    @property
    def time_to_contact(self) -> datetime.timedelta | None:
        if self.first_contact_at is None:
            return None
        return self.first_contact_at.astimezone(datetime.UTC) - self.requested_at.astimezone(datetime.UTC)

    @property
    def contacted_in_time(self) -> bool | None:
        if self.first_contact_at is None:
            return None
        return self.first_contact_at <= self.deadline  # compared as instants
