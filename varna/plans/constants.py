"""Choices of the action-plan app: plan status, sections, activity groups, follow-up."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Utkast")
    SUBMITTED = "submitted", _("Överlämnad till nämnden")
    ADOPTED = "adopted", _("Antagen av nämnden")
    APPROVED = "approved", _("Godkänd av kommunstyrelsen")


# The plan's lifecycle. Only a draft can be changed; a submitted plan can be taken back to draft
# before the committee decides. Changing an adopted plan means a new version (a new draft).
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    PlanStatus.DRAFT: frozenset({PlanStatus.SUBMITTED}),
    PlanStatus.SUBMITTED: frozenset({PlanStatus.DRAFT, PlanStatus.ADOPTED}),
    PlanStatus.ADOPTED: frozenset({PlanStatus.APPROVED}),
    PlanStatus.APPROVED: frozenset(),
}

# Plans in force: they are followed up and may get a new version.
IN_FORCE = frozenset({PlanStatus.ADOPTED, PlanStatus.APPROVED})


class SectionKind(models.TextChoices):
    INTRODUCTION = "introduction", _("Inledning och syfte")
    RESPONSIBILITY = "responsibility", _("Ansvar och samverkan")
    SITUATION = "situation", _("Lokal lägesbild")
    ANALYSIS = "analysis", _("Analys")
    PREVENTIVE = "preventive", _("Förebyggande arbete")
    PREVENTS_ACTS = "prevents_acts", _("Förhindrande arbete")
    ASSOCIATIONS = "associations", _("Föreningsbidrag och upplåtande av lokaler")
    TRAINING = "training", _("Kompetenshöjande insatser")
    FOLLOW_UP = "follow_up", _("Uppföljning")
    PREVIOUS_YEAR = "previous_year", _("Föregående års aktiviteter")
    OTHER = "other", _("Övrigt")


class ActivityGroup(models.TextChoices):
    PREVENTIVE_UNIVERSAL = "preventive_universal", _("Förebyggande arbete – universell nivå")
    PREVENTIVE_SELECTIVE = "preventive_selective", _("Förebyggande arbete – selektiv nivå")
    PREVENTIVE_INDICATED = "preventive_indicated", _("Förebyggande arbete – indikerad nivå")
    PREVENTS_ACTS = "prevents_acts", _("Förhindrande arbete")
    ASSOCIATIONS = "associations", _("Föreningsbidrag och upplåtande av lokaler")
    TRAINING = "training", _("Kompetenshöjande insatser")
    COORDINATION = "coordination", _("Samordning och nätverk")


# Where each group's activity table stands in the plan and its documents: after the last
# section of this kind (as in the seed plans), or in a closing "Aktiviteter" chapter if the plan
# has no such section.
GROUP_SECTION: dict[str, str] = {
    ActivityGroup.PREVENTIVE_UNIVERSAL: SectionKind.PREVENTIVE,
    ActivityGroup.PREVENTIVE_SELECTIVE: SectionKind.PREVENTIVE,
    ActivityGroup.PREVENTIVE_INDICATED: SectionKind.PREVENTIVE,
    ActivityGroup.PREVENTS_ACTS: SectionKind.PREVENTS_ACTS,
    ActivityGroup.ASSOCIATIONS: SectionKind.ASSOCIATIONS,
    ActivityGroup.TRAINING: SectionKind.TRAINING,
    ActivityGroup.COORDINATION: SectionKind.RESPONSIBILITY,
}


class Occasion(models.TextChoices):
    T1 = "T1", _("Tertialrapport 1")
    T2 = "T2", _("Tertialrapport 2")
    VB = "VB", _("Verksamhetsberättelse")


# Last day of the period each occasion reports on, as (month, day) of the plan's year.
PERIOD_END: dict[str, tuple[int, int]] = {
    Occasion.T1: (4, 30),
    Occasion.T2: (8, 31),
    Occasion.VB: (12, 31),
}


class FollowUpStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Ej påbörjad")
    ONGOING = "ongoing", _("Pågående")
    DONE = "done", _("Genomförd")
    CANCELLED = "cancelled", _("Inställd/ej genomförd")


# How the overview classifies an activity at one occasion.
class Progress(models.TextChoices):
    DONE = "done", _("Genomförda")
    ONGOING = "ongoing", _("Pågående")
    NOT_STARTED = "not_started", _("Ej påbörjade")
    LATE = "late", _("Försenade")
    CANCELLED = "cancelled", _("Inställda")
    NOT_REPORTED = "not_reported", _("Ej rapporterade")
