"""Signing in and out with a password: the hasher, the audit trail, the session."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.test import Client
from django.urls import reverse

import varna.settings as project_settings
from varna.audit.models import AuditEvent
from varna.organisation.demo import DEMO_PASSWORD
from varna.organisation.models import User

WRONG_PASSWORD = "fel-lösenord-7391"


def sign_in(client: Client, username: str, password: str, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_argon2_is_the_production_password_hasher():
    # The test settings swap in MD5 for speed; the project's own settings module is the truth.
    assert project_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_a_password_is_stored_with_argon2_and_signing_in_with_it_works(demo, settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    person = User.objects.create_user("argon.person", password="ett-långt-lösenord-42")
    assert person.password.startswith("argon2$")

    response = sign_in(Client(), "argon.person", "ett-långt-lösenord-42")

    assert response.status_code == 302
    assert response.url == reverse("home")


def test_an_older_pbkdf2_hash_is_upgraded_to_argon2_at_sign_in(demo, settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    person = User.objects.create(
        username="old.hash",
        password=make_password("ett-långt-lösenord-42", hasher="pbkdf2_sha256"),
    )

    sign_in(Client(), "old.hash", "ett-långt-lösenord-42")

    person.refresh_from_db()
    assert person.password.startswith("argon2$")


def test_a_sign_in_is_recorded_with_who_and_from_where(user):
    response = sign_in(Client(), "medarbetare", DEMO_PASSWORD, REMOTE_ADDR="10.20.30.40")

    assert response.status_code == 302
    event = AuditEvent.objects.get(action="sign_in")
    assert event.actor == user("medarbetare")
    assert event.actor_name == "medarbetare"
    assert event.ip_address == "10.20.30.40"


def test_a_failed_sign_in_is_recorded_with_the_tried_username_and_never_the_password(demo):
    response = sign_in(Client(), "medarbetare", WRONG_PASSWORD, REMOTE_ADDR="10.20.30.41")

    assert response.status_code == 200  # the form again, with an error
    assert not AuditEvent.objects.filter(action="sign_in").exists()
    event = AuditEvent.objects.get(action="sign_in_failed")
    assert event.actor_name == "medarbetare"
    assert event.actor is None
    assert event.ip_address == "10.20.30.41"
    for field in AuditEvent._meta.concrete_fields:
        assert WRONG_PASSWORD not in str(field.value_from_object(event)), field.name


def test_a_failed_sign_in_for_an_unknown_username_is_recorded_too(demo):
    sign_in(Client(), "finns.inte", WRONG_PASSWORD)

    assert AuditEvent.objects.filter(action="sign_in_failed", actor_name="finns.inte").count() == 1


def test_the_sign_in_page_says_in_swedish_that_the_password_was_wrong_and_does_not_echo_it(demo):
    response = sign_in(Client(), "medarbetare", WRONG_PASSWORD)

    assert "Ange ett korrekt användarnamn och lösenord" in response.text
    assert WRONG_PASSWORD not in response.text


def test_a_sign_out_is_recorded(client_as, user):
    client = client_as("enhetschef")

    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert response.url == reverse("login")
    event = AuditEvent.objects.get(action="sign_out")
    assert event.actor == user("enhetschef")
    assert client.get(reverse("home")).status_code == 302  # signed out for real


def test_signing_out_needs_a_post(client_as):
    client = client_as("enhetschef")

    assert client.get(reverse("logout")).status_code == 405
    assert not AuditEvent.objects.filter(action="sign_out").exists()


def test_the_session_key_changes_at_sign_in(demo):
    client = Client()
    before = client.session
    before["besökt"] = True
    before.save()
    key_before = client.cookies[settings.SESSION_COOKIE_NAME].value

    sign_in(client, "medarbetare", DEMO_PASSWORD)

    key_after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert key_after != key_before
    assert client.get(reverse("home")).status_code == 200


def test_a_session_lasts_a_working_day_and_ends_when_the_browser_closes(demo):
    assert project_settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    client = Client()

    sign_in(client, "medarbetare", DEMO_PASSWORD)

    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["expires"] == "" and cookie["max-age"] == ""  # a browser-session cookie
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert client.session.get_expiry_age() == 8 * 60 * 60


@pytest.mark.parametrize("username", ["medarbetare", "admin"])
def test_a_signed_in_person_who_opens_the_sign_in_page_goes_to_the_start_page(username, client_as):
    response = client_as(username).get(reverse("login"))

    assert response.status_code == 302
    assert response.url == reverse("home")


def test_behind_a_trusted_proxy_the_address_the_proxy_saw_is_recorded(demo, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1

    sign_in(
        Client(),
        "medarbetare",
        DEMO_PASSWORD,
        REMOTE_ADDR="10.0.0.1",
        headers={"X-Forwarded-For": "198.51.100.66, 203.0.113.5"},
    )

    # The first entry was written by the client itself and proves nothing.
    assert AuditEvent.objects.get(action="sign_in").ip_address == "203.0.113.5"


def test_without_a_trusted_proxy_a_forwarded_address_is_ignored(demo):
    sign_in(
        Client(),
        "medarbetare",
        DEMO_PASSWORD,
        REMOTE_ADDR="10.0.0.1",
        headers={"X-Forwarded-For": "203.0.113.5"},
    )

    assert AuditEvent.objects.get(action="sign_in").ip_address == "10.0.0.1"


def test_a_malformed_forwarded_address_does_not_break_sign_in(demo, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1

    response = Client(raise_request_exception=False).post(
        reverse("login"),
        {"username": "medarbetare", "password": DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        headers={"X-Forwarded-For": "inte-en-adress"},
    )

    assert response.status_code == 302
    assert AuditEvent.objects.get(action="sign_in").ip_address in (None, "10.0.0.1")
