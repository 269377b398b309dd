"""A logging filter that runs every log message through the de-identification engine.

Defence in depth: free text is checked before it is stored, but an exception message or a
third-party library could still echo what a user typed into a log line.
"""

from __future__ import annotations

import logging

from varna import deid


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = deid.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            # The traceback's final line repeats the exception message: format it now, redacted.
            record.exc_text = deid.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
