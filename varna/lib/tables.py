"""Reading an uploaded table (CSV or XLSX) into rows of text cells, or refusing it; the
problems found in it; and the date cells every importer reads.

Only what a coordinator would produce in Excel or LibreOffice is read: a workbook (.xlsx,
first sheet) or a CSV in UTF-8 (with or without the BOM that Excel writes). Anything else is
refused with a message in Swedish saying what to do: macros, formulas, the old .xls format,
another encoding, a name with a path in it, a file larger than the caller's `Limits`.

Every importer (reports, training) reads through `read_table`; they differ only in their
limits and in the few checks named by its keyword arguments.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import openpyxl
from django.utils.translation import gettext as _

EXTENSIONS = (".csv", ".xlsx")

# The values of reports.constants.DatePrecision; lib sits below reports and cannot import it.
DAY_PRECISION = "day"
MONTH_PRECISION = "month"


@dataclass(frozen=True)
class Problem:
    """One message in Swedish. `row` is the row number as the spreadsheet shows it (the
    heading is row 1); file-level problems have no row. A message never quotes a description:
    that is exactly where personal data may be."""

    message: str
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        if self.row is not None and self.column:
            return _("Rad %(row)s, kolumn %(column)s: %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.message,
            }
        if self.row is not None:
            return _("Rad %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return self.message


class ImportRefused(Exception):
    """The file is refused as a whole; nothing has been stored."""

    def __init__(self, problems: list[Problem], *, rows_read: int = 0) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
        self.rows_read = rows_read

    @property
    def messages(self) -> list[str]:
        return [str(problem) for problem in self.problems]


class CellError(ValueError):
    """A cell's value cannot be used; the message says why (in Swedish)."""


def refuse(message: str) -> ImportRefused:
    return ImportRefused([Problem(message)])


def quoted(value: str, limit: int = 60) -> str:
    """A cell value as the user typed it, shortened, in Swedish quotation marks."""
    value = " ".join(value.split())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return f"”{value}”"


def normal(text: str) -> str:
    """How names, codes and headings are compared: case, spacing and dash style do not matter."""
    return " ".join(text.replace("–", "-").replace("—", "-").split()).casefold()


_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_when(text: str) -> tuple[datetime.date, str]:
    """ "2024-03-05" (a day) or "2024-03" (a month: its first day), with the precision
    ("day" or "month"); CellError otherwise."""
    text = text.strip()
    if match := _DAY.match(text):
        year, month, day = (int(part) for part in match.groups())
        precision = DAY_PRECISION
    elif match := _MONTH.match(text):
        year, month = (int(part) for part in match.groups())
        day, precision = 1, MONTH_PRECISION
    else:
        raise CellError(
            _("%(value)s är inte ett datum. Skriv ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM för en månad.")
            % {"value": quoted(text)}
        )
    try:
        if year < 1900:
            raise ValueError
        return datetime.date(year, month, day), precision
    except ValueError:
        raise CellError(_("%(value)s är inte ett datum som finns.") % {"value": quoted(text)}) from None


@dataclass(frozen=True)
class Limits:
    """How much of a file an importer takes."""

    max_bytes: int
    max_rows: int  # rows with data
    max_columns: int = 50
    max_sheet_rows: int = 100_000  # rows including empty ones (Excel keeps formatted empty rows)
    max_unpacked: int = 100 * 1024 * 1024  # an .xlsx is a zip: guard against a small file that unpacks huge


@dataclass
class Table:
    """The file's first row as headings, then each row with data and its row number."""

    headings: list[str]
    rows: list[tuple[int, list[str]]]
    # Cells that cannot be taken as values (formulas): reported with the validation problems.
    problems: list[Problem] = field(default_factory=list)
    # Per column, how many rows have a value (all rows, also when only the first are kept).
    filled: list[int] = field(default_factory=list)
    row_count: int = 0


def check_file_name(name: str) -> str:
    """The file's extension (".csv" or ".xlsx"), or ImportRefused for a name we will not take."""
    name = name or ""
    if (
        not name.strip()
        or len(name) > 200
        or any(char in name for char in "/\\:")
        or name.startswith(".")
        or ".." in name
        or any(unicodedata.category(char).startswith("C") for char in name)
    ):
        raise refuse(
            _(
                "Filnamnet går inte att använda. Ge filen ett enkelt namn utan sökväg, "
                "till exempel incidenter-2024.xlsx, och ladda upp den igen."
            )
        )
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == ".xlsm":
        raise refuse(
            _("Filer med makron (.xlsm) tas inte emot. Spara filen som en vanlig Excel-arbetsbok (.xlsx).")
        )
    if extension == ".xls":
        raise refuse(_("Det gamla Excel-formatet (.xls) kan inte läsas. Spara filen som .xlsx i stället."))
    if extension not in EXTENSIONS:
        raise refuse(_("Välj en fil av typen .xlsx (Excel) eller .csv (CSV UTF-8)."))
    return extension


def check_upload(name: str, data: bytes, limits: Limits) -> str:
    """The extension, or ImportRefused for a name, an empty file or a size we will not take."""
    extension = check_file_name(name)
    if not data:
        raise refuse(_("Filen är tom."))
    if len(data) > limits.max_bytes:
        raise refuse(
            _("Filen är för stor (högst %(mb)s MB). Dela upp den i flera filer.")
            % {"mb": limits.max_bytes // 2**20}
        )
    return extension


def read_table(
    name: str,
    data: bytes,
    *,
    limits: Limits,
    has_template: bool = False,
    unheaded_cells: bool = True,
    unique_headings: bool = False,
    headings_only: bool = False,
) -> Table:
    """Read the file named `name` with content `data`; ImportRefused if it cannot be used.

    has_template: the messages point to the importer's template.
    unheaded_cells: formulas and values in columns without a heading are problems of their row.
    unique_headings: two columns with the same heading refuse the file.
    headings_only: a preview; every row is read and counted, only the first three are kept.
    """
    extension = check_upload(name, data, limits)
    rows = _xlsx_rows(data, limits) if extension == ".xlsx" else _csv_rows(data)
    table = _table(
        rows,
        limits,
        has_template=has_template,
        unheaded_cells=unheaded_cells,
        headings_only=headings_only,
    )
    headings = [heading for heading in table.headings if heading]
    if unique_headings and len({heading.casefold() for heading in headings}) != len(headings):
        raise refuse(_("Två kolumner har samma rubrik. Ge varje kolumn en egen rubrik."))
    return table


def _table(
    rows: Iterator[tuple[int, list[str], set[int]]],
    limits: Limits,
    *,
    has_template: bool,
    unheaded_cells: bool,
    headings_only: bool,
) -> Table:
    headings: list[str] | None = None
    table = Table(headings=[], rows=[])
    for number, cells, formulas in rows:
        if headings is None:
            if not any(cell.strip() for cell in cells):
                continue  # empty rows above the headings
            headings = [" ".join(cell.split()) for cell in cells]
            while headings and not headings[-1]:
                headings.pop()
            if len(headings) > limits.max_columns:
                message = (
                    _("Filen har fler än %(n)s kolumner. Använd mallen.")
                    if has_template
                    else _("Filen har fler än %(n)s kolumner.")
                )
                raise refuse(message % {"n": limits.max_columns})
            table.headings = headings
            table.filled = [0] * len(headings)
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if table.row_count >= limits.max_rows:
            most = f"{limits.max_rows:,}"
            raise refuse(_("Filen har fler än %(n)s rader. Dela upp den i flera filer.") % {"n": most})
        for index in sorted(formulas):
            if index < len(headings):
                heading = headings[index]
            elif unheaded_cells:
                heading = _column_letter(index)
            else:
                continue
            table.problems.append(
                Problem(_("cellen innehåller en formel. Klistra in värdet i stället."), number, heading)
            )
        if unheaded_cells and any(cell.strip() for cell in cells[len(headings) :]):
            table.problems.append(Problem(_("det finns värden i en kolumn utan rubrik."), number))
        cells = [cell.strip() for cell in cells[: len(headings)]]
        table.row_count += 1
        for index, cell in enumerate(cells):
            table.filled[index] += bool(cell)
        if not headings_only or len(table.rows) < 3:
            table.rows.append((number, cells + [""] * (len(headings) - len(cells))))
    if headings is None:
        raise refuse(_("Filen är tom."))
    if not table.rows:
        raise refuse(_("Filen har en rubrikrad men inga rader med uppgifter."))
    return table


def _column_letter(index: int) -> str:
    return openpyxl.utils.get_column_letter(index + 1)


def _csv_rows(data: bytes) -> Iterator[tuple[int, list[str], set[int]]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise refuse(
            _("Filen är sparad som UTF-16 (Unicode-text). Spara den som ”CSV UTF-8 (kommaavgränsad)”.")
        )
    if data.startswith(b"PK\x03\x04"):
        raise refuse(_("Filen ser ut att vara en Excel-arbetsbok men heter .csv. Byt ändelse till .xlsx."))
    if b"\x00" in data:
        raise refuse(_("Filen innehåller binära tecken och är ingen textfil. Välj en CSV- eller Excel-fil."))
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark; it is not part of the data.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise refuse(
            _(
                "Filen är inte sparad som UTF-8 (tecknen på rad %(line)s går inte att läsa; filen är "
                "troligen sparad som Latin-1 eller Windows-1252). Spara den i Excel som "
                "”CSV UTF-8 (kommaavgränsad)”, eller använd Excel-mallen."
            )
            % {"line": line}
        ) from None
    first_line = text.split("\n", 1)[0]
    # Swedish Excel separates with semicolons, others with commas; the heading row tells which.
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            formulas = {index for index, cell in enumerate(cells) if cell.lstrip().startswith("=")}
            yield number, cells, formulas
    except csv.Error:
        raise refuse(
            _("Rad %(row)s går inte att läsa som CSV (kontrollera citattecknen). Använd gärna mallen.")
            % {"row": number + 1}
        ) from None


def _xlsx_rows(data: bytes, limits: Limits) -> Iterator[tuple[int, list[str], set[int]]]:
    buffer = io.BytesIO(data)
    not_a_workbook = _("Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Använd gärna mallen.")
    try:
        with zipfile.ZipFile(buffer) as archive:
            entries = archive.infolist()
            names = {entry.filename.lower() for entry in entries}
            content_types = archive.read("[Content_Types].xml") if "[content_types].xml" in names else b""
    except Exception:  # noqa: BLE001 - a damaged zip fails in zipfile, zlib or struct alike
        raise refuse(not_a_workbook) from None
    if any(name.endswith("vbaproject.bin") for name in names) or b"macroEnabled" in content_types:
        raise refuse(_("Filen innehåller makron. Spara den som en vanlig Excel-arbetsbok (.xlsx)."))
    if sum(entry.file_size for entry in entries) > limits.max_unpacked:
        raise refuse(_("Filen är för stor uppackad. Dela upp den i flera filer."))
    if "xl/workbook.xml" not in names:
        raise refuse(not_a_workbook)
    try:
        workbook = openpyxl.load_workbook(buffer, read_only=True, data_only=False, keep_links=False)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise refuse(not_a_workbook) from None
    try:
        if not workbook.worksheets:
            raise refuse(not_a_workbook)
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(min_row=1, max_col=limits.max_columns + 1)
        for number, row in enumerate(rows, start=1):
            if number > limits.max_sheet_rows:
                raise refuse(
                    _("Bladet har fler än %(n)s rader. Dela upp filen.") % {"n": f"{limits.max_sheet_rows:,}"}
                )
            formulas = {index for index, cell in enumerate(row) if cell.data_type == "f"}
            yield number, [_cell_text(cell) for cell in row], formulas
    except ImportRefused:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet fails while it is read, not when opened
        raise refuse(not_a_workbook) from None
    finally:
        workbook.close()


def _cell_text(cell: Any) -> str:
    """A cell's value as the text a person would type: dates as ÅÅÅÅ-MM-DD (or ÅÅÅÅ-MM when
    the cell is formatted to show only the month), whole numbers without decimals."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.time() != datetime.time(0):
            return value.isoformat(sep=" ")
        value = value.date()
    if isinstance(value, datetime.date):
        shown = (getattr(cell, "number_format", "") or "").lower()
        return f"{value:%Y-%m}" if "y" in shown and "d" not in shown else value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
