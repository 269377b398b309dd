"""Choices of the associations app: documents, the screening checklist, the grant lifecycle."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class DocumentKind(models.TextChoices):
    STATUTES = "statutes", _("Stadgar")
    ACTIVITY_PLAN = "activity_plan", _("Verksamhetsplan")
    ANNUAL_REPORT = "annual_report", _("Verksamhetsberättelse och ekonomisk redovisning")


class AppliesTo(models.TextChoices):
    BOTH = "both", _("Bidrag och lokaler")
    GRANTS = "grants", _("Bara föreningsbidrag")
    PREMISES = "premises", _("Bara upplåtelse av lokaler")


class CheckResult(models.TextChoices):
    NOT_CHECKED = "not_checked", _("Inte kontrollerat")
    FULFILLED = "fulfilled", _("Uppfyllt")
    NOT_FULFILLED = "not_fulfilled", _("Inte uppfyllt")


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("Inkommen")
    SCREENING = "screening", _("Under granskning")
    AWAITING_CONFIRMATION = "awaiting_confirmation", _("Beslut väntar på bekräftelse")
    GRANTED = "granted", _("Beviljad")
    DENIED = "denied", _("Avslagen")
    STOPPED = "stopped", _("Utbetalning stoppad")


class Outcome(models.TextChoices):
    GRANTED = "granted", _("Bevilja")
    DENIED = "denied", _("Avslå")
    STOPPED = "stopped", _("Stoppa utbetalning")


class DecisionState(models.TextChoices):
    PROPOSED = "proposed", _("Väntar på bekräftelse")
    IN_EFFECT = "in_effect", pgettext_lazy("beslut", "Gäller")
    REJECTED = "rejected", _("Inte bekräftat")


# The lifecycle of a grant application (STYLE.md §5): the services refuse any other change.
# A decision awaiting a second officer's confirmation goes back where it came from if rejected.
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    ApplicationStatus.RECEIVED: frozenset({ApplicationStatus.SCREENING}),
    ApplicationStatus.SCREENING: frozenset(
        {ApplicationStatus.AWAITING_CONFIRMATION, ApplicationStatus.GRANTED, ApplicationStatus.DENIED}
    ),
    ApplicationStatus.AWAITING_CONFIRMATION: frozenset(
        {
            ApplicationStatus.GRANTED,
            ApplicationStatus.DENIED,
            ApplicationStatus.STOPPED,
            ApplicationStatus.SCREENING,
        }
    ),
    ApplicationStatus.GRANTED: frozenset(
        {ApplicationStatus.AWAITING_CONFIRMATION, ApplicationStatus.STOPPED}
    ),
    ApplicationStatus.DENIED: frozenset(),
    ApplicationStatus.STOPPED: frozenset(),
}
# Which decisions may be taken from which status.
OUTCOMES_FROM: dict[str, frozenset[str]] = {
    ApplicationStatus.SCREENING: frozenset({Outcome.GRANTED, Outcome.DENIED}),
    ApplicationStatus.GRANTED: frozenset({Outcome.STOPPED}),
}
DECIDED = (ApplicationStatus.GRANTED, ApplicationStatus.DENIED, ApplicationStatus.STOPPED)


class FollowUpKind(models.TextChoices):
    REGULAR = "regular", _("Uppföljning av bidraget under året")
    VBE_CONTROL = "vbe_control", _("Kontrollåtgärd för våldsbejakande extremism")


class FollowUpOutcome(models.TextChoices):
    NO_REMARKS = "no_remarks", _("Utan anmärkning")
    REMARKS = "remarks", _("Med anmärkning")
    STOP_RECOMMENDED = "stop_recommended", _("Föreslår att utbetalningen stoppas")


class TenantKind(models.TextChoices):
    ASSOCIATION = "association", _("Förening")
    INDIVIDUAL = "individual", _("Enskild")


class LettingStatus(models.TextChoices):
    RECEIVED = "received", _("Inkommen")
    SCREENING = "screening", _("Under granskning")
    GRANTED = "granted", _("Beviljad")
    DENIED = "denied", _("Avslagen")


LETTING_TRANSITIONS: dict[str, frozenset[str]] = {
    LettingStatus.RECEIVED: frozenset({LettingStatus.SCREENING}),
    LettingStatus.SCREENING: frozenset({LettingStatus.GRANTED, LettingStatus.DENIED}),
    LettingStatus.GRANTED: frozenset(),
    LettingStatus.DENIED: frozenset(),
}
