"""Choices of the support log: consultations in individual cases and the 24-hour routine."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

# Rutin 24 timmar: first contact with the city within 24 hours of the request, counted as
# elapsed time (a request at 10.00 the day before the spring DST change is due at 11.00 local).
FIRST_CONTACT_DEADLINE = datetime.timedelta(hours=24)
# Under this much time left, the inbox says the request is urgent (in words, not only colour).
URGENT_WITHIN = datetime.timedelta(hours=4)
# No median or other order statistic from fewer values than this: the median of three requests
# is one request's exact time (issue 21).
MIN_VALUES_FOR_ORDER_STATISTIC = 5


class Subject(models.TextChoices):
    """What a district administration, school or unit asked for support about."""

    CHILD_IN_EXTREMIST_ENVIRONMENT = "child_environment", _("Barn som växer upp i en extremistisk miljö")
    RADICALISATION = "radicalisation", _("Radikalisering")
    RETURNEE = "returnee", _("Återvändare")
    RELATIVE = "relative", _("Anhörig som söker stöd")
    WANTS_TO_LEAVE = "wants_to_leave", _("Vill lämna en miljö")
    THREAT_TO_STAFF = "threat_to_staff", _("Hot mot personal")
    OTHER = "other", _("Annat")


class SupportKind(models.TextChoices):
    """The support the coordinator gave (several may apply)."""

    ADVICE = "advice", _("Råd och konsultation")
    JOINT_MEETING = "joint_meeting", _("Gemensamt möte")
    REFERRAL_SIG = "referral_sig", _("Hänvisning till SIG eller avhopparverksamheten")
    REFERRAL_RELATIVES = "referral_relatives", _("Hänvisning till anhörigstöd")
    POLICE_CONTACT = "police_contact", _("Kontakt med polisen")


class Channel(models.TextChoices):
    """How a request to leave reached the city."""

    PHONE = "phone", _("Telefon")
    EMAIL = "email", _("E-post")
    IN_PERSON = "in_person", _("Besök")
    VIA_STAFF = "via_staff", _("Via personal")
    OTHER = "other", _("Annat")


class Requester(models.TextChoices):
    """Who asked: the person, a relative, or staff on the person's behalf."""

    SELF = "self", _("Personen själv")
    RELATIVE = "relative", _("En anhörig")
    STAFF = "staff", _("Personal för personens räkning")


class Leaving(models.TextChoices):
    """What the person wants to leave."""

    CRIMINAL = "criminal", _("En kriminell livsstil")
    VIOLENT_EXTREMISM = "violent_extremism", _("En våldsbejakande extremistisk miljö")
    UNKNOWN = "unknown", _("Oklart")


class ContactOutcome(models.TextChoices):
    """What came of the first contact (optional)."""

    MEETING = "meeting", _("Möte bokat")
    SOCIAL_SERVICES = "social_services", _("Lotsad till socialtjänsten i stadsdelen")
    SIG = "sig", _("Lotsad till SIG eller avhopparverksamheten")
    RELATIVES = "relatives", _("Stöd till anhörig")
    DECLINED = "declined", _("Avböjde stöd")
    OTHER = "other", _("Annat")


class Timeliness(models.TextChoices):
    """Where a request stands against its deadline."""

    PENDING = "pending", _("Inom tiden")
    URGENT = "urgent", _("Brådskande")
    OVERDUE = "overdue", _("Försenad")
    CONTACTED = "contacted", _("Kontakt tagen inom 24 timmar")
    CONTACTED_LATE = "contacted_late", _("Kontakt tagen efter 24 timmar")
