"""A coordinator keeps their administration's departments, units and areas up to date."""

from __future__ import annotations

import pytest
from django.urls import reverse

from varna.audit.models import AuditEvent
from varna.organisation.models import Area, Department, Unit

MODELS = {"department": Department, "unit": Unit, "area": Area}


@pytest.mark.parametrize("kind", ["department", "unit", "area"])
def test_a_coordinator_creates_a_part_in_their_administration_and_it_is_audited(
    kind, client_as, bromma, user
):
    response = client_as("samordnare.bromma").post(
        reverse(f"{kind}_create", kwargs={"administration_id": bromma.pk}), {"name": "Nytt i Bromma"}
    )

    assert response.status_code == 302
    assert response.url == reverse("administration_detail", kwargs={"administration_id": bromma.pk})
    part = MODELS[kind].objects.get(name="Nytt i Bromma")
    assert part.administration == bromma
    event = AuditEvent.objects.get(
        action="created", object_id=str(part.pk), object_type=MODELS[kind]._meta.verbose_name
    )
    assert event.actor == user("samordnare.bromma")
    assert event.administration == bromma
    assert event.summary == "Nytt i Bromma"
    assert event.ip_address == "127.0.0.1"


@pytest.mark.parametrize("kind", ["department", "unit", "area"])
def test_a_coordinator_renames_a_part_and_it_is_audited_as_changed(kind, client_as, bromma):
    part = MODELS[kind].objects.filter(administration=bromma).first()

    response = client_as("samordnare.bromma").post(
        reverse(f"{kind}_edit", kwargs={"administration_id": bromma.pk, "pk": part.pk}),
        {"name": "Nytt namn", "department": getattr(part, "department_id", "") or ""},
    )

    assert response.status_code == 302
    part.refresh_from_db()
    assert part.name == "Nytt namn"
    assert part.administration == bromma
    assert (
        AuditEvent.objects.filter(action="changed", object_id=str(part.pk), summary="Nytt namn").count() == 1
    )


def test_a_unit_is_placed_in_one_of_the_administration_s_departments(client_as, bromma):
    department = Department.objects.filter(administration=bromma).first()

    client_as("samordnare.bromma").post(
        reverse("unit_create", kwargs={"administration_id": bromma.pk}),
        {"name": "Ny enhet", "department": department.pk},
    )

    assert Unit.objects.get(name="Ny enhet").department == department


def test_the_unit_form_offers_only_the_administration_s_own_departments(client_as, bromma, farsta):
    response = client_as("samordnare.bromma").get(
        reverse("unit_create", kwargs={"administration_id": bromma.pk})
    )

    offered = set(response.context["form"].fields["department"].queryset)
    assert offered == set(Department.objects.filter(administration=bromma))
    farsta_department = Department.objects.filter(administration=farsta).first()
    assert f'value="{farsta_department.pk}"' not in response.text


def test_a_department_of_another_administration_is_refused(client_as, bromma, farsta):
    farsta_department = Department.objects.filter(administration=farsta).first()

    response = client_as("samordnare.bromma").post(
        reverse("unit_create", kwargs={"administration_id": bromma.pk}),
        {"name": "Smugglad enhet", "department": farsta_department.pk},
    )

    assert response.status_code == 200
    assert "department" in response.context["form"].errors
    assert not Unit.objects.filter(name="Smugglad enhet").exists()
    assert not AuditEvent.objects.filter(summary="Smugglad enhet").exists()


@pytest.mark.parametrize("kind", ["department", "unit", "area"])
def test_a_part_of_another_administration_is_not_found_under_your_own(kind, client_as, bromma, farsta):
    farsta_part = MODELS[kind].objects.filter(administration=farsta).first()
    url = reverse(f"{kind}_edit", kwargs={"administration_id": bromma.pk, "pk": farsta_part.pk})
    client = client_as("samordnare.bromma")

    assert client.get(url).status_code == 404
    assert client.post(url, {"name": "Kapad"}).status_code == 404

    farsta_part.refresh_from_db()
    assert farsta_part.name != "Kapad"
    assert farsta_part.administration == farsta


def test_a_name_already_used_in_the_administration_is_refused_in_swedish(client_as, bromma):
    taken = Area.objects.filter(administration=bromma).first().name

    response = client_as("samordnare.bromma").post(
        reverse("area_create", kwargs={"administration_id": bromma.pk}), {"name": taken}
    )

    assert response.status_code == 200
    assert Area.objects.filter(administration=bromma, name=taken).count() == 1
    assert "finns redan" in response.text
    assert not AuditEvent.objects.filter(action="created").exists()


def test_the_same_name_may_be_used_in_another_administration(client_as, bromma, farsta):
    farsta_name = Area.objects.filter(administration=farsta).first().name

    client_as("samordnare.bromma").post(
        reverse("area_create", kwargs={"administration_id": bromma.pk}), {"name": farsta_name}
    )

    assert Area.objects.filter(administration=bromma, name=farsta_name).exists()


def test_an_empty_name_is_refused_and_nothing_is_saved(client_as, bromma):
    before = Area.objects.count()

    response = client_as("samordnare.bromma").post(
        reverse("area_create", kwargs={"administration_id": bromma.pk}), {"name": ""}
    )

    assert response.status_code == 200
    assert "Detta fält måste fyllas i" in response.text
    assert Area.objects.count() == before


def test_the_system_administrator_may_create_parts_in_any_administration(client_as, farsta):
    response = client_as("admin").post(
        reverse("area_create", kwargs={"administration_id": farsta.pk}), {"name": "Nytt område"}
    )

    assert response.status_code == 302
    assert Area.objects.get(name="Nytt område").administration == farsta
