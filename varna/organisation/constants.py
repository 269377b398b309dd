"""Choices of the organisation app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AdministrationKind(models.TextChoices):
    DISTRICT = "district", _("Stadsdelsförvaltning")
    SPECIALIST = "specialist", _("Fackförvaltning")
    EXECUTIVE_OFFICE = "executive_office", _("Stadsledningskontor")


class Role(models.TextChoices):
    EMPLOYEE = "employee", _("Medarbetare")
    UNIT_MANAGER = "unit_manager", _("Enhetschef")
    COORDINATOR = "coordinator", _("Samordnare")
    CENTRAL_COORDINATOR = "central_coordinator", _("Central samordnare")
    GRANTS_OFFICER = "grants_officer", _("Handläggare föreningsbidrag")
    COMMITTEE_VIEWER = "committee_viewer", _("Nämnd/förtroendevald")
    ADMIN = "admin", _("Systemförvaltare")


class RoleGrantStatus(models.TextChoices):
    PENDING = "pending", _("Väntar på bekräftelse")
    CONFIRMED = "confirmed", _("Bekräftad")
    REJECTED = "rejected", _("Avvisad")
