"""The plan and its follow-up report as Word and PDF: opened again and read."""

from __future__ import annotations

import io
import re

import docx
import pypdf
from django.urls import reverse

from tests.plans.factories import activity
from varna.plans import services


def docx_text(content: bytes) -> tuple[list[str], list[list[list[str]]]]:
    document = docx.Document(io.BytesIO(content))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    return paragraphs, tables


def test_the_plan_as_word_has_the_title_page_sections_and_activity_tables(client_as, adopted_plan):
    response = client_as("samordnare.bromma").get(
        reverse("plan_document", args=[adopted_plan.pk]) + "?format=docx"
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="handlingsplan-bromma-2024.docx"'
    paragraphs, tables = docx_text(response.content)
    text = "\n".join(paragraphs)
    assert adopted_plan.title in text
    assert "Bromma stadsdelsnämnd" in text and "1.2.3-45/2024" in text
    assert "Antagen av nämnden 14 februari 2024 (§ 12)" in text
    assert text.index("Inledning och syfte") < text.index("Förebyggande arbete") < text.index("Uppföljning")
    activity_tables = [t for t in tables if t and t[0] == ["Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"]]
    assert len(activity_tables) == 3
    rows = [row for table in activity_tables for row in table[1:]]
    training = next(row for row in rows if row[0].startswith("Alla medarbetare"))
    assert training[1:] == ["Enhetschef Fritidsgården Blackeberg", "2024-01-01 – 2024-12-31", "T1, T2, VB"]
    assert "Indikator: antal medarbetare som genomgått utbildningen – mål: 100 %" in training[0]


def test_the_plan_as_pdf_is_pdf_a_with_the_same_content(client_as, adopted_plan):
    response = client_as("samordnare.bromma").get(
        reverse("plan_document", args=[adopted_plan.pk]) + "?format=pdf"
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Bromma stadsdelsnämnds handlingsplan mot våldsbejakande extremism 2024" in text
    assert "Dnr: 1.2.3-45/2024" in text and "VBE-samordnare 4 ggr/år VB" in text
    assert re.search(r"Sida \d+ av \d+", text)  # page numbers
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"http://www.aiim.org/pdfa/ns/id/" in xmp  # declared PDF/A (the renderer's tests check the rest)


def test_an_unknown_format_is_not_found(client_as, adopted_plan):
    response = client_as("samordnare.bromma").get(
        reverse("plan_document", args=[adopted_plan.pk]) + "?format=odt"
    )
    assert response.status_code == 404


def test_the_follow_up_report_as_word_lists_status_comment_and_indicator(client_as, adopted_plan, user):
    services.record_follow_up(
        activity=activity(adopted_plan, "Alla medarbetare"),
        occasion="T1",
        status="ongoing",
        comment="Två enheter återstår.",
        indicator_value="410 av 520",
        actor=user("samordnare.bromma"),
    )
    url = reverse("follow_up_document", args=[adopted_plan.pk, "T1"]) + "?format=docx"
    response = client_as("central").get(url)
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="uppfoljning-t1-handlingsplan-bromma-2024.docx"'
    )
    paragraphs, tables = docx_text(response.content)
    assert "Tertialrapport 1 2024" in paragraphs
    rows = [row for table in tables for row in table]
    training = next(row for row in rows if row[0].startswith("Alla medarbetare"))
    assert training[2:] == [
        "Pågående",
        "Två enheter återstår.",
        "antal medarbetare som genomgått utbildningen: 410 av 520 (mål: 100 %)",
    ]
    assert ["Ej rapporterade", "2"] in rows


def test_the_follow_up_report_as_pdf(client_as, adopted_plan):
    response = client_as("samordnare.bromma").get(
        reverse("follow_up_document", args=[adopted_plan.pk, "VB"]) + "?format=pdf"
    )
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    assert "Verksamhetsberättelse 2024" in text
