"""Backing up and restoring the whole database, with the method that fits the engine.

PostgreSQL: `pg_dump --format=custom` (tables, sequences, the audit log's append-only trigger,
everything in the database), restored by `pg_restore` into a new, empty database. SQLite:
SQLite's online backup API, which copies a consistent snapshot while the application runs.
Backups hold everything Värna stores, secret under social-services secrecy: files are written
readable by their owner only (mode 0600), and a file appears under its name only when it is
complete. Restoring never overwrites: it creates a new database or file, which is then checked
and switched to (docs/deployment.md, "Backups").
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import connection as default_connection

POSTGRESQL_TOOLS_HINT = (
    "install PostgreSQL's client tools (Debian: apt-get install postgresql-client) in the "
    "server's major version or later"
)


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message says why."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    method: str
    size: int


def engine_of(settings_dict: Mapping[str, Any]) -> str:
    engine = settings_dict["ENGINE"]
    if engine.endswith("postgresql"):
        return "postgresql"
    if engine.endswith("sqlite3"):
        return "sqlite"
    raise BackupError(f"no backup method for the database engine {engine}")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} was not found on PATH: {POSTGRESQL_TOOLS_HINT}")
    return path


def pg_environment(settings_dict: Mapping[str, Any], database: str | None = None) -> dict[str, str]:
    """libpq's environment for the tools: no password on a command line (visible in `ps`)."""
    env = dict(os.environ)
    options = settings_dict.get("OPTIONS") or {}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    if options.get("sslmode"):
        env["PGSSLMODE"] = str(options["sslmode"])
    env["PGDATABASE"] = database or settings_dict["NAME"]
    return env


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our own tools
    if done.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {done.stderr.strip() or done.returncode}")


def _private_temporary(output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(handle)
    os.chmod(name, 0o600)
    return Path(name)


def backup(output: Path, *, connection: Any = default_connection) -> BackupResult:
    """Write a complete backup of the database to `output` (replaced only when complete)."""
    settings_dict = connection.settings_dict
    engine = engine_of(settings_dict)
    pg_dump = tool("pg_dump") if engine == "postgresql" else ""
    temporary = _private_temporary(output)
    try:
        if engine == "postgresql":
            # Custom format: compressed, and pg_restore can pick or reorder what it restores.
            _run(
                [pg_dump, "--format=custom", "--no-password", f"--file={temporary}"],
                pg_environment(settings_dict),
            )
            method = "pg_dump --format=custom"
        else:
            connection.ensure_connection()
            target = sqlite3.connect(temporary)
            try:
                with target:
                    connection.connection.backup(target)
            finally:
                target.close()
            method = "sqlite3 online backup"
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return BackupResult(path=output, method=method, size=output.stat().st_size)


def restore_postgresql(backup_file: Path, database: str, *, settings_dict: Mapping[str, Any]) -> None:
    """Create `database` (it must not exist) and restore the backup into it; all or nothing."""
    psql, pg_restore = tool("psql"), tool("pg_restore")
    if not backup_file.is_file():
        raise BackupError(f"{backup_file} does not exist")
    maintenance = pg_environment(settings_dict, "postgres")
    quoted = '"' + database.replace('"', '""') + '"'
    _run(
        [psql, "--no-psqlrc", "--no-password", "-v", "ON_ERROR_STOP=1", "-c", f"CREATE DATABASE {quoted}"],
        maintenance,
    )
    try:
        _run(
            [
                pg_restore,
                "--no-password",
                "--exit-on-error",
                "--single-transaction",
                "--no-owner",
                f"--dbname={database}",
                str(backup_file),
            ],
            pg_environment(settings_dict, database),
        )
    except BackupError:
        _run([psql, "--no-psqlrc", "--no-password", "-c", f"DROP DATABASE IF EXISTS {quoted}"], maintenance)
        raise


def restore_sqlite(backup_file: Path, output: Path) -> None:
    """Copy the backup to a new SQLite file `output` (it must not exist) and check its integrity."""
    if not backup_file.is_file():
        raise BackupError(f"{backup_file} does not exist")
    if output.exists():
        raise BackupError(f"{output} exists already: restore into a new file")
    temporary = _private_temporary(output)
    try:
        source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        target = sqlite3.connect(temporary)
        try:
            with target:
                source.backup(target)
            problems = target.execute("PRAGMA integrity_check").fetchall()
        finally:
            source.close()
            target.close()
        if problems != [("ok",)]:
            raise BackupError(f"the restored database is damaged: {problems[:5]}")
        os.replace(temporary, output)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup_file} is not a usable SQLite backup: {exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)


def row_counts(connection: Any = default_connection) -> dict[str, int]:
    """Rows per table of a Django connection, to compare with a restored database."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        return _count(cursor, tables, connection.ops.quote_name)


def restored_row_counts(settings_dict: Mapping[str, Any], database: str) -> dict[str, int]:
    """Rows per table of a restored database (a PostgreSQL name or an SQLite file)."""
    if engine_of(settings_dict) == "sqlite":
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as handle:
            cursor = handle.cursor()
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            return _count(cursor, [name for (name,) in cursor.fetchall()], _quote)
    import psycopg

    options = settings_dict.get("OPTIONS") or {}
    with psycopg.connect(
        dbname=database,
        host=settings_dict.get("HOST") or None,
        port=settings_dict.get("PORT") or None,
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        sslmode=options.get("sslmode"),
    ) as handle:
        cursor = handle.cursor()
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        return _count(cursor, [name for (name,) in cursor.fetchall()], _quote)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _count(cursor: Any, tables: list[str], quote: Any) -> dict[str, int]:
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 - names from the catalogue
        counts[table] = cursor.fetchone()[0]
    return counts
