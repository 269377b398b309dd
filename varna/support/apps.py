from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "varna.support"
    verbose_name = _("Stödloggen")

    def ready(self) -> None:
        # Plan indicators: "share contacted within 24 hours" and "consultations".
        from varna.organisation.permissions import register_support_team_lookup
        from varna.support import indicators
        from varna.support.selectors import active_team_administration_ids

        indicators.register()
        # The support rules in permissions.py ask support who is in which team.
        register_support_team_lookup(active_team_administration_ids)
