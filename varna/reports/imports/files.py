"""Reading an uploaded events file: varna.lib.tables with the limits of an events import.

The limits stay module attributes, read at each call, so that a test can lower them.
"""

from __future__ import annotations

from varna.lib.tables import EXTENSIONS, Limits, Table, check_file_name
from varna.lib.tables import read_table as read_any_table

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000  # rows with data
MAX_SHEET_ROWS = 100_000  # rows including empty ones (Excel keeps formatted empty rows)
MAX_COLUMNS = 50
MAX_UNPACKED = 100 * 1024 * 1024  # an .xlsx is a zip: guard against a small file that unpacks huge

__all__ = ["EXTENSIONS", "MAX_BYTES", "MAX_ROWS", "Table", "check_file_name", "read_table"]


def read_table(name: str, data: bytes) -> Table:
    """Read the file named `name` with content `data`; ImportRefused if it cannot be used."""
    limits = Limits(
        max_bytes=MAX_BYTES,
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
        max_sheet_rows=MAX_SHEET_ROWS,
        max_unpacked=MAX_UNPACKED,
    )
    return read_any_table(name, data, limits=limits, has_template=True)
