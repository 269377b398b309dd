"""GET /api/v1/reference and /api/v1/administrations: what a report may say and where it may go."""

from __future__ import annotations

import pytest
from django.test import Client

from varna.organisation.constants import AdministrationKind, Role
from varna.organisation.models import Administration, Membership, Municipality, User
from varna.reports.constants import AgeGroup, Classification, Source, Status
from varna.reports.models import ReferenceItem

REFERENCE = "/api/v1/reference"
ADMINISTRATIONS = "/api/v1/administrations"


def codes(entries: list[dict]) -> list[str]:
    return [entry["code"] for entry in entries]


def test_every_reference_list_is_given_as_codes_and_labels(client_as):
    response = client_as("medarbetare").get(REFERENCE)

    assert response.status_code == 200
    lists = response.json()
    assert set(lists) == {
        "environments",
        "event_types",
        "settings",
        "actions",
        "age_groups",
        "classifications",
        "sources",
        "statuses",
    }
    assert {"right_wing", "left_wing", "islamist"} <= set(codes(lists["environments"]))
    assert {"graffiti", "threats", "other"} <= set(codes(lists["event_types"]))
    assert {"school", "online"} <= set(codes(lists["settings"]))
    assert {"orosanmalan", "police", "none"} <= set(codes(lists["actions"]))
    assert codes(lists["age_groups"]) == AgeGroup.values
    assert codes(lists["classifications"]) == Classification.values
    assert codes(lists["sources"]) == Source.values
    assert codes(lists["statuses"]) == Status.values
    assert {"code": "under_18", "label": "Under 18 år"} in lists["age_groups"]
    right_wing = next(e for e in lists["environments"] if e["code"] == "right_wing")
    assert right_wing["label"] == ReferenceItem.objects.get(kind="environment", code="right_wing").label


def test_an_inactive_choice_is_not_offered(client_as):
    ReferenceItem.objects.filter(kind="environment", code="hybrid").update(active=False)

    lists = client_as("medarbetare").get(REFERENCE).json()

    assert "hybrid" not in codes(lists["environments"])


@pytest.mark.parametrize("path", [REFERENCE, ADMINISTRATIONS])
def test_an_anonymous_caller_gets_401(path, db):
    assert Client().get(path).status_code == 401


def test_an_employee_may_report_to_every_administration_of_the_municipality(client_as):
    response = client_as("medarbetare").get(ADMINISTRATIONS)

    assert response.status_code == 200
    names = [adm["name"] for adm in response.json()]
    assert names == list(Administration.objects.order_by("name").values_list("name", flat=True))
    assert {"Bromma", "Farsta", "Socialförvaltningen", "Stadsledningskontoret"} <= set(names)


def test_an_administration_comes_with_its_own_units_and_areas(client_as, bromma, farsta):
    found = {adm["name"]: adm for adm in client_as("samordnare.soc").get(ADMINISTRATIONS).json()}

    entry = found["Bromma"]
    assert entry["id"] == bromma.pk
    assert entry["kind"] == AdministrationKind.DISTRICT
    assert {u["name"] for u in entry["units"]} == set(bromma.units.values_list("name", flat=True))
    assert "Fritidsgården Blackeberg" in {u["name"] for u in entry["units"]}
    assert {a["id"] for a in entry["areas"]} == set(bromma.areas.values_list("pk", flat=True))
    assert not {a["id"] for a in entry["areas"]} & set(farsta.areas.values_list("pk", flat=True))


def test_another_municipality_s_administrations_are_not_offered(client_as):
    elsewhere = Municipality.objects.create(name="Grannkommunen")
    Administration.objects.create(municipality=elsewhere, name="Grannförvaltningen", kind="district")

    names = {adm["name"] for adm in client_as("medarbetare").get(ADMINISTRATIONS).json()}

    assert "Grannförvaltningen" not in names
    assert "Bromma" in names


def test_a_person_of_the_other_municipality_sees_only_theirs(client_as):
    elsewhere = Municipality.objects.create(name="Grannkommunen")
    theirs = Administration.objects.create(municipality=elsewhere, name="Grannförvaltningen", kind="district")
    person = User.objects.create_user(username="granne", password="x")
    Membership.objects.create(user=person, administration=theirs, role=Role.EMPLOYEE)

    client = Client()
    client.force_login(person)

    assert [adm["name"] for adm in client.get(ADMINISTRATIONS).json()] == ["Grannförvaltningen"]


def test_a_person_without_a_membership_may_report_in_the_only_municipality(demo):
    client = Client()
    client.force_login(User.objects.create_user(username="ny", password="x"))

    names = {adm["name"] for adm in client.get(ADMINISTRATIONS).json()}

    assert "Bromma" in names
    Municipality.objects.create(name="Grannkommunen")
    assert client.get(ADMINISTRATIONS).json() == []
