"""The situation picture's written sections (a draft per administration and year) and its
frozen snapshots ("Fastställ"): the numbers and the text as they were on the day of the decision.

The figures themselves are never stored except in a snapshot: the live picture is counted from
the reports every time (statistics.py).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration


def split_paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


class Draft(models.Model):
    """The written sections an administration's coordinators are working on for a year."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        related_name="situation_drafts",
        verbose_name=_("förvaltning"),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    mapping = models.TextField(
        _("kartläggning"),
        blank=True,
        help_text=_("Vilka källor som använts och deras svarsfrekvens. Stycken skiljs åt med en tom rad."),
    )
    analysis = models.TextField(
        _("analys"),
        blank=True,
        help_text=_("Vad siffrorna säger om läget i förvaltningen. Stycken skiljs åt med en tom rad."),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ändrad av"),
    )
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("utkast till lägesbild")
        verbose_name_plural = _("utkast till lägesbilder")
        ordering = ["administration__name", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["administration", "year"], name="unique_situation_draft")
        ]

    def __str__(self) -> str:
        return f"{self.administration} {self.year}"


class Snapshot(models.Model):
    """A frozen situation picture: never changed after it is created.

    `figures` holds the exact numbers (what the administration's coordinators saw), `controlled`
    the disclosure-controlled ones of the same moment (what everyone else may see). Both are the
    JSON of `snapshots.figures_to_json`. `extra` is for sections other apps add later (survey,
    training, support log): a dict of named sections.
    """

    administration = models.ForeignKey(
        Administration,
        on_delete=models.PROTECT,
        related_name="situation_snapshots",
        verbose_name=_("förvaltning"),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    number = models.PositiveSmallIntegerField(
        _("nummer"), default=1, help_text=_("Fastställda lägesbilder räknas per förvaltning och år.")
    )
    period_start = models.DateField(_("från och med"))
    period_end = models.DateField(_("till och med"))
    mapping = models.TextField(_("kartläggning"), blank=True)
    analysis = models.TextField(_("analys"), blank=True)
    figures = models.JSONField(_("siffror"), default=dict)
    controlled = models.JSONField(_("röjandekontrollerade siffror"), default=dict)
    extra = models.JSONField(_("övriga avsnitt"), default=dict, blank=True)
    threshold = models.PositiveSmallIntegerField(_("gräns för röjandekontroll"))
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("fastställd av"),
    )
    frozen_by_name = models.CharField(_("fastställd av (namn)"), max_length=300, blank=True)
    frozen_at = models.DateTimeField(_("fastställd"))

    class Meta:
        verbose_name = _("fastställd lägesbild")
        verbose_name_plural = _("fastställda lägesbilder")
        ordering = ["administration__name", "-year", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["administration", "year", "number"], name="unique_situation_snapshot_number"
            )
        ]
        indexes = [models.Index(fields=["administration", "year"], name="situation_snapshot_adm_year")]

    def __str__(self) -> str:
        return f"{self.administration} {self.year} ({self.number})"

    @property
    def title(self) -> str:
        return str(_("Lägesbild %(year)s, fastställd version %(number)s")) % {
            "year": self.year,
            "number": self.number,
        }

    def mapping_paragraphs(self) -> list[str]:
        return split_paragraphs(self.mapping)

    def analysis_paragraphs(self) -> list[str]:
        return split_paragraphs(self.analysis)

    def data(self, *, exact: bool) -> dict[str, Any]:
        """The stored figures a reader may see: exact for the coordinators, else controlled."""
        return self.figures if exact else self.controlled

    def audit_summary(self) -> str:
        return f"{self.administration.name} {self.year} ({self.number})"


# The yearly summaries, the early warnings sent and the area maps (issue #5) live in modules of
# their own, with their behaviour; imported here so that Django registers them.
from varna.situation.maps import AreaMap  # noqa: E402, F401
from varna.situation.summary import ReportYearStamp, YearSummary  # noqa: E402, F401
from varna.situation.warnings import SentWarning  # noqa: E402, F401
