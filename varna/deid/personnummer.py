"""Finds Swedish personnummer and samordningsnummer and checks their date and checksum."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .findings import Finding

# Optional century, YYMMDD, optional separator ('-', '+' for 100+ years, or a space),
# four digits. Digits around the match must not continue the number.
_PNR = re.compile(
    r"(?<![\d-])(?P<c>18|19|20)?(?P<ymd>\d{6})"
    r"(?:\s?(?P<sep>[-+–])\s?|\s)?(?P<tail>\d{4})(?![\d])"
)
# The same, but with spaces inside the date part ("20 10 08 08-0192" is rare; "YYYY MM DD").
_PNR_SPACED = re.compile(
    r"(?<![\d-])(?P<c>(?:18|19|20)\d\d)[ .]?(?P<m>\d\d)[ .]?(?P<d>\d\d)\s?[-+]\s?(?P<tail>\d{4})"
    r"(?!\d)"
)


def luhn_ok(digits: str) -> bool:
    """Luhn checksum over the ten digits YYMMDDNNNC."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def date_ok(year: int, month: int, day: int) -> bool:
    """Checks the date; a samordningsnummer has day + 60."""
    if day > 60:
        day -= 60
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def is_valid(number: str) -> bool:
    """True if a personnummer or samordningsnummer in any common format is valid."""
    digits = re.sub(r"\D", "", number)
    if len(digits) == 12:
        year = int(digits[:4])
        digits10 = digits[2:]
    elif len(digits) == 10:
        yy = int(digits[:2])
        # Without century the year is the latest possible; '+' means 100 years earlier.
        year = 2000 + yy if yy <= date.today().year % 100 else 1900 + yy
        if "+" in number:
            year -= 100
        digits10 = digits
    else:
        return False
    return date_ok(year, int(digits10[2:4]), int(digits10[4:6])) and luhn_ok(digits10)


def find(text: str) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    for rx in (_PNR, _PNR_SPACED):
        for m in rx.finditer(text):
            s = m.group(0)
            digits = re.sub(r"\D", "", s)
            if len(digits) not in (10, 12) or not is_valid(s):
                continue
            if " " in s and not m.groupdict().get("sep") and len(digits) == 10 and rx is _PNR:
                # "YYMMDD XXXX" with only a space: still a classic format, but also what two
                # unrelated numbers look like; the checksum makes a chance hit 1 in 10.
                conf = 0.8
            else:
                conf = 0.99
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            yield Finding("ID_NUMBER", m.start(), m.end(), s, conf, "personnummer")
