"""API tokens: stored hashed, refused once revoked or when the account is off, use is noted."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from varna.audit.models import AuditEvent
from varna.organisation.models import ApiToken
from varna.organisation.services import create_api_token, revoke_api_token

ME = "/api/v1/me"
SWEDISH_401 = {"detail": "Inloggning krävs: ange en giltig API-nyckel."}


def call_me(secret: str):
    return Client().get(ME, headers={"Authorization": f"Bearer {secret}"})


@pytest.fixture
def token(user) -> tuple[ApiToken, str]:
    return create_api_token(user=user("samordnare.bromma"), name="Rapportverktyg")


def test_the_secret_is_not_stored_only_its_hash(token):
    row, secret = token

    assert secret.startswith("varna_")
    assert len(secret) > 40
    for field in ApiToken._meta.concrete_fields:
        assert secret not in str(field.value_from_object(row)), field.name
    assert secret.startswith(row.prefix)
    assert len(row.key_hash) == 64


def test_creating_a_token_is_audited_without_the_secret(token):
    row, secret = token

    event = AuditEvent.objects.get(action="token_created")
    assert event.object_id == str(row.pk)
    assert event.summary == "Rapportverktyg"
    for field in AuditEvent._meta.concrete_fields:
        assert secret not in str(field.value_from_object(event))


def test_a_revoked_token_is_refused_in_swedish(token, user):
    row, secret = token
    assert call_me(secret).status_code == 200

    revoke_api_token(token=row, actor=user("samordnare.bromma"))
    response = call_me(secret)

    assert response.status_code == 401
    assert response.json() == SWEDISH_401
    assert AuditEvent.objects.filter(action="token_revoked", object_id=str(row.pk)).count() == 1


def test_a_token_revoked_on_the_account_page_stops_working(token, client_as):
    row, secret = token

    client_as("samordnare.bromma").post(reverse("token_revoke", kwargs={"pk": row.pk}))

    assert call_me(secret).status_code == 401


@pytest.mark.parametrize(
    "header",
    [
        "Bearer varna_finnsinte",
        "Bearer inte-ens-rätt-början",
        "Bearer ",
        "Token varna_x",
        "varna_x",
    ],
)
def test_a_malformed_or_unknown_token_is_refused(header, demo):
    response = Client().get(ME, headers={"Authorization": header})

    assert response.status_code == 401
    assert response.json() == SWEDISH_401


def test_a_token_with_one_character_changed_is_refused(token):
    _row, secret = token
    tampered = secret[:-1] + ("A" if secret[-1] != "A" else "B")

    assert call_me(tampered).status_code == 401


def test_the_token_of_an_inactive_person_is_refused(token, user):
    _row, secret = token
    person = user("samordnare.bromma")
    person.is_active = False
    person.save()

    response = call_me(secret)

    assert response.status_code == 401
    assert response.json() == SWEDISH_401


def test_using_a_token_notes_when_it_was_last_used(token):
    row, secret = token
    assert row.last_used_at is None

    call_me(secret)

    row.refresh_from_db()
    assert row.last_used_at is not None
    assert timezone.now() - row.last_used_at < timedelta(seconds=10)


def test_last_use_is_written_at_most_once_a_minute(token):
    row, secret = token
    recently = timezone.now() - timedelta(seconds=30)
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=recently)

    call_me(secret)
    row.refresh_from_db()
    assert row.last_used_at == recently

    long_ago = timezone.now() - timedelta(minutes=5)
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=long_ago)
    call_me(secret)
    row.refresh_from_db()
    assert row.last_used_at > long_ago


def test_the_command_prints_a_working_token(demo):
    out = StringIO()

    call_command("create_api_token", "samordnare.bromma", "--name", "Skript", stdout=out)

    secret = out.getvalue().strip()
    assert call_me(secret).json()["username"] == "samordnare.bromma"
    assert ApiToken.objects.get(user__username="samordnare.bromma").name == "Skript"


def test_the_command_refuses_an_unknown_user(demo):
    with pytest.raises(CommandError, match="ingen aktiv användare"):
        call_command("create_api_token", "finns.inte", stdout=StringIO())

    assert not ApiToken.objects.exists()


def test_the_command_refuses_an_inactive_user(user):
    person = user("medarbetare")
    person.is_active = False
    person.save()

    with pytest.raises(CommandError):
        call_command("create_api_token", "medarbetare", stdout=StringIO())
