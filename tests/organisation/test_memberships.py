"""Giving and taking away roles in an administration."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from varna.audit.models import AuditEvent
from varna.organisation.constants import Role
from varna.organisation.models import Membership, Unit, User


def add(client, administration, **data):
    return client.post(reverse("membership_add", kwargs={"administration_id": administration.pk}), data)


def test_adding_a_role_for_a_new_person_creates_an_account_without_a_usable_password(
    client_as, bromma, django_capture_on_commit_callbacks
):
    unit = Unit.objects.filter(administration=bromma).first()

    with django_capture_on_commit_callbacks(execute=True):
        response = add(
            client_as("samordnare.bromma"),
            bromma,
            username="ny.medarbetare",
            first_name="Ny",
            last_name="Medarbetare",
            email="ny@example.se",
            role=Role.EMPLOYEE,
            unit=unit.pk,
        )

    assert response.status_code == 302
    person = User.objects.get(username="ny.medarbetare")
    assert not person.has_usable_password()
    assert person.email == "ny@example.se"
    membership = Membership.objects.get(user=person)
    assert (membership.administration, membership.role, membership.unit) == (bromma, Role.EMPLOYEE, unit)
    audited = AuditEvent.objects.filter(
        action="created", administration=bromma, actor_name="samordnare.bromma"
    )
    assert set(audited.values_list("object_type", flat=True)) == {"användare", "medlemskap"}


def test_a_new_person_is_sent_a_swedish_link_to_choose_a_password(
    client_as, bromma, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add(
            client_as("samordnare.bromma"),
            bromma,
            username="ny.medarbetare",
            email="ny@example.se",
            role=Role.EMPLOYEE,
        )

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ny@example.se"]
    assert mail.outbox[0].subject == "Välj lösenord för Värna"
    assert "/konto/losenord/" in mail.outbox[0].body


def test_no_email_is_sent_before_the_transaction_commits(
    client_as, bromma, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        add(
            client_as("samordnare.bromma"),
            bromma,
            username="ny.medarbetare",
            email="ny@example.se",
            role=Role.EMPLOYEE,
        )

    assert mail.outbox == []
    assert len(callbacks) == 1


def test_an_existing_person_gets_the_role_and_no_new_account_or_email(
    client_as, bromma, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = add(
            client_as("samordnare.bromma"),
            bromma,
            username="handlaggare",
            email="annan@example.se",
            role=Role.EMPLOYEE,
        )

    assert response.status_code == 302
    person = user("handlaggare")
    assert person.email == "handlaggare@demo.varna.example"
    assert person.has_usable_password()
    assert Membership.objects.filter(user=person, administration=bromma, role=Role.EMPLOYEE).exists()
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.parametrize("role", [Role.ADMIN, Role.CENTRAL_COORDINATOR])
def test_a_coordinator_cannot_grant_a_city_wide_or_system_role(role, client_as, bromma):
    client = client_as("samordnare.bromma")

    offered = client.get(reverse("membership_add", kwargs={"administration_id": bromma.pk}))
    response = add(client, bromma, username="medarbetare", role=role)

    assert f'value="{role}"' not in offered.text
    assert response.status_code == 403
    assert "Bara en systemförvaltare får begära en stadsövergripande roll eller systemroll." in response.text
    assert not Membership.objects.filter(user__username="medarbetare", role=role).exists()


def test_adding_the_same_role_twice_is_refused_in_swedish_and_creates_nothing(client_as, bromma):
    client = client_as("samordnare.bromma")
    before_memberships = Membership.objects.count()
    before_events = AuditEvent.objects.count()

    response = add(client, bromma, username="medarbetare", role=Role.EMPLOYEE)

    assert response.status_code == 200
    assert "Personen har redan den rollen i förvaltningen." in response.text
    assert Membership.objects.count() == before_memberships
    assert AuditEvent.objects.count() == before_events


def test_the_unit_must_belong_to_the_administration(client_as, bromma, farsta):
    farsta_unit = Unit.objects.filter(administration=farsta).first()

    response = add(
        client_as("samordnare.bromma"), bromma, username="ny.person", role=Role.EMPLOYEE, unit=farsta_unit.pk
    )

    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    assert not User.objects.filter(username="ny.person").exists()


def test_removing_a_role_deletes_it_and_is_audited(client_as, bromma, user):
    membership = Membership.objects.get(user__username="medarbetare", administration=bromma)

    response = client_as("samordnare.bromma").post(
        reverse("membership_remove", kwargs={"administration_id": bromma.pk, "pk": membership.pk})
    )

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert User.objects.filter(username="medarbetare").exists()  # the account stays
    event = AuditEvent.objects.get(action="deleted", object_id=str(membership.pk))
    assert event.actor == user("samordnare.bromma")
    assert event.administration == bromma
    assert event.summary == "medarbetare: Medarbetare"


def test_a_role_in_another_administration_is_not_found_under_your_own(client_as, bromma):
    elsewhere = Membership.objects.get(user__username="handlaggare")

    response = client_as("samordnare.bromma").post(
        reverse("membership_remove", kwargs={"administration_id": bromma.pk, "pk": elsewhere.pk})
    )

    assert response.status_code == 404
    assert Membership.objects.filter(pk=elsewhere.pk).exists()


def test_a_removed_role_takes_its_rights_away_at_once(client_as, bromma):
    membership = Membership.objects.get(user__username="samordnare.bromma")
    coordinator = client_as("samordnare.bromma")
    assert coordinator.get(reverse("administration_detail", args=[bromma.pk])).status_code == 200

    client_as("central").post(
        reverse("membership_remove", kwargs={"administration_id": bromma.pk, "pk": membership.pk})
    )

    assert coordinator.get(reverse("administration_detail", args=[bromma.pk])).status_code == 404
