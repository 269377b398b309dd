"""The plans API: list, read, documents and follow-up, with tokens."""

from __future__ import annotations

import io

import docx
import pytest

from tests.plans.factories import activity
from varna.organisation.models import User
from varna.organisation.services import create_api_token
from varna.plans.models import FollowUp


@pytest.fixture
def api_as(client_as):
    def make(username: str):
        _token, secret = create_api_token(user=User.objects.get(username=username), name="test")
        client = client_as(None)
        client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
        return client

    return make


def test_the_list_filters_by_administration_and_year_and_shows_what_the_caller_may_read(
    api_as, adopted_plan, bromma
):
    answer = (
        api_as("samordnare.bromma").get("/api/v1/plans", {"administration": bromma.pk, "year": 2024}).json()
    )
    assert [(p["id"], p["status"], p["version"]) for p in answer] == [(adopted_plan.pk, "adopted", 1)]
    assert api_as("samordnare.bromma").get("/api/v1/plans", {"year": 2023}).json() == []
    assert api_as("samordnare.soc").get("/api/v1/plans").json() == []


def test_a_plan_comes_with_sections_activities_and_follow_ups(api_as, adopted_plan, user):
    training = activity(adopted_plan, "Alla medarbetare")
    api_as("samordnare.bromma").post(
        f"/api/v1/plans/{adopted_plan.pk}/activities/{training.pk}/follow-ups",
        {"occasion": "T1", "status": "ongoing", "indicator_value": "410"},
        content_type="application/json",
    )
    plan = api_as("central").get(f"/api/v1/plans/{adopted_plan.pk}").json()
    assert plan["title"] == adopted_plan.title and plan["adopted_on"] == "2024-02-14"
    assert [s["kind"] for s in plan["sections"]] == [
        "introduction",
        "situation",
        "preventive",
        "training",
        "follow_up",
    ]
    got = next(a for a in plan["activities"] if a["id"] == training.pk)
    assert got["group"] == "training"
    assert got["responsible"]["role"] == "Enhetschef Fritidsgården Blackeberg"
    assert got["schedule"] == {
        "start": "2024-01-01",
        "end": "2024-12-31",
        "recurrence": "",
        "text": "",
        "display": "2024-01-01 – 2024-12-31",
    }
    assert got["follow_up"] == ["T1", "T2", "VB"]
    assert got["indicator"] == "antal medarbetare som genomgått utbildningen"
    assert [(f["occasion"], f["status"], f["indicator_value"]) for f in got["follow_ups"]] == [
        ("T1", "ongoing", "410")
    ]


def test_the_document_comes_as_word_or_pdf(api_as, adopted_plan):
    client = api_as("samordnare.bromma")
    word = client.get(f"/api/v1/plans/{adopted_plan.pk}/document", {"format": "docx"})
    assert word.status_code == 200
    assert adopted_plan.title in [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    pdf = client.get(f"/api/v1/plans/{adopted_plan.pk}/document", {"format": "pdf"})
    assert pdf.content.startswith(b"%PDF")
    assert client.get(f"/api/v1/plans/{adopted_plan.pk}/document", {"format": "odt"}).status_code == 422


def test_recording_a_follow_up_creates_then_replaces(api_as, adopted_plan):
    training = activity(adopted_plan, "Alla medarbetare")
    url = f"/api/v1/plans/{adopted_plan.pk}/activities/{training.pk}/follow-ups"
    client = api_as("samordnare.bromma")
    first = client.post(url, {"occasion": "T1", "status": "ongoing"}, content_type="application/json")
    again = client.post(url, {"occasion": "T1", "status": "done"}, content_type="application/json")
    assert (first.status_code, again.status_code) == (201, 200)
    assert FollowUp.objects.get(activity=training).status == "done"


def test_a_follow_up_with_personal_data_is_refused_without_echoing_it(api_as, adopted_plan):
    training = activity(adopted_plan, "Alla medarbetare")
    response = api_as("samordnare.bromma").post(
        f"/api/v1/plans/{adopted_plan.pk}/activities/{training.pk}/follow-ups",
        {"occasion": "T1", "status": "done", "comment": "Ring 070-123 45 67."},
        content_type="application/json",
    )
    assert response.status_code == 422 and response.json()["code"] == "personal_data"
    assert "070" not in response.content.decode()


def test_a_draft_is_not_followed_up_over_the_api_either(api_as, draft_plan):
    response = api_as("samordnare.bromma").post(
        f"/api/v1/plans/{draft_plan.pk}/activities/{draft_plan.activities.first().pk}/follow-ups",
        {"occasion": "T1", "status": "done"},
        content_type="application/json",
    )
    assert response.status_code == 409 and "antagen" in response.json()["detail"]


def test_an_activity_of_another_plan_is_not_found(api_as, adopted_plan, draft_plan):
    other = adopted_plan.activities.first()
    response = api_as("samordnare.bromma").post(
        f"/api/v1/plans/{adopted_plan.pk + 999}/activities/{other.pk}/follow-ups",
        {"occasion": "T1", "status": "done"},
        content_type="application/json",
    )
    assert response.status_code == 404
