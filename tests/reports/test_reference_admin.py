"""The system administrator edits the reference lists in Django admin; codes stay fixed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from varna.reports.models import ReferenceItem

pytestmark = pytest.mark.django_db


def test_the_system_administrator_renames_an_environment_but_keeps_its_code(client_as):
    item = ReferenceItem.objects.get(kind="environment", code="right_wing")
    url = reverse("admin:reports_referenceitem_change", args=[item.pk])
    response = client_as("admin").post(
        url, {"label": "Vit makt-miljön", "description": "", "order": 5, "active": "on", "code": "annat"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.label, item.code) == ("Vit makt-miljön", "right_wing")


def test_a_reference_item_cannot_be_deleted_only_deactivated(client_as):
    item = ReferenceItem.objects.get(kind="event_type", code="graffiti")
    response = client_as("admin").post(
        reverse("admin:reports_referenceitem_delete", args=[item.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert ReferenceItem.objects.filter(pk=item.pk).exists()


def test_reports_are_not_in_django_admin(client_as):
    response = client_as("admin").get(reverse("admin:index"))
    assert b"referenceitem" in response.content
    assert b"reports/report/" not in response.content
