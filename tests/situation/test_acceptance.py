"""Seed 002: Hägersten-Liljeholmen's five events of 2018, on the page and in the API."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

YEAR_2018 = {"from": "2018-01-01", "to": "2018-12-31"}


def counts(items: list[dict]) -> dict[str, int]:
    return {item["code"]: item["count"] for item in items if item["count"]}


def test_the_api_gives_exactly_the_seed_counts(seed_reports, hagersten, hagersten_coordinator):
    client = Client()
    client.force_login(hagersten_coordinator)
    response = client.get(f"/api/v1/situation/{hagersten.pk}", YEAR_2018)
    assert response.status_code == 200
    body = response.json()
    assert body["from"] == "2018-01-01" and body["to"] == "2018-12-31"
    assert body["disclosure_controlled"] is False
    assert body["total"] == 5
    assert counts(body["by_environment"]) == {"right_wing": 4, "islamist": 1}
    assert counts(body["by_event_type"]) == {"graffiti": 2, "expressed_views": 3}
    assert counts(body["by_classification"]) == {"vbe": 5}
    assert counts(body["by_source"]) == {"police": 2, "report": 3}
    assert sorted(body["classifications"]) == ["unclassified", "unclear", "vbe"]
    assert all(item["suppressed"] is False for item in body["by_environment"])


def test_the_page_gives_exactly_the_seed_counts(seed_reports, hagersten, hagersten_coordinator):
    client = Client()
    client.force_login(hagersten_coordinator)
    response = client.get(reverse("situation", args=[hagersten.pk]), YEAR_2018)
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures.total == 5
    by_environment = {row.code: row.count for row in figures.breakdowns["environment"]}
    assert by_environment["right_wing"] == 4
    assert by_environment["islamist"] == 1
    assert sum(by_environment.values()) == 5
    right_wing_types = {row.code: row.count for row in figures.breakdowns["event_type"] if row.count}
    assert right_wing_types == {"graffiti": 2, "expressed_views": 3}
    html = response.content.decode()
    assert "5 händelser under perioden" in html
    assert 'role="img"' in html


def test_the_right_wing_events_are_two_graffiti_and_two_expressed_views(
    seed_reports, hagersten, hagersten_coordinator
):
    client = Client()
    client.force_login(hagersten_coordinator)
    url = reverse("situation", args=[hagersten.pk])
    figures = client.get(url, {**YEAR_2018, "environment": "right_wing"}).context["figures"]
    assert figures.total == 4
    assert {row.code: row.count for row in figures.breakdowns["event_type"] if row.count} == {
        "graffiti": 2,
        "expressed_views": 2,
    }
