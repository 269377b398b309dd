"""E-mail, plates, handles, addresses and dates of birth, with their hard negatives."""

import pytest

from varna.deid import scan


def found(text: str) -> list[tuple[str, str]]:
    return [(f.label, f.text) for f in scan(text)]


def test_email():
    assert found("Mejla w.andersson1991@gmail.com i dag.") == [("EMAIL", "w.andersson1991@gmail.com")]


@pytest.mark.parametrize("plate", ["ABC 123", "ABC123", "MLB 45C", "KLM987", "ULG 88K"])
def test_plates(plate):
    assert found(f"Bilen {plate} stod utanför.") == [("PLATE", plate)]


@pytest.mark.parametrize(
    "text",
    [
        "Dnr SOF 2024/198.",
        "Beslut enligt SOL 2024.",
        "Se SFS 2009:400.",
        "COVID 19 ökar.",
        "NMR 88 klottrat.",
        "Elev i 8B och 9C.",
        "En AK-47-tröja.",
    ],
)
def test_abbreviations_with_numbers_are_not_plates(text):
    assert [f for f in scan(text) if f.label == "PLATE"] == []


@pytest.mark.parametrize(
    "handle",
    [
        "@nordic_wolf88",
        "instagram.com/aryan_sisters_se",
        "tiktok.com/@x_y",
        "ghost#4412",
        "youtube.com/@sanningensroest",
        "Kommandant_SS",
    ],
)
def test_handles(handle):
    assert found(f"Eleven följer {handle} varje dag.") == [("HANDLE", handle)]


def test_a_username_after_context_words():
    assert found("Hon hotades av användaren viktor.s_04.") == [("HANDLE", "viktor.s_04")]
    assert found("Han kallar sig Wolf88 på Telegram.") == [("HANDLE", "Wolf88")]


@pytest.mark.parametrize(
    "text",
    ["Han spelar på Discord.", "Filmer på TikTok och YouTube.", "Gruppen finns på Telegram och Instagram."],
)
def test_a_platform_name_alone_is_not_a_handle(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "address",
    [
        "Drottninggatan 53",
        "Blackebergsvägen 12 B lgh 1102",
        "Tensta allé 8",
        "Rinkebysvängen 34, 163 72 Spånga",
        "Lindhagensgatan 76, 112 18 Stockholm",
        "Västerled 15, 167 55 Bromma",
    ],
)
def test_addresses(address):
    assert found(f"Hon bor på {address} sedan i våras.") == [("ADDRESS", address)]


@pytest.mark.parametrize(
    "text",
    [
        "Klotter på Drottninggatan, nära Hötorget.",
        "En flagga på Storgatan. Hyresgästen okänd.",
        "Husby träff och Farsta strand i går.",
        "Blackebergs gymnasium fick besök.",
    ],
)
def test_a_street_or_place_without_number_is_not_an_address(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sonen, född 3 mars 2009, har", "3 mars 2009"),
        ("Hon född 2009-03-03 och", "2009-03-03"),
        ("Tjejen (f. 2008-11-30) har", "2008-11-30"),
        ("Född den 12/4 2010 i Solna", "12/4 2010"),
        ("Födelsedatum: 2010-04-12.", "2010-04-12"),
    ],
)
def test_birthdates(text, date):
    assert ("BIRTHDATE", date) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Händelsen inträffade den 14 oktober 2026 vid Farsta strand.",
        "En 15-årig pojke hotade personal.",
        "Utbildningen ges den 12 maj i stadshuset.",
        "En 19-åring som återvänt.",
        "Mötet 2024-05-12 ställdes in.",
    ],
)
def test_incident_dates_and_ages_are_not_birthdates(text):
    assert scan(text) == []


def test_a_random_token_in_a_link_is_not_a_username():
    link = "http://127.0.0.1:8000/enkater/svar/0-FhcZEERt1y0KIp3_XEb6Ra881xAl-yZyqofxa2eTY/"
    assert [f for f in scan(link) if f.label == "HANDLE"] == []
    assert [f.text for f in scan("Han kallar sig xX_dark_Xx på Discord.")] == ["xX_dark_Xx"]
