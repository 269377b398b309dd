"""/api/v1/reports: filing, listing, reading and reviewing de-identified reports through the API."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from django.test import Client

from tests.reports.factories import make_report
from varna.audit.models import AuditEvent
from varna.organisation.models import Area, Unit
from varna.organisation.services import create_api_token
from varna.reports.constants import Classification, DatePrecision, Source, Status
from varna.reports.models import Report, ReportNote

REPORTS = "/api/v1/reports"
PERSONAL = "Eleven Kalle Svensson ritade symboler, ring 070-123 45 67."
SECRETS = ("Kalle", "Svensson", "070-123 45 67", "070")


def one(report_id: int) -> str:
    return f"{REPORTS}/{report_id}"


def post(client: Client, body: dict[str, Any]):
    return client.post(REPORTS, body, content_type="application/json")


def patch(client: Client, report_id: int, body: dict[str, Any]):
    return client.patch(one(report_id), body, content_type="application/json")


def yesterday() -> datetime.date:
    return datetime.date.today() - datetime.timedelta(days=1)


@pytest.fixture
def body(bromma) -> dict[str, Any]:
    return {
        "administration": bromma.pk,
        "unit": Unit.objects.get(administration=bromma, name="Fritidsgården Blackeberg").pk,
        "area": Area.objects.filter(administration=bromma).first().pk,
        "event_date": yesterday().isoformat(),
        "environments": ["right_wing"],
        "event_types": ["graffiti", "symbols"],
        "age_group": "under_18",
        "setting": "youth_club",
        "actions": ["manager"],
        "description": "Klistermärken med vit makt-symboler vid entrén.",
        "contact_requested": True,
    }


def field_errors(response) -> dict[str, str]:
    assert response.status_code == 422
    content = response.json()
    assert content["code"] == "invalid"
    return {error["field"]: error["message"] for error in content["errors"]}


# --- POST /reports ---------------------------------------------------------------------------


def test_an_employee_files_a_report_and_gets_its_reference(client_as, body, bromma):
    response = post(client_as("medarbetare"), body)

    assert response.status_code == 201
    created = response.json()
    report = Report.objects.get(pk=created["id"])
    assert created["reference"] == report.reference
    assert report.submitted_by.username == "medarbetare"
    assert report.administration == bromma
    assert report.unit_id == body["unit"] and report.area_id == body["area"]
    assert report.event_date == yesterday() and report.date_precision == DatePrecision.DAY
    assert {i.code for i in report.event_types.all()} == {"graffiti", "symbols"}
    assert [i.code for i in report.environments.all()] == ["right_wing"]
    assert report.setting.code == "youth_club"
    assert [i.code for i in report.actions.all()] == ["manager"]
    assert report.age_group == "under_18" and report.contact_requested
    assert report.source == Source.REPORT and report.status == Status.NEW


def test_any_signed_in_person_may_report_to_another_administration(client_as, body, farsta):
    body.update(administration=farsta.pk, unit=None, area=None)

    response = post(client_as("samordnare.soc"), body)

    assert response.status_code == 201
    assert Report.objects.get(pk=response.json()["id"]).administration == farsta


def test_a_token_holder_files_a_report_too(user, body):
    _token, secret = create_api_token(user=user("enhetschef"), name="rapportverktyg")

    response = Client().post(
        REPORTS, body, content_type="application/json", headers={"Authorization": f"Bearer {secret}"}
    )

    assert response.status_code == 201
    assert Report.objects.get().submitted_by.username == "enhetschef"


def test_a_month_alone_is_stored_as_its_first_day_with_month_precision(client_as, body):
    del body["event_date"]
    body["event_month"] = "2024-11"

    report = Report.objects.get(pk=post(client_as("medarbetare"), body).json()["id"])

    assert report.event_date == datetime.date(2024, 11, 1)
    assert report.date_precision == DatePrecision.MONTH


def test_personal_data_is_refused_with_labels_and_positions_but_never_the_text(client_as, body):
    body["description"] = PERSONAL

    response = post(client_as("medarbetare"), body)

    assert response.status_code == 422
    content = response.json()
    assert content["code"] == "personal_data"
    assert content["detail"]
    findings = {finding["label"]: finding for finding in content["findings"]}
    assert {"PERSON", "PHONE"} <= set(findings)
    person = findings["PERSON"]
    assert person["field"] == "description"
    assert PERSONAL[person["start"] : person["end"]] == "Kalle Svensson"
    assert set(person) == {"field", "label", "start", "end"}
    text = response.content.decode()
    for secret in SECRETS:
        assert secret not in text
    assert Report.objects.count() == 0


def test_unknown_codes_are_refused_naming_each_field_in_swedish(client_as, body):
    body.update(
        environments=["right_wing", "okänd_miljö"],
        event_types=["spöken"],
        actions=["ingenting"],
        setting="månen",
        age_group="bebis",
    )

    errors = field_errors(post(client_as("medarbetare"), body))

    assert set(errors) == {"environments", "event_types", "actions", "setting", "age_group"}
    assert errors["environments"] == "Okänd kod i environments (miljö): okänd_miljö."
    assert "event_types" in errors["event_types"] and "spöken" in errors["event_types"]
    assert "Okänt värde i age_group" in errors["age_group"]
    assert Report.objects.count() == 0


def test_an_inactive_choice_is_refused(client_as, body):
    from varna.reports.models import ReferenceItem

    ReferenceItem.objects.filter(kind="environment", code="right_wing").update(active=False)

    assert "environments" in field_errors(post(client_as("medarbetare"), body))


def test_a_unit_and_an_area_of_another_administration_are_refused(client_as, body, farsta):
    body["unit"] = Unit.objects.filter(administration=farsta).first().pk
    body["area"] = Area.objects.filter(administration=farsta).first().pk

    errors = field_errors(post(client_as("medarbetare"), body))

    assert errors == {
        "unit": "Enheten i unit finns inte i den valda förvaltningen.",
        "area": "Området i area finns inte i den valda förvaltningen.",
    }
    assert Report.objects.count() == 0


def test_an_unknown_administration_unit_or_area_is_refused(client_as, body):
    body.update(administration=999_999, unit=999_999, area=999_999)

    assert set(field_errors(post(client_as("medarbetare"), body))) == {"administration", "unit", "area"}


@pytest.mark.parametrize(
    "dates, field",
    [
        ({}, "event_date"),
        ({"event_date": "2024-01-05", "event_month": "2024-01"}, "event_date"),
        ({"event_date": "5/1 2024"}, "event_date"),
        ({"event_date": "2024-02-30"}, "event_date"),
        ({"event_month": "2024-13"}, "event_month"),
    ],
)
def test_the_date_must_be_one_day_or_one_month(dates, field, client_as, body):
    del body["event_date"]
    body.update(dates)

    errors = field_errors(post(client_as("medarbetare"), body))

    assert list(errors) == [field]
    assert "ÅÅÅÅ-MM" in errors[field]


def test_a_date_in_the_future_is_refused_by_the_service(client_as, body):
    body["event_date"] = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()

    errors = field_errors(post(client_as("medarbetare"), body))

    assert errors == {"event_date": "Datumet kan inte ligga i framtiden."}


def test_an_anonymous_caller_cannot_report(db, body):
    response = post(Client(), body)

    assert response.status_code == 401
    assert response.json() == {"detail": "Inloggning krävs: ange en giltig API-nyckel."}


# --- GET /reports ----------------------------------------------------------------------------


@pytest.fixture
def reports(demo, farsta) -> dict[str, Report]:
    bromma_areas = list(Area.objects.filter(administration__name="Bromma").order_by("name"))
    return {
        "own": make_report(by="medarbetare", area=bromma_areas[0]),
        "colleague": make_report(
            by="enhetschef", environments=("islamist",), event_types=("threats",), area=bromma_areas[1]
        ),
        "imported": make_report(
            by="samordnare.bromma", source=Source.IA, event_date=datetime.date(2024, 3, 2)
        ),
        "farsta": make_report(administration="Farsta", by="medarbetare"),
        "soc": make_report(administration="Socialförvaltningen", by="handlaggare"),
    }


def listed(client: Client, **query: Any) -> list[str]:
    response = client.get(REPORTS, query)
    assert response.status_code == 200, response.content
    return [item["reference"] for item in response.json()["items"]]


def refs(reports: dict[str, Report], *names: str) -> set[str]:
    return {reports[name].reference for name in names}


def test_an_employee_sees_only_own_reports(client_as, reports):
    assert set(listed(client_as("medarbetare"))) == refs(reports, "own", "farsta")
    assert set(listed(client_as("enhetschef"))) == refs(reports, "colleague")
    assert listed(client_as("central")) == []


def test_a_coordinator_sees_every_report_of_their_administration_and_no_other(client_as, reports):
    assert set(listed(client_as("samordnare.bromma"))) == refs(reports, "own", "colleague", "imported")
    assert set(listed(client_as("samordnare.soc"))) == refs(reports, "soc")


def test_the_list_has_no_free_text_and_marks_own_reports(client_as, reports):
    items = client_as("samordnare.bromma").get(REPORTS).json()["items"]

    assert all("description" not in item for item in items)
    by_reference = {item["reference"]: item for item in items}
    assert by_reference[reports["imported"].reference]["own"] is True
    assert by_reference[reports["own"].reference]["own"] is False
    entry = by_reference[reports["colleague"].reference]
    assert entry["environments"] == ["islamist"] and entry["event_types"] == ["threats"]
    assert entry["administration"]["name"] == "Bromma"


def test_listing_reads_no_report_into_the_audit_log(client_as, reports):
    client_as("samordnare.bromma").get(REPORTS)

    assert not AuditEvent.objects.filter(action="viewed").exists()


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"status": "closed"}, {"colleague"}),
        ({"classification": "vbe"}, {"own"}),
        ({"environment": "islamist"}, {"colleague"}),
        ({"event_type": "graffiti"}, {"own", "imported"}),
        ({"source": "ia"}, {"imported"}),
        ({"from": "2024-03-01", "to": "2024-03-31"}, {"imported"}),
        ({"from": "2024-04-01"}, {"own", "colleague"}),
        ({"to": "2024-03-02"}, {"imported"}),
    ],
)
def test_the_list_is_filtered(query, expected, client_as, reports):
    Report.objects.filter(pk=reports["colleague"].pk).update(status=Status.CLOSED)
    Report.objects.filter(pk=reports["own"].pk).update(classification=Classification.VBE)

    assert set(listed(client_as("samordnare.bromma"), **query)) == refs(reports, *expected)


def test_the_list_is_filtered_by_administration_and_area(client_as, reports, bromma, farsta):
    client = client_as("medarbetare")

    assert set(listed(client, administration=farsta.pk)) == refs(reports, "farsta")
    assert set(listed(client, administration=bromma.pk)) == refs(reports, "own")
    coordinator = client_as("samordnare.bromma")
    assert set(listed(coordinator, area=reports["colleague"].area_id)) == refs(reports, "colleague")


@pytest.mark.parametrize(
    "query, field",
    [
        ({"status": "glömd"}, "status"),
        ({"classification": "kanske"}, "classification"),
        ({"source": "rykte"}, "source"),
        ({"environment": "okänd"}, "environment"),
        ({"event_type": "okänd"}, "event_type"),
        ({"from": "igår"}, "from"),
        ({"to": "2024-1-1"}, "to"),
    ],
)
def test_a_bad_filter_is_refused_naming_it(query, field, client_as, reports):
    assert list(field_errors(client_as("samordnare.bromma").get(REPORTS, query))) == [field]


def test_the_list_is_paginated_newest_first_with_a_total(client_as, reports):
    client = client_as("samordnare.bromma")
    newest_first = [reports[name].reference for name in ("imported", "colleague", "own")]

    first = client.get(REPORTS, {"limit": 2}).json()
    second = client.get(REPORTS, {"limit": 2, "offset": 2}).json()

    assert first["total"] == second["total"] == 3
    assert (first["limit"], first["offset"], second["offset"]) == (2, 0, 2)
    assert [i["reference"] for i in first["items"] + second["items"]] == newest_first
    assert client.get(REPORTS, {"offset": 10}).json()["items"] == []


def test_a_limit_out_of_range_is_refused(client_as, demo):
    assert client_as("medarbetare").get(REPORTS, {"limit": 1000}).status_code == 422


def test_an_anonymous_caller_cannot_list(db):
    assert Client().get(REPORTS).status_code == 401


# --- GET /reports/{id} -----------------------------------------------------------------------


def test_an_employee_reads_their_own_report_without_an_audited_coordinator_view(client_as, reports):
    response = client_as("medarbetare").get(one(reports["own"].pk))

    assert response.status_code == 200
    content = response.json()
    assert content["reference"] == reports["own"].reference
    assert content["description"] == reports["own"].description
    assert content["own"] is True
    assert content["notes"] == [] and content["contact"] is None
    assert not AuditEvent.objects.filter(action="viewed").exists()
    reports["own"].refresh_from_db()
    assert reports["own"].first_opened_at is None


def test_an_employee_gets_404_for_a_colleague_s_report(client_as, reports):
    response = client_as("medarbetare").get(one(reports["colleague"].pk))

    assert response.status_code == 404
    assert response.json() == {"detail": "Hittades inte."}


def test_the_coordinator_s_reading_is_audited_like_opening_the_details(client_as, reports):
    report = reports["colleague"]

    response = client_as("samordnare.bromma").get(one(report.pk))

    assert response.status_code == 200
    assert response.json()["description"] == report.description
    assert response.json()["first_opened_at"] is not None
    event = AuditEvent.objects.get(action="viewed")
    assert event.actor.username == "samordnare.bromma"
    assert event.object_id == str(report.pk)
    assert event.administration_id == report.administration_id
    assert event.summary == report.reference


def test_a_bromma_report_does_not_exist_for_socialforvaltningen_s_coordinator(client_as, reports):
    response = client_as("samordnare.soc").get(one(reports["own"].pk))

    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action="viewed").exists()


@pytest.mark.parametrize("username", ["central", "admin", "enhetschef"])
def test_others_get_404_even_city_wide(username, client_as, reports):
    assert client_as(username).get(one(reports["own"].pk)).status_code == 404


def test_an_unknown_report_answers_404(client_as, demo):
    assert client_as("samordnare.bromma").get(one(999_999)).status_code == 404


def test_the_coordinator_sees_who_asked_to_be_contacted(client_as, demo):
    asking = make_report(by="medarbetare", contact_requested=True)
    silent = make_report(by="enhetschef")
    coordinator = client_as("samordnare.bromma")

    contact = coordinator.get(one(asking.pk)).json()["contact"]

    assert contact == {"name": "Demo Medarbetare", "email": "medarbetare@demo.varna.example"}
    assert coordinator.get(one(silent.pk)).json()["contact"] is None


# --- PATCH /reports/{id} ---------------------------------------------------------------------


def test_the_coordinator_classifies_a_report_which_goes_into_review(client_as, reports):
    report = reports["own"]

    response = patch(
        client_as("samordnare.bromma"),
        report.pk,
        {"classification": "vbe", "environments": ["hybrid"], "event_types": ["threats", "violence"]},
    )

    assert response.status_code == 200, response.content
    content = response.json()
    assert content["classification"] == "vbe" and content["status"] == "in_review"
    assert content["environments"] == ["hybrid"]
    assert set(content["event_types"]) == {"threats", "violence"}
    report.refresh_from_db()
    assert report.classification == Classification.VBE
    assert report.reviewed_by.username == "samordnare.bromma"
    assert AuditEvent.objects.filter(action="changed", object_id=str(report.pk)).exists()


def test_the_coordinator_closes_and_reopens_but_cannot_make_a_report_new_again(client_as, reports):
    client = client_as("samordnare.bromma")
    report = reports["own"]

    assert patch(client, report.pk, {"status": "closed"}).json()["closed_at"] is not None
    errors = field_errors(patch(client, report.pk, {"status": "new"}))
    assert errors == {"status": "En rapport kan inte gå från ”Avslutad” till ”Ny”."}
    assert patch(client, report.pk, {"status": "in_review"}).json()["status"] == "in_review"


def test_a_note_is_added_and_shown_to_the_coordinator_only(client_as, reports):
    report = reports["own"]

    response = patch(client_as("samordnare.bromma"), report.pk, {"note": "Kontaktat skolan."})

    assert response.status_code == 200
    assert [n["text"] for n in response.json()["notes"]] == ["Kontaktat skolan."]
    assert client_as("medarbetare").get(one(report.pk)).json()["notes"] == []


def test_a_note_with_personal_data_is_refused_and_the_review_is_not_kept(client_as, reports):
    report = reports["own"]

    response = patch(client_as("samordnare.bromma"), report.pk, {"classification": "vbe", "note": PERSONAL})

    assert response.status_code == 422
    content = response.json()
    assert content["code"] == "personal_data"
    assert {f["field"] for f in content["findings"]} == {"note"}
    for secret in SECRETS:
        assert secret not in response.content.decode()
    assert not ReportNote.objects.exists()
    report.refresh_from_db()
    assert report.classification == Classification.UNCLASSIFIED


def test_a_review_with_bad_codes_or_nothing_to_change_is_refused(client_as, reports):
    client = client_as("samordnare.bromma")
    pk = reports["own"].pk

    errors = field_errors(
        patch(client, pk, {"classification": "kanske", "status": "borta", "environments": ["x"]})
    )

    assert set(errors) == {"classification", "status", "environments"}
    assert list(field_errors(patch(client, pk, {}))) == ["__all__"]
    assert list(field_errors(patch(client, pk, {"note": "  "}))) == ["note"]


def test_an_employee_may_not_review_their_own_report(client_as, reports):
    response = patch(client_as("medarbetare"), reports["own"].pk, {"classification": "not_vbe"})

    assert response.status_code == 403
    assert response.json() == {"detail": "Du saknar behörighet för detta."}


@pytest.mark.parametrize("username", ["samordnare.soc", "central", "admin", "enhetschef"])
def test_a_review_of_a_report_one_cannot_see_answers_404(username, client_as, reports):
    response = patch(client_as(username), reports["own"].pk, {"classification": "vbe"})

    assert response.status_code == 404
    reports["own"].refresh_from_db()
    assert reports["own"].classification == Classification.UNCLASSIFIED


def test_an_anonymous_caller_cannot_read_or_review(client_as, reports):
    assert Client().get(one(reports["own"].pk)).status_code == 401
    assert patch(Client(), reports["own"].pk, {"classification": "vbe"}).status_code == 401


# --- OpenAPI ---------------------------------------------------------------------------------


def test_the_openapi_description_lists_the_report_operations(db):
    schema = json.loads(Client().get("/api/v1/openapi.json").content)
    paths = schema["paths"]
    operations = {
        ("/api/v1/reference", "get"): ("reference_lists", {"200"}),
        ("/api/v1/administrations", "get"): ("reporting_administrations", {"200"}),
        ("/api/v1/reports", "post"): ("submit_report", {"201", "404", "422"}),
        ("/api/v1/reports", "get"): ("list_reports", {"200", "422"}),
        ("/api/v1/reports/{report_id}", "get"): ("get_report", {"200", "404"}),
        ("/api/v1/reports/{report_id}", "patch"): ("review_report", {"200", "403", "404", "422"}),
    }
    for (path, method), (operation_id, statuses) in operations.items():
        operation = paths[path][method]
        assert operation["operationId"] == operation_id
        assert operation["summary"] and operation["tags"]
        assert statuses <= set(operation["responses"])
    problem = schema["components"]["schemas"]["ProblemOut"]["properties"]
    assert {"errors", "findings"} <= set(problem)
    finding = schema["components"]["schemas"]["PersonalDataFindingOut"]["properties"]
    assert set(finding) == {"field", "label", "start", "end"}


def test_a_personnummer_with_a_zero_width_space_inside_is_refused_at_its_own_offsets(client_as, body):
    body["description"] = "Eleven med nummer 0809\u200b15-6672 visade propaganda."

    response = post(client_as("medarbetare"), body)

    assert response.status_code == 422
    (finding,) = response.json()["findings"]
    assert finding["label"] == "ID_NUMBER"
    assert body["description"][finding["start"] : finding["end"]] == "0809\u200b15-6672"
    assert "6672" not in response.content.decode()
    assert Report.objects.count() == 0
