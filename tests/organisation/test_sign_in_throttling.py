"""Throttling of password guessing (django-axes): a username from one address is locked out."""

from __future__ import annotations

from django.conf import settings
from django.test import Client
from django.urls import reverse

from varna.organisation.demo import DEMO_PASSWORD

LOCKED_OUT = 429  # axes' AXES_HTTP_RESPONSE_CODE, which Värna keeps


def attempt(username: str, password: str, address: str = "10.0.0.7"):
    return Client().post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(times: int, username: str = "medarbetare", address: str = "10.0.0.7") -> None:
    for _ in range(times):
        attempt(username, "gissning", address)


def test_five_failures_is_the_limit():
    assert settings.AXES_FAILURE_LIMIT == 5


def test_after_five_failures_the_right_password_is_refused_too(demo):
    fail(5)

    response = attempt("medarbetare", DEMO_PASSWORD)

    assert response.status_code == LOCKED_OUT
    assert "För många misslyckade inloggningar" in response.text
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_four_failures_still_let_the_right_password_in(demo):
    fail(4)

    response = attempt("medarbetare", DEMO_PASSWORD)

    assert response.status_code == 302
    assert response.url == reverse("home")


def test_a_successful_sign_in_resets_the_count_of_failures(demo):
    fail(4)
    attempt("medarbetare", DEMO_PASSWORD)
    fail(4)

    assert attempt("medarbetare", DEMO_PASSWORD).status_code == 302


def test_the_lockout_hits_only_that_username_from_that_address(demo):
    fail(5, username="medarbetare", address="10.0.0.7")

    assert attempt("enhetschef", DEMO_PASSWORD, address="10.0.0.7").status_code == 302
    assert attempt("medarbetare", DEMO_PASSWORD, address="10.0.0.8").status_code == 302


def test_the_lockout_page_offers_to_choose_a_new_password(demo):
    fail(5)

    response = attempt("medarbetare", DEMO_PASSWORD)

    assert reverse("password_reset") in response.text
