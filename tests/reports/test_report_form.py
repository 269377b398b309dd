"""The employee's report form: what it offers, what it stores, what it refuses, and the receipt."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.lib.personal_data import PersonalDataError
from varna.organisation.models import Area, Unit
from varna.reports.constants import DatePrecision, ReferenceKind
from varna.reports.models import ReferenceItem, Report

pytestmark = pytest.mark.django_db

PERSONAL = "Eleven Kalle Svensson (080512-3452) visade IS-propaganda för andra elever."


def item(kind: str, code: str) -> ReferenceItem:
    return ReferenceItem.objects.get(kind=kind, code=code)


def form_data(administration, **changes) -> dict:
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    data = {
        "administration": administration.pk,
        "unit": Unit.objects.get(administration=administration, name__startswith="Fritidsgården").pk,
        "area": Area.objects.filter(administration=administration).order_by("name").first().pk,
        "event_date": yesterday.isoformat(),
        "event_month": "",
        "event_types": [item(ReferenceKind.EVENT_TYPE, "graffiti").pk],
        "environments": [item(ReferenceKind.ENVIRONMENT, "right_wing").pk],
        "age_group": "under_18",
        "setting": item(ReferenceKind.SETTING, "youth_club").pk,
        "actions": [item(ReferenceKind.ACTION, "manager").pk],
        "description": "Klistermärken med vit makt-symboler på fritidsgårdens entré.",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def post(client, data):
    return client.post(reverse("report_create"), data)


def test_the_form_starts_with_the_employees_administration_and_unit(client_as, bromma, farsta):
    response = client_as("medarbetare").get(reverse("report_create"))

    form = response.context["form"]
    assert form.initial["administration"] == bromma.pk
    assert form.initial["unit"] == Unit.objects.get(name="Fritidsgården Blackeberg").pk
    assert set(form.fields["unit"].queryset) == set(Unit.objects.filter(administration=bromma))
    assert set(form.fields["area"].queryset) == set(Area.objects.filter(administration=bromma))
    assert "Hökarängen" not in response.content.decode()  # Farsta's area


def test_a_complete_report_is_stored_and_the_receipt_shown(client_as, bromma):
    client = client_as("medarbetare")

    response = post(client, form_data(bromma, contact_requested="on"))

    report = Report.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("report_receipt", args=[report.reference])
    assert report.administration == bromma
    assert report.unit.name == "Fritidsgården Blackeberg"
    assert report.submitted_by.username == "medarbetare"
    assert report.date_precision == DatePrecision.DAY
    assert [i.code for i in report.event_types.all()] == ["graffiti"]
    assert [i.code for i in report.environments.all()] == ["right_wing"]
    assert [i.code for i in report.actions.all()] == ["manager"]
    assert report.setting.code == "youth_club"
    assert report.age_group == "under_18"
    assert report.contact_requested


def test_only_the_month_may_be_given(client_as, bromma):
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")

    post(client_as("medarbetare"), form_data(bromma, event_date="", event_month=last_month))

    report = Report.objects.get()
    assert report.date_precision == DatePrecision.MONTH
    assert report.event_date.strftime("%Y-%m") == last_month and report.event_date.day == 1


def test_a_report_needs_a_date_or_a_month_and_keeps_everything_typed(client_as, bromma):
    response = post(client_as("medarbetare"), form_data(bromma, event_date=""))

    text = response.content.decode()
    assert response.status_code == 200
    assert "Ange datum, eller bara månad om du inte vet dagen." in text
    assert "Klistermärken med vit makt-symboler på fritidsgårdens entré." in text
    assert "Inget är skickat ännu. Allt du har skrivit finns kvar." in text
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"event_date": "2999-01-01"}, "event_date"),
        ({"event_date": "", "event_month": "2999-01"}, "event_month"),
        ({"event_month": "mars"}, "event_month"),
        ({"event_types": []}, "event_types"),
        ({"description": ""}, "description"),
    ],
)
def test_wrong_or_missing_answers_are_shown_on_their_field(client_as, bromma, changes, field):
    response = post(client_as("medarbetare"), form_data(bromma, **changes))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Report.objects.count() == 0


def test_a_unit_or_area_of_another_administration_is_refused(client_as, bromma, farsta):
    farsta_unit = Unit.objects.filter(administration=farsta).first()
    farsta_area = Area.objects.filter(administration=farsta).first()

    response = post(client_as("medarbetare"), form_data(bromma, unit=farsta_unit.pk, area=farsta_area.pk))

    assert {"unit", "area"} <= set(response.context["form"].errors)
    assert Report.objects.count() == 0


def test_choosing_another_administration_lists_its_units_and_keeps_the_input(client_as, farsta):
    data = form_data(farsta, unit="", area="", _refresh="1", description="Hakkors på en vägg.")
    data["unit"] = Unit.objects.get(name="Fritidsgården Blackeberg").pk  # left from Bromma

    response = post(client_as("medarbetare"), data)

    text = response.content.decode()
    form = response.context["form"]
    assert response.status_code == 200
    assert not form.is_bound and "Något behöver rättas" not in text
    assert set(form.fields["unit"].queryset) == set(Unit.objects.filter(administration=farsta))
    assert "Hökarängen" in text and "Blackeberg" not in text.split('id="report-parts"')[1].split("</div>")[0]
    assert "Hakkors på en vägg." in text
    assert "Enheter och områden för Farsta visas. Inget är skickat ännu." in text
    assert Report.objects.count() == 0


def test_the_htmx_refresh_answers_with_the_new_unit_list(client_as, farsta):
    response = client_as("medarbetare").post(
        reverse("report_create"),
        form_data(farsta, unit="", area="", _refresh="1"),
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert 'id="report-parts"' in response.content.decode()
    assert "Fritidsgården Farsta" in response.content.decode()


def test_the_form_can_start_from_the_administration_whose_routine_was_read(client_as, farsta):
    response = client_as("medarbetare").get(reverse("report_create"), {"forvaltning": farsta.pk})

    initial = dict(response.context["form"].initial)
    initial.pop("submission")  # the form's one-time token (test_submit_once.py)
    assert initial == {"administration": farsta.pk}


# --- De-identification ------------------------------------------------------------------------


def test_a_text_with_a_personnummer_and_a_name_is_refused_and_marked(client_as, bromma):
    response = post(client_as("medarbetare"), form_data(bromma, description=PERSONAL))

    text = response.content.decode()
    assert response.status_code == 200
    assert Report.objects.count() == 0
    assert "Texten innehåller uppgifter som kan identifiera en person." in text
    assert '<mark title="' in text
    assert "Ersätt markerade uppgifter med platshållare" in text
    assert response.context["form"]["description"].value() == PERSONAL


def test_accepting_the_redaction_shows_the_cleaned_text_then_stores_only_placeholders(client_as, bromma):
    client = client_as("medarbetare")

    redacted = post(client, form_data(bromma, description=PERSONAL, _deid_redact="description"))
    cleaned = redacted.context["form"]["description"].value()
    assert Report.objects.count() == 0
    assert "Kalle" not in cleaned and "080512" not in cleaned
    assert "[PERSONNUMMER]" in cleaned

    response = post(client, form_data(bromma, description=cleaned))

    assert response.status_code == 302
    stored = Report.objects.get().description
    assert "[PERSONNUMMER]" in stored and "[NAMN]" in stored
    assert "Kalle" not in stored and "Svensson" not in stored and "080512" not in stored


def test_saying_a_name_is_not_personal_data_stores_the_text_and_audits_the_reason(client_as, bromma):
    text = "Klotter med texten Jonas Lindqvist vid skolan."
    response = post(
        client_as("medarbetare"),
        form_data(
            bromma,
            description=text,
            description__override=["PERSON|Jonas Lindqvist"],
            description__override_reason="public",
        ),
    )

    assert response.status_code == 302
    report = Report.objects.get()
    assert report.description == text
    event = AuditEvent.objects.get(action=Action.OVERRIDDEN)
    assert event.summary == "PERSON: public"
    assert event.administration_id == bromma.pk


def test_a_validation_error_of_the_service_is_shown_on_its_field(client_as, bromma):
    with mock.patch(
        "varna.reports.services.submit_report",
        side_effect=ValidationError({"event_date": ["Datumet kan inte ligga i framtiden."]}),
    ):
        response = post(client_as("medarbetare"), form_data(bromma))

    assert response.status_code == 200
    assert response.context["form"].errors["event_date"] == ["Datumet kan inte ligga i framtiden."]


def test_a_personal_data_error_of_the_service_is_shown_on_the_description(client_as, bromma):
    with mock.patch(
        "varna.reports.services.submit_report", side_effect=PersonalDataError({"description": []})
    ):
        response = post(client_as("medarbetare"), form_data(bromma))

    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert Report.objects.count() == 0


# --- Receipt ----------------------------------------------------------------------------------


def test_the_receipt_gives_the_reference_what_happens_next_and_reminders(client_as, bromma):
    client = client_as("medarbetare")
    post(client, form_data(bromma, actions=[]))
    report = Report.objects.get()

    text = client.get(reverse("report_receipt", args=[report.reference])).content.decode()

    assert report.reference in text
    assert "Vad händer nu?" in text
    assert "Gör en orosanmälan till socialtjänsten nu." in text  # under 18, no orosanmälan made
    assert "Berätta för din närmaste chef i dag." in text  # the manager was not told
    assert 'href="tel:112"' in text


def test_the_receipt_does_not_remind_of_what_was_done(client_as, bromma):
    client = client_as("medarbetare")
    done = [item(ReferenceKind.ACTION, "orosanmalan").pk, item(ReferenceKind.ACTION, "manager").pk]
    post(client, form_data(bromma, actions=done))

    text = client.get(reverse("report_receipt", args=[Report.objects.get().reference])).content.decode()

    assert "Gör en orosanmälan till socialtjänsten nu." not in text
    assert "Berätta för din närmaste chef i dag." not in text


def test_someone_else_cannot_open_the_receipt(client_as, bromma):
    post(client_as("medarbetare"), form_data(bromma))

    response = client_as("enhetschef").get(reverse("report_receipt", args=[Report.objects.get().reference]))

    assert response.status_code == 404


def test_anyone_signed_in_may_report_to_another_administration(client_as, farsta):
    data = form_data(farsta)

    response = post(client_as("samordnare.soc"), data)

    assert response.status_code == 302
    assert Report.objects.get().administration == farsta


def test_a_personnummer_with_a_zero_width_space_inside_is_refused_and_kept_as_typed(client_as, bromma):
    typed = "Eleven med nummer 0809\u200b15-6672 visade propaganda."
    response = post(client_as("medarbetare"), form_data(bromma, description=typed))

    assert response.status_code == 200
    assert Report.objects.count() == 0
    assert "Texten innehåller uppgifter som kan identifiera en person." in response.content.decode()
    assert response.context["form"]["description"].value() == typed


def test_invisible_characters_are_not_stored(client_as, bromma):
    response = post(client_as("medarbetare"), form_data(bromma, description="Klotter\u200b vid\u00ad bron."))

    assert response.status_code == 302
    assert Report.objects.get().description == "Klotter vid bron."
