"""Project middleware: Swedish unless the person chooses otherwise, and a clear 503 without a database."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import formats, translation

NBSP = "\xa0"


@pytest.fixture(autouse=True)
def back_to_swedish():
    # The middleware activates a language for the thread; do not let English leak into other tests.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def choose_language(client: Client, language: str):
    return client.post(reverse("set_language"), {"language": language, "next": reverse("login")})


# --- Language -------------------------------------------------------------------------------


def test_swedish_is_served_even_to_a_browser_set_up_in_english(db):
    response = Client().get(reverse("login"), headers={"Accept-Language": "en-GB,en;q=0.9"})

    assert "Logga in i Värna" in response.text
    assert '<html lang="sv"' in response.text
    assert response.headers["Content-Language"] == "sv"


def test_after_choosing_english_pages_are_in_english(db):
    client = Client()

    chosen = choose_language(client, "en")
    response = client.get(reverse("login"))

    assert chosen.status_code == 302
    assert response.headers["Content-Language"] == "en"
    assert '<html lang="en"' in response.text
    assert "Sign in" in response.text
    assert "Logga in i Värna" not in response.text


def test_choosing_swedish_again_brings_swedish_back(db):
    client = Client()
    choose_language(client, "en")

    choose_language(client, "sv")

    assert client.get(reverse("login")).headers["Content-Language"] == "sv"


def test_an_unknown_language_in_the_cookie_falls_back_to_swedish(db):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"

    response = client.get(reverse("login"))

    assert response.headers["Content-Language"] == "sv"
    assert "Logga in i Värna" in response.text


def test_dates_are_written_the_swedish_way():
    with translation.override("sv"):
        assert formats.date_format(datetime.date(2024, 3, 3)) == "3 mars 2024"
        assert formats.date_format(datetime.date(2024, 3, 3), "SHORT_DATE_FORMAT") == "2024-03-03"


def test_large_numbers_are_grouped_with_a_non_breaking_space():
    with translation.override("sv"):
        assert formats.number_format(1234567, force_grouping=True) == f"1{NBSP}234{NBSP}567"
        assert formats.number_format(1234567) == f"1{NBSP}234{NBSP}567"  # USE_THOUSAND_SEPARATOR
        assert formats.number_format(1234.5, decimal_pos=1) == f"1{NBSP}234,5"


# --- The database goes away -------------------------------------------------------------------

SWEDISH_503 = "Databasen går inte att nå just nu. Ingenting har sparats."


@pytest.mark.urls("tests.dbdown_urls")
def test_a_lost_database_gives_a_swedish_503_page_without_a_traceback(db):
    response = Client(raise_request_exception=False).get("/sida/")

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    text = response.content.decode()
    assert SWEDISH_503 in text
    for leak in ("Traceback", "OperationalError", "secret-internal-detail", 'File "'):
        assert leak not in text


@pytest.mark.urls("tests.dbdown_urls")
def test_a_lost_database_gives_the_api_a_json_503(db):
    response = Client(raise_request_exception=False).get("/api/v1/sida")

    assert response.status_code == 503
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body["code"] == "database_unavailable"
    assert body["detail"].startswith(SWEDISH_503)
    assert "secret-internal-detail" not in response.content.decode()


@pytest.mark.urls("tests.dbdown_urls")
def test_a_lost_database_closes_the_broken_connection_so_the_next_request_reconnects(db):
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.close_if_unusable_or_obsolete"
    ) as close:
        Client(raise_request_exception=False).get("/sida/")

    assert close.called


@pytest.mark.urls("tests.dbdown_urls")
def test_other_database_errors_are_not_reported_as_a_lost_database(db):
    response = Client(raise_request_exception=False).get("/fel/")

    assert response.status_code == 500
    assert SWEDISH_503 not in response.content.decode()


@pytest.mark.urls("tests.dbdown_urls")
def test_with_english_chosen_the_503_page_is_english_throughout(db):
    client = Client(raise_request_exception=False)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    text = client.get("/sida/").content.decode()

    assert "The database cannot be reached right now" in text
    assert '<html lang="en"' in text


def test_the_health_check_answers_ok_when_the_database_answers(db):
    response = Client().get(reverse("health"))

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response.headers["Cache-Control"]


def test_the_health_check_answers_503_when_the_database_does_not(db):
    with mock.patch("varna.views.connection") as connection:
        connection.cursor.side_effect = Exception("nere")
        response = Client().get(reverse("health"))

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
