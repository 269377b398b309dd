"""No copy of a page, export or API answer may stay in a browser's or a proxy's cache: every
response Värna makes says `Cache-Control: no-store`; only static files are cached."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.test_permission_matrix import API_CASES, cases, objects  # noqa: F401  (objects: fixture)
from varna.organisation.models import User
from varna.organisation.services import create_api_token


def _no_store(response) -> bool:
    return "no-store" in response.headers.get("Cache-Control", "") and "Pragma" in response.headers


@pytest.mark.parametrize("role", [None, "medarbetare", "samordnare.bromma", "central"])
def test_every_page_and_export_says_no_store(role, objects, client_as):  # noqa: F811
    cached = []
    for case in cases(objects):
        if case.method != "get":
            continue
        url = reverse(case.name, kwargs=case.kwargs)
        response = client_as(role).get(url)
        if not _no_store(response) and case.name != "symbol_image":
            cached.append(f"{url}: {response.status_code} {response.headers.get('Cache-Control')}")
    assert cached == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "docx", "pdf"])
def test_situation_exports_say_no_store(fmt, objects, client_as):  # noqa: F811
    url = reverse("situation_export", args=[objects["bromma"].pk, fmt])
    response = client_as("samordnare.bromma").get(url)
    assert response.status_code == 200
    assert _no_store(response)


def test_every_api_answer_says_no_store(objects, client):  # noqa: F811
    _token, secret = create_api_token(user=User.objects.get(username="samordnare.bromma"), name="cache")
    cached = []
    for operation_id, case in API_CASES.items():
        if case.method != "get":
            continue
        path = case.path(objects) if callable(case.path) else case.path
        response = client.get(path, headers={"Authorization": f"Bearer {secret}"})
        if not _no_store(response):
            cached.append(f"{operation_id}: {response.status_code}")
    assert cached == []
    assert _no_store(client.get("/api/v1/reports"))  # 401 as well


def test_the_public_report_form_and_its_receipt_say_no_store(client_as):
    employee = client_as("medarbetare")
    assert _no_store(employee.get(reverse("report_create")))
    assert _no_store(employee.get(reverse("report_receipt", args=["VBE-2026-00001"])))


def test_static_files_stay_cacheable(settings):
    settings.WHITENOISE_USE_FINDERS = settings.WHITENOISE_AUTOREFRESH = True
    response = Client().get(settings.STATIC_URL + "varna/varna.css")
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
