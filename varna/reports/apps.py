from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "varna.reports"
    verbose_name = _("Rapporter")

    def ready(self) -> None:
        from varna.reports.reference_data import load_reference_lists

        # After migrate (and after a test flush): a new installation has the default lists.
        post_migrate.connect(load_reference_lists, sender=self)
