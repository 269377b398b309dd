"""Log lines pass the de-identification engine on their way out."""

from __future__ import annotations

import logging

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
