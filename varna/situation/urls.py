"""URLs of the situation picture."""

from django.urls import path

from varna.situation import views

urlpatterns = [
    path("lagesbild/staden/", views.situation_city, name="situation_city"),
    path("lagesbild/<int:administration_id>/", views.situation, name="situation"),
]
