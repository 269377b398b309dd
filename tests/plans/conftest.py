"""Bromma's small test plan (tests/plans/factories.py) in each state."""

from __future__ import annotations

import datetime

import pytest

from tests.plans.factories import make_plan
from varna.plans import services
from varna.plans.models import Plan


@pytest.fixture
def draft_plan(bromma) -> Plan:
    return make_plan()


@pytest.fixture
def submitted_plan(draft_plan, user) -> Plan:
    return services.submit_plan(
        plan=draft_plan, actor=user("samordnare.bromma"), submitted_on=datetime.date(2024, 1, 20)
    )


@pytest.fixture
def adopted_plan(submitted_plan, user) -> Plan:
    return services.adopt_plan(
        plan=submitted_plan,
        actor=user("samordnare.bromma"),
        adopted_on=datetime.date(2024, 2, 14),
        decision_reference="§ 12",
    )
