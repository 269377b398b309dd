from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "varna.training"
    verbose_name = _("Utbildning")

    def ready(self) -> None:
        # A course's completion rate is a measured indicator for plan activities.
        from varna.plans import indicators
        from varna.training import selectors

        indicators.register(
            key="training",
            label=_("Utbildning"),
            choices=selectors.indicator_choices,
            value=selectors.indicator_value,
        )
