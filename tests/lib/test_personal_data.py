"""The de-identification check as forms, the text-check page and the API see it."""

from __future__ import annotations

import json

import pytest
from django import forms
from django.test import RequestFactory
from django.urls import reverse

from varna.api.api import personal_data
from varna.audit.models import AuditEvent
from varna.lib.personal_data import (
    DeidentifiedFormMixin,
    PersonalDataError,
    ensure_no_personal_data,
    findings_in,
    marked_html,
)

DIRTY = "Ali Hassan (080512-3452) har visat IS-propaganda på rasten i Blackeberg."


class NoteForm(DeidentifiedFormMixin, forms.Form):
    deid_fields = ("note",)
    note = forms.CharField(label="Anteckning")


def test_a_text_with_personal_data_is_refused_with_each_finding_explained():
    form = NoteForm({"note": DIRTY})
    assert not form.is_valid()
    assert form.has_error("note", code="personal_data")
    result = form.deid_results["note"]
    assert {f["label"] for f in result.findings} == {"PERSON", "ID_NUMBER"}
    assert "<mark" in result.marked and "080512-3452" in result.marked


def test_a_clean_text_passes():
    form = NoteForm({"note": "Klistermärken från NMR vid busshållplatsen i Blackeberg."})
    assert form.is_valid(), form.errors


def test_the_marked_text_is_escaped():
    text = "<script>alert(1)</script> Ali Hassan"
    html = marked_html(text, findings_in(text))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_accepting_the_redaction_replaces_findings_and_asks_for_a_last_look():
    form = NoteForm({"note": DIRTY, "_deid_redact": "note"})
    assert not form.is_valid()
    assert form.redaction_applied
    redacted = form.data["note"]
    assert "[NAMN]" in redacted and "[PERSONNUMMER]" in redacted and "080512" not in redacted
    assert NoteForm({"note": redacted}).is_valid()


def test_a_person_finding_can_be_overridden_with_a_reason_but_not_without():
    text = "Mentorn Jonas Lindqvist har pratat med klassen."
    assert [f.label for f in findings_in(text)] == ["PERSON"]
    without_reason = NoteForm({"note": text, "note__override": "PERSON|Jonas Lindqvist"})
    assert not without_reason.is_valid()
    with_reason = NoteForm(
        {"note": text, "note__override": "PERSON|Jonas Lindqvist", "note__override_reason": "public"}
    )
    assert with_reason.is_valid(), with_reason.errors
    assert with_reason.deid_overrides == [("PERSON", "public")]


def test_a_personnummer_cannot_be_overridden():
    form = NoteForm(
        {
            "note": "Personnummer 080512-3452.",
            "note__override": "ID_NUMBER|080512-3452",
            "note__override_reason": "word",
        }
    )
    assert not form.is_valid()


def test_the_api_error_lists_positions_and_labels_but_never_the_text():
    with pytest.raises(PersonalDataError) as raised:
        ensure_no_personal_data(description=DIRTY, note="Inget särskilt.")
    response = personal_data(RequestFactory().post("/api/v1/x"), raised.value)
    assert response.status_code == 422
    body = json.loads(response.content)
    assert body["code"] == "personal_data"
    assert {(f["field"], f["label"]) for f in body["findings"]} == {
        ("description", "PERSON"),
        ("description", "ID_NUMBER"),
    }
    assert "Ali" not in response.content.decode() and "3452" not in response.content.decode()


def test_the_check_endpoint_answers_positions_and_a_redacted_text(client_as):
    response = client_as("medarbetare").post(
        "/api/v1/text/check", {"text": DIRTY}, content_type="application/json"
    )
    body = response.json()
    assert response.status_code == 200
    assert body["clean"] is False
    assert [DIRTY[f["start"] : f["end"]] for f in body["findings"]] == ["Ali Hassan", "080512-3452"]
    assert "080512-3452" not in json.dumps(body["findings"])
    assert body["redacted"].startswith("[NAMN] ([PERSONNUMMER])")


def test_the_text_check_page_marks_findings_and_keeps_the_text(client_as):
    client = client_as("medarbetare")
    before = AuditEvent.objects.count()
    response = client.post(reverse("text_check"), {"text": DIRTY})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("<mark") >= 2
    assert DIRTY.split(" (")[0] in page  # the typed text is still in the field
    assert AuditEvent.objects.count() == before  # nothing about the text is stored


def test_an_override_on_the_text_check_page_is_audited_without_the_text(client_as):
    response = client_as("medarbetare").post(
        reverse("text_check"),
        {
            "text": "Mentorn Jonas Lindqvist har pratat med klassen.",
            "text__override": "PERSON|Jonas Lindqvist",
            "text__override_reason": "public",
        },
    )
    assert "Inga personuppgifter hittades" in response.content.decode()
    event = AuditEvent.objects.get(action="overridden")
    assert event.summary == "PERSON: public"
    assert event.actor.username == "medarbetare"
