"""Sessions end where they should: a stolen cookie is worthless after sign-out, and changing the
password signs out every other browser. (Fixation and throttling: tests/organisation.)"""

from __future__ import annotations

from django.conf import settings
from django.test import Client
from django.urls import reverse

from varna.organisation.demo import DEMO_PASSWORD


def signed_in_client(username: str) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    return client


def test_after_signing_out_the_old_session_cookie_no_longer_signs_anyone_in(demo):
    client = signed_in_client("samordnare.bromma")
    stolen = client.cookies[settings.SESSION_COOKIE_NAME].value

    client.post(reverse("logout"))
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = stolen
    response = thief.get(reverse("home"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_changing_the_password_signs_out_the_other_browsers_but_not_this_one(demo):
    here, elsewhere = signed_in_client("medarbetare"), signed_in_client("medarbetare")
    new = "ett-nytt-langt-losenord-2025"

    response = here.post(
        reverse("password_change"),
        {"old_password": DEMO_PASSWORD, "new_password1": new, "new_password2": new},
    )

    assert response.status_code == 302
    assert here.get(reverse("home")).status_code == 200
    assert elsewhere.get(reverse("home")).status_code == 302


def test_the_session_and_csrf_cookies_are_not_readable_by_scripts(demo):
    client = signed_in_client("medarbetare")

    assert client.cookies[settings.SESSION_COOKIE_NAME]["httponly"]
    assert client.cookies[settings.SESSION_COOKIE_NAME]["samesite"] == "Lax"
    assert settings.CSRF_COOKIE_HTTPONLY is True
