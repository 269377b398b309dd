"""Choices of the reports app: the fixed lists that statistics depend on."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferenceKind(models.TextChoices):
    """The reference lists the system administrator edits."""

    ENVIRONMENT = "environment", _("Miljö")
    EVENT_TYPE = "event_type", _("Typ av händelse")
    SETTING = "setting", _("Sammanhang")
    ACTION = "action", _("Vad som har gjorts")


class AgeGroup(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18 år")
    AGE_18_20 = "18_20", _("18–20 år")
    AGE_21_PLUS = "21_plus", _("21 år och äldre")
    UNKNOWN = "unknown", _("Okänd ålder")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Datum")
    MONTH = "month", _("Bara månad")


class Source(models.TextChoices):
    """Where an event comes from. Reports from staff come through the form or the API."""

    REPORT = "report", _("Rapport från medarbetare")
    IA = "ia", _("Incidentrapport (IA)")
    POLICE = "police", _("Polisen")
    OTHER = "other", _("Annan källa")


class Status(models.TextChoices):
    NEW = "new", _("Ny")
    IN_REVIEW = "in_review", _("Under granskning")
    CLOSED = "closed", _("Avslutad")


# The review lifecycle: which status may follow which (checked by the services).
ALLOWED_STATUS_CHANGES: dict[str, set[str]] = {
    Status.NEW: {Status.IN_REVIEW, Status.CLOSED},
    Status.IN_REVIEW: {Status.CLOSED},
    Status.CLOSED: {Status.IN_REVIEW},
}


class Classification(models.TextChoices):
    UNCLASSIFIED = "unclassified", _("Ej bedömd")
    VBE = "vbe", _("Kopplad till VBE")
    NOT_VBE = "not_vbe", _("Inte kopplad till VBE")
    UNCLEAR = "unclear", _("Oklart")


class ImportKind(models.TextChoices):
    IA = "ia", _("Incidentrapporter (IA)")
    POLICE = "police", _("Information från polisen")
    GRAFFITI = "graffiti", _("Klotter per område och period")


class ImportStatus(models.TextChoices):
    PREVIEW = "preview", _("Förhandsgranskning")
    IMPORTED = "imported", _("Importerad")
    CANCELLED = "cancelled", _("Avbruten")


class RoutineStepKind(models.TextChoices):
    """The steps of the routine on concern or incident, in the order the guided flow asks."""

    ACUTE = "acute", _("Akut fara")
    POLICE_TIP = "police_tip", _("Tips till polisen")
    CHILD = "child", _("Barn eller ung under 18 år")
    MANAGER = "manager", _("Berätta för chefen")
    SUPPORT = "support", _("Stöd till yrkesverksamma")
    LEAVE = "leave", _("Någon vill lämna en miljö")
    REPORT = "report", _("Rapportera till samordnaren")
