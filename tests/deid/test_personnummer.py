"""Personnummer and samordningsnummer: formats, checksum, dates, and what is not one."""

import pytest

from varna.deid import scan
from varna.deid.personnummer import is_valid, luhn_ok


def labels(text: str) -> list[tuple[str, str]]:
    return [(f.label, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    "number",
    [
        "080512-3452",
        "0805123452",
        "20080512-3452",
        "200805123452",
        "080512 3452",
        "19750221-2389",
        "750221+2389",
        "870375-1126",
        "19870375-1126",
    ],
)
def test_it_finds_every_common_format(number):
    assert labels(f"Personen har nummer {number} enligt uppgift.") == [("ID_NUMBER", number)]


def test_samordningsnummer_has_day_plus_sixty():
    assert is_valid("870375-1126")
    assert not is_valid("870395-1126")  # day 35 does not exist


def test_it_rejects_a_bad_checksum():
    assert not is_valid("080512-3453")
    assert scan("Fel nummer 080512-3453 angavs.") == []


def test_it_rejects_an_impossible_date():
    assert not is_valid("081332-3452")


def test_luhn():
    assert luhn_ok("8112189876")
    assert not luhn_ok("8112189875")


@pytest.mark.parametrize("text", ["Dnr SOF 2024/198.", "Ärende 2024-1234 öppnat.", "Mötet hölls 2024-05-12."])
def test_diary_and_case_numbers_are_not_personnummer(text):
    assert [f for f in scan(text) if f.label == "ID_NUMBER"] == []
