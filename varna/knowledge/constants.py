"""Choices of the knowledge bank."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageKind(models.TextChoices):
    GUIDANCE = "guidance", _("Vägledning")
    ROUTINE = "routine", _("Rutin")
    RETURNEES = "returnees", _("Barn och familjer som återvänder från konfliktområden")
    LECTURE = "lecture", _("Filmad föreläsning")
    READING = "reading", _("Läs- och lyssningstips")
    OTHER = "other", _("Annat")


class PageStatus(models.TextChoices):
    DRAFT = "draft", _("Utkast")
    PUBLISHED = "published", _("Publicerad")


class SeenOn(models.TextChoices):
    STICKER = "sticker", _("Klistermärken")
    GRAFFITI = "graffiti", _("Klotter")
    TATTOO = "tattoo", _("Tatueringar")
    CLOTHING = "clothing", _("Kläder och märken")
    FLAG = "flag", _("Flaggor och banderoller")
    ONLINE = "online", _("På nätet och i sociala medier")
    GESTURE = "gesture", _("Gester")


class Prevalence(models.TextChoices):
    COMMON = "common", _("Vanlig här")
    OCCASIONAL = "occasional", _("Förekommer här ibland")
    RARE = "rare", _("Sällsynt här")
    UNKNOWN = "unknown", _("Inte sedd här")
