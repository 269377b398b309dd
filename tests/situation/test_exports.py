"""Exports of the situation picture: CSV and XLSX of every table, DOCX and PDF/A of the whole.

Acceptance (seed 002): Hägersten-Liljeholmen's five events of 2018 give exactly those counts in
the export, live and frozen. Outside the administration, and marked for publication, the small
counts are never in the file.
"""

from __future__ import annotations

import csv
import io

import docx
import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.situation.releases import release, vouch_all
from varna.situation.services import freeze_situation, save_draft

pytestmark = pytest.mark.django_db

YEAR_2018 = {"from": "2018-01-01", "to": "2018-12-31"}
ISLAMIST = "Våldsbejakande islamism"
RIGHT_WING = "Våldsbejakande högerextremism (vit makt-miljön)"


@pytest.fixture
def coordinator(hagersten_coordinator) -> Client:
    client = Client()
    client.force_login(hagersten_coordinator)
    return client


@pytest.fixture
def snapshot(seed_reports, hagersten, hagersten_coordinator):
    save_draft(
        administration=hagersten,
        year=2018,
        mapping="Källorna är polisen och medarbetarnas rapporter.",
        analysis="Klottret i området visar att vit makt-miljön är aktiv.",
        actor=hagersten_coordinator,
    )
    return freeze_situation(administration=hagersten, year=2018, actor=hagersten_coordinator)


def read_csv(response) -> dict[str, str]:
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    return {row[0]: row[1] for row in rows[1:]}


def sheet_rows(workbook, title: str) -> dict[str, object]:
    return {row[0]: row[1] for row in workbook[title].iter_rows(min_row=2, values_only=True)}


def test_the_csv_of_a_table_gives_exactly_the_seed_counts(seed_reports, hagersten, coordinator):
    url = reverse("situation_export", args=[hagersten.pk, "csv"])
    response = coordinator.get(url, {**YEAR_2018, "tabell": "environment"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "lagesbild-hagersten-liljeholmen-2018-environment.csv" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[RIGHT_WING] == "4" and rows[ISLAMIST] == "1"
    event_types = read_csv(coordinator.get(url, {**YEAR_2018, "tabell": "event_type"}))
    assert event_types["Klotter och klistermärken"] == "2"
    assert event_types["Uttryckta våldsbejakande åsikter"] == "3"
    summary = read_csv(coordinator.get(url, YEAR_2018))
    assert summary["Händelser totalt"] == "5"
    assert coordinator.get(url, {**YEAR_2018, "tabell": "nonsense"}).status_code == 404


def test_the_xlsx_has_every_table_with_the_seed_counts(seed_reports, hagersten, coordinator):
    response = coordinator.get(reverse("situation_export", args=[hagersten.pk, "xlsx"]), YEAR_2018)
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[:3] == ["Om lägesbilden", "Sammanfattning", "Miljö"]
    assert {"Typ av händelse", "Område", "Källa", "Klotter per område", "Utveckling över tid"} <= set(
        workbook.sheetnames
    )
    assert sheet_rows(workbook, "Sammanfattning")["Händelser totalt"] == 5
    environment = sheet_rows(workbook, "Miljö")
    assert environment[RIGHT_WING] == 4 and environment[ISLAMIST] == 1
    about = [row[0] for row in workbook["Om lägesbilden"].iter_rows(values_only=True)]
    assert any("Exakta antal" in line for line in about)


def test_the_frozen_snapshot_exports_its_own_counts(snapshot, hagersten, coordinator):
    url = reverse("situation_snapshot_export", args=[hagersten.pk, snapshot.pk, "xlsx"])
    workbook = load_workbook(io.BytesIO(coordinator.get(url).content))
    environment = sheet_rows(workbook, "Miljö")
    assert environment[RIGHT_WING] == 4 and environment[ISLAMIST] == 1
    about = [row[0] for row in workbook["Om lägesbilden"].iter_rows(values_only=True)]
    assert any(line.startswith("Fastställd ") and "samordnare.hl" in line for line in about)


def test_outsiders_get_the_controlled_figures_without_small_counts(snapshot, hagersten, client_as):
    central = client_as("central")
    live = central.get(
        reverse("situation_export", args=[hagersten.pk, "csv"]), {"ar": "2018", "tabell": "environment"}
    )
    rows = read_csv(live)
    assert rows[ISLAMIST] == "–" and rows[RIGHT_WING] == "–"
    frozen = central.get(reverse("situation_snapshot_export", args=[hagersten.pk, snapshot.pk, "xlsx"]))
    environment = sheet_rows(load_workbook(io.BytesIO(frozen.content)), "Miljö")
    assert environment[ISLAMIST] == "–"
    assert 1 not in environment.values()


def test_an_export_marked_for_publication_is_controlled_even_for_the_coordinator(
    seed_reports, hagersten, coordinator
):
    url = reverse("situation_export", args=[hagersten.pk, "xlsx"])
    # Before a release there is nothing to publish; afterwards the export is the release.
    unpublished = coordinator.get(url, {"ar": "2018", "publicering": "1"})
    assert unpublished.status_code == 400 and "inte publicerad ännu" in unpublished.content.decode()
    vouch_all()
    release("Hägersten-Liljeholmen", 2018, by="samordnare.hl")
    workbook = load_workbook(io.BytesIO(coordinator.get(url, {"ar": "2018", "publicering": "1"}).content))
    assert sheet_rows(workbook, "Miljö")[ISLAMIST] == "–"
    about = [row[0] for row in workbook["Om lägesbilden"].iter_rows(values_only=True)]
    assert "Markerad för publicering." in about
    assert any(line.startswith("Röjandekontrollerad") for line in about)


def test_the_docx_of_a_snapshot_has_the_texts_charts_and_tables(snapshot, hagersten, coordinator):
    response = coordinator.get(reverse("situation_snapshot_export", args=[hagersten.pk, snapshot.pk, "docx"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-2018-faststalld-1.docx"')
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Källorna är polisen och medarbetarnas rapporter." in text
    assert "Klottret i området visar att vit makt-miljön är aktiv." in text
    assert "Fastställd" in text
    assert len(document.inline_shapes) >= 8  # a chart per breakdown, graffiti and trend
    tables = {table.cell(0, 0).text: table for table in reversed(document.tables)}  # the first of each
    summary = {row.cells[0].text: row.cells[1].text for row in tables["Uppgift"].rows}
    assert summary["Händelser totalt"] == "5"
    environment = {row.cells[0].text: row.cells[1].text for row in tables["Miljö"].rows}
    assert environment[RIGHT_WING] == "4" and environment[ISLAMIST] == "1"


def test_the_publication_pdf_says_so_and_hides_small_counts(snapshot, hagersten, coordinator):
    url = reverse("situation_snapshot_export", args=[hagersten.pk, snapshot.pk, "pdf"])
    response = coordinator.get(url, {"publicering": "1"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Markerad för publicering" in text
    assert "Röjandekontrollerad" in text
    assert "5 händelser under perioden" in " ".join(text.split())
