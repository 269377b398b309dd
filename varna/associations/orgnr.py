"""Swedish organisationsnummer: normalised to NNNNNN-NNNN and checked with the Luhn checksum.

Pure Python. An association's number has 2 or more as its third digit ("month" 20 or more); a
number that looks like a personnummer is refused, since it would be personal data.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-+]")


class InvalidOrganisationNumber(ValueError):
    """`code` says what is wrong: "format", "personnummer" or "checksum"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) over all digits, the last being the check digit."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_check_digit(first_nine: str) -> str:
    for candidate in "0123456789":
        if luhn_ok(first_nine + candidate):
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def normalise(value: str) -> str:
    """The number as NNNNNN-NNNN, or InvalidOrganisationNumber with the reason."""
    digits = _SEPARATORS.sub("", value or "")
    if re.fullmatch(r"16[0-9]{10}", digits):
        digits = digits[2:]  # the "16" prefix some registers use for legal persons
    if not re.fullmatch(r"[0-9]{10}", digits):
        raise InvalidOrganisationNumber("format")
    if int(digits[2]) < 2:
        raise InvalidOrganisationNumber("personnummer")
    if not luhn_ok(digits):
        raise InvalidOrganisationNumber("checksum")
    return f"{digits[:6]}-{digits[6:]}"


def is_valid(value: str) -> bool:
    try:
        normalise(value)
    except InvalidOrganisationNumber:
        return False
    return True
