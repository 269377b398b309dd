"""Backup and restore: a round trip gives back every table, row, sequence and the audit log.

The same test runs on the engine the suite runs on (SQLite by default, PostgreSQL with
DATABASE_URL); on PostgreSQL it needs pg_dump, pg_restore and psql, and fails saying so if
they are missing.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
import stat
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.audit.services import record_event
from varna.lib.backup import BackupError, pg_environment, restored_row_counts, row_counts, tool
from varna.organisation.models import User
from varna.reports.models import Report
from varna.reports.services import add_note

# Committed data: pg_dump reads the database through a connection of its own.
pytestmark = pytest.mark.django_db(transaction=True)

POSTGRESQL = connection.vendor == "postgresql"


@pytest.fixture
def filled(demo) -> None:
    """The whole demo municipality, a note and audit entries of several kinds."""
    call_command("load_demo", stdout=StringIO())
    coordinator = User.objects.get(username="samordnare.bromma")
    report = Report.objects.filter(administration__name="Bromma").first()
    add_note(report=report, author=coordinator, text="Uppföljning med enheten i maj.")
    record_event(action=Action.VIEWED, actor=coordinator, obj=report)
    record_event(action=Action.SIGN_IN_FAILED, actor_name="okänd")


@pytest.fixture
def restored_name(tmp_path) -> Iterator[str]:
    """Where the restore goes: a database named after the test database, or a new file."""
    if not POSTGRESQL:
        yield str(tmp_path / "restored.sqlite3")
        return
    name = f"{connection.settings_dict['NAME']}_restore"
    drop = ["psql", "--no-psqlrc", "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)']
    env = pg_environment(connection.settings_dict, "postgres")
    import subprocess

    subprocess.run(drop, env=env, check=True, capture_output=True)
    yield name
    subprocess.run(drop, env=env, check=True, capture_output=True)


class Restored:
    """A plain DB-API connection to the restored database, for reading it side by side."""

    def __init__(self, name: str) -> None:
        if POSTGRESQL:
            import psycopg

            s = connection.settings_dict
            self.handle = psycopg.connect(
                dbname=name,
                host=s["HOST"] or None,
                port=s["PORT"] or None,
                user=s["USER"] or None,
                password=s["PASSWORD"] or None,
                autocommit=True,
            )
        else:
            self.handle = sqlite3.connect(name, isolation_level=None)

    def query(self, sql: str) -> list[tuple]:
        cursor = self.handle.cursor()
        cursor.execute(sql)
        return cursor.fetchall() if cursor.description else []


def plain(value: object) -> object:
    """Django's connections convert some types (SQLite: dates, booleans) and leave others as
    text (PostgreSQL: jsonb) where a plain connection does the opposite."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):  # jsonb: Django's connection leaves it as text
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime.datetime):
        # Each connection shows time in its own zone: compare instants.
        return (value.astimezone(datetime.UTC) if value.tzinfo else value).isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value


def contents(run, table: str) -> list[tuple]:
    rows = run(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from introspection
    return sorted((tuple(plain(value) for value in row) for row in rows), key=repr)


def live(sql: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def sequences(run) -> list[tuple]:
    if POSTGRESQL:
        names = run("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1")
        query = 'SELECT last_value, is_called FROM "{}"'
        return [(n, *run(query.format(n))[0]) for (n,) in names]
    return sorted(run("SELECT name, seq FROM sqlite_sequence"))


def test_a_backup_restores_to_an_identical_database(filled, tmp_path, restored_name):
    backup_file = tmp_path / "varna.backup"
    out = StringIO()
    call_command("backup_database", "--output", str(backup_file), stdout=out)
    assert "Säkerhetskopia skriven" in out.getvalue()
    assert stat.S_IMODE(backup_file.stat().st_mode) == 0o600  # secret under social-services secrecy
    call_command("restore_database", "--input", str(backup_file), "--database", restored_name, stdout=out)

    restored = Restored(restored_name)
    tables = connection.introspection.table_names()
    # Every table, with the same number of rows and the same rows.
    assert restored_row_counts(connection.settings_dict, restored_name) == row_counts()
    assert Report.objects.count() > 10 and AuditEvent.objects.count() > 3
    for table in tables:
        got, want = contents(restored.query, table), contents(live, table)
        assert got == want, (
            table,
            [(a, b) for g, w in zip(got, want, strict=False) for a, b in zip(g, w, strict=False) if a != b][
                :3
            ],
        )
    # Sequences go on where they were: the next id is a new one.
    assert sequences(restored.query) == sequences(live)
    if POSTGRESQL:
        # The audit log is still append-only in the restored database.
        with pytest.raises(Exception, match="append-only"):
            restored.query("UPDATE audit_auditevent SET summary = 'x'")
        next_id = restored.query("SELECT nextval(pg_get_serial_sequence('audit_auditevent', 'id'))")[0][0]
    else:
        restored.query(
            "INSERT INTO audit_auditevent (at, actor_name, action, object_type, object_id, summary) "
            "VALUES ('2026-01-01', 'x', 'viewed', '', '', '')"
        )
        next_id = restored.query("SELECT max(id) FROM audit_auditevent")[0][0]
    assert next_id > AuditEvent.objects.order_by("-id").first().id


def test_restore_never_writes_over_an_existing_database(filled, tmp_path, restored_name):
    backup_file = tmp_path / "varna.backup"
    call_command("backup_database", "--output", str(backup_file), stdout=StringIO())
    call_command(
        "restore_database", "--input", str(backup_file), "--database", restored_name, stdout=StringIO()
    )
    with pytest.raises(CommandError, match="Återläsningen misslyckades"):
        call_command("restore_database", "--input", str(backup_file), "--database", restored_name)
    in_use = connection.settings_dict["NAME"]
    with pytest.raises(CommandError, match="Återläsningen misslyckades"):
        call_command("restore_database", "--input", str(backup_file), "--database", str(in_use))


def test_a_damaged_backup_is_refused_with_a_clear_message(demo, tmp_path, restored_name):
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(b"not a backup at all" * 100)
    with pytest.raises(CommandError, match="Återläsningen misslyckades"):
        call_command("restore_database", "--input", str(damaged), "--database", restored_name)
    if POSTGRESQL:  # nothing half-restored is left behind
        names = live("SELECT datname FROM pg_database")
        assert (restored_name,) not in names
    else:
        assert not Path(restored_name).exists()


def test_a_missing_postgresql_tool_is_named_in_the_error(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(BackupError, match=r"pg_dump was not found.*postgresql-client"):
        tool("pg_dump")


def test_the_postgresql_tools_are_installed_where_the_suite_runs_on_postgresql():
    if POSTGRESQL:
        for name in ("pg_dump", "pg_restore", "psql"):
            assert tool(name)
