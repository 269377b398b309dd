"""Choices of the training app: kinds of course, of import and of event."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CourseKind(models.TextChoices):
    BASIC_WEB = "basic_web", _("Webbaserad grundutbildning om VBE")
    ADVANCED = "advanced", _("Fördjupningsutbildning om vit makt-miljön")
    OTHER = "other", _("Annan utbildning")


class ImportKind(models.TextChoices):
    HEADCOUNTS = "headcounts", _("Antal anställda per enhet")
    COMPLETIONS = "completions", _("Genomförda utbildningar")


class ImportStatus(models.TextChoices):
    # Uploaded and sealed (encrypted) until the user has chosen the columns.
    PENDING = "pending", _("Väntar på kolumnval")
    IMPORTED = "imported", _("Importerad")
    CANCELLED = "cancelled", _("Avbruten")


class EventKind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    LECTURE = "lecture", _("Föreläsning")
    OTHER = "other", _("Annat utbildningstillfälle")


# A unit is lagging when its share is this many percentage points below the administration's.
LAG_MARGIN = 10
