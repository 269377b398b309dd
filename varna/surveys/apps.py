from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "varna.surveys"
    verbose_name = _("Enkäter")

    def ready(self) -> None:
        from varna.surveys.default_template import load_default_template

        # After migrate (and after a test flush): a new installation has the city's survey.
        post_migrate.connect(load_default_template, sender=self)
