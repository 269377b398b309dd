"""Schemathesis against /api/v1/openapi.json: no 5xx and no traceback, whatever is sent.

In-process against the WSGI application, with API tokens of several personas so that the
authenticated operations are reached (as admin, coordinator, employee, central coordinator in
turn); valid and invalid requests (schemathesis' positive and negative modes) spread evenly
over every operation in the schema, so new operations are fuzzed without a change here.

API_FUZZ_CASES sets the number of cases (at least; default 500). CI runs 2,000 in its
PostgreSQL pass.
"""

from __future__ import annotations

import math
import os
import time
from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, seed, settings
from schemathesis import GenerationMode

from tests.plans.factories import matrix_objects as plan_objects
from tests.reports.factories import make_report
from varna.organisation.models import User
from varna.organisation.services import create_api_token

CASES = int(os.environ.get("API_FUZZ_CASES", "500"))
PERSONAS = ["admin", "samordnare.bromma", "medarbetare", "central"]
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)


def fuzz(operation, mode, examples, round_number, persona, headers, sent, failures) -> None:
    @seed(round_number)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],  # failures are collected below, not shrunk
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def send(case) -> None:
        sent[operation.label] += 1
        response = case.call(headers=headers)
        if response.status_code >= 500 or b"Traceback" in response.content:
            failures.append(
                f"{operation.label} as {persona} ({mode.value}): {response.status_code} "
                f"for {case.as_curl_command()[:400]}"
            )

    send()


@pytest.fixture
def wsgi_app():
    """Django's WSGI application, without closing the database connection after each request:
    the test's transaction lives on it (Django's test client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def some_objects(demo):
    """A few reports and plans, so that small generated ids sometimes find something."""
    for by in ("medarbetare", "medarbetare", "enhetschef"):
        make_report(administration="Bromma", by=by)
    plan_objects()


def test_the_api_never_answers_5xx_whatever_it_is_sent(wsgi_app, some_objects, capsys):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    tokens = {
        name: create_api_token(user=User.objects.get(username=name), name="fuzz")[1] for name in PERSONAS
    }
    sent: Counter[str] = Counter()
    failures: list[str] = []
    started = time.monotonic()

    for round_number, persona in enumerate(PERSONAS * 2):
        missing = CASES - sum(sent.values())
        if missing <= 0:
            break
        # Operations with few possible requests run out early: later rounds make up the rest.
        per_operation = math.ceil(missing / (len(operations) * len(MODES)))
        headers = {"Authorization": f"Bearer {tokens[persona]}"}
        for operation in operations:
            for mode in MODES:
                fuzz(operation, mode, per_operation, round_number, persona, headers, sent, failures)

    total, seconds = sum(sent.values()), time.monotonic() - started
    with capsys.disabled():
        print(f"\nschemathesis: {total} cases over {len(operations)} API operations in {seconds:.0f} s")
    assert failures == [], "\n".join(failures[:20])
    assert total >= CASES
    assert set(sent) == {operation.label for operation in operations}
    assert min(sent.values()) >= min(10, CASES // len(operations))
