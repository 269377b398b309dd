from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "varna.knowledge"
    verbose_name = _("Kunskapsbank")

    def ready(self) -> None:
        from varna.knowledge.selectors import published_symbols
        from varna.reports.forms import register_symbol_choices

        register_symbol_choices(published_symbols)
