from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SituationConfig(AppConfig):
    name = "varna.situation"
    verbose_name = _("Lägesbild")

    def ready(self) -> None:
        from varna.situation import services, sources

        # A frozen picture keeps the year's survey, training and support log as key figures.
        services.EXTRA_SECTIONS.setdefault("other_sources", sources.snapshot_extra)
