"""Separation of duties in granting roles (issue 22): nobody reads what is not theirs.

The system administrator runs the system but never hands itself or anyone a role that reads
reports; nobody changes their own roles; city-wide and system roles wait for a second system
administrator; every grant of a role that reads reports is mailed to the coordinators.
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from varna.audit.models import AuditEvent
from varna.organisation import services
from varna.organisation.constants import Role, RoleGrantStatus
from varna.organisation.models import Administration, Membership, RoleGrant, User
from varna.organisation.permissions import can_confirm_grant, has_rule, roles_reading_reports


def add(client, administration, **data):
    return client.post(reverse("membership_add", kwargs={"administration_id": administration.pk}), data)


def grant(actor, administration, username, role):
    return services.add_membership(administration=administration, username=username, role=role, actor=actor)


@pytest.fixture
def city_office(demo) -> Administration:
    return Administration.objects.get(name="Stadsledningskontoret")


@pytest.fixture
def second_admin(city_office) -> User:
    person = User.objects.create_user(username="admin2", email="admin2@demo.varna.example", is_staff=True)
    Membership.objects.create(user=person, administration=city_office, role=Role.ADMIN)
    return person


def test_the_roles_that_read_reports_are_read_off_the_review_rule():
    assert roles_reading_reports() == {Role.COORDINATOR}


@pytest.mark.parametrize("username", ["admin", "medarbetare", "ny.person"])
def test_the_system_administrator_cannot_make_itself_or_anyone_a_coordinator(username, client_as, bromma):
    response = add(client_as("admin"), bromma, username=username, role=Role.COORDINATOR)

    assert response.status_code == 403
    assert "Bara den centrala samordnaren eller en samordnare i förvaltningen" in response.text
    assert not Membership.objects.filter(user__username=username, role=Role.COORDINATOR).exists()
    assert not User.objects.filter(username="ny.person").exists()


def test_the_service_refuses_the_system_administrator_a_coordinator_role(user, bromma):
    with pytest.raises(services.RoleRefused):
        grant(user("admin"), bromma, "admin", Role.COORDINATOR)
    assert not Membership.objects.filter(user__username="admin", administration=bromma).exists()


def test_the_system_administrator_is_not_offered_a_role_that_reads_reports(client_as, bromma):
    page = client_as("admin").get(reverse("membership_add", kwargs={"administration_id": bromma.pk}))

    assert f'value="{Role.COORDINATOR}"' not in page.text
    assert f'value="{Role.EMPLOYEE}"' in page.text


def test_the_system_administrator_still_grants_roles_that_read_no_reports(client_as, bromma):
    response = add(client_as("admin"), bromma, username="ny.person", role=Role.EMPLOYEE)

    assert response.status_code == 302
    assert Membership.objects.filter(user__username="ny.person", administration=bromma).exists()


@pytest.mark.parametrize(
    ("username", "administration_name", "role"),
    [
        ("samordnare.bromma", "Bromma", Role.EMPLOYEE),
        ("samordnare.bromma", "Bromma", Role.COORDINATOR),
        ("central", "Bromma", Role.COORDINATOR),
        ("admin", "Stadsledningskontoret", Role.CENTRAL_COORDINATOR),
        ("admin", "Bromma", Role.EMPLOYEE),
    ],
)
def test_nobody_gives_themselves_a_role(username, administration_name, role, user):
    administration = Administration.objects.get(name=administration_name)
    before = Membership.objects.count(), RoleGrant.objects.count()

    with pytest.raises(services.RoleRefused, match="Du kan inte ändra dina egna roller"):
        grant(user(username), administration, username, role)

    assert (Membership.objects.count(), RoleGrant.objects.count()) == before


@pytest.mark.parametrize("username", ["samordnare.bromma", "central", "admin"])
def test_nobody_takes_away_their_own_role(username, client_as):
    membership = Membership.objects.filter(user__username=username).first()

    response = client_as(username).post(
        reverse(
            "membership_remove",
            kwargs={"administration_id": membership.administration_id, "pk": membership.pk},
        )
    )

    assert response.status_code == 403
    assert "Du kan inte ändra dina egna roller." in response.text
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_the_service_refuses_to_take_away_ones_own_role(user):
    membership = Membership.objects.get(user__username="samordnare.bromma")

    with pytest.raises(services.RoleRefused, match="Du kan inte ändra dina egna roller"):
        services.remove_membership(membership=membership, actor=user("samordnare.bromma"))


def test_a_coordinator_grants_a_reading_role_in_their_administration_but_not_another(
    client_as, user, bromma, farsta
):
    client = client_as("samordnare.bromma")

    assert add(client, bromma, username="ny.samordnare", role=Role.COORDINATOR).status_code == 302
    assert add(client, farsta, username="ny.samordnare", role=Role.COORDINATOR).status_code == 404
    with pytest.raises(services.RoleRefused):
        grant(user("samordnare.bromma"), farsta, "ny.samordnare", Role.COORDINATOR)

    held = Membership.objects.filter(user__username="ny.samordnare", role=Role.COORDINATOR)
    assert list(held.values_list("administration__name", flat=True)) == ["Bromma"]


def test_the_central_coordinator_grants_a_reading_role_in_any_administration(client_as, bromma, farsta):
    client = client_as("central")

    for administration in (bromma, farsta):
        assert add(client, administration, username="ny.samordnare", role=Role.COORDINATOR).status_code == 302

    held = Membership.objects.filter(user__username="ny.samordnare", role=Role.COORDINATOR)
    assert set(held.values_list("administration__name", flat=True)) == {"Bromma", "Farsta"}


def test_the_central_coordinator_grants_no_other_roles(client_as, bromma):
    response = add(client_as("central"), bromma, username="ny.person", role=Role.EMPLOYEE)

    assert response.status_code == 403
    assert not User.objects.filter(username="ny.person").exists()


def test_a_grant_of_a_reading_role_is_mailed_to_the_coordinators_and_audited(
    client_as, bromma, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add(client_as("central"), bromma, username="medarbetare", role=Role.COORDINATOR)

    assert [message.to for message in mail.outbox] == [["samordnare.bromma@demo.varna.example"]]
    message = mail.outbox[0]
    assert message.subject == "Ny roll som läser rapporter i Bromma"
    assert "central har gett medarbetare rollen Samordnare i Bromma" in message.body
    assert f"/organisation/{bromma.pk}/" in message.body
    event = AuditEvent.objects.get(action="created", object_type="medlemskap", administration=bromma)
    assert (event.actor_name, event.summary) == ("central", "medarbetare: Samordnare")


def test_a_role_that_reads_no_reports_is_not_mailed_to_the_coordinators(
    client_as, bromma, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add(client_as("samordnare.bromma"), bromma, username="handlaggare", role=Role.EMPLOYEE)

    assert mail.outbox == []


@pytest.mark.parametrize("role", [Role.CENTRAL_COORDINATOR, Role.ADMIN])
def test_a_city_wide_or_system_role_waits_until_a_second_system_administrator_confirms(
    role, client_as, user, city_office, second_admin
):
    response = add(client_as("admin"), city_office, username="medarbetare", role=role)

    assert response.status_code == 302
    pending = RoleGrant.objects.get(user__username="medarbetare", role=role)
    assert pending.status == RoleGrantStatus.PENDING
    assert not Membership.objects.filter(user__username="medarbetare", role=role).exists()
    assert not has_rule(user("medarbetare"), "situation.view_city")

    confirmed = client_as("admin2").post(reverse("role_grant_confirm", args=[pending.pk]))

    assert confirmed.status_code == 302
    pending.refresh_from_db()
    assert (pending.status, pending.decided_by) == (RoleGrantStatus.CONFIRMED, second_admin)
    held = Membership.objects.filter(user__username="medarbetare", administration=city_office, role=role)
    assert held.exists()
    assert has_rule(user("medarbetare"), "situation.view_city")
    actions = AuditEvent.objects.filter(object_type="rollbegäran", object_id=str(pending.pk))
    assert sorted(actions.values_list("action", "actor_name")) == [
        ("role_confirmed", "admin2"),
        ("role_requested", "admin"),
    ]


def test_the_requester_cannot_confirm_their_own_request(client_as, user, city_office, second_admin):
    pending = grant(user("admin"), city_office, "medarbetare", Role.CENTRAL_COORDINATOR)

    response = client_as("admin").post(reverse("role_grant_confirm", args=[pending.pk]))

    assert response.status_code == 403
    assert "av en annan systemförvaltare än den som begärde den" in response.text
    pending.refresh_from_db()
    assert pending.status == RoleGrantStatus.PENDING
    assert not Membership.objects.filter(user__username="medarbetare", role=Role.CENTRAL_COORDINATOR).exists()
    with pytest.raises(services.RoleRefused):
        services.decide_role_grant(grant=pending, confirm=True, actor=user("admin"))


def test_the_person_who_gets_the_role_cannot_confirm_it(user, city_office, second_admin):
    pending = grant(user("admin"), city_office, "admin2", Role.CENTRAL_COORDINATOR)

    assert not can_confirm_grant(second_admin, pending)
    with pytest.raises(services.RoleRefused):
        services.decide_role_grant(grant=pending, confirm=True, actor=second_admin)


def test_a_second_system_administrator_can_reject_a_request(client_as, user, city_office, second_admin):
    pending = grant(user("admin"), city_office, "medarbetare", Role.ADMIN)

    response = client_as("admin2").post(reverse("role_grant_reject", args=[pending.pk]))

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == RoleGrantStatus.REJECTED
    assert not Membership.objects.filter(user__username="medarbetare", role=Role.ADMIN).exists()
    rejected = AuditEvent.objects.filter(action="role_rejected", object_id=str(pending.pk))
    assert list(rejected.values_list("actor_name", flat=True)) == ["admin2"]
    # A decided request stays decided.
    client_as("admin2").post(reverse("role_grant_confirm", args=[pending.pk]))
    assert not Membership.objects.filter(user__username="medarbetare", role=Role.ADMIN).exists()


def test_the_pending_page_offers_buttons_only_to_another_system_administrator(
    client_as, user, city_office, second_admin
):
    pending = grant(user("admin"), city_office, "medarbetare", Role.CENTRAL_COORDINATOR)
    confirm_url = reverse("role_grant_confirm", args=[pending.pk])

    for_requester = client_as("admin").get(reverse("role_grant_list"))
    for_second = client_as("admin2").get(reverse("role_grant_list"))

    assert "Väntar på en annan systemförvaltare" in for_requester.text
    assert confirm_url not in for_requester.text
    assert confirm_url in for_second.text
    assert 'name="csrfmiddlewaretoken"' in for_second.text


def test_django_admin_does_not_bypass_the_rules(client_as):
    client = client_as("admin")

    assert client.get("/admin/organisation/membership/add/").status_code == 403
    user_page = client.get(f"/admin/organisation/user/{User.objects.get(username='medarbetare').pk}/change/")
    assert 'name="is_superuser"' not in user_page.text


@pytest.mark.parametrize("username", ["samordnare.bromma", "central"])
def test_django_admin_cannot_take_over_an_account_that_reads_reports_or_is_city_wide(
    username, client_as, user
):
    client = client_as("admin")
    account = user(username)

    assert client.get(f"/admin/organisation/user/{account.pk}/password/").status_code == 403
    page = client.get(f"/admin/organisation/user/{account.pk}/change/")
    assert page.status_code == 200
    assert 'name="email"' not in page.text
    assert 'name="is_active"' not in page.text
    assert client.get(f"/admin/organisation/user/{account.pk}/delete/").status_code == 403
    assert client.get(f"/admin/organisation/user/{user('medarbetare').pk}/password/").status_code == 200
