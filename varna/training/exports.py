"""Workbooks: the progress export, and example files in the shape of the learning portal's export."""

from __future__ import annotations

import datetime
import io

import openpyxl
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl.styles import Font

from varna.lib.spreadsheets import append_row
from varna.organisation.models import Administration
from varna.training.constants import ImportKind
from varna.training.selectors import Progress, courses_for


def _bold_first_row(sheet: openpyxl.worksheet.worksheet.Worksheet, row: int = 1) -> None:
    for cell in sheet[row]:
        cell.font = Font(bold=True)


def progress_xlsx(progress: Progress) -> bytes:
    """Per unit, per department and per month, with the lagging units marked in words."""
    workbook = openpyxl.Workbook()
    units = workbook.active
    units.title = _("Enheter")
    append_row(
        units, [f"{progress.course.name} – {progress.administration.name}, {progress.on_date.isoformat()}"]
    )
    units["A1"].font = Font(bold=True)
    append_row(
        units,
        [
            _("Förvaltningen"),
            progress.total.completed,
            progress.total.staff,
            progress.total.percent,
            _("Mål: %(target)s %% senast %(day)s")
            % {"target": progress.target_percent, "day": progress.target_day.isoformat()},
        ],
    )
    append_row(units, [])
    headings = [_("Enhet"), _("Avdelning"), _("Genomfört"), _("Anställda"), _("Andel (%)"), _("Släpar efter")]
    append_row(units, headings)
    _bold_first_row(units, 4)
    for unit in progress.units:
        append_row(
            units,
            [
                unit.name,
                unit.department,
                unit.share.completed,
                unit.share.staff,
                unit.share.percent,
                _("Släpar efter") if unit.lagging else "",
            ],
        )
    for letter, width in zip("ABCDEF", (40, 40, 12, 12, 12, 16), strict=True):
        units.column_dimensions[letter].width = width

    departments = workbook.create_sheet(_("Avdelningar"))
    append_row(
        departments, [_("Avdelning"), _("Genomfört"), _("Anställda"), _("Andel (%)"), _("Släpar efter")]
    )
    _bold_first_row(departments)
    for row in progress.departments:
        append_row(
            departments,
            [
                row.name,
                row.share.completed,
                row.share.staff,
                row.share.percent,
                _("Släpar efter") if row.lagging else "",
            ],
        )
    departments.column_dimensions["A"].width = 45

    months = workbook.create_sheet(_("Per månad"))
    append_row(months, [_("Månad"), _("Genomfört"), _("Anställda"), _("Andel (%)")])
    _bold_first_row(months)
    for month in progress.months:
        append_row(months, [month.label, month.share.completed, month.share.staff, month.share.percent])
    months.column_dimensions["A"].width = 20

    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def file_name(progress: Progress) -> str:
    names = f"{slugify(progress.course.name)}-{slugify(progress.administration.name)}"
    return f"utbildning-{names}-{progress.on_date.year}.xlsx"


def example_xlsx(administration: Administration, kind: str) -> bytes:
    """A small file as a learning portal exports it, with the administration's units. The name
    column shows that such a column is ignored: Värna never reads it."""
    units = list(administration.units.order_by("name").values_list("name", flat=True)[:4]) or [
        _("Enhetens namn")
    ]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Export"
    if kind == ImportKind.HEADCOUNTS:
        append_row(sheet, ["Enhet", "Antal anställda", "Per datum"])
        for index, unit in enumerate(units):
            append_row(sheet, [unit, 20 + 5 * index, timezone.localdate().replace(month=1, day=1)])
    else:
        course = courses_for(administration).first()
        course_name = course.name if course else _("Kursens namn")
        append_row(sheet, ["Anställningsnummer", "Namn", "Kurs", "Enhet", "Slutförd"])
        for index in range(8):
            append_row(
                sheet,
                [
                    f"E{10001 + index}",
                    f"Exempel Exempelsson {index + 1}",
                    course_name,
                    units[index % len(units)],
                    timezone.localdate() - datetime.timedelta(days=9 * (index + 1)),
                ],
            )
    _bold_first_row(sheet)
    for column in "ABCDE":
        sheet.column_dimensions[column].width = 28
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def example_name(kind: str) -> str:
    return (
        "exempel-antal-anstallda.xlsx"
        if kind == ImportKind.HEADCOUNTS
        else "exempel-genomforda-utbildningar.xlsx"
    )
