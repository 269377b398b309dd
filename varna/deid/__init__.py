"""Värna's de-identification engine: finds personal data in free text before it is stored.

Pure Python, no Django. ``scan(text)`` returns findings, ``redact(text)`` replaces them by
placeholders such as ``[NAMN]``. Labels follow shared/eval/README.md.
"""

from .engine import Config, redact, scan
from .findings import EXPLANATIONS, LABELS, PLACEHOLDERS, Finding
from .normalise import strip_invisible

__all__ = [
    "EXPLANATIONS",
    "LABELS",
    "PLACEHOLDERS",
    "Config",
    "Finding",
    "redact",
    "scan",
    "strip_invisible",
]
