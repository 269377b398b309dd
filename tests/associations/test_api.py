"""Associations, applications and decisions in the API, and in the OpenAPI schema."""

import pytest

from tests.associations.factories import make_application, make_association
from varna.associations.models import GrantApplication
from varna.organisation.models import User
from varna.organisation.services import create_api_token

pytestmark = pytest.mark.django_db


def headers(username: str) -> dict[str, str]:
    _token, secret = create_api_token(user=User.objects.get(username=username), name="test")
    return {"Authorization": f"Bearer {secret}"}


def test_an_officer_registers_an_application_and_decides_it(demo, client):
    association = make_association()
    auth = headers("handlaggare")
    created = client.post(
        f"/api/v1/associations/{association.pk}/applications",
        {"year": 2026, "received_on": "2026-01-10", "amount_requested": 50000},
        content_type="application/json",
        headers=auth,
    )
    assert created.status_code == 201
    application_id = created.json()["id"]
    assert created.json()["status"] == "received"
    again = client.post(
        f"/api/v1/associations/{association.pk}/applications",
        {"year": 2026, "received_on": "2026-01-10"},
        content_type="application/json",
        headers=auth,
    )
    assert again.status_code == 409

    early = client.post(
        f"/api/v1/associations/applications/{application_id}/decisions",
        {"outcome": "denied", "justification": "Nej."},
        content_type="application/json",
        headers=auth,
    )
    assert early.status_code == 409  # not screened yet


def test_a_grant_without_override_is_refused_with_422(demo, client):
    application = make_application(screening=True)
    response = client.post(
        f"/api/v1/associations/applications/{application.pk}/decisions",
        {"outcome": "granted", "amount": 1000, "justification": "Ja."},
        content_type="application/json",
        headers=headers("handlaggare"),
    )
    assert response.status_code == 422
    assert "override_reason" in response.json()["detail"]
    ok = client.post(
        f"/api/v1/associations/applications/{application.pk}/decisions",
        {"outcome": "granted", "amount": 1000, "justification": "Ja.", "override_reason": "Akut behov."},
        content_type="application/json",
        headers=headers("handlaggare"),
    )
    assert ok.status_code == 201
    assert ok.json()["unmet_items"] > 0 and ok.json()["state"] == "in_effect"
    detail = client.get(
        f"/api/v1/associations/applications/{application.pk}", headers=headers("samordnare.soc")
    )
    assert detail.json()["status"] == "granted"
    assert len(detail.json()["screening"]) == 9 and detail.json()["decisions"][0]["amount"] == 1000


def test_personal_data_in_a_justification_is_refused_with_422(demo, client):
    application = make_application(screening=True)
    response = client.post(
        f"/api/v1/associations/applications/{application.pk}/decisions",
        {"outcome": "denied", "justification": "Kassören Anna Andersson, 19850101-1234, hotade personal."},
        content_type="application/json",
        headers=headers("handlaggare"),
    )
    assert response.status_code == 422
    assert response.json()["code"] == "personal_data"
    assert "Anna" not in response.content.decode()
    assert not GrantApplication.objects.get(pk=application.pk).decisions.exists()


def test_lists_show_only_the_administrations_one_reads(demo, client):
    make_association()
    make_association("Bromma IF", administration="Bromma", number="802498765")
    names = {a["name"] for a in client.get("/api/v1/associations", headers=headers("handlaggare")).json()}
    assert names == {"Föreningen Mötesplats Söder"}
    bromma = {
        a["name"] for a in client.get("/api/v1/associations", headers=headers("samordnare.bromma")).json()
    }
    assert bromma == {"Bromma IF"}


def test_the_operations_are_in_the_openapi_schema(demo, client):
    schema = client.get("/api/v1/openapi.json").json()
    operations = {op["operationId"] for path in schema["paths"].values() for op in path.values()}
    assert {
        "list_associations",
        "get_association",
        "list_grant_applications",
        "get_grant_application",
        "create_grant_application",
        "record_grant_decision",
    } <= operations
    assert {"GrantApplicationOut", "GrantDecisionIn", "AssociationOut"} <= set(
        schema["components"]["schemas"]
    )
