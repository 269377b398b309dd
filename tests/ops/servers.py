"""Throwaway servers for the fault tests: a PostgreSQL cluster of its own and a gunicorn of Värna.

The fault tests stop, kill and break databases, so they never touch the shared PostgreSQL on
127.0.0.1:5432: each run makes its own cluster in a temporary directory (initdb, trust auth, a
free port, owned by the `postgres` user when the tests run as root, since PostgreSQL refuses to
run as root) and points a gunicorn with one sync worker at it, in production-like settings.
"""

from __future__ import annotations

import contextlib
import glob
import http.client
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SETUP_SCRIPT = """
import django, json, os
django.setup()
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from varna.organisation.demo import load_demo_users, load_organisation
from varna.organisation.models import User
from varna.organisation.services import create_api_token
load_organisation()
load_demo_users()
found = {}
for username in ("medarbetare", "samordnare.bromma"):
    user = User.objects.get(username=username)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    _token, secret = create_api_token(user=user, name="fel")
    found[username] = {"session": session.session_key, "token": secret}
from tests.reports.import_files import EVENT_HEADINGS, csv_bytes
from varna.organisation.models import Administration
from varna.reports.imports.services import create_import_batch
row = ["2024-03-05", "", "", "right_wing", "graffiti", "Under 18 år", "", "manager", ""]
batch = create_import_batch(
    administration=Administration.objects.get(name="Bromma"),
    kind="ia",
    file_name="ia.csv",
    data=csv_bytes([row] * 1200, EVENT_HEADINGS),
    created_by=User.objects.get(username="samordnare.bromma"),
)
found["import_batch"] = batch.pk
print("SETUP" + json.dumps(found))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin() -> Path:
    """PostgreSQL's server programs; the fault tests fail (not skip) without them."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail(
            "PostgreSQL's server programs (initdb) are missing: install Debian's `postgresql` package "
            "(.ci/run does so)."
        )
    return Path(found[-1]).parent


def as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the `postgres` user then."""
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("The tests run as root and there is no `postgres` user to run PostgreSQL as.")
    return ["runuser", "-u", "postgres", "--", *command]


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stdout}\n{result.stderr}")
    return result


class PostgresCluster:
    """A PostgreSQL cluster in a temporary directory: start, stop, and SQL as its superuser."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="varna-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        run(
            as_postgres(
                [
                    str(self.bin / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            )
        )
        self.start()
        self.sql("CREATE DATABASE varna")

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/varna"

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=30"
        )
        run(
            as_postgres(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-l",
                    str(self.dir / "log"),
                    "-w",
                    "start",
                ]
            )
        )

    def stop(self, mode: str = "fast") -> None:
        run(as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"]))

    def sql(self, statement: str, database: str = "postgres", params: tuple = ()) -> list[tuple]:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        ) as connection:
            cursor = connection.execute(statement, params or None)
            return cursor.fetchall() if cursor.description else []

    def connect(self, database: str = "varna") -> Any:
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database)

    def remove(self) -> None:
        with contextlib.suppress(RuntimeError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


def production_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """Production settings (DEBUG off) that work over plain HTTP on loopback."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "varna.settings",
        "VARNA_VAR_DIR": str(var_dir),
        "SECRET_KEY": "fault-tests-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_MANIFEST": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    env.update(extra)
    return env


def prepare_database(env: dict[str, str]) -> dict[str, dict[str, str]]:
    """Migrate, load the demo organisation and personas; sessions and API tokens for two of them."""
    run([PYTHON, "manage.py", "migrate", "--no-input"], cwd=ROOT, env=env)
    result = run([PYTHON, "-c", SETUP_SCRIPT], cwd=ROOT, env=env)
    line = next(line for line in result.stdout.splitlines() if line.startswith("SETUP"))
    return json.loads(line.removeprefix("SETUP"))


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    text: str

    def json(self) -> Any:
        return json.loads(self.text)


@dataclass
class AppServer:
    """gunicorn serving Värna with one sync worker, so that "the worker" is one process."""

    env: dict[str, str]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    def start(self) -> AppServer:
        self.log = tempfile.NamedTemporaryFile(prefix="varna-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "varna.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--worker-class",
                "sync",
                "--timeout",
                "60",
                "--graceful-timeout",
                "2",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped: {Path(self.log.name).read_text()}")
            try:
                self.request("GET", "/halsa/", timeout=2)
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer within 30 s")

    def stop(self) -> None:
        from tests.ops.logscan import add_server_output

        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        add_server_output(self.output())
        Path(self.log.name).unlink(missing_ok=True)

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def worker_pids(self) -> list[int]:
        assert self.process is not None
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children]

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        session: str | None = None,
        token: str | None = None,
        timeout: float = 30,
    ) -> Response:
        headers = {"Host": "127.0.0.1"}
        if session:
            headers["Cookie"] = f"sessionid={session}"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=data, headers=headers)
            answer = connection.getresponse()
            return Response(
                answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read().decode()
            )
        finally:
            connection.close()
