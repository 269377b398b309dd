"""Choices of the surveys app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Ett val")
    MULTIPLE = "multiple", _("Flera val")
    SCALE = "scale", _("Skala")
    NUMBER = "number", _("Antal")
    TEXT = "text", _("Fritext")


CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)


class ReferenceList(models.TextChoices):
    """Choices taken from a reference list of the reports, so that survey and reports count alike."""

    NONE = "", _("Egna svarsalternativ")
    ENVIRONMENT = "environment", _("Miljöer (som i rapporterna)")
    EVENT_TYPE = "event_type", _("Typer av händelser (som i rapporterna)")


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Öppen")
    CLOSED = "closed", _("Stängd")


# An anonymous round's results, and any round's results outside its administration, are shown
# only when at least this many units have answered: fewer would point out a unit's manager.
MIN_UNITS_FOR_RESULTS = 3
