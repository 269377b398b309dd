"""The coordinator's internal notes: saved when clean, refused and marked when they identify someone."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.reports.factories import make_report
from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.reports.models import ReportNote

pytestmark = pytest.mark.django_db


def note_url(report) -> str:
    return reverse("report_note", args=[report.pk])


def test_a_clean_note_is_saved_shown_and_audited_without_its_text(client_as):
    report = make_report()
    client = client_as("samordnare.bromma")
    response = client.post(note_url(report), {"text": "Kontaktat fältassistenterna, följer upp i maj."})
    assert response.status_code == 302 and response["Location"] == reverse("report_detail", args=[report.pk])
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Anteckningen är sparad."]
    note = ReportNote.objects.get(report=report)
    assert note.author.username == "samordnare.bromma"
    assert "fältassistenterna" in client.get(response["Location"]).content.decode()
    event = AuditEvent.objects.get(action=Action.CREATED, object_id=str(report.pk))
    assert event.summary == "note"


def test_a_note_with_personal_data_is_refused_marked_and_kept_for_editing(client_as):
    report = make_report()
    text = "Pratade med Kalle Svensson, 050101-1234, om klistermärkena."
    response = client_as("samordnare.bromma").post(note_url(report), {"text": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Texten innehåller uppgifter som kan identifiera en person" in html
    assert "<mark" in html and "050101-1234" in html.split('class="deid-marked"', 1)[1]
    assert f"{text}</textarea>" in html  # nothing typed is lost
    assert not ReportNote.objects.exists()
    assert not AuditEvent.objects.filter(action=Action.CREATED).exists()


def test_the_redaction_button_replaces_the_findings_and_saves_nothing(client_as):
    report = make_report()
    response = client_as("samordnare.bromma").post(
        note_url(report), {"text": "Ring 070-123 45 67 om det händer igen.", "_deid_redact": "text"}
    )
    assert response.status_code == 200
    assert "Ring [TELEFON] om det händer igen.</textarea>" in response.content.decode()
    assert not ReportNote.objects.exists()


def test_a_name_that_is_not_personal_data_can_be_let_through_with_a_reason(client_as):
    report = make_report()
    text = "Symbolen liknar den som Anders Behring Breivik använde."
    client = client_as("samordnare.bromma")
    refused = client.post(note_url(report), {"text": text})
    finding = next(
        f for result in refused.context["note_form"].deid_results.values() for f in result.overridable
    )
    response = client.post(
        note_url(report),
        {"text": text, "text__override": finding["key"], "text__override_reason": "public"},
    )
    assert response.status_code == 302
    assert ReportNote.objects.get(report=report).text == text
    override = AuditEvent.objects.get(action=Action.OVERRIDDEN)
    assert override.summary == f"{finding['label']}: public"
    assert "Breivik" not in override.summary


def test_an_empty_note_gets_a_swedish_error(client_as):
    report = make_report()
    response = client_as("samordnare.bromma").post(note_url(report), {"text": "  "})
    assert response.status_code == 200
    assert "Detta fält måste fyllas i." in response.content.decode()
    assert not ReportNote.objects.exists()


def test_notes_are_not_shown_in_the_inbox(client_as, bromma):
    report = make_report()
    client = client_as("samordnare.bromma")
    client.post(note_url(report), {"text": "Följs upp med rektor."})
    assert (
        "Följs upp med rektor." not in client.get(reverse("report_inbox", args=[bromma.pk])).content.decode()
    )


def test_another_administrations_coordinator_cannot_add_a_note(client_as):
    report = make_report()
    assert client_as("samordnare.soc").post(note_url(report), {"text": "Hej"}).status_code == 404
    assert not ReportNote.objects.exists()
