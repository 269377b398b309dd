"""CSRF on every state change: every URL, and the API when it is used with the browser session.

The URLs come from the URL resolver and the API operations from the OpenAPI schema, so a new
view or operation is covered the day it is added. Django checks the token before any view
runs: a request without it is refused whatever the view would have done.
"""

from __future__ import annotations

import pytest
from django.middleware.csrf import get_token
from django.test import Client
from django.urls import reverse

from tests.ops.urls import UNSAFE, operations, pages
from varna.organisation.models import User

CSRF_PAGE = "Formuläret har gått ut"


def csrf_client(username: str) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.get(username=username))
    return client


@pytest.mark.parametrize(("username", "methods"), [("admin", UNSAFE), ("samordnare.bromma", ("post",))])
def test_every_url_refuses_a_state_change_without_the_csrf_token(username, methods, demo):
    client = csrf_client(username)
    accepted = []
    for page in pages():
        # Django admin's views are Django's own: POST is enough to show the middleware guards them.
        for method in ("post",) if page.admin else methods:
            response = getattr(client, method)(page.path)
            if response.status_code != 403 or CSRF_PAGE not in response.text:
                accepted.append(f"{method.upper()} {page.path} ({page.name}): {response.status_code}")
    assert accepted == []


def test_the_csrf_refusal_is_a_swedish_page_that_says_what_to_do(client_as):
    response = csrf_client("medarbetare").post(reverse("report_create"), {"description": "Klotter"})

    assert response.status_code == 403
    assert CSRF_PAGE in response.text
    assert "ladda om sidan och skicka igen" in response.text


def test_with_the_token_the_same_client_gets_through(demo):
    client = csrf_client("samordnare.bromma")
    token = get_token_from(client)

    response = client.post(reverse("set_language"), {"language": "sv", "csrfmiddlewaretoken": token})

    assert response.status_code == 302


def get_token_from(client: Client) -> str:
    response = client.get(reverse("report_create"))
    assert response.status_code == 200
    return get_token(response.wsgi_request)


@pytest.mark.parametrize("username", ["admin", "samordnare.bromma"])
def test_the_api_refuses_a_session_state_change_without_the_csrf_token(username, demo):
    client = csrf_client(username)
    accepted = []
    unsafe = [operation for operation in operations() if operation.method in UNSAFE]
    assert unsafe, "the API has no operation that changes anything"
    for operation in unsafe:
        response = getattr(client, operation.method)(operation.path, {}, content_type="application/json")
        if response.status_code != 403:
            accepted.append(f"{operation.operation_id}: {response.status_code}")
    assert accepted == []


def test_the_api_takes_a_session_state_change_with_the_csrf_token(demo):
    client = csrf_client("samordnare.bromma")
    token = get_token_from(client)

    response = client.post(
        "/api/v1/text/check",
        {"text": "Klotter vid busshållplatsen."},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )

    assert response.status_code == 200


def test_a_token_caller_needs_no_csrf_token_since_no_browser_sends_it_by_itself(demo):
    from varna.organisation.services import create_api_token

    _row, secret = create_api_token(user=User.objects.get(username="samordnare.bromma"), name="csrf")

    response = Client(enforce_csrf_checks=True).post(
        "/api/v1/text/check",
        {"text": "Klotter vid busshållplatsen."},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )

    assert response.status_code == 200
