"""Finds Swedish personnummer and samordningsnummer and checks their date and checksum."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .findings import Finding

# A run of digit groups joined by one separator each: "710214-8892", "71 02 14 88 92",
# "2009-11-03-4471", "71.02.14-8892", "710214+8892" (100 years or older). Which runs are a
# personnummer is decided by where the separators fall, the date and the checksum.
_RUN = re.compile(r"(?<![\w,.-])(?<!\d/)\d+(?:(?: ?[-+–/.] ?| )\d+)*")
_GROUP = re.compile(r"\d+")
# Where a separator may stand, counted in digits: between the date parts and in the middle
# of the last four ("71 02 14 88 92"), never where a phone number groups ("070-412 33 90").
_BREAKS = {10: frozenset((2, 4, 6, 8)), 12: frozenset((2, 4, 6, 8, 10))}
_PLUS_AT = {10: 6, 12: 8}


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


def _candidate(text: str, groups: list[re.Match[str]]) -> tuple[int, int, str] | None:
    digits = 0
    for j, g in enumerate(groups):
        digits += len(g.group(0))
        if digits not in _BREAKS:
            if digits > 12:
                return None
            continue
        breaks = set()
        count = 0
        for k in range(j):
            count += len(groups[k].group(0))
            sep = text[groups[k].end() : groups[k + 1].start()].strip()
            if count not in _BREAKS[digits] or (sep == "+" and count != _PLUS_AT[digits]):
                breaks = None
                break
            breaks.add(count)
        if breaks is None:
            continue
        start, end = groups[0].start(), g.end()
        number = text[start:end]
        if digits == 12 and number[:2] not in ("18", "19", "20"):
            continue
        if is_valid(number):
            return start, end, number
    return None


def find(text: str) -> Iterator[Finding]:
    for run in _RUN.finditer(text):
        groups = list(_GROUP.finditer(text, run.start(), run.end()))
        i = 0
        while i < len(groups):
            hit = _candidate(text, groups[i:])
            if hit is None:
                i += 1
                continue
            start, end, number = hit
            # "YYMMDD XXXX" with only a space is also what two unrelated numbers look like;
            # the checksum makes a chance hit 1 in 10.
            conf = 0.8 if re.fullmatch(r"\d{6} \d{4}", number) else 0.99
            yield Finding("ID_NUMBER", start, end, number, conf, "personnummer")
            while i < len(groups) and groups[i].start() < end:
                i += 1
