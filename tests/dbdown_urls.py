"""A test-only URLconf whose views fail as if the database had gone away mid-request."""

from django.db import IntegrityError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.urls import path

from varna import views


def database_gone(request: HttpRequest) -> HttpResponse:
    raise OperationalError('connection to server at "db" failed: secret-internal-detail')


def constraint_broken(request: HttpRequest) -> HttpResponse:
    raise IntegrityError("duplicate key value violates unique constraint")


urlpatterns = [
    path("sida/", database_gone),
    path("api/v1/sida", database_gone),
    path("fel/", constraint_broken),
    path("halsa/", views.health, name="health"),
]
