from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssociationsConfig(AppConfig):
    name = "varna.associations"
    verbose_name = _("Föreningar, bidrag och lokaler")
    default_auto_field = "django.db.models.BigAutoField"
