"""De-identified reports, the events of other sources, and the routine on concern.

Nothing here may identify a person: free text is checked by varna.deid in the services before
it is saved, places are areas from the administration's list (never an address), ages are
groups. The reporter is kept only so that they can see their own reports and, if they ask for
it, be contacted.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration, Area, Municipality, Unit
from varna.reports.constants import (
    AgeGroup,
    Classification,
    DatePrecision,
    ImportKind,
    ImportStatus,
    ReferenceKind,
    RoutineStepKind,
    Source,
    Status,
)


class ReferenceItemQuerySet(models.QuerySet["ReferenceItem"]):
    def of_kind(self, kind: str) -> ReferenceItemQuerySet:
        return self.filter(kind=kind, active=True)


class ReferenceItem(models.Model):
    """One entry of a reference list (environments, event types, settings, actions)."""

    kind = models.CharField(_("lista"), max_length=32, choices=ReferenceKind.choices)
    code = models.SlugField(_("kod"), max_length=64, help_text=_("Stabil kod för API och statistik."))
    label = models.CharField(_("benämning"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    active = models.BooleanField(
        _("aktiv"),
        default=True,
        help_text=_("Inaktiva val visas inte i formuläret men finns kvar i statistiken."),
    )

    objects = ReferenceItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("referensval")
        verbose_name_plural = _("referenslistor")
        ordering = ["kind", "order", "label"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="unique_reference_code")]

    def __str__(self) -> str:
        return self.label


class ImportBatch(models.Model):
    """One uploaded file of another source: validated as a whole, previewed, then imported at once."""

    administration = models.ForeignKey(
        Administration, on_delete=models.PROTECT, related_name="import_batches", verbose_name=_("förvaltning")
    )
    kind = models.CharField(_("källa"), max_length=16, choices=ImportKind.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.PREVIEW
    )
    file_name = models.CharField(_("filnamn"), max_length=200)
    row_count = models.PositiveIntegerField(_("antal rader"), default=0)
    # The validated, de-identified rows waiting for the coordinator's confirmation.
    rows = models.JSONField(_("rader"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("uppladdad av"),
    )
    created_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    imported_at = models.DateTimeField(_("importerad"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("importer")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.file_name}"


class ReportQuerySet(models.QuerySet["Report"]):
    def with_lists(self) -> ReportQuerySet:
        return self.select_related("administration", "unit", "area", "setting").prefetch_related(
            "environments", "event_types", "actions"
        )


class Report(models.Model):
    """A de-identified report of a concern or an event, or an event from another source."""

    reference = models.CharField(_("referens"), max_length=16, unique=True, editable=False)
    administration = models.ForeignKey(
        Administration, on_delete=models.PROTECT, related_name="reports", verbose_name=_("förvaltning")
    )
    unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("enhet"),
    )
    area = models.ForeignKey(
        Area,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("område"),
        help_text=_("Stadsdel eller område, aldrig en adress."),
    )
    event_date = models.DateField(_("när det hände"))
    date_precision = models.CharField(
        _("datumets precision"), max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    environments = models.ManyToManyField(
        ReferenceItem,
        related_name="reports_by_environment",
        blank=True,
        limit_choices_to={"kind": ReferenceKind.ENVIRONMENT},
        verbose_name=_("miljöer"),
    )
    event_types = models.ManyToManyField(
        ReferenceItem,
        related_name="reports_by_event_type",
        blank=True,
        limit_choices_to={"kind": ReferenceKind.EVENT_TYPE},
        verbose_name=_("typer av händelse"),
    )
    # `symbols`, the knowledge bank's symbols the reporter saw, is declared on knowledge.Symbol
    # (`Symbol.reports`), since knowledge sits above reports; `report.symbols` works as before.
    age_group = models.CharField(
        _("åldersgrupp"), max_length=16, choices=AgeGroup.choices, default=AgeGroup.UNKNOWN
    )
    setting = models.ForeignKey(
        ReferenceItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reports_by_setting",
        limit_choices_to={"kind": ReferenceKind.SETTING},
        verbose_name=_("sammanhang"),
    )
    actions = models.ManyToManyField(
        ReferenceItem,
        related_name="reports_by_action",
        blank=True,
        limit_choices_to={"kind": ReferenceKind.ACTION},
        verbose_name=_("vad som har gjorts"),
    )
    description = models.TextField(_("beskrivning"), blank=True)
    contact_requested = models.BooleanField(_("vill bli kontaktad av samordnaren"), default=False)
    source = models.CharField(_("källa"), max_length=16, choices=Source.choices, default=Source.REPORT)
    import_batch = models.ForeignKey(
        ImportBatch,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("import"),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submitted_reports",
        verbose_name=_("rapporterad av"),
    )
    submitted_at = models.DateTimeField(_("inkommen"), auto_now_add=True, db_index=True)

    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NEW)
    classification = models.CharField(
        _("bedömning"), max_length=16, choices=Classification.choices, default=Classification.UNCLASSIFIED
    )
    first_opened_at = models.DateTimeField(_("först öppnad"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("granskad av"),
    )
    reviewed_at = models.DateTimeField(_("granskad"), null=True, blank=True)
    closed_at = models.DateTimeField(_("avslutad"), null=True, blank=True)
    linked = models.ManyToManyField(
        "self", symmetrical=True, blank=True, verbose_name=_("gäller samma händelse som")
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("rapport")
        verbose_name_plural = _("rapporter")
        ordering = ["-submitted_at"]
        indexes = [
            models.Index(fields=["administration", "event_date"], name="report_adm_date"),
            models.Index(fields=["administration", "status"], name="report_adm_status"),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_new(self) -> bool:
        return self.first_opened_at is None


class ReportNote(models.Model):
    """The coordinator's internal note on a report; de-identified like every free text."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="notes", verbose_name=_("rapport")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("av")
    )
    text = models.TextField(_("anteckning"))
    created_at = models.DateTimeField(_("skriven"), auto_now_add=True)

    class Meta:
        verbose_name = _("anteckning")
        verbose_name_plural = _("anteckningar")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.report} {self.created_at:%Y-%m-%d}"


class GraffitiCount(models.Model):
    """Graffiti and stickers counted per area and period, e.g. by the traffic office."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.PROTECT,
        related_name="graffiti_counts",
        verbose_name=_("förvaltning"),
    )
    area = models.ForeignKey(
        Area, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("område")
    )
    period_start = models.DateField(_("från"))
    period_end = models.DateField(_("till"))
    count = models.PositiveIntegerField(_("antal"))
    environment = models.ForeignKey(
        ReferenceItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": ReferenceKind.ENVIRONMENT},
        verbose_name=_("miljö"),
        help_text=_("Om klottret kan knytas till en miljö."),
    )
    import_batch = models.ForeignKey(
        ImportBatch,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="graffiti_counts",
        verbose_name=_("import"),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)

    class Meta:
        verbose_name = _("klotter per område")
        verbose_name_plural = _("klotter per område")
        ordering = ["-period_start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="graffiti_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.area or self.administration}: {self.count}"


class RoutineStep(models.Model):
    """One step of the routine on concern or incident.

    The municipality's steps apply everywhere; an administration's step of the same kind
    replaces it there (e.g. its own social-services intake number for an orosanmälan).
    """

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="routine_steps", verbose_name=_("kommun")
    )
    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="routine_steps",
        verbose_name=_("förvaltning"),
        help_text=_("Tomt: gäller hela kommunen."),
    )
    kind = models.CharField(_("steg"), max_length=16, choices=RoutineStepKind.choices)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    question = models.CharField(
        _("fråga"), max_length=200, help_text=_("Frågan i den guidade rutinen, t.ex. ”Är någon i akut fara?”")
    )
    instruction = models.TextField(_("vad du ska göra"))
    phone = models.CharField(_("telefonnummer"), max_length=40, blank=True)
    phone_label = models.CharField(_("vem du ringer"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("steg i rutinen")
        verbose_name_plural = _("rutinen vid oro eller händelse")
        ordering = ["order", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "administration", "kind"], name="unique_routine_step"
            ),
            models.UniqueConstraint(
                fields=["municipality", "kind"],
                condition=models.Q(administration__isnull=True),
                name="unique_municipal_routine_step",
            ),
        ]

    def __str__(self) -> str:
        return self.get_kind_display()


class SubmissionToken(models.Model):
    """The one-time token of a report form that was sent: the same form sent again (a double
    click, the back button and "send" once more) shows the first receipt and stores nothing new.

    Only a hash of the token is kept; the unique constraint stops two concurrent posts of one
    form from both creating a report (the second waits for the first, then finds it).
    """

    token_hash = models.CharField(_("kontrollsumma"), max_length=64)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("inskickad av")
    )
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="+", verbose_name=_("rapport"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        verbose_name = _("engångsnyckel för rapportformulär")
        verbose_name_plural = _("engångsnycklar för rapportformulär")
        constraints = [
            models.UniqueConstraint(fields=["submitted_by", "token_hash"], name="unique_submission_token")
        ]

    def __str__(self) -> str:
        return f"{self.report_id}"
