"""Reading the learning portal's export (XLSX or CSV), and keeping it sealed between two requests.

The reading itself is varna.lib.tables' (file names, CSV encodings and delimiters, workbooks
without macros or formulas, Swedish messages); only the limits differ: a portal export of a
large administration has tens of thousands of rows.

Between the upload and the choice of columns the file is needed once more, but it holds things
that must never be stored: the raw employee ids and often a column of names. So it is kept only
encrypted (Fernet: AES-128-CBC with HMAC) under a fresh key that the server does not keep: the key
goes to the user's browser in the column form and comes back with it. Without it the stored
bytes are noise; after the import (or cancellation, or a day) they are dropped.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken
from django.utils.translation import gettext as _

from varna.lib.tables import ImportRefused, Limits, Problem, Table, refuse
from varna.lib.tables import read_table as read_any_table

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 50

__all__ = ["ImportRefused", "Problem", "Table", "read_table", "refuse", "seal", "unseal"]


def _limits() -> Limits:
    return Limits(max_bytes=MAX_BYTES, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS)


def read_table(name: str, data: bytes, *, headings_only: bool = False) -> Table:
    """The file's heading row and rows of text cells; ImportRefused if it cannot be read."""
    return read_any_table(
        name,
        data,
        limits=_limits(),
        unheaded_cells=False,
        unique_headings=True,
        headings_only=headings_only,
    )


def seal(data: bytes) -> tuple[bytes, str]:
    """(encrypted bytes to store, the key to give the user)."""
    key = Fernet.generate_key()
    return Fernet(key).encrypt(data), key.decode()


def unseal(sealed: bytes, key: str) -> bytes:
    try:
        return Fernet(key.encode()).decrypt(bytes(sealed))
    except (InvalidToken, ValueError, TypeError):
        raise refuse(_("Filen går inte längre att läsa. Ladda upp den igen.")) from None
