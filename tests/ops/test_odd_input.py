# ruff: noqa: F811  (the fixture `objects`, imported, is an argument of the tests)
"""Odd values in query strings and bodies: a year, date or offset outside what Värna supports is
the caller's mistake, answered with a 400 page or a 422 in Swedish, never a server error.

Every page with a query parameter (grep request.GET) and every API operation that takes a year,
a date or an offset is listed with the odd values tried.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.test_permission_matrix import objects  # noqa: F401  (the fixture)
from varna.organisation.models import User
from varna.organisation.services import create_api_token
from varna.reports.models import Report

HUGE = "9223372036854775808"  # one past the largest integer PostgreSQL's bigint holds
ODD_YEARS = ["0", "1999", "99999", "abc", "-1", "2024.5", HUGE, "1e309"]
ODD_DATES = ["0001-01-01", "9999-12-31", "1899-12-31"]
SWEDISH = ("år", "Datumet", "Värdet", "Välj", "Året", "Rätta", "tal", "uppgifter")


def _bromma(o: dict[str, Any]) -> list[int]:
    return [o["bromma"].pk]


# (URL name, its arguments, who asks, the query parameter): a year parameter.
YEAR_PAGES: list[tuple[str, Callable[[dict[str, Any]], list[Any]], str, str]] = [
    ("situation", _bromma, "samordnare.bromma", "ar"),
    ("situation", _bromma, "central", "ar"),
    ("situation_city", lambda o: [], "central", "ar"),
    ("situation_texts", _bromma, "samordnare.bromma", "ar"),
    ("support_statistics", _bromma, "samordnare.bromma", "ar"),
    ("support_statistics", _bromma, "central", "ar"),
    ("support_city", lambda o: [], "central", "ar"),
    ("consultation_list", _bromma, "samordnare.bromma", "ar"),
    ("plan_list", lambda o: [], "samordnare.bromma", "year"),
    ("plan_overview", lambda o: [], "central", "year"),
    ("training_progress", _bromma, "samordnare.bromma", "ar"),
    ("association_statistics_city", lambda o: [], "central", "year"),
]
# A date parameter.
DATE_PAGES = [
    ("situation", _bromma, "samordnare.bromma", "from"),
    ("situation", _bromma, "samordnare.bromma", "to"),
    ("situation", _bromma, "central", "from"),
    ("support_statistics", _bromma, "samordnare.bromma", "fran"),
    ("consultation_list", _bromma, "samordnare.bromma", "till"),
]
# Exports: a file only for a year Värna holds.
EXPORTS = [
    ("situation_export", lambda o: [o["bromma"].pk, "csv"], "samordnare.bromma", "ar"),
    ("situation_export", lambda o: [o["bromma"].pk, "xlsx"], "central", "ar"),
]
# Parameters that choose among existing things: an odd value is ignored or not found, never a 500.
CHOICE_PAGES = [
    ("report_create", lambda o: [], "medarbetare", "forvaltning"),
    ("report_create", lambda o: [], "medarbetare", "symbol"),
    ("report_start", lambda o: [], "medarbetare", "forvaltning"),
    ("report_inbox", _bromma, "samordnare.bromma", "sida"),
    ("report_inbox", _bromma, "samordnare.bromma", "area"),
    ("report_inbox", _bromma, "samordnare.bromma", "from"),
    ("audit_log", lambda o: [], "samordnare.bromma", "administration"),
    ("audit_log", lambda o: [], "samordnare.bromma", "sida"),
    ("plan_compare", lambda o: [o["plan"].pk], "samordnare.bromma", "med"),
    ("activity_add", lambda o: [o["plan"].pk], "samordnare.bromma", "grupp"),
    ("graffiti_list", _bromma, "samordnare.bromma", "sida"),
    ("knowledge_search", lambda o: [], "medarbetare", "q"),
    ("symbol_list", lambda o: [], "medarbetare", "q"),
    ("situation_snapshot_compare", _bromma, "samordnare.bromma", "a"),
    ("training_progress", _bromma, "samordnare.bromma", "kurs"),
]


def _cases(pages: list) -> list[Any]:
    return [
        pytest.param(name, args, who, parameter, id=f"{name}-{who}-{parameter}")
        for name, args, who, parameter in pages
    ]


def _get(client_as, objects, name, args, who, query):
    client = client_as(who)
    client.raise_request_exception = False
    return client.get(reverse(name, args=args(objects)), query)


def _answers(client_as, objects, name, args, who, parameter, values) -> dict[str, Any]:
    return {value: _get(client_as, objects, name, args, who, {parameter: value}) for value in values}


# Each page once (the fixtures are costly), each odd value tried on it; failures name the value.


@pytest.mark.parametrize("name, args, who, parameter", _cases(YEAR_PAGES))
def test_an_odd_year_on_a_page_is_a_400_in_swedish(name, args, who, parameter, objects, client_as):
    answers = _answers(client_as, objects, name, args, who, parameter, ODD_YEARS)
    wrong = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code != 400
        or '<html lang="sv"' not in response.text
        or not any(word in response.text for word in SWEDISH)
    }
    assert wrong == {}


@pytest.mark.parametrize("name, args, who, parameter", _cases(DATE_PAGES))
def test_an_odd_date_on_a_page_is_a_400_in_swedish(name, args, who, parameter, objects, client_as):
    answers = _answers(client_as, objects, name, args, who, parameter, ODD_DATES)
    wrong = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code != 400
        or not ("Datumet måste ligga mellan" in response.text or "hela kalenderår" in response.text)
    }
    assert wrong == {}


@pytest.mark.parametrize("name, args, who, parameter", _cases(EXPORTS))
def test_an_export_for_an_odd_year_is_a_400(name, args, who, parameter, objects, client_as):
    answers = _answers(client_as, objects, name, args, who, parameter, ODD_YEARS)
    wrong = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code != 400 or "Content-Disposition" in response
    }
    assert wrong == {}


@pytest.mark.parametrize("name, args, who, parameter", _cases(CHOICE_PAGES))
def test_an_odd_choice_on_a_page_is_never_a_server_error(name, args, who, parameter, objects, client_as):
    answers = _answers(
        client_as, objects, name, args, who, parameter, [HUGE, "-1", "abc", "0001-01-01", "1e309"]
    )
    assert {value: r.status_code for value, r in answers.items() if r.status_code >= 500} == {}


def test_a_good_year_still_shows_the_page(objects, client_as):
    year = str(timezone.localdate().year - 1)
    for name, args, who, parameter in YEAR_PAGES:
        response = _get(client_as, objects, name, args, who, {parameter: year})
        assert response.status_code == 200, name


# --- The API ---------------------------------------------------------------------------------


@pytest.fixture
def api_get(objects, client):
    _token, secret = create_api_token(user=User.objects.get(username="samordnare.bromma"), name="udda")
    client.raise_request_exception = False

    def get(path: str) -> Any:
        return client.get(
            path.format(**{"bromma": objects["bromma"].pk}), headers={"Authorization": f"Bearer {secret}"}
        )

    return get


API_ODD = [
    "/api/v1/situation/{bromma}?from=0001-01-01&to=0001-12-31",
    "/api/v1/situation/{bromma}?from=9999-01-01",
    "/api/v1/situation/{bromma}?to=1999-12-31",
    "/api/v1/support/{bromma}/statistics?from=0001-01-01&to=0001-12-31",
    "/api/v1/support/{bromma}/statistics?to=9999-12-31",
    f"/api/v1/reports?offset={HUGE}",
    "/api/v1/reports?offset=-1",
    "/api/v1/reports?offset=1000000001",
    "/api/v1/reports?limit=100000",
    "/api/v1/reports?limit=0",
    "/api/v1/reports?from=0001-01-01",
    "/api/v1/reports?to=9999-12-31",
    "/api/v1/plans?year=0",
    f"/api/v1/plans?year={HUGE}",
    "/api/v1/associations/applications?year=1999",
    f"/api/v1/associations/applications?year={HUGE}",
    "/api/v1/surveys/rounds?year=99999",
    "/api/v1/training/{bromma}/progress?on=0001-01-01",
    "/api/v1/training/{bromma}/progress?on=9999-12-31",
]


@pytest.mark.parametrize("path", API_ODD)
def test_an_odd_year_date_or_offset_in_the_api_is_a_422_in_swedish(path, api_get):
    response = api_get(path)
    assert response.status_code == 422
    body = response.json()
    assert isinstance(body["detail"], str)
    assert any(word in body["detail"] for word in SWEDISH)
    for error in body.get("errors", []):
        assert "Input should" not in error["message"]  # pydantic's English


def test_the_largest_supported_offset_is_an_empty_page(api_get):
    response = api_get("/api/v1/reports?offset=1000000000")
    assert response.status_code == 200
    assert response.json()["items"] == []


# --- Reports dated outside what Värna holds ----------------------------------------------------


def _api_post(client, secret, body):
    return client.post(
        "/api/v1/reports",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )


@pytest.mark.parametrize(
    "when",
    [
        {"event_date": "0001-01-01"},
        {"event_date": "1999-12-31"},
        {"event_date": (datetime.date.today() + datetime.timedelta(days=2)).isoformat()},
        {"event_date": "9999-12-31"},
        {"event_month": "0001-01"},
        {"event_month": "1999-12"},
    ],
    ids=lambda when: next(iter(when.values())),
)
def test_the_api_refuses_a_report_dated_before_the_first_year_or_after_today(when, objects, client):
    _token, secret = create_api_token(user=User.objects.get(username="medarbetare"), name="udda")
    before = Report.objects.count()
    body = {
        "administration": objects["bromma"].pk,
        "environments": ["right_wing"],
        "event_types": ["graffiti"],
        "age_group": "under_18",
        "description": "Klistermärken vid entrén.",
        **when,
    }
    response = _api_post(client, secret, body)
    assert response.status_code == 422
    messages = " ".join(error["message"] for error in response.json()["errors"])
    assert "framtiden" in messages or "Datumet måste ligga mellan" in messages or "från 2000" in messages
    assert Report.objects.count() == before


@pytest.mark.parametrize("field, value", [("event_date", "1999-12-31"), ("event_month", "1999-12")])
def test_the_report_form_refuses_a_date_before_the_first_year(field, value, objects, client_as):
    before = Report.objects.count()
    response = client_as("medarbetare").post(
        reverse("report_create"), {"administration": objects["bromma"].pk, field: value}
    )
    assert response.status_code == 200  # the form again
    assert "Värna tar emot uppgifter från 2000 och senare." in response.text
    assert Report.objects.count() == before


def test_the_first_year_is_a_setting(settings, objects, client_as):
    settings.VARNA_FIRST_YEAR = 2015
    response = _get(client_as, objects, "situation", _bromma, "samordnare.bromma", {"ar": "2014"})
    assert response.status_code == 400
    assert "Välj ett år mellan 2015 och" in response.text
