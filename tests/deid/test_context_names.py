"""Names told by context, and look-alikes that are not persons. Invented texts and names."""

from __future__ import annotations

import pytest

from varna.deid import scan
from varna.plans.seed_plans import SEED_PLANS


def people(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kuratorn Sten Holm ringde i går.", "Sten Holm"),
        ("Läraren Viola Ek sa att det var lugnt.", "Viola Ek"),
        ("Mentorn Siv tog kontakt med hemmet.", "Siv"),
        ("Pappan Dag Nyberg kom till mötet.", "Dag Nyberg"),
        ("Kompisen Tove var med hela kvällen.", "Tove"),
        ("Storebror Björn hotade honom.", "Björn"),
        ("Hon heter Ros och går i nian.", "Ros"),
        ("Han heter Dag.", "Dag"),
        ("Morfar Gunnel hämtade honom.", "Gunnel"),
    ],
)
def test_a_first_name_that_is_a_swedish_word_after_a_role_or_naming_word(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo sa att han inte ville vara med.", "Jo"),
        ("Han kallas Pimpi av de andra.", "Pimpi"),
        ("En kille som kallas 'Snorken' var där.", "Snorken"),
        ("Ledaren »Tjabo« delade ut flygblad.", "Tjabo"),
        ("Tjejen med smeknamnet Myran hotade en yngre elev.", "Myran"),
    ],
)
def test_nicknames(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mamman ringde och sa att hon heter yasmin", "yasmin"),
        ("Eleven KL hade ritat symboler i boken.", "KL"),
        ("Enligt R. var det lugnt på rasten.", "R."),
        ("P-O sa att han visste vem som gjort det.", "P-O"),
    ],
)
def test_lower_case_names_and_initials(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abu Bakr al-Rashid delade filmerna.", "Abu Bakr al-Rashid"),
        ("Det var Hamid bin Talal som skrev.", "bin Talal"),
        ("Wang Xiaoming kom till fritidsgården.", "Wang Xiaoming"),
        ("Eleven Zhang Wei sa ingenting.", "Zhang Wei"),
        ("Svetlana Morozova och Bogdan Kovalenko träffades.", "Bogdan Kovalenko"),
    ],
)
def test_names_of_many_origins(text: str, name: str) -> None:
    found = people(text)
    assert any(name in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Vi gick förbi Selma Lagerlöfs väg och Dag Hammarskjölds plats.",
        "Konserten i Maria kyrka var fin.",
        "Han läste Turner Diaries och bar en jacka från Alpha Industries.",
        "Skolan arbetar med Mentors in Violence Prevention.",
        "Staden är med i Nordic Safe Cities.",
        "Pappan kör en Audi A4 till jobbet.",
        "Tatueringen 'Odal' syntes på armen.",
        "Klistermärken med texten 'Remigration' hittades.",
        "Mannen sa att han skulle komma tillbaka.",
        "En björn syntes inte, men rosa klistermärken satt på stolpen.",
        "Al-Shabaab nämndes i chatten.",
    ],
)
def test_places_titles_brands_and_things_are_not_persons(text: str) -> None:
    assert people(text) == []


def _section_texts() -> list[tuple[str, str]]:
    return [
        (f"{plan['administration']} {plan['year']} {section['kind']}", section["text"])
        for plan in SEED_PLANS
        for section in plan["sections"]
        if section.get("text")
    ]


@pytest.mark.parametrize(("where", "text"), _section_texts(), ids=[w for w, _ in _section_texts()])
def test_no_seed_plan_section_has_a_person(where: str, text: str) -> None:
    assert people(text) == [], where


def test_a_brand_before_a_thing_is_not_a_person() -> None:
    assert people("Han hade en Thor Steinar-tröja på sig.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mohammed (Mo) Ali hotade en yngre elev.", "Mohammed (Mo) Ali"),
        ("Ring mig om något händer.\n/Kicki", "Kicki"),
        ("Tack för i dag!\n//Anders", "Anders"),
        ("Mvh Sara Lindgren, kurator", "Sara Lindgren"),
        ("Hälsningar,\nIngrid", "Ingrid"),
    ],
)
def test_nicknames_in_brackets_and_signatures(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["Se och/eller bilaga 2.", "Läs SoL (Socialtjänstlagen) kapitel 5."])
def test_slashes_and_brackets_alone_make_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reviewing one report: who may see it, and the routine on concern.",
        "duplicate key value violates unique constraint",
        "The API describes itself: /api/v1/openapi.json.",
        "En rapport kan inte gå från ”Avslutad” till ”Ny”.",
        "Kolumnen ”Datum” saknas",
        "Antal händelser per period",
        "Tom: samma som Från.",
        "Ansvarig: rektor Blackebergsskolan och enhetschef Fritidsgården Blackeberg.",
        "Frågor inom både BoU- och vuxenområdet.",
        "Samverkan med Jobbtorg och Kriminalvården.",
        "Han pratar om 'dagen X' hela tiden.",
    ],
)
def test_log_lines_labels_institutions_and_abbreviations_are_not_persons(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dina svar är sparade. Du kan fortsätta senare med samma länk.",
        "Del 2. Kunskap, rutiner och utbildningsbehov",
        "Filen ska vara en GeoJSON FeatureCollection med en lista ”features”.",
        "Tomt: samma dag, eller hela månaden om du skrev ÅÅÅÅ-MM.",
    ],
)
def test_the_applications_own_swedish_texts_have_no_persons(text: str) -> None:
    assert people(text) == []
