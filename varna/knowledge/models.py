"""The knowledge bank: guidance pages with their versions and attachments, and the catalogue of
symbols and signs that employees recognise and report.

Pages and symbols belong to an administration, or to the whole city when `administration` is
empty (written by the central coordinator). Texts pass the de-identification check in the
services like every other free text; a symbol's image is re-encoded by the app (no metadata, no
photo of a person) and served by a view, never from a public directory.
"""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.knowledge.constants import PageKind, PageStatus, Prevalence, SeenOn
from varna.organisation.models import Administration
from varna.reports.constants import ReferenceKind
from varna.reports.models import ReferenceItem

REVIEW_INTERVAL = datetime.timedelta(days=365)


def _stored_name(prefix: str, extension: str) -> str:
    # A generated name: the uploaded name never reaches the file system.
    return f"knowledge/{prefix}/{uuid.uuid4().hex}.{extension}"


def attachment_path(instance: Attachment, filename: str) -> str:
    return _stored_name("attachments", instance.extension)


def symbol_image_path(instance: Symbol, filename: str) -> str:
    return _stored_name("symbols", "png")


class Owned(models.Model):
    """What pages and symbols share: whose it is, whether it is current, who keeps it."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("förvaltning"),
        help_text=_("Tomt: gäller hela staden."),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("ansvarig"),
        help_text=_("Den som håller innehållet aktuellt."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=PageStatus.choices, default=PageStatus.DRAFT
    )
    reviewed_on = models.DateField(_("senast granskad"), default=timezone.localdate)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == PageStatus.PUBLISHED

    @property
    def visible_to_all(self) -> bool:
        """Published: everyone signed in may know it exists (403, not 404, where they may not edit)."""
        return self.is_published

    @property
    def review_due(self) -> bool:
        return self.reviewed_on + REVIEW_INTERVAL < timezone.localdate()


class Page(Owned):
    title = models.CharField(_("rubrik"), max_length=200)
    kind = models.CharField(
        _("typ av sida"), max_length=16, choices=PageKind.choices, default=PageKind.GUIDANCE
    )
    summary = models.CharField(
        _("sammanfattning"),
        max_length=300,
        blank=True,
        help_text=_("En mening som visas i listor och sökträffar."),
    )
    body = models.TextField(
        _("text"),
        help_text=_(
            "Markdown: **fet**, *kursiv*, rubriker med #, listor med -, länkar som [text](https://…)."
        ),
    )
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("sida")
        verbose_name_plural = _("sidor")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class PageVersion(models.Model):
    """A page as it read after each save: versions are kept, never edited."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="versions", verbose_name=_("sida"))
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("rubrik"), max_length=200)
    summary = models.CharField(_("sammanfattning"), max_length=300, blank=True)
    body = models.TextField(_("text"))
    status = models.CharField(_("status"), max_length=16, choices=PageStatus.choices)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sparad av"),
    )
    saved_at = models.DateTimeField(_("sparad"), auto_now_add=True)

    class Meta:
        verbose_name = _("version av sida")
        verbose_name_plural = _("versioner av sidor")
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["page", "number"], name="unique_page_version")]

    def __str__(self) -> str:
        return f"{self.title} ({self.number})"

    @property
    def administration_id(self) -> int | None:
        return self.page.administration_id


class Attachment(models.Model):
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("sida")
    )
    file = models.FileField(_("fil"), upload_to=attachment_path)
    name = models.CharField(_("filnamn"), max_length=200, help_text=_("Det uppladdade namnet, rensat."))
    extension = models.CharField(max_length=8)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("storlek i byte"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("av")
    )
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)

    class Meta:
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def administration_id(self) -> int | None:
        return self.page.administration_id

    @property
    def visible_to_all(self) -> bool:
        return self.page.is_published


class Symbol(Owned):
    """A symbol or sign: what it looks like, what it means, where it is seen, what to do."""

    name = models.CharField(_("namn"), max_length=120)
    environment = models.ForeignKey(
        ReferenceItem,
        on_delete=models.PROTECT,
        limit_choices_to={"kind": ReferenceKind.ENVIRONMENT},
        related_name="symbols",
        verbose_name=_("miljö"),
    )
    image = models.FileField(_("bild"), upload_to=symbol_image_path, blank=True)
    image_alt = models.CharField(
        _("bildbeskrivning"),
        max_length=300,
        blank=True,
        help_text=_("Vad bilden visar, för den som inte ser den. Krävs när det finns en bild."),
    )
    meaning = models.TextField(_("vad den betyder"))
    seen_on = models.JSONField(_("var den syns"), default=list, blank=True)
    prevalence = models.CharField(
        _("hur vanlig här"), max_length=16, choices=Prevalence.choices, default=Prevalence.UNKNOWN
    )
    what_to_do = models.TextField(
        _("vad du ska göra"),
        blank=True,
        help_text=_("Till exempel: ta bort eller anmäl klotter, rapportera i Värna, prata med din chef."),
    )

    # The reports in which the reporter said they saw this symbol: the id, never a photo. Declared
    # here, not on Report, because knowledge sits above reports; the table is still reports'.
    reports = models.ManyToManyField(
        "reports.Report",
        related_name="symbols",
        blank=True,
        editable=False,
        db_table="reports_report_symbols",
        verbose_name=_("rapporter"),
    )

    class Meta:
        verbose_name = _("symbol")
        verbose_name_plural = _("symboler")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.image and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Beskriv vad bilden visar, för den som inte ser den.")})
        unknown = set(self.seen_on) - set(SeenOn.values)
        if unknown:
            raise ValidationError({"seen_on": _("Ogiltigt val.")})

    def seen_on_labels(self) -> list[str]:
        labels = dict(SeenOn.choices)
        return [str(labels[code]) for code in self.seen_on if code in labels]
