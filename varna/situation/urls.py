"""URLs of the situation picture."""

from django.urls import path

from varna.situation import views, views_map
from varna.situation import views_snapshots as snapshots

urlpatterns = [
    path("lagesbild/staden/", views.situation_city, name="situation_city"),
    path("lagesbild/<int:administration_id>/", views.situation, name="situation"),
    path(
        "lagesbild/<int:administration_id>/karta/",
        views_map.situation_map_upload,
        name="situation_map_upload",
    ),
    # Written sections, "Fastställ", frozen snapshots and exports (views_snapshots.py).
    path("lagesbild/<int:administration_id>/text/", snapshots.situation_texts, name="situation_texts"),
    path("lagesbild/<int:administration_id>/faststall/", snapshots.situation_freeze, name="situation_freeze"),
    path(
        "lagesbild/<int:administration_id>/export/<str:fmt>/",
        snapshots.situation_export,
        name="situation_export",
    ),
    path(
        "lagesbild/<int:administration_id>/faststallda/",
        snapshots.situation_snapshots,
        name="situation_snapshots",
    ),
    path(
        "lagesbild/<int:administration_id>/faststallda/jamfor/",
        snapshots.situation_snapshot_compare,
        name="situation_snapshot_compare",
    ),
    path(
        "lagesbild/<int:administration_id>/faststallda/<int:pk>/",
        snapshots.situation_snapshot,
        name="situation_snapshot",
    ),
    path(
        "lagesbild/<int:administration_id>/faststallda/<int:pk>/export/<str:fmt>/",
        snapshots.situation_snapshot_export,
        name="situation_snapshot_export",
    ),
]
