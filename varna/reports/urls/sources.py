"""URLs of the reports app: events of other sources, graffiti counts and imports."""

from django.urls import path

from varna.reports.views import sources

urlpatterns: list = [
    path(
        "rapporter/forvaltning/<int:administration_id>/ny-handelse/",
        sources.event_create,
        name="event_create",
    ),
    path(
        "rapporter/forvaltning/<int:administration_id>/klotter/", sources.graffiti_list, name="graffiti_list"
    ),
    path(
        "rapporter/forvaltning/<int:administration_id>/import/", sources.import_upload, name="import_upload"
    ),
    path("rapporter/import/<int:pk>/", sources.import_preview, name="import_preview"),
    path("rapporter/import/<int:pk>/avbryt/", sources.import_cancel, name="import_cancel"),
    path("rapporter/import/mall/<str:kind>.<str:fmt>/", sources.import_template, name="import_template"),
]
