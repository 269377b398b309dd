"""The organisationsnummer: Luhn checksum, normalised NNNNNN-NNNN, never a personnummer."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from varna.associations.orgnr import InvalidOrganisationNumber, luhn_check_digit, luhn_ok, normalise

# Organisation numbers: the third digit is 2 or more.
bases = st.from_regex(r"[0-9]{2}[2-9][0-9]{6}", fullmatch=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("556036-0793", "556036-0793"),  # a well-known company number
        ("5560360793", "556036-0793"),
        ("16556036-0793", "556036-0793"),
        (" 556036 0793 ", "556036-0793"),
        ("802400-1235", "802400-1235"),
    ],
)
def test_valid_numbers_are_normalised(value, expected):
    assert normalise(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("556036-0794", "checksum"),
        ("556036-079", "format"),
        ("55603607931", "format"),
        ("abcdef-ghij", "format"),
        ("٥٥٦٠٣٦٠٧٩٣", "format"),  # digits of another script
        ("", "format"),
        ("811218-9876", "personnummer"),  # looks like a date of birth: personal data
    ],
)
def test_invalid_numbers_are_refused_with_the_reason(value, code):
    with pytest.raises(InvalidOrganisationNumber) as caught:
        normalise(value)
    assert caught.value.code == code


@given(bases)
def test_a_number_with_its_check_digit_is_valid_in_every_spelling(base):
    number = base + luhn_check_digit(base)
    expected = f"{number[:6]}-{number[6:]}"
    assert normalise(number) == expected
    assert normalise(expected) == expected
    assert normalise("16" + number) == expected


@given(bases, st.integers(min_value=0, max_value=9), st.integers(min_value=1, max_value=9))
def test_changing_any_one_digit_breaks_the_checksum(base, position, delta):
    number = base + luhn_check_digit(base)
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    assert not luhn_ok(changed)
