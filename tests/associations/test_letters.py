"""The decision letter: Word and PDF/A, with the decision, the amount and the screening."""

import io

import docx
import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests.associations.factories import grant, make_application, officer
from varna.associations import decisions

pytestmark = pytest.mark.django_db


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_letter_of_a_grant_opens_in_word_with_amount_and_override(demo, client_as):
    application = make_application(screening=True)
    grant(application, amount=150_000, override_reason="Uppgifter från Skatteverket kompletteras.")
    response = client_as("handlaggare").get(
        reverse("decision_letter", args=[application.pk]) + "?format=docx"
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="beslut-foreningsbidrag-')
    text = docx_text(response.content)
    assert "Föreningen Mötesplats Söder beviljas bidrag med 150\xa0000 kr för 2025." in text
    assert "Stadgar har kommit in" in text
    assert "Uppgifter från Skatteverket kompletteras." in text
    assert "överklagas" in text


def test_the_letter_of_a_denial_is_a_pdf_a(demo, client_as):
    application = make_application(fulfilled=True)
    decisions.decide(
        application=application,
        outcome="denied",
        justification="Föreningen tar inte avstånd från våldsbejakande uttryck.",
        actor=officer(),
    )
    response = client_as("samordnare.soc").get(
        reverse("decision_letter", args=[application.pk]) + "?format=pdf"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"http://www.aiim.org/pdfa/ns/id/" in metadata  # declared PDF/A
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "om bidrag för 2025 avslås" in text
    assert "tar inte avstånd från våldsbejakande uttryck" in text


def test_there_is_no_letter_before_a_decision_is_in_effect(demo, client_as):
    application = make_application(screening=True)
    response = client_as("handlaggare").get(reverse("decision_letter", args=[application.pk]))
    assert response.status_code == 302
