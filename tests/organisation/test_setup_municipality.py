"""`manage.py setup_municipality`: a new municipality's first two accounts, once (issue 22)."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from varna.audit.models import AuditEvent
from varna.organisation.constants import Role
from varna.organisation.models import Membership, Municipality, User

ARGS = [
    "--name",
    "Exempelstad",
    "--admin-email",
    "it@exempelstad.se",
    "--coordinator-email",
    "vbe@exempelstad.se",
]


def run(*args: str) -> str:
    out = StringIO()
    call_command("setup_municipality", *args, stdout=out)
    return out.getvalue()


def test_it_creates_the_first_system_administrator_and_central_coordinator(db, client):
    output = run(*ARGS, "--coordinator-username", "central.exempelstad")

    municipality = Municipality.objects.get(name="Exempelstad")
    admin = User.objects.get(username="it@exempelstad.se")
    central = User.objects.get(username="central.exempelstad")
    held = Membership.objects.filter(administration__municipality=municipality)
    assert set(held.values_list("user__username", "role", "administration__name")) == {
        ("it@exempelstad.se", Role.ADMIN, "Stadsledningskontoret"),
        ("central.exempelstad", Role.CENTRAL_COORDINATOR, "Stadsledningskontoret"),
    }
    assert (admin.is_superuser, central.is_superuser, central.is_staff) == (True, False, False)
    assert not admin.has_usable_password() and not central.has_usable_password()
    assert output.count("Länk för att välja lösenord") == 2  # links only, never a password
    assert AuditEvent.objects.filter(actor_name="setup_municipality", action="created").count() == 4
    # Each printed link is a working one-time link to choose a password.
    links = re.findall(r"https?://\S+", output)
    assert len(links) == 2
    path = links[1].split("://", 1)[1].split("/", 1)[1]
    chosen = client.get("/" + path, follow=True)
    assert chosen.status_code == 200
    assert "new_password1" in chosen.text
    chosen = client.post(
        chosen.redirect_chain[-1][0],
        {"new_password1": "ett-långt-nytt-lösenord-9", "new_password2": "ett-långt-nytt-lösenord-9"},
    )
    assert chosen.status_code == 302
    assert User.objects.get(username="central.exempelstad").has_usable_password()


def test_a_second_run_is_refused_and_changes_nothing(db):
    run(*ARGS)
    before = User.objects.count(), Membership.objects.count(), AuditEvent.objects.count()

    with pytest.raises(CommandError, match="redan en systemförvaltare"):
        run(
            "--name",
            "Exempelstad",
            "--admin-email",
            "ny@exempelstad.se",
            "--coordinator-email",
            "annan@exempelstad.se",
        )

    assert (User.objects.count(), Membership.objects.count(), AuditEvent.objects.count()) == before


def test_the_two_accounts_must_be_two_different_people(db):
    with pytest.raises(CommandError, match="två olika personer"):
        run(
            "--name",
            "Exempelstad",
            "--admin-email",
            "a@exempelstad.se",
            "--coordinator-email",
            "A@exempelstad.se",
        )

    assert not Municipality.objects.filter(name="Exempelstad").exists()


def test_an_existing_username_is_refused(demo):
    with pytest.raises(CommandError, match="finns redan"):
        run(*ARGS, "--admin-username", "admin")

    assert not Municipality.objects.filter(name="Exempelstad").exists()
