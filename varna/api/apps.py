from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "varna.api"
    verbose_name = "API"
