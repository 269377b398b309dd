from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo municipality: wires the demo data of every app, so no app depends on another's."""

    name = "varna.demo"
    verbose_name = "Demo"
