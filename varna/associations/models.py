"""Associations of an administration, their documents, grant applications with the screening
checklist and decisions, follow-ups of grants, and lettings of premises."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from varna.associations.constants import (
    ApplicationStatus,
    AppliesTo,
    CheckResult,
    DecisionState,
    DocumentKind,
    FollowUpKind,
    FollowUpOutcome,
    LettingStatus,
    Outcome,
    TenantKind,
)
from varna.associations.uploads import stored_name
from varna.organisation.models import Administration, Municipality

USER = settings.AUTH_USER_MODEL


class ChecklistItem(models.Model):
    """One requirement of the municipality's screening checklist (the seeds' guidelines)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="association_checklist", verbose_name=_("kommun")
    )
    code = models.SlugField(_("kod"), max_length=40, help_text=_("Stabil kortform, till exempel ”stadgar”."))
    text = models.CharField(_("krav"), max_length=400)
    guidance = models.TextField(_("vägledning"), blank=True, help_text=_("Vad handläggaren kontrollerar."))
    applies_to = models.CharField(
        _("gäller"), max_length=10, choices=AppliesTo.choices, default=AppliesTo.BOTH
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    active = models.BooleanField(_("används"), default=True)

    class Meta:
        verbose_name = _("kontrollpunkt")
        verbose_name_plural = _("kontrollpunkter för föreningar")
        ordering = ["municipality", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "code"], name="unique_checklist_item_code")
        ]

    def __str__(self) -> str:
        return self.text


class AssociationSettings(models.Model):
    """A municipality's choices for grants; without a row the settings file decides."""

    municipality = models.OneToOneField(
        Municipality, on_delete=models.CASCADE, related_name="association_settings", verbose_name=_("kommun")
    )
    four_eyes = models.BooleanField(
        _("fyraögonsprincip"),
        null=True,
        blank=True,
        help_text=_(
            "Ett beslut om bidrag gäller först när en andra handläggare har bekräftat det. "
            "Tomt: inställningen ASSOCIATIONS_FOUR_EYES gäller."
        ),
    )

    class Meta:
        verbose_name = _("inställningar för föreningsbidrag")
        verbose_name_plural = _("inställningar för föreningsbidrag")

    def __str__(self) -> str:
        return str(self.municipality)


class Association(models.Model):
    administration = models.ForeignKey(
        Administration, on_delete=models.PROTECT, related_name="associations", verbose_name=_("förvaltning")
    )
    name = models.CharField(_("föreningens namn"), max_length=200)
    organisation_number = models.CharField(
        _("organisationsnummer"), max_length=11, help_text=_("Tio siffror, till exempel 802400-1235.")
    )
    contact_role = models.CharField(
        _("kontaktperson (roll)"),
        max_length=120,
        help_text=_("En roll i föreningen, till exempel ”ordförande” eller ”kassör”, inte ett namn."),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    created_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )

    class Meta:
        verbose_name = _("förening")
        verbose_name_plural = _("föreningar")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["administration", "organisation_number"], name="unique_association_orgnr"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation_number})"

    def audit_summary(self) -> str:
        return f"{self.name} {self.organisation_number}"


class AssociationDocument(models.Model):
    association = models.ForeignKey(
        Association, on_delete=models.CASCADE, related_name="documents", verbose_name=_("förening")
    )
    kind = models.CharField(_("handling"), max_length=20, choices=DocumentKind.choices)
    file = models.FileField(_("fil"), upload_to=stored_name, max_length=200)
    original_name = models.CharField(_("filnamn"), max_length=130)
    content_type = models.CharField(_("filtyp"), max_length=100)
    size = models.PositiveIntegerField(_("storlek (byte)"))
    sha256 = models.CharField(_("kontrollsumma (SHA-256)"), max_length=64)
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    uploaded_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uppladdad av"),
    )

    class Meta:
        verbose_name = _("föreningshandling")
        verbose_name_plural = _("föreningshandlingar")
        ordering = ["kind", "-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.original_name}"

    @property
    def administration_id(self) -> int:
        return self.association.administration_id


class GrantApplication(models.Model):
    """An association's application for a grant for one year, screened and decided."""

    association = models.ForeignKey(
        Association, on_delete=models.PROTECT, related_name="applications", verbose_name=_("förening")
    )
    year = models.PositiveSmallIntegerField(_("bidragsår"))
    amount_requested = models.PositiveIntegerField(_("sökt belopp (kr)"), null=True, blank=True)
    purpose = models.TextField(_("vad bidraget ska användas till"), blank=True)
    registration_number = models.CharField(_("diarienummer"), max_length=60, blank=True)
    received_on = models.DateField(_("inkom"))
    status = models.CharField(
        _("status"), max_length=24, choices=ApplicationStatus.choices, default=ApplicationStatus.RECEIVED
    )
    screening_started_at = models.DateTimeField(_("granskning påbörjad"), null=True, blank=True)
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    created_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )

    class Meta:
        verbose_name = _("bidragsansökan")
        verbose_name_plural = _("bidragsansökningar")
        ordering = ["-year", "association__name"]
        constraints = [
            models.UniqueConstraint(fields=["association", "year"], name="unique_application_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.association.name} {self.year}"

    @property
    def administration_id(self) -> int:
        return self.association.administration_id

    @property
    def administration(self) -> Administration:
        return self.association.administration

    def audit_summary(self) -> str:
        return f"{self.association.name} {self.year}: {self.get_status_display()}"


class ScreeningItem(models.Model):
    """A checklist item as it stood when screening started, with the officer's finding."""

    application = models.ForeignKey(
        GrantApplication,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="screening_items",
        verbose_name=_("ansökan"),
    )
    letting = models.ForeignKey(
        "PremisesLetting",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="screening_items",
        verbose_name=_("upplåtelse"),
    )
    order = models.PositiveSmallIntegerField(_("ordning"))
    code = models.SlugField(_("kod"), max_length=40)
    text = models.CharField(_("krav"), max_length=400)
    result = models.CharField(
        _("bedömning"), max_length=16, choices=CheckResult.choices, default=CheckResult.NOT_CHECKED
    )
    note = models.TextField(_("anteckning"), blank=True)
    checked_at = models.DateTimeField(_("bedömd"), null=True, blank=True)
    checked_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("bedömd av")
    )

    class Meta:
        verbose_name = _("kontrollpunkt i granskning")
        verbose_name_plural = _("kontrollpunkter i granskning")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(application__isnull=False, letting__isnull=True)
                | Q(application__isnull=True, letting__isnull=False),
                name="screening_item_has_one_subject",
            )
        ]

    def __str__(self) -> str:
        return f"{self.text}: {self.get_result_display()}"


class Decision(models.Model):
    """A decision on an application. With the four-eyes rule it is proposed first and takes
    effect when another officer confirms it; a rejected proposal is kept, as is every decision."""

    application = models.ForeignKey(
        GrantApplication, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("ansökan")
    )
    outcome = models.CharField(_("beslut"), max_length=10, choices=Outcome.choices)
    amount = models.PositiveIntegerField(_("beviljat belopp (kr)"), null=True, blank=True)
    justification = models.TextField(_("motivering"))
    override_reason = models.TextField(
        _("skäl att bevilja trots brister i granskningen"),
        blank=True,
        help_text=_("Krävs när någon kontrollpunkt inte är uppfylld eller inte kontrollerad."),
    )
    unmet_items = models.PositiveSmallIntegerField(_("kontrollpunkter som inte var uppfyllda"), default=0)
    state = models.CharField(_("läge"), max_length=10, choices=DecisionState.choices)
    decided_at = models.DateTimeField(_("beslutat"), auto_now_add=True)
    decided_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beslutat av"),
    )
    confirmed_at = models.DateTimeField(_("bekräftat"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bekräftat av"),
    )
    previous_status = models.CharField(
        _("status före beslutet"), max_length=24, choices=ApplicationStatus.choices
    )

    class Meta:
        verbose_name = _("beslut om föreningsbidrag")
        verbose_name_plural = _("beslut om föreningsbidrag")
        ordering = ["-decided_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(outcome="granted") | Q(amount__isnull=False), name="granted_decision_has_amount"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application}: {self.get_outcome_display()}"

    @property
    def administration_id(self) -> int:
        return self.application.administration_id


class GrantFollowUp(models.Model):
    """A follow-up of a granted association during the year; from 2024 with the VBE control."""

    application = models.ForeignKey(
        GrantApplication, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("ansökan")
    )
    kind = models.CharField(_("uppföljning"), max_length=12, choices=FollowUpKind.choices)
    due_on = models.DateField(_("ska vara gjord senast"))
    done_on = models.DateField(_("gjord"), null=True, blank=True)
    outcome = models.CharField(_("resultat"), max_length=20, choices=FollowUpOutcome.choices, blank=True)
    note = models.TextField(_("anteckning"), blank=True)
    recorded_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )
    reminded_at = models.DateTimeField(_("påmint"), null=True, blank=True)

    class Meta:
        verbose_name = _("uppföljning av föreningsbidrag")
        verbose_name_plural = _("uppföljningar av föreningsbidrag")
        ordering = ["due_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["application", "kind"], name="unique_follow_up_kind")]

    def __str__(self) -> str:
        return f"{self.application}: {self.get_kind_display()}"

    @property
    def administration_id(self) -> int:
        return self.application.administration_id


class PremisesLetting(models.Model):
    """A request to hire or borrow the administration's premises, screened like a grant.

    An individual tenant is recorded by role or description only, never by name."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.PROTECT,
        related_name="premises_lettings",
        verbose_name=_("förvaltning"),
    )
    premises = models.CharField(
        _("lokal"), max_length=200, help_text=_("Till exempel ”Fritidsgården, stora salen”.")
    )
    tenant_kind = models.CharField(_("hyresgäst"), max_length=12, choices=TenantKind.choices)
    association = models.ForeignKey(
        Association,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lettings",
        verbose_name=_("förening"),
    )
    tenant_description = models.CharField(
        _("beskrivning av hyresgästen"),
        max_length=200,
        blank=True,
        help_text=_(
            "För en enskild: en roll eller beskrivning, till exempel ”privatperson, boende i området”."
        ),
    )
    event = models.TextField(
        _("arrangemang"), help_text=_("Vad som ska ordnas i lokalen, med eventuellt program.")
    )
    event_date = models.DateField(_("datum för arrangemanget"))
    status = models.CharField(
        _("status"), max_length=12, choices=LettingStatus.choices, default=LettingStatus.RECEIVED
    )
    justification = models.TextField(_("motivering"), blank=True)
    override_reason = models.TextField(_("skäl att bevilja trots brister i granskningen"), blank=True)
    decided_at = models.DateTimeField(_("beslutat"), null=True, blank=True)
    decided_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beslutat av"),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    created_by = models.ForeignKey(
        USER,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )

    class Meta:
        verbose_name = _("upplåtelse av lokal")
        verbose_name_plural = _("upplåtelser av lokaler")
        ordering = ["-event_date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(tenant_kind="association", association__isnull=False)
                | Q(tenant_kind="individual", association__isnull=True),
                name="letting_tenant_matches_kind",
            )
        ]

    def __str__(self) -> str:
        return f"{self.premises} {self.event_date}"

    @property
    def tenant_display(self) -> str:
        if self.association_id:
            return self.association.name
        return self.tenant_description or str(TenantKind.INDIVIDUAL.label)

    def audit_summary(self) -> str:
        # No free text here: the premises and tenant are typed by people (audit entries hold none).
        return f"{self.event_date:%Y-%m-%d}: {self.get_status_display()}"
