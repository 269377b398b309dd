"""Reading the learning portal's export (XLSX or CSV), and keeping it sealed between two requests.

The reading itself is the reports app's (file names, CSV encodings and delimiters, workbooks
without macros or formulas, Swedish messages); only the limits differ: a portal export of a
large administration has tens of thousands of rows.

Between the upload and the choice of columns the file is needed once more, but it holds things
that must never be stored: the raw employee ids and often a column of names. So it is kept only
encrypted (Fernet: AES-128-CBC with HMAC) under a fresh key that the server does not keep: the key
goes to the user's browser in the column form and comes back with it. Without it the stored
bytes are noise; after the import (or cancellation, or a day) they are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from cryptography.fernet import Fernet, InvalidToken
from django.utils.translation import gettext as _

from varna.reports.imports.files import _csv_rows, _xlsx_rows, check_file_name
from varna.reports.imports.problems import ImportRefused, Problem

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 50


@dataclass
class Table:
    headings: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the spreadsheet shows it, cells)
    problems: list[Problem]
    # Per column, how many rows have a value: what the column page shows instead of samples.
    filled: list[int] = field(default_factory=list)
    row_count: int = 0


def refuse(message: str) -> ImportRefused:
    return ImportRefused([Problem(message)])


def check_upload(name: str, data: bytes) -> None:
    check_file_name(name)
    if not data:
        raise refuse(_("Filen är tom."))
    if len(data) > MAX_BYTES:
        raise refuse(
            _("Filen är för stor (högst %(mb)s MB). Dela upp den i flera filer.") % {"mb": MAX_BYTES // 2**20}
        )


def read_table(name: str, data: bytes, *, headings_only: bool = False) -> Table:
    """The file's heading row and rows of text cells; ImportRefused if it cannot be read."""
    check_upload(name, data)
    extension = check_file_name(name)
    rows = _xlsx_rows(data) if extension == ".xlsx" else _csv_rows(data)
    return _table(rows, headings_only=headings_only)


def _table(rows: Iterator[tuple[int, list[str], set[int]]], *, headings_only: bool) -> Table:
    table = Table(headings=[], rows=[], problems=[])
    headings: list[str] | None = None
    for number, cells, formulas in rows:
        if headings is None:
            if not any(cell.strip() for cell in cells):
                continue
            headings = [" ".join(cell.split()) for cell in cells]
            while headings and not headings[-1]:
                headings.pop()
            if len(headings) > MAX_COLUMNS:
                raise refuse(_("Filen har fler än %(n)s kolumner.") % {"n": MAX_COLUMNS})
            table.headings = headings
            table.filled = [0] * len(headings)
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if table.row_count >= MAX_ROWS:
            raise refuse(
                _("Filen har fler än %(n)s rader. Dela upp den i flera filer.") % {"n": f"{MAX_ROWS:,}"}
            )
        for index in sorted(formulas):
            if index < len(headings):
                table.problems.append(
                    Problem(
                        _("cellen innehåller en formel. Klistra in värdet i stället."),
                        number,
                        headings[index],
                    )
                )
        cells = [cell.strip() for cell in cells[: len(headings)]]
        table.row_count += 1
        for index, cell in enumerate(cells):
            table.filled[index] += bool(cell)
        # The preview reads on for the counts but keeps only the first rows.
        if not headings_only or len(table.rows) < 3:
            table.rows.append((number, cells + [""] * (len(headings) - len(cells))))
    if headings is None:
        raise refuse(_("Filen är tom."))
    if not table.rows:
        raise refuse(_("Filen har en rubrikrad men inga rader med uppgifter."))
    if len({h.casefold() for h in headings if h}) != len([h for h in headings if h]):
        raise refuse(_("Två kolumner har samma rubrik. Ge varje kolumn en egen rubrik."))
    return table


def seal(data: bytes) -> tuple[bytes, str]:
    """(encrypted bytes to store, the key to give the user)."""
    key = Fernet.generate_key()
    return Fernet(key).encrypt(data), key.decode()


def unseal(sealed: bytes, key: str) -> bytes:
    try:
        return Fernet(key.encode()).decrypt(bytes(sealed))
    except (InvalidToken, ValueError, TypeError):
        raise refuse(_("Filen går inte längre att läsa. Ladda upp den igen.")) from None
