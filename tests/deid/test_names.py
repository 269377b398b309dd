"""Person names: lists, dictionary and context, and the roles, places and words that are not."""

import pytest

from varna.deid import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mentorn Jonas Lindqvist har pratat med honom.", ["Jonas Lindqvist"]),
        ("hon heter leila och är orolig för sonen omar", ["leila", "omar"]),
        ("Aminas pappa har kontaktat skolan.", ["Aminas"]),
        ("Eleven Anna-Karin Lind-Berg fick hot.", ["Anna-Karin Lind-Berg"]),
        ("Han heter Karl Johan Berg och bor här.", ["Karl Johan Berg"]),
        ("J.K. i klass 9A har uttryckt stöd.", ["J.K."]),
        ("enligt Said har hans granne emir b. rekryterat", ["Said", "emir b."]),
        ("Kvinnan som kallar sig Umm Yusuf samlar pengar.", ["Umm Yusuf"]),
        ("Svensson sa på mötet att han sett en kille.", ["Svensson"]),
        ("Statsministern Ulf Kristersson sa på tisdagen att", ["Ulf Kristersson"]),
        ("Enligt Magdalena Andersson (S) är förslaget svagt.", ["Magdalena Andersson"]),
        ("LOVE ANDERSSON i klass 9C delar memes", ["LOVE ANDERSSON"]),
        ("Krzysztof Nowak har hittat vapen.", ["Krzysztof Nowak"]),
        ("Dawit Tesfay och Selam Haile har hotats.", ["Dawit Tesfay", "Selam Haile"]),
        ("Per Olsson kom till fritidsgården i går.", ["Per Olsson"]),
    ],
)
def test_names_in_context(text, names):
    assert persons(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Björn och Rosa i personalgruppen har sett klistermärken.", ["Björn", "Rosa"]),
        ("Ring Stig på 08-123 456 78 om ni vill veta mer.", ["Stig"]),
        ("Sol och Liv, tvillingar i förskoleklass, har berättat.", ["Sol", "Liv"]),
        ("Personen heter Bo Sten och har hotat personal.", ["Bo Sten"]),
        ("Sonen Viktor Ek har gått med i en kanal.", ["Viktor Ek"]),
    ],
)
def test_names_that_are_also_ordinary_words(text, names):
    assert persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "En björn syntes inte, men rosa klistermärken sattes upp.",
        "Solen sken när klistermärkena upptäcktes, ett liv i rädsla.",
        "Klistermärken från Nordiska motståndsrörelsen vid busshållplatsen i Blackeberg.",
        "Rektorn har informerats och socialsekreteraren har gjort en orosanmälan.",
        "Polisen i lokalpolisområde Skärholmen är informerad.",
        "Ett klotter observerades på Blackebergs gymnasium.",
        "Han spelar på Discord hela nätterna.",
        "Anmälan gjord till Säkerhetspolisen och Socialjouren.",
        "Socialtjänsten i Enskede-Årsta-Vantör hanterar ärendet.",
        "Hans pappa har kontaktat skolan.",
        "Hamas och Israel har enats om ett eldupphör.",
        "Polisen i Malmö har gripit en 23-årig man.",
        "Tre elever i årskurs 8 har uttryckt stöd för Islamiska staten.",
        "Enligt 14 kap. 1 § SoL ska personalen anmäla oro.",
        "Per vecka kommer tre nya klistermärken.",
        "Ansvarig: rektor Blackebergsskolan och enhetschef Fritidsgården Blackeberg.",
    ],
)
def test_no_names_in_these(text):
    assert persons(text) == []


def test_a_genitive_is_the_whole_token():
    assert persons("Det var Johans idé.") == ["Johans"]


def test_a_code_identifier_in_a_log_line_is_not_a_name():
    text = "ERROR django.security.RequestDataTooBig Request body exceeded the limit."
    assert [f for f in scan(text) if f.label == "PERSON"] == []
