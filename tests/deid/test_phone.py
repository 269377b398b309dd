"""Private phone numbers are found; public service numbers and allowed numbers are not."""

import pytest

from varna.deid import Config, scan


def phones(text: str, **kw) -> list[str]:
    return [f.text for f in scan(text, **kw) if f.label == "PHONE"]


@pytest.mark.parametrize(
    "number",
    [
        "070-412 33 90",
        "0735-55 12 98",
        "+46 76 123 45 67",
        "0701234567",
        "08-123 456 78",
        "0046 70 123 45 67",
        "00 46 70-123 45 67",
        "031-12 34 56",
        "+358 40 1234567",
    ],
)
def test_it_finds_private_numbers(number):
    assert phones(f"Pappan nås på {number} efter lunch.") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Ring 112 vid fara.",
        "Tips till polisen 114 14.",
        "Ring 1177 för vård.",
        "Orostelefonen 020 100 200.",
        "Beredskap 08-508 22 605.",
        "CVE på 08-527 44 290.",
    ],
)
def test_public_service_numbers_are_not_personal(text):
    assert scan(text) == []


def test_the_municipality_can_allow_its_own_numbers():
    text = "Växeln nås på 08-123 456 78."
    assert phones(text) == ["08-123 456 78"]
    assert phones(text, allowed_phone_numbers=["+46812345678"]) == []
    assert phones(text, config=Config(allowed_phone_numbers=["08-12345678"])) == []


def test_a_trailing_year_is_not_swallowed():
    assert phones("Numret 070-412 33 90 2019 gäller inte.") == ["070-412 33 90"]


def test_a_postcode_is_not_a_phone_number():
    assert phones("Adress: Lindhagensgatan 76, 112 18 Stockholm.") == []


def test_digits_inside_a_token_or_link_are_not_a_phone_number():
    # A password-reset link's token ends in "…ee094056428": letters glued to the digits.
    assert phones("http://x.se/konto/losenord/NDE/dim00u-d43c3707db55df6310f24ee094056428/") == []
    assert phones("Referens ab0701234567") == []
