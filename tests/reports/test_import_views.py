"""The import pages: upload, refusal with row messages, preview, confirmation, templates."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.reports.import_files import GOOD_EVENTS, csv_bytes
from varna.reports.constants import ImportStatus
from varna.reports.imports import COLUMNS, create_import_batch
from varna.reports.models import ImportBatch, Report

pytestmark = pytest.mark.django_db
DOCS = Path(__file__).resolve().parents[2] / "docs" / "import-templates.md"


def post_file(client, administration, data: bytes, name: str = "ia.csv", kind: str = "ia"):
    return client.post(
        reverse("import_upload", args=[administration.pk]),
        {"kind": kind, "file": SimpleUploadedFile(name, data)},
    )


def test_a_good_file_goes_to_its_preview_and_the_confirmation_imports_it(client_as, bromma):
    client = client_as("samordnare.bromma")
    response = post_file(client, bromma, csv_bytes(GOOD_EVENTS))
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response.url == reverse("import_preview", args=[batch.pk])

    preview = client.get(response.url)
    html = preview.content.decode()
    assert "Filen har 3 rader utan fel" in html
    assert "Våldsbejakande högerextremism (vit makt-miljön)" in html
    assert "Importera 3 rader" in html
    assert Report.objects.count() == 0

    done = client.post(response.url)
    assert done.status_code == 302
    assert Report.objects.filter(import_batch=batch).count() == 3
    page = client.get(response.url).content.decode()
    assert "3 händelser är importerade" in page and "Importen är klar: 3 rader importerades." in page


def test_a_bad_file_shows_swedish_row_messages_and_stores_nothing(client_as, bromma):
    rows = [
        GOOD_EVENTS[0],
        ["2024-03-05", "", "", "högerextrem", "", "", "", "", ""],
        ["2024-03-05", "", "", "", "", "", "", "", "Ring Kalle på 070-123 45 67."],
        ["2999-01-01", "", "", "", "", "", "", "", ""],
    ]
    response = post_file(client_as("samordnare.bromma"), bromma, csv_bytes(rows))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Filen kunde inte importeras" in html and "Ingenting har importerats" in html
    assert "Rad 3, kolumn Miljö: ”högerextrem” finns inte i listan. Välj en av:" in html
    assert "Rad 4, kolumn Beskrivning:" in html and "telefonnummer (PHONE)" in html
    assert "Rad 5, kolumn Datum: datumet ligger i framtiden." in html
    assert "070-123" not in html and "Kalle" not in html
    assert ImportBatch.objects.count() == 0 and Report.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("ia.xlsx", bytes(range(256)) * 8, "går inte att läsa som en Excel-arbetsbok"),
        ("ia.csv", "Datum;Beskrivning\n2024-03-05;Klotter på skolgården\n".encode("latin-1"), "UTF-8"),
        ("ia.xlsm", b"PK\x03\x04", "makron"),
        ("ia.csv", b"", "Filen är tom."),
    ],
)
def test_malformed_files_are_refused_clearly(client_as, bromma, name, data, expected):
    html = post_file(client_as("samordnare.bromma"), bromma, data, name=name).content.decode()
    assert expected in html
    assert ImportBatch.objects.count() == 0


def test_a_csv_with_a_byte_order_mark_is_accepted(client_as, bromma):
    response = post_file(client_as("samordnare.bromma"), bromma, csv_bytes(GOOD_EVENTS, bom=True))
    assert response.status_code == 302


def test_the_path_of_an_uploaded_name_is_not_kept(client_as, bromma):
    post_file(client_as("samordnare.bromma"), bromma, csv_bytes(GOOD_EVENTS), name="..\\..\\ia-mars.csv")
    assert ImportBatch.objects.get().file_name == "ia-mars.csv"


def test_without_a_file_the_form_says_so(client_as, bromma):
    response = client_as("samordnare.bromma").post(reverse("import_upload", args=[bromma.pk]), {"kind": "ia"})
    assert response.status_code == 200 and "Fil:" in response.content.decode()


def farsta_batch(farsta, user) -> ImportBatch:
    return create_import_batch(
        administration=farsta,
        kind="ia",
        file_name="ia.csv",
        data=csv_bytes([["2024-03-05", "", "Farsta", "", "", "", "", "", ""]]),
        created_by=user("admin"),
    )


def test_another_administrations_batch_is_not_found(client_as, farsta, user):
    batch = farsta_batch(farsta, user)
    client = client_as("samordnare.bromma")
    assert client.get(reverse("import_preview", args=[batch.pk])).status_code == 404
    assert client.post(reverse("import_preview", args=[batch.pk])).status_code == 404
    assert client.post(reverse("import_cancel", args=[batch.pk])).status_code == 404
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PREVIEW and Report.objects.count() == 0


def test_the_confirmation_streams_its_progress_for_the_script(client_as, bromma, user):
    batch = create_import_batch(
        administration=bromma,
        kind="ia",
        file_name="ia.csv",
        data=csv_bytes(GOOD_EVENTS),
        created_by=user("samordnare.bromma"),
    )
    response = client_as("samordnare.bromma").post(
        reverse("import_preview", args=[batch.pk]), headers={"X-Varna-Progress": "1"}
    )
    lines = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert lines == [
        {"done": 0, "total": 3},
        {"done": 3, "total": 3},
        {"url": reverse("import_preview", args=[batch.pk])},
    ]
    assert Report.objects.filter(import_batch=batch).count() == 3


def test_cancelling_goes_back_to_the_upload_page(client_as, bromma, user):
    batch = create_import_batch(
        administration=bromma,
        kind="ia",
        file_name="ia.csv",
        data=csv_bytes(GOOD_EVENTS),
        created_by=user("samordnare.bromma"),
    )
    client = client_as("samordnare.bromma")
    response = client.post(reverse("import_cancel", args=[batch.pk]), follow=True)
    assert "Importen är avbruten" in response.content.decode()
    batch.refresh_from_db()
    assert batch.status == ImportStatus.CANCELLED
    assert client.post(reverse("import_preview", args=[batch.pk])).status_code == 302
    assert Report.objects.count() == 0


@pytest.mark.parametrize("kind", ["ia", "police", "graffiti"])
def test_the_templates_have_the_swedish_headings_and_an_example_row(client_as, kind):
    client = client_as("samordnare.bromma")
    headings = [column.heading for column in COLUMNS[kind]]
    workbook = client.get(reverse("import_template", args=[kind, "xlsx"]))
    assert workbook["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).worksheets[0]
    # The empty rows below are formatted as text (so Excel keeps 2024-03 as typed), not filled.
    rows = [row for row in sheet.iter_rows(values_only=True) if any(value is not None for value in row)]
    assert list(rows[0]) == headings and len(rows) == 2
    text = client.get(reverse("import_template", args=[kind, "csv"])).content.decode("utf-8")
    assert text.startswith("\ufeff" + ";".join(headings))
    assert len(text.strip().splitlines()) == 2


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("kind", ["ia", "graffiti"])
def test_a_template_as_downloaded_is_a_valid_file_for_bromma(client_as, bromma, kind, fmt):
    client = client_as("samordnare.bromma")
    template = client.get(reverse("import_template", args=[kind, fmt])).content
    response = post_file(client, bromma, template, name=f"mall.{fmt}", kind=kind)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_an_unknown_template_is_not_found(client_as):
    client = client_as("samordnare.bromma")
    assert client.get(reverse("import_template", args=["skatt", "xlsx"])).status_code == 404
    assert client.get(reverse("import_template", args=["ia", "pdf"])).status_code == 404


def test_the_documentation_describes_every_column_of_every_template():
    docs = DOCS.read_text(encoding="utf-8")
    for columns in COLUMNS.values():
        for column in columns:
            assert f"| {column.heading} | {'ja' if column.required else 'nej'} |" in docs


def test_the_upload_page_documents_the_columns_and_links_the_templates(client_as, bromma):
    html = client_as("samordnare.bromma").get(reverse("import_upload", args=[bromma.pk])).content.decode()
    assert reverse("import_template", args=["graffiti", "csv"]) in html
    assert "docs/import-templates.md" in html
    assert "Kolumner i mallen för Klotter per område och period" in html
