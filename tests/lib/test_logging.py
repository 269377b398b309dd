"""Log lines pass the de-identification engine on their way out."""

from __future__ import annotations

import io
import logging
import logging.config
from urllib.parse import quote, quote_plus

import pytest
from django.conf import settings
from django.core.servers.basehttp import WSGIRequestHandler

from tests.ops.logscan import HANDLER_NAME
from varna.lib.logging import RedactPersonalData


def record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("varna.test", logging.ERROR, __file__, 1, message, args, exc_info)


def test_a_personnummer_in_a_log_message_is_redacted():
    entry = record("Kunde inte spara %s", "beskrivning: Ali Hassan 080512-3452")
    RedactPersonalData().filter(entry)
    assert "080512-3452" not in entry.getMessage()
    assert "[PERSONNUMMER]" in entry.getMessage()


def test_an_exception_message_in_a_traceback_is_redacted():
    try:
        raise ValueError("ogiltig text: ring 070-412 33 90")
    except ValueError as error:
        entry = record("fel", exc=error)
    RedactPersonalData().filter(entry)
    assert "070-412 33 90" not in entry.exc_text
    assert "[TELEFON]" in entry.exc_text


def test_a_clean_message_is_left_as_it_is():
    entry = record("Inloggning från %s", "127.0.0.1")
    RedactPersonalData().filter(entry)
    assert entry.getMessage() == "Inloggning från 127.0.0.1"


# --- Django's request loggers, through the configured LOGGING --------------------------------

PERSONNUMMER = "19811218-9876"
EMAIL = "anna.svensson@example.se"


@pytest.fixture
def console_output():
    """What the configured console handler (settings.LOGGING) writes, for the test's duration."""
    logging.config.dictConfig(settings.LOGGING)
    console = next(h for h in logging.getLogger().handlers if h.get_name() == "console")
    stream = io.StringIO()
    previous = console.setStream(stream)
    yield stream
    console.setStream(previous)


def _handlers_reached(name: str) -> list[logging.Handler]:
    handlers, logger = [], logging.getLogger(name)
    while logger is not None:
        handlers += logger.handlers
        logger = logger.parent if logger.propagate else None
    return handlers


@pytest.mark.parametrize("name", ["django.server", "django.request"])
def test_every_handler_of_django_s_request_loggers_redacts(name):
    logging.config.dictConfig(settings.LOGGING)
    handlers = [h for h in _handlers_reached(name) if h.get_name() != HANDLER_NAME]
    assert handlers
    assert all(any(isinstance(f, RedactPersonalData) for f in h.filters) for h in handlers)


def _runserver_request_line(path: str, status: str = "200") -> None:
    """What runserver's request handler logs for one request (django.core.servers.basehttp)."""
    handler = WSGIRequestHandler.__new__(WSGIRequestHandler)
    handler.request = None
    handler.log_date_time_string = lambda: "03/Dec/2026 15:00:00"
    handler.log_message('"%s" %s %s', f"GET {path} HTTP/1.1", status, "512")


@pytest.mark.parametrize(
    "path",
    [
        f"/rapporter/?pnr={PERSONNUMMER}&epost={EMAIL}",
        # As a browser sends a GET form: URL-encoded.
        f"/rapporter/?pnr={PERSONNUMMER.replace('-', '')}&epost={quote_plus(EMAIL)}&tel=070-412+33+90",
        f"/lagesbild/1/?q={quote(EMAIL)}",
    ],
)
def test_runserver_s_request_line_is_redacted(console_output, path):
    _runserver_request_line(path)
    _runserver_request_line(path, status="404")

    text = console_output.getvalue()
    assert text.count("GET /") == 2
    for secret in (PERSONNUMMER, PERSONNUMMER.replace("-", ""), "anna.svensson", "412"):
        assert secret not in text
    assert "[E-POST]" in text


@pytest.mark.django_db
def test_the_request_log_of_a_missing_page_is_redacted(console_output, client):
    client.get(f"/finns-inte/{PERSONNUMMER}/{EMAIL}/")

    text = console_output.getvalue()
    assert "Not Found" in text
    assert PERSONNUMMER not in text and EMAIL not in text
