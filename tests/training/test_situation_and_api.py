"""The training summary for the situation picture, and the API."""

from __future__ import annotations

import datetime

import pytest
from django.template.loader import render_to_string

from varna.organisation.services import create_api_token
from varna.training.selectors import training_summary_for_situation

pytestmark = pytest.mark.django_db


def test_the_situation_summary_holds_each_course_and_the_events(demo_training, socialforvaltningen):
    summary = training_summary_for_situation(administration=socialforvaltningen, year=2020)
    assert summary is not None
    assert [item.share.text for item in summary.courses] == ["725 av 955 = 76 %"]
    assert summary.courses[0].lagging_units == 1
    assert (summary.events, summary.attendance) == (4, 190)
    html = render_to_string("training/_situation.html", {"training": summary})
    assert "725 av 955 = 76 %" in html and '<caption id="training-caption">' in html and "76 %" in html


def test_no_summary_without_training_data(bromma):
    assert training_summary_for_situation(administration=bromma, year=2024) is None


def test_the_api_gives_the_progress_per_unit(demo_training, socialforvaltningen, client_as, user):
    _token, secret = create_api_token(user=user("samordnare.soc"), name="test")
    response = client_as(None).get(
        f"/api/v1/training/{socialforvaltningen.pk}/progress",
        {"on": datetime.date(2020, 12, 31).isoformat()},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 200
    basic = next(item for item in response.json() if item["total"]["completed"])
    assert basic["total"] == {"completed": 725, "staff": 955, "percent": 76, "text": "725 av 955 = 76 %"}
    assert [unit["unit"] for unit in basic["units"] if unit["lagging"]] == ["Socialjouren"]


def test_the_api_lists_the_courses(demo_training, client_as, user):
    _token, secret = create_api_token(user=user("central"), name="test")
    response = client_as(None).get("/api/v1/training/courses", headers={"Authorization": f"Bearer {secret}"})
    assert {course["kind"] for course in response.json()} == {"basic_web", "advanced"}
