"""A warning about small numbers in a coordinator's own text before it is frozen or published.

The tables hide counts below the threshold, but a sentence such as "två händelser på
fritidsgården" says what they hide. Värna cannot tell a count from an article ("en rapport"), so
it only warns: any standalone 1 or 2, "en", "ett", "två" or "ett par" is pointed out (ADR 0006).
"""

from __future__ import annotations

import re

from varna.situation.models import split_paragraphs

SMALL = re.compile(r"(?<![\w,.\-])(?:[12]|ett par|en|ett|två)(?![\w,.\-]|\s*[–-]\s*\d)", re.IGNORECASE)
CONTEXT = 30  # characters shown on each side of a finding


def small_numbers_in(*texts: str) -> list[str]:
    """Each small number with a little of the text around it, in the order they appear."""
    found = []
    for text in texts:
        for paragraph in split_paragraphs(text or ""):
            for match in SMALL.finditer(paragraph):
                start, end = max(0, match.start() - CONTEXT), min(len(paragraph), match.end() + CONTEXT)
                prefix = "…" if start else ""
                suffix = "…" if end < len(paragraph) else ""
                found.append(f"{prefix}{paragraph[start:end]}{suffix}")
    return found
