"""Training: courses with a target, staff per unit, completions (pseudonymous), imports, events.

No person is stored by name or by the employee id of the learning portal: a completion holds only
an HMAC of the id (`varna.training.pseudonyms`), enough to count each person once per course.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration, Unit
from varna.training.constants import CourseKind, EventKind, ImportKind, ImportStatus


class Course(models.Model):
    """A course staff take; city-wide (no administration) or an administration's own."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="training_courses",
        verbose_name=_("förvaltning"),
        help_text=_("Lämna tomt för en kurs i hela staden."),
    )
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("typ"), max_length=16, choices=CourseKind.choices, default=CourseKind.OTHER)
    description = models.TextField(_("beskrivning"), blank=True)
    portal_names = models.CharField(
        _("namn i utbildningsportalen"),
        max_length=500,
        blank=True,
        help_text=_("Andra namn som kursen har i filer från utbildningsportalen, åtskilda med semikolon."),
    )
    target_percent = models.PositiveSmallIntegerField(
        _("mål (procent av personalen)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    target_date = models.DateField(
        _("mål senast"),
        null=True,
        blank=True,
        help_text=_("Lämna tomt: målet gäller den 31 december varje år."),
    )
    active = models.BooleanField(_("aktiv"), default=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        verbose_name = _("kurs")
        verbose_name_plural = _("kurser")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["administration", "name"], name="unique_training_course_name")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_city_wide(self) -> bool:
        return self.administration_id is None

    def names(self) -> list[str]:
        return [self.name, *(part.strip() for part in self.portal_names.split(";") if part.strip())]

    def target_day(self, year: int) -> datetime.date:
        if self.target_date and self.target_date.year == year:
            return self.target_date
        return datetime.date(year, 12, 31)


class TrainingImport(models.Model):
    """One uploaded file. Until its columns are chosen the file is kept only encrypted, with a key
    the server does not keep (it travels in the user's form); afterwards the file is dropped."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        related_name="training_imports",
        verbose_name=_("förvaltning"),
    )
    kind = models.CharField(_("innehåll"), max_length=16, choices=ImportKind.choices)
    file_name = models.CharField(_("fil"), max_length=200)
    status = models.CharField(
        _("status"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    sealed_file = models.BinaryField(_("krypterad fil"), blank=True, default=b"", editable=False)
    row_count = models.PositiveIntegerField(_("rader i filen"), default=0)
    created_count = models.PositiveIntegerField(_("nya"), default=0)
    updated_count = models.PositiveIntegerField(_("ändrade"), default=0)
    duplicate_count = models.PositiveIntegerField(_("dubbletter"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uppladdad av"),
    )
    created_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    imported_at = models.DateTimeField(_("importerad"), null=True, blank=True)

    class Meta:
        verbose_name = _("import av utbildningsuppgifter")
        verbose_name_plural = _("importer av utbildningsuppgifter")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.file_name


class ColumnMapping(models.Model):
    """The columns chosen last time, per administration and kind of file: field -> heading."""

    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="+", verbose_name=_("förvaltning")
    )
    kind = models.CharField(_("innehåll"), max_length=16, choices=ImportKind.choices)
    columns = models.JSONField(_("kolumner"), default=dict)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("kolumnval")
        verbose_name_plural = _("kolumnval")
        constraints = [
            models.UniqueConstraint(fields=["administration", "kind"], name="unique_training_column_mapping")
        ]

    def __str__(self) -> str:
        return f"{self.administration}: {self.get_kind_display()}"


class Headcount(models.Model):
    """The number of staff of a unit on a day: the denominator of the completion rate."""

    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="+", verbose_name=_("förvaltning")
    )
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+", verbose_name=_("enhet"))
    as_of = models.DateField(_("per datum"))
    staff = models.PositiveIntegerField(_("antal anställda"))
    training_import = models.ForeignKey(
        TrainingImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("antal anställda")
        verbose_name_plural = _("antal anställda")
        ordering = ["unit", "-as_of"]
        constraints = [models.UniqueConstraint(fields=["unit", "as_of"], name="unique_training_headcount")]

    def __str__(self) -> str:
        return f"{self.unit}: {self.staff} ({self.as_of})"


class Completion(models.Model):
    """One person's completion of one course, counted once: the person only as a pseudonym."""

    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="+", verbose_name=_("förvaltning")
    )
    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="completions", verbose_name=_("kurs")
    )
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+", verbose_name=_("enhet"))
    pseudonym = models.CharField(_("pseudonym"), max_length=64)
    completed_on = models.DateField(_("genomförd"))
    training_import = models.ForeignKey(
        TrainingImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("genomförd utbildning")
        verbose_name_plural = _("genomförda utbildningar")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "administration", "pseudonym"], name="unique_training_completion"
            )
        ]
        indexes = [models.Index(fields=["administration", "course", "completed_on"])]

    def __str__(self) -> str:
        return f"{self.course}: {self.completed_on}"


class TrainingEvent(models.Model):
    """A workshop or lecture held for staff, with attendance and evaluation."""

    administration = models.ForeignKey(
        Administration,
        on_delete=models.CASCADE,
        related_name="training_events",
        verbose_name=_("förvaltning"),
    )
    kind = models.CharField(_("typ"), max_length=16, choices=EventKind.choices, default=EventKind.WORKSHOP)
    title = models.CharField(_("rubrik"), max_length=200)
    held_on = models.DateField(_("datum"))
    audience = models.CharField(
        _("målgrupp"), max_length=300, blank=True, help_text=_("Till exempel ”chefer och kuratorer”.")
    )
    organiser = models.CharField(
        _("arrangör"),
        max_length=300,
        blank=True,
        help_text=_("En förvaltning, enhet eller roll, inte ett namn."),
    )
    attendance = models.PositiveIntegerField(_("antal deltagare"), null=True, blank=True)
    evaluation_score = models.DecimalField(
        _("utvärdering (1–5)"),
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("Deltagarnas medelbetyg på en skala från 1 till 5."),
    )
    comments = models.TextField(
        _("kommentarer från utvärderingen"),
        blank=True,
        help_text=_("Skriv inga namn eller andra uppgifter som kan peka ut en person."),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        verbose_name = _("utbildningstillfälle")
        verbose_name_plural = _("utbildningstillfällen")
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return self.title
