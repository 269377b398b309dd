"""Värna's settings, with SQLite pragmas from the environment, to break a database on purpose.

VARNA_TEST_SQLITE_PRAGMAS is run on every new connection after the usual ones, e.g.
`PRAGMA max_page_count=40;` (the database is full at 40 pages: SQLite answers exactly as on a
full disk) or `PRAGMA query_only=1;` (every write refused as on a read-only file, which root,
who runs CI, cannot make with chmod).
"""

import os

from varna.settings import *  # noqa: F403
from varna.settings import DATABASES

DATABASES["default"]["OPTIONS"]["init_command"] += " " + os.environ.get("VARNA_TEST_SQLITE_PRAGMAS", "")
