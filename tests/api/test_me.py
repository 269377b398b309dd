"""GET /api/v1/me: who the caller is and which roles they hold where."""

from __future__ import annotations

from django.test import Client

from varna.organisation.services import create_api_token

ME = "/api/v1/me"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def test_a_token_holder_gets_their_username_and_roles(user, bromma):
    _token, secret = create_api_token(user=user("samordnare.bromma"), name="test")

    response = Client().get(ME, headers=bearer(secret))

    assert response.status_code == 200
    body = response.json()
    assert body["username"] == "samordnare.bromma"
    assert body["name"] == "Demo Samordnare Bromma"
    assert body["memberships"] == [
        {
            "administration_id": bromma.pk,
            "administration": "Bromma",
            "role": "coordinator",
            "role_label": "Samordnare",
            "unit_id": None,
            "unit": None,
        }
    ]


def test_the_unit_is_named_when_the_role_has_one(user):
    _token, secret = create_api_token(user=user("medarbetare"), name="test")

    membership = Client().get(ME, headers=bearer(secret)).json()["memberships"][0]

    assert membership["role"] == "employee"
    assert membership["unit"] == "Fritidsgården Blackeberg"
    assert isinstance(membership["unit_id"], int)


def test_a_signed_in_browser_session_works_too(client_as):
    response = client_as("handlaggare").get(ME)

    assert response.status_code == 200
    assert response.json()["username"] == "handlaggare"
    assert [m["role"] for m in response.json()["memberships"]] == ["grants_officer"]


def test_a_token_answers_for_its_owner_even_in_someone_else_s_session(client_as, user):
    _token, secret = create_api_token(user=user("medarbetare"), name="test")

    response = client_as("admin").get(ME, headers=bearer(secret))

    assert response.json()["username"] == "medarbetare"


def test_a_bad_token_is_not_rescued_by_a_session(client_as):
    response = client_as("admin").get(ME, headers=bearer("varna_fel"))

    assert response.status_code == 401


def test_an_anonymous_caller_is_told_in_swedish_to_sign_in(db):
    response = Client().get(ME)

    assert response.status_code == 401
    assert response.json() == {"detail": "Inloggning krävs: ange en giltig API-nyckel."}
