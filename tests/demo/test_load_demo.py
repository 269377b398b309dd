"""`manage.py load_demo`: the demo municipality, one account per role, routine, reports and plans;
safe to run again."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

import varna.settings as project_settings
from varna.organisation.demo import ADMINISTRATIONS, DEMO_PASSWORD, DEMO_USERS
from varna.organisation.models import Administration, Area, Department, Membership, Municipality, Unit, User
from varna.plans.models import Plan
from varna.reports.models import GraffitiCount, Report, RoutineStep
from varna.surveys.demo import demo_unit_managers

COUNTED = [
    Municipality,
    Administration,
    Department,
    Unit,
    Area,
    User,
    Membership,
    Report,
    GraffitiCount,
    RoutineStep,
    Plan,
]


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def load() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_loading_the_demo_twice_gives_the_same_data(db):
    load()
    first = counts()
    load()

    assert counts() == first
    assert first["Administration"] == len(ADMINISTRATIONS)
    # Plus the survey demo's unit managers (no password), so that its answers count (issue 21).
    managers = len(demo_unit_managers())
    assert managers > 0
    assert first["User"] == len(DEMO_USERS) + managers
    assert first["Membership"] == len(DEMO_USERS) + managers
    assert first["Plan"] == 4  # the four seed plans
    assert first["Report"] > 0 and first["GraffitiCount"] > 0 and first["RoutineStep"] > 0


def test_loading_again_does_not_reset_a_changed_password(db):
    load()
    person = User.objects.get(username="medarbetare")
    person.set_password("ett-eget-lösenord-99")
    person.save()

    load()

    person.refresh_from_db()
    assert person.check_password("ett-eget-lösenord-99")


def test_the_command_lists_the_demo_accounts_in_swedish(db):
    output = load()

    assert "Demokommunen är inläst." in output
    assert f"lösenord: {DEMO_PASSWORD}" in output
    for username in DEMO_USERS:
        assert username in output


@pytest.mark.parametrize("username", list(DEMO_USERS))
def test_every_demo_person_has_their_role_and_no_other(username, db):
    load()
    role, administration, unit, _last_name = DEMO_USERS[username]

    memberships = list(Membership.objects.filter(user__username=username))

    assert [(m.role, m.administration.name, m.unit.name if m.unit else None) for m in memberships] == [
        (role, administration, unit)
    ]


def test_only_the_system_administrator_is_staff_or_superuser(db):
    load()

    assert list(User.objects.filter(is_staff=True).values_list("username", flat=True)) == ["admin"]
    assert list(User.objects.filter(is_superuser=True).values_list("username", flat=True)) == ["admin"]


@pytest.mark.parametrize("username", list(DEMO_USERS))
def test_every_demo_person_can_sign_in_with_the_demo_password(username, db):
    load()

    response = Client().post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("home")


def test_with_the_production_hasher_the_demo_password_is_stored_as_argon2(db, settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    User.objects.filter(username="samordnare.bromma").delete()

    load()

    person = User.objects.get(username="samordnare.bromma")
    assert person.password.startswith("argon2$")
    response = Client().post(reverse("login"), {"username": "samordnare.bromma", "password": DEMO_PASSWORD})
    assert response.status_code == 302
