"""Importing from the learning portal: columns chosen and remembered, all-or-nothing, duplicates."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.training.factories import (
    COMPLETION_COLUMNS,
    basic_course,
    completion_rows,
    run_import,
    xlsx,
)
from varna.reports.imports.problems import ImportRefused
from varna.training.models import ColumnMapping, Completion, Headcount, TrainingImport

pytestmark = pytest.mark.django_db
UNIT = "Fritidsgården Blackeberg"


def test_row_errors_refuse_the_whole_file_with_swedish_messages(bromma):
    course = basic_course()
    rows = completion_rows(
        course,
        [
            ("E1", UNIT, "2024-03-01"),
            ("E2", "Enheten som inte finns", "2024-03-02"),
            ("E3", UNIT, "den 5 mars"),
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        run_import(bromma, "completions", rows, COMPLETION_COLUMNS)
    messages = refused.value.messages
    assert any(m.startswith("Rad 3, kolumn Enhet:") and "är ingen enhet i Bromma" in m for m in messages)
    assert any(m.startswith("Rad 4, kolumn Slutförd:") and "är inte ett datum" in m for m in messages)
    assert Completion.objects.count() == 0
    assert not ColumnMapping.objects.exists()


def test_duplicates_of_a_person_and_course_count_once_with_the_earliest_date(bromma):
    course = basic_course()
    rows = completion_rows(
        course, [("E1", UNIT, "2024-05-01"), ("E1", UNIT, "2024-03-01"), ("E2", UNIT, "2024-03-02")]
    )
    batch = run_import(bromma, "completions", rows, COMPLETION_COLUMNS)
    assert Completion.objects.count() == 2
    assert batch.duplicate_count == 1
    assert str(Completion.objects.order_by("completed_on").first().completed_on) == "2024-03-01"


def test_a_file_without_a_course_column_takes_the_chosen_course(bromma):
    course = basic_course()
    rows = [["Id", "Arbetsplats", "Datum"], ["E1", UNIT, "2024-03-01"]]
    run_import(
        bromma,
        "completions",
        rows,
        {"employee_id": "Id", "unit": "Arbetsplats", "completed_on": "Datum"},
        course=course,
        name="export.csv",
    )
    assert Completion.objects.get().course == course


def test_headcounts_are_imported_and_updated_per_unit_and_day(bromma):
    import datetime

    columns = {"unit": "Enhet", "staff": "Antal anställda"}
    day = datetime.date(2024, 1, 1)
    run_import(bromma, "headcounts", [["Enhet", "Antal anställda"], [UNIT, "12"]], columns, as_of=day)
    run_import(bromma, "headcounts", [["Enhet", "Antal anställda"], [UNIT, "14"]], columns, as_of=day)
    assert list(Headcount.objects.values_list("staff", flat=True)) == [14]


def test_the_chosen_columns_are_remembered_for_the_next_file(bromma, client_as):
    course = basic_course()
    client = client_as("samordnare.bromma")
    # Headings the guesser does not know: the coordinator picks them once.
    rows = [
        ["Pnr-fritt id", "Fullständigt namn", "Utb", "Org", "Klar när"],
        ["E1", "Anna Andersson", course.name, UNIT, "2024-03-01"],
    ]
    upload = reverse("training_import", args=[bromma.pk])

    def send():
        from django.core.files.uploadedfile import SimpleUploadedFile

        return client.post(
            upload, {"kind": "completions", "file": SimpleUploadedFile("export.xlsx", xlsx(rows))}
        )

    page = send()
    assert page.status_code == 200
    form = page.context["form"]
    assert form.initial.get("column_employee_id") is None
    assert "Fullständigt namn" not in [value for value, _label in form.fields["column_employee_id"].choices]
    batch = TrainingImport.objects.latest("pk")
    answer = client.post(
        reverse("training_import_columns", args=[batch.pk]),
        {
            "key": form.initial["key"],
            "column_employee_id": "Pnr-fritt id",
            "column_course": "Utb",
            "column_unit": "Org",
            "column_completed_on": "Klar när",
        },
    )
    assert answer.status_code == 302
    assert Completion.objects.count() == 1
    assert ColumnMapping.objects.get(administration=bromma, kind="completions").columns["unit"] == "Org"
    again = send().context["form"]
    assert again.initial["column_employee_id"] == "Pnr-fritt id"
    assert again.initial["column_completed_on"] == "Klar när"


def test_the_columns_page_imports_with_progress_as_a_stream(bromma, client_as):
    import json

    from django.core.files.uploadedfile import SimpleUploadedFile

    course = basic_course()
    client = client_as("samordnare.bromma")
    rows = completion_rows(course, [(f"E{n}", UNIT, "2024-03-01") for n in range(1, 2502)])
    page = client.post(
        reverse("training_import", args=[bromma.pk]),
        {"kind": "completions", "file": SimpleUploadedFile("export.xlsx", xlsx(rows))},
    )
    initial = page.context["form"].initial
    data = dict(initial)
    batch = TrainingImport.objects.latest("pk")
    response = client.post(
        reverse("training_import_columns", args=[batch.pk]), data, headers={"X-Varna-Progress": "1"}
    )
    lines = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert lines[0] == {"done": 0, "total": 2501}
    assert {"done": 1000, "total": 2501} in lines
    assert lines[-2] == {"done": 2501, "total": 2501}
    assert lines[-1]["url"] == reverse("training_import_columns", args=[batch.pk])
    assert Completion.objects.count() == 2501


def test_a_wrong_key_opens_nothing(bromma, client_as):
    from django.core.files.uploadedfile import SimpleUploadedFile

    course = basic_course()
    client = client_as("samordnare.bromma")
    rows = completion_rows(course, [("E1", UNIT, "2024-03-01")])
    client.post(
        reverse("training_import", args=[bromma.pk]),
        {"kind": "completions", "file": SimpleUploadedFile("export.xlsx", xlsx(rows))},
    )
    batch = TrainingImport.objects.latest("pk")
    response = client.post(
        reverse("training_import_columns", args=[batch.pk]),
        {"key": "fel", **{f"column_{k}": v for k, v in COMPLETION_COLUMNS.items()}},
    )
    assert response.status_code == 302
    assert Completion.objects.count() == 0
