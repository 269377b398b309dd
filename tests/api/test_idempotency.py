"""`Idempotency-Key` on the API's creating POSTs: the same key and body again get the first answer
and create nothing; the same key with another body is a 422 in Swedish; keys expire."""

from __future__ import annotations

import datetime
import threading
from typing import Any

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.utils import timezone

from tests.api.test_reports_api import REPORTS, body  # noqa: F401  (body: the fixture)
from varna.api.idempotency import EXPIRES
from varna.api.models import IdempotencyKey
from varna.organisation.models import User
from varna.organisation.services import create_api_token
from varna.reports.models import Report


def _send(client: Client, data: dict[str, Any], key: str | None, secret: str | None = None):
    headers = {"Idempotency-Key": key} if key is not None else {}
    if secret:
        headers["Authorization"] = f"Bearer {secret}"
    return client.post(REPORTS, data, content_type="application/json", headers=headers)


@pytest.fixture
def employee(client_as) -> Client:
    return client_as("medarbetare")


def test_the_same_key_twice_creates_one_report_and_answers_the_same(employee, body):  # noqa: F811
    first = _send(employee, body, "rapport-2026-0001")
    again = _send(employee, body, "rapport-2026-0001")

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert Report.objects.count() == 1
    assert Report.objects.get().reference == first.json()["reference"]


def test_the_same_key_with_another_body_is_a_422_in_swedish(employee, body):  # noqa: F811
    _send(employee, body, "nyckel-1")
    other = _send(employee, {**body, "description": "Något annat på väggen."}, "nyckel-1")

    assert other.status_code == 422
    assert "Idempotency-Key har redan använts" in other.json()["detail"]
    assert Report.objects.count() == 1


def test_without_a_key_every_post_creates(employee, body):  # noqa: F811
    _send(employee, body, None)
    _send(employee, body, None)
    assert Report.objects.count() == 2


def test_keys_are_per_account(client_as, body):  # noqa: F811
    mine = _send(client_as("medarbetare"), body, "samma")
    theirs = _send(client_as("enhetschef"), body, "samma")
    assert mine.json()["id"] != theirs.json()["id"]
    assert Report.objects.count() == 2


def test_a_refused_request_keeps_no_key_so_the_corrected_one_may_use_it(employee, body):  # noqa: F811
    refused = _send(employee, {**body, "age_group": "okänd"}, "nyckel-2")
    assert refused.status_code == 422
    assert not IdempotencyKey.objects.exists()

    assert _send(employee, body, "nyckel-2").status_code == 201
    assert Report.objects.count() == 1


def test_a_key_expires_after_a_day(employee, body):  # noqa: F811
    _send(employee, body, "nyckel-3")
    IdempotencyKey.objects.update(created_at=timezone.now() - EXPIRES - datetime.timedelta(minutes=1))

    assert _send(employee, body, "nyckel-3").status_code == 201
    assert Report.objects.count() == 2
    assert IdempotencyKey.objects.count() == 1  # the expired one is gone


def test_the_key_table_holds_no_key_and_no_text(employee, body):  # noqa: F811
    _send(employee, body, "nyckel-med-text")
    row = IdempotencyKey.objects.get()
    stored = f"{row.key_hash} {row.body_hash} {row.response}"
    assert "nyckel-med-text" not in stored and body["description"] not in stored
    assert set(row.response) == {"id", "reference"}


@pytest.mark.parametrize("key", ["", "å" * 3, "x" * 256, "med mellanslag"])
def test_a_malformed_key_is_a_422(employee, body, key):  # noqa: F811
    response = _send(employee, body, key)
    assert response.status_code == 422
    assert "Idempotency-Key ska vara" in response.json()["detail"]
    assert Report.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_two_posts_with_one_key_at_the_same_time_create_one_report(demo, body):  # noqa: F811
    _token, secret = create_api_token(user=User.objects.get(username="medarbetare"), name="samtidigt")
    start = threading.Barrier(2)
    answers: list[Any] = []

    def send() -> None:
        client = Client(raise_request_exception=False)
        try:
            start.wait()
            answers.append(_send(client, body, "samtidig", secret))
        except OperationalError as error:
            answers.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Report.objects.count() == 1
    statuses = sorted(getattr(answer, "status_code", 0) for answer in answers)
    # PostgreSQL: the second waits on the key's unique index, then replays the first answer.
    # SQLite's shared in-memory test database refuses the second writer at once (503).
    assert statuses == [201, 201] or (connection.vendor == "sqlite" and statuses == [201, 503])
    if statuses == [201, 201]:
        assert answers[0].json() == answers[1].json()
