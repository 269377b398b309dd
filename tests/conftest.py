"""Shared fixtures: the demo municipality with one person per role (the personas).

Personas, as in the README's demo accounts: `medarbetare` (employee, Bromma), `enhetschef`
(unit manager, Bromma), `samordnare.bromma` (coordinator, Bromma), `samordnare.soc`
(coordinator, Socialförvaltningen), `central`, `handlaggare`, `namnd`, `admin`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from varna.organisation.demo import DEMO_USERS, load_demo_users, load_organisation
from varna.organisation.models import Administration, User

PERSONAS = list(DEMO_USERS)

# Every log line and e-mail of the run is scanned for personal data at its end (tests/ops).
pytest_plugins = ["tests.ops.logscan"]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Argon2 is the production hasher (tested on its own); tests hash many passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo organisation once; every test runs inside a transaction on top of it."""
    from django.test import override_settings

    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
    ):
        load_organisation()
        load_demo_users()


@pytest.fixture
def demo(db) -> None:
    """The demo data; re-loaded for transactional tests, which empty the tables after them."""
    load_organisation()
    load_demo_users()


@pytest.fixture
def user(demo) -> Callable[[str], User]:
    return lambda username: User.objects.get(username=username)


@pytest.fixture
def client_as(demo) -> Callable[[str | None], Client]:
    def make(username: str | None) -> Client:
        client = Client()
        if username:
            client.force_login(User.objects.get(username=username))
        return client

    return make


@pytest.fixture
def bromma(demo) -> Administration:
    return Administration.objects.get(name="Bromma")


@pytest.fixture
def farsta(demo) -> Administration:
    return Administration.objects.get(name="Farsta")


@pytest.fixture
def socialforvaltningen(demo) -> Administration:
    return Administration.objects.get(name="Socialförvaltningen")
