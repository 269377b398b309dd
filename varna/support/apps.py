from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "varna.support"
    verbose_name = _("Stödloggen")

    def ready(self) -> None:
        # Plan indicators: "share contacted within 24 hours" and "consultations".
        from varna.support import indicators

        indicators.register()
