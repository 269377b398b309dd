"""The downloadable templates: a workbook and a CSV per kind, headings in Swedish, one example row.

The workbook also has a sheet with the reference lists (the same entries the import accepts)
and one with instructions; the data sheet comes first because the import reads the first sheet.
"""

from __future__ import annotations

import csv
import io

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from varna.lib.spreadsheets import append_row, put_cell, safe_row
from varna.reports.constants import AgeGroup, ImportKind
from varna.reports.imports.columns import AGE, COLUMNS, MANY, ONE
from varna.reports.models import ReferenceItem

LIST_ROWS = 1_000  # rows of the data sheet offered a drop-down list


def _list_entries(kind: str) -> list[tuple[str, str]]:
    if kind == AGE:
        return [(str(label), code) for code, label in AgeGroup.choices]
    return list(ReferenceItem.objects.filter(kind=kind, active=True).values_list("label", "code"))


def template_xlsx(kind: str) -> bytes:
    columns = COLUMNS[kind]
    workbook = openpyxl.Workbook()
    data = workbook.active
    data.title = "Data"
    append_row(data, [column.heading for column in columns])
    append_row(data, [column.example for column in columns])
    for cell in data[1]:
        cell.font = Font(bold=True)
    data.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        data.column_dimensions[get_column_letter(index)].width = 60 if column.key == "description" else 24
        data.cell(row=1, column=index).number_format = "@"
    for row in range(2, LIST_ROWS + 2):  # text cells: Excel must not turn 2024-03 into a date
        for index in range(1, len(columns) + 1):
            data.cell(row=row, column=index).number_format = "@"

    lists = workbook.create_sheet("Listor")
    list_column = 0
    for index, column in enumerate(columns, start=1):
        if column.holds not in (ONE, MANY, AGE):
            continue
        list_kind = AGE if column.holds == AGE else column.reference_kind
        entries = _list_entries(list_kind)
        list_column += 1
        letter = get_column_letter(list_column)
        put_cell(lists, 1, list_column, column.heading).font = Font(bold=True)
        lists.column_dimensions[letter].width = 45
        for row, (label, _code) in enumerate(entries, start=2):
            put_cell(lists, row, list_column, label)
        # A drop-down that still accepts other text: several entries separated by semicolons,
        # or a code, are valid too.
        validation = DataValidation(
            type="list",
            formula1=f"Listor!${letter}$2:${letter}${len(entries) + 1}",
            allow_blank=True,
            showErrorMessage=False,
        )
        data.add_data_validation(validation)
        target = get_column_letter(index)
        validation.add(f"{target}2:{target}{LIST_ROWS + 1}")

    help_sheet = workbook.create_sheet("Instruktioner")
    append_row(help_sheet, ["Kolumn", "Obligatorisk", "Innehåll"])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for column in columns:
        append_row(help_sheet, [column.heading, "ja" if column.required else "nej", str(column.help)])
    append_row(help_sheet, [])
    append_row(help_sheet, ["Värna läser det första bladet. Ta bort exempelraden innan du laddar upp filen."])
    append_row(help_sheet, ["Kod eller benämning går lika bra; stora och små bokstäver spelar ingen roll."])
    help_sheet.column_dimensions["A"].width = 22
    help_sheet.column_dimensions["C"].width = 100

    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def template_csv(kind: str) -> bytes:
    """UTF-8 with a byte-order mark and semicolons: what Swedish Excel opens without asking."""
    columns = COLUMNS[kind]
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow(safe_row(column.heading for column in columns))
    writer.writerow(safe_row(column.example for column in columns))
    return ("\ufeff" + output.getvalue()).encode("utf-8")


def template_name(kind: str, extension: str) -> str:
    names = {ImportKind.IA: "mall-ia", ImportKind.POLICE: "mall-polisen", ImportKind.GRAFFITI: "mall-klotter"}
    return f"{names[kind]}.{extension}"
