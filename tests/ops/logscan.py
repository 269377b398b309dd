"""A pytest plugin: every log line and e-mail of the test run, scanned for personal data at the end.

The log records of the whole run (and the output of the servers the fault tests start) are
written to var/test-logs/run-<pid>/ through the same formatter and filters as the production console
handler (settings.LOGGING), and the e-mails the tests sent (Django's test outbox) beside them.
When the run ends, every distinct line is scanned with varna.deid; a finding fails the run,
naming the kinds found and the file, never the text itself. E-mails are scanned with their
recipients' own names and addresses taken out: telling a person their own name is not a leak.

Registered in tests/conftest.py (`pytest_plugins`). Under pytest-xdist each worker writes its
own files and the controller scans them all.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

BASE = Path(__file__).resolve().parents[2] / "var" / "test-logs"
# Django's log format (settings.LOGGING): the lines of the servers' output that are Värna's logs.
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d [\d:,]+ ")
# The level and the logger's name that follow it are code, not data: only the message is scanned.
LEVEL_AND_LOGGER = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+ ")
# Random tokens (personal survey links, API key prefixes): secrets, not personal data, and their
# underscores look like user names to the engine.
TOKEN = re.compile(r"[A-Za-z0-9_-]{20,}")
HANDLER_NAME = "varna-test-log-scan"
RUN = "VARNA_TEST_LOG_RUN"  # set by the controller, inherited by xdist workers


def directory() -> Path:
    """This run's directory: several runs may share the work tree at once."""
    return BASE / f"run-{os.environ.setdefault(RUN, str(os.getpid()))}"


def log_file(kind: str) -> Path:
    return directory() / f"{kind}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.log"


def _production_handler() -> logging.Handler:
    """A file handler with the console handler's formatter and filters from settings.LOGGING."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    config = settings.LOGGING
    console = config["handlers"]["console"]
    handler = logging.FileHandler(log_file("log"), encoding="utf-8")
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(logging.Formatter(config["formatters"][console["formatter"]]["format"]))
    for name in console.get("filters", []):
        spec = dict(config["filters"][name])
        handler.addFilter(import_string(spec.pop("()"))(**spec))
    return handler


def _attach() -> None:
    root = logging.getLogger()
    if not any(handler.get_name() == HANDLER_NAME for handler in root.handlers):
        root.addHandler(_production_handler())  # again after a test re-configures logging


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    os.environ[RUN] = str(os.getpid())  # the controller (or a run without xdist) starts afresh
    for old in BASE.glob("run-*"):
        ended = not Path(f"/proc/{old.name.removeprefix('run-')}").exists()
        if ended and time.time() - old.stat().st_mtime > 3600:  # kept an hour to be looked at
            shutil.rmtree(old, ignore_errors=True)
    directory().mkdir(parents=True, exist_ok=True)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _attach()


@pytest.hookimpl(tryfirst=True)  # before the last test's teardown removes the test outbox
def pytest_runtest_teardown(item: pytest.Item) -> None:
    from django.core import mail

    outbox = getattr(mail, "outbox", None) or []
    if not outbox:
        return
    with log_file("mail").open("a", encoding="utf-8") as out:
        for message in outbox:
            bodies = [message.subject, message.body] + [
                content for content, mimetype in getattr(message, "alternatives", []) if "text" in mimetype
            ]
            own = "|".join(
                re.escape(part) for address in message.to for part in _identity(address) if len(part) > 2
            )
            for body in bodies:
                text = re.sub(own, "[MOTTAGARE]", str(body)) if own else str(body)
                out.write(text.replace("\r", "") + "\n")
    mail.outbox.clear()


def _identity(address: str) -> list[str]:
    """The recipient's address, user name and name, as far as the database knows them."""
    from django.contrib.auth import get_user_model

    parts = [address, address.split("@")[0]]
    try:
        user = get_user_model().objects.filter(email__iexact=address).first()
    except Exception:  # noqa: BLE001 - the database may be gone at teardown: the address suffices
        user = None
    if user is not None:
        parts += [user.get_username(), user.get_full_name(), user.first_name, user.last_name]
    return sorted({part for part in parts if part}, key=len, reverse=True)


def add_server_output(text: str) -> None:
    """For the tests that run servers: their output is scanned like the run's own logs."""
    directory().mkdir(parents=True, exist_ok=True)
    with log_file("servers").open("a", encoding="utf-8") as out:
        # Värna's own log lines; gunicorn's start and stop lines and Python's warnings hold none.
        out.writelines(line + "\n" for line in text.splitlines() if TIMESTAMP.match(line))


def findings() -> dict[str, Counter[str]]:
    from varna import deid

    found: dict[str, Counter[str]] = {}
    for path in sorted(directory().glob("*.log")):
        seen: set[str] = set()
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = TOKEN.sub("[TOKEN]", LEVEL_AND_LOGGER.sub("", TIMESTAMP.sub("", line)))
            if line in seen or not line.strip():
                continue
            seen.add(line)
            for finding in deid.scan(line):
                found.setdefault(path.name, Counter())[finding.label] += 1
    return found


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput") or not directory().exists():
        return
    found = findings()
    if not found:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [
        f"{name}: " + ", ".join(f"{label} ×{count}" for label, count in sorted(labels.items()))
        for name, labels in found.items()
    ]
    message = f"Personal data in the test run's logs or e-mails (kinds only; see {directory()}):"
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line(message, red=True, bold=True)
        for line in lines:
            reporter.write_line(f"  {line}", red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
