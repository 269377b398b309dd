"""The column page of the training import shows each column's name and how many rows have a value
in it, never the values: a column of names or phone numbers the coordinator will not map must not
reach the page."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.training.factories import basic_course, xlsx
from varna.training.models import TrainingImport

pytestmark = pytest.mark.django_db
UNIT = "Fritidsgården Blackeberg"
NAME, PHONE, EMPLOYEE_ID = "Anna Andersson", "070-412 33 90", "E4711"


def _rows(course_name: str) -> list[list[str]]:
    # "Kontakt" and "Anteckning" are not recognised as personal by their headings.
    return [
        ["Medarb.nr", "Kontakt", "Anteckning", "Kursnamn", "Org.enhet", "Klar"],
        [EMPLOYEE_ID, PHONE, NAME, course_name, UNIT, "2024-03-01"],
        ["E4712", "", f"{NAME} 2", course_name, UNIT, "2024-03-02"],
        ["E4713", "", "", course_name, UNIT, "2024-03-03"],
        ["E4714", "", "", course_name, UNIT, ""],
    ]


@pytest.fixture
def columns_page(bromma, client_as):
    client = client_as("samordnare.bromma")
    upload = SimpleUploadedFile("export.xlsx", xlsx(_rows(basic_course().name)))
    page = client.post(reverse("training_import", args=[bromma.pk]), {"kind": "completions", "file": upload})
    assert page.status_code == 200
    return client, page


def test_the_columns_page_never_shows_values(columns_page):
    _client, page = columns_page
    for value in (NAME, PHONE, EMPLOYEE_ID, "2024-03-01", PHONE.replace(" ", "")):
        assert value not in page.text


def test_the_columns_page_shows_names_and_counts_of_filled_rows(columns_page):
    _client, page = columns_page
    counts = {heading: filled for heading, _personal, filled in page.context["columns"]}
    assert counts == {
        "Medarb.nr": 4, "Kontakt": 1, "Anteckning": 2, "Kursnamn": 4, "Org.enhet": 4, "Klar": 3
    }  # fmt: skip
    assert "Rader med värde" in page.text
    assert "4 rader" in page.text


def test_the_page_shown_again_after_a_wrong_choice_shows_no_values_either(columns_page):
    client, page = columns_page
    batch = TrainingImport.objects.latest("pk")
    again = client.post(
        reverse("training_import_columns", args=[batch.pk]),
        {"key": page.context["form"].initial["key"], "column_employee_id": "Anteckning"},
    )
    assert again.status_code == 200
    assert NAME not in again.text and PHONE not in again.text
