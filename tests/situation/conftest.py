"""Fixtures for the situation picture: the seed reports and a coordinator of Hägersten-Liljeholmen."""

from __future__ import annotations

import pytest

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, User
from varna.reports.demo import load_demo_reports


@pytest.fixture
def seed_reports(demo) -> None:
    load_demo_reports()


@pytest.fixture
def hagersten(demo) -> Administration:
    return Administration.objects.get(name="Hägersten-Liljeholmen")


@pytest.fixture
def hagersten_coordinator(hagersten) -> User:
    user = User.objects.create_user("samordnare.hl", email="samordnare.hl@demo.varna.example")
    Membership.objects.create(user=user, administration=hagersten, role=Role.COORDINATOR)
    return user
