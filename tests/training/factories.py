"""Training data for tests: files in the learning portal's shape, imports run through the
services, and the objects of the permission matrix (in Bromma)."""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

import openpyxl

from varna.organisation.models import Administration, User
from varna.training import services
from varna.training.demo import load_courses
from varna.training.models import Course, TrainingEvent, TrainingImport


def xlsx(rows: list[list[Any]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def csv_bytes(rows: list[list[Any]]) -> bytes:
    output = io.StringIO()
    csv.writer(output, delimiter=";").writerows(rows)
    return output.getvalue().encode("utf-8")


def basic_course() -> Course:
    return load_courses()[0]


def run_import(
    administration: Administration,
    kind: str,
    rows: list[list[Any]],
    columns: dict[str, str],
    *,
    by: str = "samordnare.bromma",
    name: str = "export.xlsx",
    **options: Any,
) -> TrainingImport:
    user = User.objects.get(username=by)
    data = xlsx(rows) if name.endswith(".xlsx") else csv_bytes(rows)
    batch, key, _preview = services.start_import(
        administration=administration, kind=kind, file_name=name, data=data, created_by=user
    )
    return services.import_file(batch=batch, key=key, columns=columns, by=user, **options)


COMPLETION_COLUMNS = {
    "employee_id": "Anställningsnummer",
    "course": "Kurs",
    "unit": "Enhet",
    "completed_on": "Slutförd",
}


def completion_rows(course: Course, entries: list[tuple[str, str, str]]) -> list[list[Any]]:
    """entries: (employee id, unit, date); with a names column, as portals export it."""
    header = ["Anställningsnummer", "Namn", "Kurs", "Enhet", "Slutförd"]
    return [header] + [[eid, f"Anna Andersson {eid}", course.name, unit, day] for eid, unit, day in entries]


def matrix_objects() -> dict[str, Any]:
    """For tests/test_permission_matrix.py: a city-wide course, a pending import and an event in
    Bromma."""
    bromma = Administration.objects.get(name="Bromma")
    course = basic_course()
    batch = TrainingImport.objects.create(
        administration=bromma,
        kind="completions",
        file_name="export.xlsx",
        created_by=User.objects.get(username="samordnare.bromma"),
    )
    event = TrainingEvent.objects.create(
        administration=bromma,
        title="Föreläsning om symboler",
        held_on=datetime.date(2024, 3, 1),
        attendance=30,
    )
    return {"training_course": course, "training_import": batch, "training_event": event}
