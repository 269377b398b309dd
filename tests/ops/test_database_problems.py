"""Which database trouble an exception means, by PostgreSQL's SQLSTATE or SQLite's error name.

The fault tests show the whole path on real databases; these cover the codes they cannot make
happen cheaply (PostgreSQL's full disk)."""

from __future__ import annotations

import sqlite3

import pytest
from django.db import (
    DatabaseError,
    DataError,
    IntegrityError,
    InterfaceError,
    InternalError,
    OperationalError,
)

from varna.lib.middleware import database_problem


def pg(sqlstate: str) -> Exception:
    """A driver exception with PostgreSQL's SQLSTATE, as psycopg raises them."""
    error = Exception("fel")
    error.sqlstate = sqlstate
    return error


def caused_by(error_class, cause) -> Exception:
    error = error_class("fel")
    error.__cause__ = cause
    return error


def sqlite_error(name: str) -> sqlite3.Error:
    error = sqlite3.OperationalError("fel")
    error.sqlite_errorname = name
    return error


@pytest.mark.parametrize(
    ("exception", "problem"),
    [
        (caused_by(OperationalError, pg("53100")), "database_full"),
        (caused_by(InternalError, pg("25006")), "database_read_only"),
        (caused_by(OperationalError, sqlite_error("SQLITE_FULL")), "database_full"),
        (caused_by(OperationalError, sqlite_error("SQLITE_READONLY")), "database_read_only"),
        (caused_by(OperationalError, sqlite_error("SQLITE_READONLY_DBMOVED")), "database_read_only"),
        (caused_by(OperationalError, pg("08006")), "database_unavailable"),
        (OperationalError("server closed the connection unexpectedly"), "database_unavailable"),
        (InterfaceError("connection already closed"), "database_unavailable"),
        (DatabaseError("fel"), "database_unavailable"),
        (IntegrityError("duplicate key"), None),
        (DataError("value too long"), None),
        (caused_by(InternalError, pg("XX000")), None),
        (ValueError("fel"), None),
    ],
)
def test_the_kind_of_database_trouble_is_told_by_its_code(exception, problem):
    assert database_problem(exception) == problem
