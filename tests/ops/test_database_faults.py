"""Faults on a real PostgreSQL: stopped, a worker killed mid-transaction, read-only.

Against a PostgreSQL cluster of the test's own (never the shared one on 5432) and a gunicorn
with one sync worker in production settings. The person always gets a Swedish page or JSON
error, never a traceback; Värna recovers by itself; nothing half-written is ever left behind.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.ops.servers import AppServer, PostgresCluster, prepare_database, production_env

pytestmark = pytest.mark.faults

UNAVAILABLE = "Databasen går inte att nå just nu. Ingenting har sparats."
READ_ONLY = "Databasen är skrivskyddad just nu"
LEAKS = ("Traceback", "OperationalError", "psycopg", 'File "', "127.0.0.1:", "connection")
REPORT = {
    "administration": None,
    "event_month": "2025-01",
    "age_group": "unknown",
    "event_types": ["graffiti"],
}


@pytest.fixture(scope="module")
def cluster() -> Iterator[PostgresCluster]:
    pg = PostgresCluster()
    yield pg
    pg.remove()


@pytest.fixture(scope="module")
def site(cluster) -> Iterator[dict[str, Any]]:
    env = production_env(cluster.dir, DATABASE_URL=cluster.url)
    found = prepare_database(env)
    bromma = cluster.sql("SELECT id FROM organisation_administration WHERE name = 'Bromma'", "varna")[0][0]
    server = AppServer(env).start()
    yield {**found, "server": server, "bromma": bromma}
    server.stop()


def report(site: dict[str, Any]) -> dict[str, Any]:
    return {**REPORT, "administration": site["bromma"]}


def assert_swedish_503_page(response) -> None:
    assert response.status == 503
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="sv"' in response.text
    assert UNAVAILABLE in response.text
    for leak in LEAKS:
        assert leak not in response.text


def assert_swedish_503_json(response, code: str = "database_unavailable") -> None:
    assert response.status == 503
    assert response.headers["content-type"] == "application/json"
    assert response.json()["code"] == code
    for leak in LEAKS:
        assert leak not in response.text


def counts(cluster: PostgresCluster) -> dict[str, int]:
    tables = (
        "reports_report",
        "reports_report_environments",
        "reports_report_event_types",
        "reports_report_actions",
        "audit_auditevent",
    )
    return {table: cluster.sql(f"SELECT count(*) FROM {table}", "varna")[0][0] for table in tables}  # noqa: S608


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_a_stopped_database_gives_swedish_503s_and_the_app_recovers_by_itself(mode, cluster, site):
    server, coordinator = site["server"], site["samordnare.bromma"]
    assert server.request("GET", "/", session=coordinator["session"]).status == 200

    cluster.stop(mode)
    try:
        for _ in range(3):  # again and again: the worker neither dies nor hangs
            assert_swedish_503_page(server.request("GET", "/", session=coordinator["session"]))
            assert_swedish_503_page(server.request("GET", "/rapporter/", session=coordinator["session"]))
            assert_swedish_503_json(server.request("GET", "/api/v1/reports", token=coordinator["token"]))
            filed = server.request("POST", "/api/v1/reports", body=report(site), token=coordinator["token"])
            assert_swedish_503_json(filed)
            assert UNAVAILABLE in filed.json()["detail"]
        health = server.request("GET", "/halsa/")
        assert (health.status, health.json()) == (503, {"status": "unavailable"})
    finally:
        cluster.start()

    # The first requests after the database is back succeed: nobody restarts Värna.
    assert server.request("GET", "/", session=coordinator["session"]).status == 200
    assert server.request("GET", "/api/v1/reports", token=coordinator["token"]).status == 200
    assert server.request("GET", "/halsa/").status == 200
    assert (
        server.request("POST", "/api/v1/reports", body=report(site), token=coordinator["token"]).status == 201
    )
    assert "Traceback" not in server.output()


def waiting_backend(cluster: PostgresCluster, timeout: float = 20) -> int:
    """The pid of the backend that has written in its transaction and now waits for our lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = cluster.sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = 'varna' AND wait_event_type = 'Lock' "
            "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
        )
        if rows:
            return rows[0][0]
        time.sleep(0.05)
    raise AssertionError("no request came to wait inside its transaction")


def kill_worker_while_it_waits(cluster, server, lock_table: str, send) -> None:
    """Hold a lock the request needs late in its transaction, SIGKILL the worker while it waits,
    then let go: the transaction's earlier writes must vanish with it."""
    holder = cluster.connect()
    holder.execute(f"LOCK TABLE {lock_table} IN ACCESS EXCLUSIVE MODE")
    errors: list[BaseException] = []

    def request() -> None:
        try:
            send()
        except Exception as error:  # noqa: BLE001 - the worker dies: the connection breaks
            errors.append(error)

    thread = threading.Thread(target=request)
    thread.start()
    try:
        backend = waiting_backend(cluster)
        (worker,) = server.worker_pids()
        os.kill(worker, signal.SIGKILL)
        thread.join(20)
    finally:
        holder.rollback()
        holder.close()
    assert errors, "the request finished although its worker was killed"
    deadline = time.monotonic() + 20
    while cluster.sql("SELECT 1 FROM pg_stat_activity WHERE pid = %s", params=(backend,)):
        assert time.monotonic() < deadline, "the killed worker's transaction is still open"
        time.sleep(0.05)


def wait_for_new_worker(server, killed: set[int]) -> None:
    deadline = time.monotonic() + 20
    while not (set(server.worker_pids()) - killed) or server.request("GET", "/halsa/").status != 200:
        assert time.monotonic() < deadline, "gunicorn did not start a new worker"
        time.sleep(0.1)


def test_a_worker_killed_while_filing_a_report_leaves_no_partial_report(cluster, site):
    server, employee = site["server"], site["medarbetare"]
    before = counts(cluster)
    killed = set(server.worker_pids())

    # The report row is written first, its event types after: hold the event types' table.
    kill_worker_while_it_waits(
        cluster,
        server,
        "reports_report_event_types",
        lambda: server.request("POST", "/api/v1/reports", body=report(site), token=employee["token"]),
    )

    assert counts(cluster) == before
    wait_for_new_worker(server, killed)
    filed = server.request("POST", "/api/v1/reports", body=report(site), token=employee["token"])
    assert filed.status == 201
    after = counts(cluster)
    assert after["reports_report"] == before["reports_report"] + 1
    assert after["reports_report_event_types"] == before["reports_report_event_types"] + 1


def csrf_for(server, path: str, session: str) -> tuple[str, str]:
    page = server.request("GET", path, session=session)
    assert page.status == 200
    cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("set-cookie", ""))
    field = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert cookie and field
    return cookie.group(1), field.group(1)


def test_a_worker_killed_during_an_import_leaves_the_batch_unimported(cluster, site):
    server, coordinator, batch = site["server"], site["samordnare.bromma"], site["import_batch"]
    path = f"/rapporter/import/{batch}/"
    cookie, token = csrf_for(server, path, coordinator["session"])
    before = counts(cluster)
    killed = set(server.worker_pids())

    def confirm_with_progress() -> None:
        # The streamed confirmation: 1,200 rows in chunks of 500, one transaction, the audit
        # event last. Holding the audit table stops it after every row has been written.
        import http.client

        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        connection.request(
            "POST",
            path,
            body=f"csrfmiddlewaretoken={token}",
            headers={
                "Host": "127.0.0.1",
                "Cookie": f"sessionid={coordinator['session']}; csrftoken={cookie}",
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Varna-Progress": "1",
            },
        )
        answer = connection.getresponse()
        lines = answer.read().decode().splitlines()
        raise AssertionError(f"the import finished: {lines[-1:]}")

    kill_worker_while_it_waits(cluster, server, "audit_auditevent", confirm_with_progress)

    assert counts(cluster) == before
    kept = "SELECT status, jsonb_array_length(rows::jsonb) FROM reports_importbatch WHERE id = %s"
    status, rows = cluster.sql(kept, "varna", params=(batch,))[0]
    assert (status, rows) == ("preview", 1200)
    imported = "SELECT count(*) FROM reports_report WHERE import_batch_id = %s"
    assert cluster.sql(imported, "varna", params=(batch,)) == [(0,)]
    wait_for_new_worker(server, killed)


def test_a_read_only_database_is_read_and_writes_get_a_clear_swedish_answer(cluster, site):
    server, coordinator = site["server"], site["samordnare.bromma"]
    # Used just before, as a database is before it turns read-only (a token's use is noted).
    assert server.request("GET", "/api/v1/reports", token=coordinator["token"]).status == 200
    assert server.request("GET", "/", session=coordinator["session"]).status == 200
    before = counts(cluster)
    # As when the database fails over to a standby, or is switched to read-only for maintenance.
    cluster.sql("ALTER SYSTEM SET default_transaction_read_only = on")
    cluster.sql("SELECT pg_reload_conf()")
    try:
        time.sleep(0.2)  # the backends take the new setting on their next command
        assert server.request("GET", "/api/v1/reports", token=coordinator["token"]).status == 200
        assert server.request("GET", "/", session=coordinator["session"]).status == 200
        filed = server.request("POST", "/api/v1/reports", body=report(site), token=coordinator["token"])
        assert_swedish_503_json(filed, "database_read_only")
        assert READ_ONLY in filed.json()["detail"]
        assert "Ingenting har sparats" in filed.json()["detail"]
    finally:
        cluster.sql("ALTER SYSTEM RESET default_transaction_read_only")
        cluster.sql("SELECT pg_reload_conf()")
    time.sleep(0.2)
    assert counts(cluster) == before
    assert (
        server.request("POST", "/api/v1/reports", body=report(site), token=coordinator["token"]).status == 201
    )
