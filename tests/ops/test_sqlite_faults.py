"""Faults on SQLite (the embedded default): a full disk and a read-only database.

A gunicorn in production settings against an SQLite file of the test's own. The person gets a
clear Swedish answer, every accepted report is whole, nothing half-written is left behind, and
SQLite's integrity check passes afterwards.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ops.servers import AppServer, prepare_database, production_env

pytestmark = pytest.mark.faults

LEAKS = ("Traceback", "OperationalError", "sqlite", 'File "', "disk I/O")


@pytest.fixture
def prepared(tmp_path) -> Iterator[tuple[dict, dict, Path]]:
    env = production_env(tmp_path)
    env.pop("DATABASE_URL", None)
    found = prepare_database(env)
    yield env, found, tmp_path / "varna.sqlite3"


def inspect(path: Path) -> dict:
    with sqlite3.connect(path) as connection:
        bromma = connection.execute("SELECT id FROM organisation_administration WHERE name = 'Bromma'")
        return {
            "integrity": connection.execute("PRAGMA integrity_check").fetchall(),
            "pages": connection.execute("PRAGMA page_count").fetchone()[0],
            "bromma": bromma.fetchone()[0],
            "reports": connection.execute("SELECT count(*) FROM reports_report").fetchone()[0],
            "without_type": connection.execute(
                "SELECT count(*) FROM reports_report r WHERE NOT EXISTS "
                "(SELECT 1 FROM reports_report_event_types t WHERE t.report_id = r.id)"
            ).fetchone()[0],
        }


def serve(env: dict, pragmas: str) -> AppServer:
    return AppServer(
        {**env, "DJANGO_SETTINGS_MODULE": "tests.ops.fault_settings", "VARNA_TEST_SQLITE_PRAGMAS": pragmas}
    ).start()


def report(bromma: int, number: int) -> dict:
    return {
        "administration": bromma,
        "event_month": "2025-01",
        "age_group": "unknown",
        "event_types": ["graffiti", "threats"],
        "description": f"Klotter på fasaden vid fritidsgården, omgång {number}. " + "Text. " * 100,
    }


def test_a_full_disk_gives_a_clear_swedish_answer_and_no_half_written_report(prepared):
    env, found, path = prepared
    before = inspect(path)
    # Room for a few reports more, then full: SQLite answers as it does when the disk is full.
    server = serve(env, f"PRAGMA max_page_count={before['pages'] + 8};")
    try:
        accepted, answers = 0, []
        for number in range(300):
            answer = server.request(
                "POST",
                "/api/v1/reports",
                body=report(before["bromma"], number),
                token=found["medarbetare"]["token"],
            )
            if answer.status != 201:
                answers.append(answer)
                if len(answers) == 3:
                    break
            else:
                accepted += 1
        page = server.request("POST", "/api/v1/reports", body={}, session=found["medarbetare"]["session"])
    finally:
        server.stop()

    assert accepted > 0, "the database was full before the test began"
    assert answers, "the database never filled up"
    for answer in answers:
        assert answer.status == 503
        assert answer.json()["code"] == "database_full"
        assert "Databasen har inte plats för mer just nu. Ingenting har sparats." in answer.json()["detail"]
        for leak in LEAKS:
            assert leak not in answer.text
    assert page.status in (403, 422, 503)  # nothing else breaks either
    after = inspect(path)
    assert after["integrity"] == [("ok",)]
    assert after["reports"] == before["reports"] + accepted
    assert after["without_type"] == 0


def test_a_read_only_sqlite_database_gives_a_clear_swedish_answer_and_stays_whole(prepared):
    env, found, path = prepared
    coordinator, employee = found["samordnare.bromma"], found["medarbetare"]
    server = serve(env, "")
    try:  # used once while writable, as a database is before it turns read-only
        assert server.request("GET", "/api/v1/reports", token=coordinator["token"]).status == 200
        assert server.request("GET", "/", session=coordinator["session"]).status == 200
    finally:
        server.stop()
    before = inspect(path)
    # As a database file without write permission (which root, who runs CI, cannot make).
    server = serve(env, "PRAGMA query_only=1;")
    try:
        listed = server.request("GET", "/api/v1/reports", token=coordinator["token"])
        pages = [
            server.request("GET", path, session=coordinator["session"]) for path in ("/", "/rapportera/ny/")
        ]
        filed = server.request(
            "POST", "/api/v1/reports", body=report(before["bromma"], 1), token=employee["token"]
        )
    finally:
        server.stop()

    assert listed.status == 200
    # SQLite's transactions take the write lock at BEGIN: a page that reads in a transaction
    # is refused too, in the same words.
    for page in pages:
        assert page.status == 200 or "Databasen är skrivskyddad just nu" in page.text
        assert "Traceback" not in page.text
    assert filed.status == 503
    assert filed.json()["code"] == "database_read_only"
    assert "Databasen är skrivskyddad just nu" in filed.json()["detail"]
    for leak in LEAKS:
        assert leak not in filed.text
    after = inspect(path)
    assert after["integrity"] == [("ok",)]
    assert after["reports"] == before["reports"]
