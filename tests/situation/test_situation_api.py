"""GET /api/v1/situation/{id}: exact for the administration's coordinators, controlled for others."""

from __future__ import annotations

import datetime

import pytest

from tests.reports.factories import make_report
from tests.situation.releases import release, vouch_all
from varna.reports.constants import Classification
from varna.reports.models import Report

pytestmark = pytest.mark.django_db

D = datetime.date
YEAR = {"from": "2024-01-01", "to": "2024-12-31"}


def url(administration) -> str:
    return f"/api/v1/situation/{administration.pk}"


@pytest.fixture
def bromma_2024(bromma) -> None:
    for day in range(1, 6):
        make_report(event_date=D(2024, 3, day))
    make_report(event_date=D(2024, 4, 1), environments=("islamist",))
    not_vbe = make_report(event_date=D(2024, 4, 2))
    Report.objects.filter(pk=not_vbe.pk).update(classification=Classification.NOT_VBE)


def test_every_breakdown_is_a_list_of_code_label_count(client_as, bromma, bromma_2024):
    body = client_as("samordnare.bromma").get(url(bromma), YEAR).json()
    keys = [
        "by_environment",
        "by_event_type",
        "by_area",
        "by_setting",
        "by_age_group",
        "by_source",
        "by_classification",
    ]
    for key in keys:
        assert body[key], key
        assert set(body[key][0]) == {"code", "label", "count", "suppressed"}
    assert {"administration", "from", "to", "total"} <= set(body)
    assert body["administration"] == {"id": bromma.pk, "name": "Bromma"}


def test_the_api_says_what_it_counted_and_can_count_more(client_as, bromma, bromma_2024):
    client = client_as("samordnare.bromma")
    body = client.get(url(bromma), YEAR).json()
    assert body["total"] == 6
    assert "not_vbe" not in body["classifications"]
    everything = client.get(url(bromma), {**YEAR, "classification": list(Classification.values)}).json()
    assert everything["total"] == 7
    assert sorted(everything["classifications"]) == sorted(Classification.values)


def test_a_coordinator_may_ask_for_any_period(client_as, bromma, bromma_2024):
    body = client_as("samordnare.bromma").get(url(bromma), {"from": "2024-04-01", "to": "2024-04-30"}).json()
    assert body["total"] == 1
    assert body["disclosure_controlled"] is False


def test_outsiders_get_nothing_of_a_year_without_a_release(client_as, bromma, bromma_2024):
    body = client_as("central").get(url(bromma), YEAR).json()
    assert body["published"] is False and body["total"] is None and body["by_environment"] == []


def test_the_central_coordinator_gets_suppressed_counts_as_null(client_as, bromma, bromma_2024):
    vouch_all()
    release("Bromma", 2024)
    body = client_as("central").get(url(bromma), YEAR).json()
    assert body["disclosure_controlled"] is True
    assert body["published"] is True and body["release"] == 1
    assert body["suppression_threshold"] == 3
    assert body["total"] == 6
    islamist = next(item for item in body["by_environment"] if item["code"] == "islamist")
    assert islamist == {"code": "islamist", "label": islamist["label"], "count": None, "suppressed": True}
    zero = next(item for item in body["by_environment"] if item["code"] == "left_wing")
    assert zero["count"] is None and zero["suppressed"] is True  # "färre än 3" includes zero


def test_outside_the_administration_only_a_whole_calendar_year_is_answered(client_as, bromma):
    client = client_as("central")
    assert client.get(url(bromma), {"from": "2024-01-01", "to": "2024-06-30"}).status_code == 422
    assert client.get(url(bromma), {**YEAR, "classification": ["not_vbe"]}).status_code == 422
    assert client.get(url(bromma), YEAR).status_code == 200
    assert client.get(url(bromma)).status_code == 200  # this year


def test_a_bad_period_is_a_swedish_422(client_as, bromma):
    response = client_as("samordnare.bromma").get(url(bromma), {"from": "2024-05-01", "to": "2024-04-01"})
    assert response.status_code == 422
    assert "kan inte ligga före" in response.json()["detail"]


def test_an_employee_gets_403_and_an_outsider_404(client_as, bromma, farsta):
    assert client_as("medarbetare").get(url(bromma), YEAR).status_code == 403
    assert client_as("medarbetare").get(url(farsta), YEAR).status_code == 404
    assert client_as("handlaggare").get(url(bromma), YEAR).status_code == 404
    assert client_as("samordnare.bromma").get("/api/v1/situation/999999", YEAR).status_code == 404


def test_the_schema_names_the_period_from_and_to(client_as):
    schema = client_as("central").get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/situation/{administration_id}"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {
        "administration_id",
        "from",
        "to",
        "classification",
    }
