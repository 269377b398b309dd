"""Action plans: one per administration and year (in versions), their sections, activities and
follow-ups, and the section template the central coordinator maintains."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration, Unit
from varna.plans.constants import (
    ActivityGroup,
    FollowUpStatus,
    Occasion,
    PlanStatus,
    SectionKind,
)


class Plan(models.Model):
    """One version of an administration's action plan for a year.

    Only a draft can be changed. An adopted plan stays as it was decided; a change afterwards is
    a new version (a new draft that points back to it), so every decided text is kept.
    """

    administration = models.ForeignKey(
        Administration, on_delete=models.PROTECT, related_name="plans", verbose_name=_("förvaltning")
    )
    year = models.PositiveSmallIntegerField(_("år"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    previous_version = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_versions",
        verbose_name=_("föregående version"),
    )
    based_on = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_year_plans",
        verbose_name=_("föregående års plan"),
        help_text=_("Planen som den här planen bygger på, och vars aktiviteter den redovisar."),
    )
    title = models.CharField(_("titel"), max_length=300)
    registration_number = models.CharField(
        _("diarienummer"), max_length=60, blank=True, help_text=_("Dnr, till exempel 3.1.1-212/2020.")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    submitted_on = models.DateField(_("överlämnad till nämnden"), null=True, blank=True)
    adopted_on = models.DateField(_("antagen av nämnden"), null=True, blank=True)
    decision_reference = models.CharField(
        _("nämndens beslut"), max_length=120, blank=True, help_text=_("Till exempel paragraf i protokollet.")
    )
    approved_on = models.DateField(_("godkänd av kommunstyrelsen"), null=True, blank=True)
    approval_reference = models.CharField(_("kommunstyrelsens beslut"), max_length=120, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("handlingsplan")
        verbose_name_plural = _("handlingsplaner")
        ordering = ["-year", "administration__name", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["administration", "year", "version"], name="unique_plan_version")
        ]

    def __str__(self) -> str:
        return f"{self.administration} {self.year}" + (f" v{self.version}" if self.version > 1 else "")

    @property
    def is_editable(self) -> bool:
        return self.status == PlanStatus.DRAFT

    @property
    def in_force(self) -> bool:
        return self.status in (PlanStatus.ADOPTED, PlanStatus.APPROVED)

    def audit_summary(self) -> str:
        """For the audit log: no free text, only what identifies the plan and its state."""
        return f"{self.administration.name} {self.year} v{self.version}: {self.get_status_display()}"


class Section(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections", verbose_name=_("plan"))
    kind = models.CharField(_("typ av avsnitt"), max_length=20, choices=SectionKind.choices)
    heading = models.CharField(_("rubrik"), max_length=200)
    text = models.TextField(_("text"), blank=True, help_text=_("Stycken skiljs åt med en tom rad."))
    order = models.PositiveIntegerField(_("ordning"), default=0)
    # A frozen situation picture of the same administration, shown in a situation section.
    # The situation app does not exist yet; a later version makes this a foreign key.
    situation_snapshot_id = models.PositiveIntegerField(_("lägesbild"), null=True, blank=True)

    class Meta:
        verbose_name = _("avsnitt")
        verbose_name_plural = _("avsnitt")
        ordering = ["plan", "order", "pk"]

    def __str__(self) -> str:
        return self.heading

    @property
    def administration_id(self) -> int:
        return self.plan.administration_id

    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.text)


def split_paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


class Activity(models.Model):
    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="activities", verbose_name=_("plan")
    )
    group = models.CharField(_("område"), max_length=24, choices=ActivityGroup.choices)
    order = models.PositiveIntegerField(_("ordning"), default=0)
    description = models.TextField(_("aktivitet"))
    responsible_role = models.CharField(
        _("ansvarig"),
        max_length=300,
        help_text=_("En roll, inte ett namn, till exempel ”Enhetschef KC barn och unga”."),
    )
    responsible_unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plan_activities",
        verbose_name=_("ansvarig enhet"),
    )
    responsible_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plan_activities",
        verbose_name=_("ansvarig användare"),
        help_text=_("Den som får påminnelser och kan rapportera uppföljningen."),
    )
    schedule_start = models.DateField(_("startdatum"), null=True, blank=True)
    schedule_end = models.DateField(_("slutdatum"), null=True, blank=True)
    schedule_recurrence = models.CharField(
        _("återkommer"),
        max_length=150,
        blank=True,
        help_text=_("Till exempel ”4 ggr/år” eller ”en gång i månaden”."),
    )
    schedule_text = models.CharField(
        _("tidplan i fritext"), max_length=200, blank=True, help_text=_("Till exempel ”Under våren 2020”.")
    )
    follows_up_t1 = models.BooleanField(_("följs upp i T1"), default=False)
    follows_up_t2 = models.BooleanField(_("följs upp i T2"), default=False)
    follows_up_vb = models.BooleanField(_("följs upp i VB"), default=False)
    indicator = models.CharField(
        _("indikator"),
        max_length=300,
        blank=True,
        help_text=_("Till exempel ”antal medarbetare som genomgått utbildningen”."),
    )
    target = models.CharField(_("mål"), max_length=200, blank=True)
    # A measured value shown next to the indicator (varna/plans/indicators.py), e.g.
    # "training:course:12": a course's completion rate.
    indicator_source = models.CharField(  # noqa: DJ001 - None: not linked to any source
        _("mätt indikator"),
        max_length=100,
        null=True,
        blank=True,
        help_text=_("Ett värde som Värna räknar fram, till exempel andelen som genomgått en utbildning."),
    )
    finding = models.CharField(
        _("svarar mot iakttagelse i lägesbilden"),
        max_length=300,
        blank=True,
        help_text=_("Vilken iakttagelse i lägesbilden aktiviteten svarar mot."),
    )
    other_actors = models.CharField(_("övriga aktörer"), max_length=300, blank=True)
    status_note = models.TextField(_("status enligt planen"), blank=True)
    copied_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
        verbose_name=_("kopierad från"),
    )

    class Meta:
        verbose_name = _("aktivitet")
        verbose_name_plural = _("aktiviteter")
        ordering = ["plan", "group", "order", "pk"]

    def __str__(self) -> str:
        return self.description[:80]

    @property
    def administration_id(self) -> int:
        return self.plan.administration_id

    def clean(self) -> None:
        if self.schedule_start and self.schedule_end and self.schedule_end < self.schedule_start:
            raise ValidationError({"schedule_end": _("Slutdatumet kan inte vara före startdatumet.")})
        if self.schedule_end and not self.schedule_start:
            raise ValidationError({"schedule_start": _("Ange ett startdatum när du anger ett slutdatum.")})

    @property
    def occasions(self) -> list[str]:
        flags = (
            (Occasion.T1, self.follows_up_t1),
            (Occasion.T2, self.follows_up_t2),
            (Occasion.VB, self.follows_up_vb),
        )
        return [str(occasion) for occasion, on in flags if on]

    def follows_up_at(self, occasion: str) -> bool:
        return occasion in self.occasions

    @property
    def schedule_display(self) -> str:
        parts = []
        if self.schedule_start:
            end = f" – {self.schedule_end.isoformat()}" if self.schedule_end else ""
            parts.append(f"{self.schedule_start.isoformat()}{end}")
        parts += [p for p in (self.schedule_recurrence, self.schedule_text) if p]
        return ", ".join(parts)

    @property
    def responsible_display(self) -> str:
        unit = (
            f" ({self.responsible_unit.name})" if self.responsible_unit_id and self.responsible_unit else ""
        )
        return f"{self.responsible_role}{unit}"

    @property
    def is_recurring(self) -> bool:
        """Whether the activity goes on year after year: a recurrence, or dates over a whole year."""
        if self.schedule_recurrence:
            return True
        start, end = self.schedule_start, self.schedule_end
        return bool(start and end and (end - start) >= datetime.timedelta(days=364))


class FollowUp(models.Model):
    """What was reported on one activity at one occasion (T1, T2, VB)."""

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("aktivitet")
    )
    occasion = models.CharField(_("uppföljningstillfälle"), max_length=2, choices=Occasion.choices)
    status = models.CharField(_("status"), max_length=16, choices=FollowUpStatus.choices)
    comment = models.TextField(_("kommentar"), blank=True)
    indicator_value = models.CharField(_("indikatorns värde"), max_length=100, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("rapporterad av"),
    )
    recorded_at = models.DateTimeField(_("rapporterad"), auto_now=True)

    class Meta:
        verbose_name = _("uppföljning")
        verbose_name_plural = _("uppföljningar")
        ordering = ["activity", "occasion"]
        constraints = [
            models.UniqueConstraint(fields=["activity", "occasion"], name="unique_follow_up_occasion")
        ]

    def __str__(self) -> str:
        return f"{self.occasion}: {self.get_status_display()}"

    @property
    def administration_id(self) -> int:
        return self.activity.plan.administration_id


class SectionTemplate(models.Model):
    """A section every new plan starts with; the central coordinator keeps these texts."""

    kind = models.CharField(_("typ av avsnitt"), max_length=20, choices=SectionKind.choices)
    heading = models.CharField(_("rubrik"), max_length=200)
    text = models.TextField(_("text"), blank=True, help_text=_("Stycken skiljs åt med en tom rad."))
    order = models.PositiveIntegerField(_("ordning"), default=0)

    class Meta:
        verbose_name = _("mallavsnitt")
        verbose_name_plural = _("mall för handlingsplaner")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.heading


class FollowUpReminder(models.Model):
    """A reminder already sent, so that a daily cron run sends each reminder once."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("plan"))
    occasion = models.CharField(_("uppföljningstillfälle"), max_length=2, choices=Occasion.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("mottagare")
    )
    days_before = models.PositiveSmallIntegerField(_("dagar före"))
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("påminnelse")
        verbose_name_plural = _("påminnelser")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "occasion", "recipient", "days_before"], name="unique_follow_up_reminder"
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan} {self.occasion} ({self.days_before})"
