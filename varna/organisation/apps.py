from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationConfig(AppConfig):
    name = "varna.organisation"
    verbose_name = _("Organisation")

    def ready(self) -> None:
        # Sign-in events to the audit log.
        from varna.organisation import signals  # noqa: F401
