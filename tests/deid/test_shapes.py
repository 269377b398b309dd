"""Personal data in the shapes people actually type: written-out e-mail, odd personnummer
formats, lower-case streets and plates, handles after cue words, birth dates in words.
Every text here is invented for the test."""

from __future__ import annotations

import pytest

from varna.deid import scan


def found(text: str) -> list[tuple[str, str]]:
    return [(f.label, f.text) for f in scan(text)]


def labelled(text: str, label: str) -> list[str]:
    return [f.text for f in scan(text) if f.label == label]


@pytest.mark.parametrize(
    "number",
    [
        "71 02 14 88 92",
        "2009-11-03-4478",
        "20091103-4478",
        "71.02.14-8892",
        "710214/8892",
        "710214+8892",
        "19710214 8892",
        "120371-5527",  # samordningsnummer: day + 60
    ],
)
def test_personnummer_shapes(number: str) -> None:
    assert labelled(f"Uppgivet nummer {number} enligt skolan.", "ID_NUMBER") == [number]


@pytest.mark.parametrize("number", ["0809156672", "08 09 15 66 72", "080915-6672"])
def test_a_valid_personnummer_starting_with_08_is_not_a_phone_number(number: str) -> None:
    assert found(f"Flickan har nummer {number} i registret.") == [("ID_NUMBER", number)]


@pytest.mark.parametrize("text", ["Ring 070-412 33 90.", "Växeln 08-123 456 78."])
def test_phone_groupings_are_not_read_as_personnummer(text: str) -> None:
    assert labelled(text, "ID_NUMBER") == []


@pytest.mark.parametrize("text", ["GET /sok/710214-8892/ HTTP/1.1", "sida?pnr=/19710214-8892"])
def test_a_personnummer_in_a_url_path_is_found(text: str) -> None:
    # Request logs carry paths; the run may start right after a slash.
    assert len(labelled(text, "ID_NUMBER")) == 1


def test_a_checksum_error_is_no_personnummer() -> None:
    assert labelled("Numret 71 02 14 88 93 stämmer inte.", "ID_NUMBER") == []


@pytest.mark.parametrize(
    "address",
    [
        "sara[at]hotmail.se",
        "sara(at)hotmail.se",
        "omar at live dot se",
        "nils.e snabel-a gmail punkt com",
        "vera [at] skola [dot] se",
        "tuva @ outlook.com",
    ],
)
def test_email_written_out(address: str) -> None:
    assert found(f"Kontakta {address} om saken.") == [("EMAIL", address)]


def test_english_at_without_a_domain_is_no_email() -> None:
    assert found("Vi träffades at home, sa hon på engelska.") == []


@pytest.mark.parametrize(
    "address",
    [
        "storgatan 12",
        "Korpstupet 4 B",
        "Ekslingan 9",
        "Tallbacken 22",
        "Kvarnbågen 3",
        "Solhöjden 17",
        "Lindallén 5",
        "Skolplan 2",
        "Hamnleden 41",
        "S:t Eriksgatan 117",
        "Sankt Göransgatan 3",
        "Gustav III:s boulevard 12",
        "Box 512",
        "Klövervägen 8, 162 45 Vällingby",
    ],
)
def test_addresses(address: str) -> None:
    assert found(f"Familjen bor på {address} sedan i våras.") == [("ADDRESS", address)]


@pytest.mark.parametrize(
    "text",
    [
        "De gick längs vägen 12 ungdomar i grupp.",
        "Han bor i Tensta och går i skolan.",
        "Mötet hölls på Storgatan.",
    ],
)
def test_not_addresses(text: str) -> None:
    assert labelled(text, "ADDRESS") == []


@pytest.mark.parametrize("plate", ["kdf 318", "PLX-44K", "GHT 55A", "rmk-812"])
def test_plates_in_lower_case_or_with_a_dash(plate: str) -> None:
    assert found(f"Bilen med nummer {plate} stod parkerad.") == [("PLATE", plate)]


@pytest.mark.parametrize(
    "text",
    [
        "Eleven går i klass SAM22A och EK22B.",
        "Pappan kör en Audi A4 till jobbet.",
        "Vi såg och 123 andra tittade.",
        "Bilden DSC_0042.JPG skickades till mentorn i gruppen.",
        "Han skickade IMG_2231.heic till kuratorn.",
    ],
)
def test_class_codes_car_models_and_file_names_are_not_personal(text: str) -> None:
    assert [f for f in scan(text) if f.label in ("PLATE", "HANDLE")] == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Telegram-namnet är mörkerfalken, enligt eleven.", "mörkerfalken"),
        ("På Snapchat heter hon lillis.k och postar bilder.", "lillis.k"),
        ("Hans Steam-användarnamn: stormvarg i spelet.", "stormvarg"),
        ("Discordnamnet var kallkrigaren.", "kallkrigaren"),
    ],
)
def test_handles_after_cue_words(text: str, handle: str) -> None:
    assert handle in labelled(text, "HANDLE")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pojken är född den elfte mars 2010 i Göteborg.", "elfte mars 2010"),
        ("Uppgift: fd 100311, bor med mamman.", "100311"),
        ("Hon är född 3/4 2009 enligt skolan.", "3/4 2009"),
        ("Han fyller 16 den 3 april och vill ha fest.", "3 april"),
        ("Född tjugoandra juni 2008.", "tjugoandra juni 2008"),
    ],
)
def test_birth_dates_in_words(text: str, date: str) -> None:
    assert labelled(text, "BIRTHDATE") == [date]


def test_the_incident_date_is_not_a_birth_date() -> None:
    assert labelled("Händelsen inträffade den elfte mars 2024 på skolgården.", "BIRTHDATE") == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Ring 070\u2011412\u00a033\u00a090 i kväll.", "PHONE", "070\u2011412\u00a033\u00a090"),
        ("Numret 19 08 09 15 66 72 stod på lappen.", "ID_NUMBER", "19 08 09 15 66 72"),
        ("Pnr: 080915 - 6672 enligt mamman.", "ID_NUMBER", "080915 - 6672"),
        ("Hans födelsedag är den 4 juli 2009.", "BIRTHDATE", "4 juli 2009"),
        ("De bor på Primusgatan 7, 3 tr sedan i fjol.", "ADDRESS", "Primusgatan 7, 3 tr"),
    ],
)
def test_odd_separators_and_phrasings(text: str, label: str, value: str) -> None:
    assert value in labelled(text, label)
