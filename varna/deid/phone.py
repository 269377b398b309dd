"""Finds private phone numbers, Swedish and international, and skips public service numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import phonenumbers

from .findings import Finding

# Public numbers that are not personal data. Short numbers (112, 114 14, 1177) never match the
# candidate pattern, which needs a leading 0 or an international prefix; they are listed so
# the allow-list documents them and a caller's list can be compared against it.
PUBLIC_NUMBERS: tuple[str, ...] = (
    "112",
    "114 14",
    "1177",
    "113 13",
    "116 111",
    "116 000",
    "020 100 200",
    "08-508 22 605",
    "08-527 44 290",
    "0771-14 14 00",
    "0771-464 464",
)

_INTL = r"(?:\+|\b00\s?)[1-9]\d{0,2}(?:[\s.-]?\(0\))?(?:[\s./-]?\d){6,13}"
_NATL = r"(?<![\w+/.,:])\(?0[1-9]\d{0,3}\)?(?:[\s./-]{0,3}\d){5,10}"
_CANDIDATE = re.compile(rf"(?:{_INTL}|{_NATL})(?![\d])")
# YYMMDD-NNNN is how a personnummer is written, never a phone number, even with a typo.
_PNR_SHAPE = re.compile(r"\d{6}\s?[-+]\s?\d{4}|\d{8}-\d{4}")


def normalise(number: str) -> str:
    """E.164 form of a number (Swedish unless it starts with + or 00), or its digits."""
    raw = number.strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        parsed = phonenumbers.parse(raw, "SE")
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", number)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def allow_set(numbers: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for n in numbers:
        out.add(normalise(n))
        out.add(re.sub(r"\D", "", n))
    return frozenset(out)


DEFAULT_ALLOWED = allow_set(PUBLIC_NUMBERS)


def _valid(candidate: str) -> bool:
    raw = candidate.strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:].lstrip()
    try:
        parsed = phonenumbers.parse(raw, "SE")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def find(text: str, *, allowed: frozenset[str] = DEFAULT_ALLOWED) -> Iterator[Finding]:
    for m in _CANDIDATE.finditer(text):
        cand = m.group(0)
        start = m.start()
        if _PNR_SHAPE.fullmatch(cand.strip()):
            continue
        # The pattern is greedy and may swallow a following number ("070-123 45 67 2019"):
        # drop trailing groups until what is left is a valid number.
        while cand:
            if _valid(cand):
                break
            cut = max(cand.rfind(" "), cand.rfind("-"))
            cand = cand[:cut].rstrip(" -./") if cut > 0 else ""
        if not cand:
            continue
        if normalise(cand) in allowed or re.sub(r"\D", "", cand) in allowed:
            continue
        yield Finding("PHONE", start, start + len(cand), cand, 0.95, "phone")
