"""A logging filter that runs every log message through the de-identification engine.

Defence in depth: free text is checked before it is stored, but an exception message or a
third-party library could still echo what a user typed into a log line, and the development
server's request log prints every query string (settings.LOGGING routes it through here).
"""

from __future__ import annotations

import logging
from urllib.parse import unquote_plus

from varna import deid


def redact(message: str) -> str:
    """`message` with personal data replaced, also where it is URL-encoded (`anna%40x.se`,
    `070-123+45+67` in a query string)."""
    cleaned = deid.redact(message)
    if "%" in message or "+" in message:
        decoded = unquote_plus(message)
        if decoded != message:
            decoded_cleaned = deid.redact(decoded)
            if decoded_cleaned != decoded:
                return decoded_cleaned
    return cleaned


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            # The traceback's final line repeats the exception message: format it now, redacted.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
