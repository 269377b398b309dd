"""Cells of the spreadsheets Värna writes hold data, never formulas (issue 22).

Text that a spreadsheet program would take as a formula (OWASP, "CSV injection": it begins with
=, +, - or @, a tab or a carriage return, also after leading white space, and the full-width
forms some input methods type) is written with a single quote in front, so Excel and LibreOffice
show it as text. Numbers, dates and empty cells are written as they are: a negative count stays
a number. Every CSV and XLSX exporter writes its rows through `safe_row` or `append_row`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.functional import Promise
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
PREFIX = "'"


def is_hostile(text: str) -> bool:
    """Would a spreadsheet program read this text as the start of a formula?"""
    if not text:
        return False
    if text[0] in TRIGGERS:
        return True
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in TRIGGERS


def safe_cell(value: Any) -> Any:
    """The value to write: hostile text with a quote in front, everything else unchanged."""
    if isinstance(value, Promise):  # a lazily translated string is text like any other
        value = str(value)
    if isinstance(value, str) and is_hostile(value):
        return PREFIX + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(value) for value in values]


def _xlsx_value(value: Any) -> Any:
    # XML cannot hold most control characters: openpyxl would refuse the whole workbook. They go
    # first, so that what they hid ("\x01=1") is neutralised too.
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return safe_cell(value)


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append a row to an openpyxl sheet; text cells are typed as strings, never as formulas."""
    row = [_xlsx_value(value) for value in values]
    sheet.append(row)
    if not row:
        return
    number = sheet.max_row
    for column, value in enumerate(row, start=1):
        if isinstance(value, str):
            sheet.cell(row=number, column=column).data_type = "s"


def put_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write one cell of an openpyxl sheet, as `append_row` does; returns the cell."""
    cell = sheet.cell(row=row, column=column, value=_xlsx_value(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell
