"""The learned person-name tagger: shipped model, offsets, negatives, determinism, rebuild."""

import gzip
import socket
from pathlib import Path

import pytest

from varna.deid import lexicon, tagger
from varna.deid.data import build_tagger


def names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in tagger.find_person_spans(text)]


def test_the_model_ships_inside_the_package_and_loads_without_network(monkeypatch):
    assert tagger.MODEL.is_relative_to(Path(tagger.__file__).parent)
    assert tagger.MODEL.stat().st_size < 3_000_000

    def no_network(*args, **kwargs):
        raise AssertionError("the tagger must not open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    fresh = tagger.Tagger(tagger.read_model(), lexicon.load())
    assert fresh.spans("Kuratorn Sten Holm ringde.") == tagger.find_person_spans("Kuratorn Sten Holm ringde.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # First names that are Swedish words, right after a role or kin word.
        ("Kuratorn Sten Holm ringde till mamman på tisdagen.", ["Sten Holm"]),
        ("Pappan Dag Ekström vill inte att skolan kontaktar soc.", ["Dag Ekström"]),
        ("Hon berättade att Viola Lind hade skickat bilderna till honom.", ["Viola Lind"]),
        # Names of several origins in one sentence.
        (
            "Enligt fritidsledaren har Yusuf Abdi och Marek Kowalski setts vid skolan.",
            ["Yusuf Abdi", "Marek Kowalski"],
        ),
        (
            "Läraren Tove Sundin har sett att Fatima Yilmaz fått hotfulla meddelanden.",
            ["Tove Sundin", "Fatima Yilmaz"],
        ),
    ],
)
def test_it_finds_names_in_report_style_text(text, expected):
    assert names(text) == expected


def test_offsets_point_into_the_original_text_and_confidence_is_a_probability():
    text = "Mentorn  Siv Nyberg\noch Björn Åkesson har sett klistermärkena."
    spans = tagger.find_person_spans(text)
    assert [(a, b) for a, b, _ in spans] == [(9, 19), (24, 37)]
    assert [text[a:b] for a, b, _ in spans] == ["Siv Nyberg", "Björn Åkesson"]
    assert all(0.5 <= c <= 1.0 for _, _, c in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Socialförvaltningen samordnar arbetet mot våldsbejakande extremism tillsammans med "
        "stadsdelsförvaltningarna, Polisen och Kriminalvården.",
        "Samverkan med skolan sker inom ramen för det brottsförebyggande rådet och SSPF.",
        "Läs mer på https://intranat.stockholm.se/Sidor/2017/1/Valdsbejakande-extremism/ "
        "eller skriv till kontakt@stockholm.se.",
        "",
        "   \n ",
    ],
)
def test_it_finds_no_name_where_there_is_none(text):
    assert tagger.find_person_spans(text) == []


def test_the_output_is_deterministic():
    text = "Eleven Omar Hassan sa att Sara Nilsson och hennes storebror Leo var där."
    first = tagger.find_person_spans(text)
    assert [tagger.find_person_spans(text) for _ in range(3)] == [first] * 3
    fresh = tagger.Tagger(tagger.read_model(), lexicon.load())
    assert fresh.spans(text) == first


def test_tokens_keep_their_offsets_and_genitives_and_hyphens():
    text = "P-O sa: O'Briens bror, Gustav III:s väg."
    toks = tagger.tokenize(text)
    assert all(text[s:e] == t for t, s, e in toks)
    assert [t for t, _, _ in toks] == [
        "P-O", "sa", ":", "O'Briens", "bror", ",", "Gustav", "III:s", "väg", ".",
    ]  # fmt: skip


TINY_CORPUS = """\
Kuratorn\t0
Anna\tPER
Berg\tPER
ringde\t0
till\t0
Malmö\tLOC
.\t0

Enligt\t0
Karl\tPER
var\t0
det\t0
lugnt\t0
i\t0
Göteborg\tLOC
.\t0

Skolan\t0
har\t0
pratat\t0
med\t0
Lisa\tPER
Holm\tPER
och\t0
Volvo\tORG
.\t0
"""


def test_the_build_script_reproduces_a_model_from_a_corpus(tmp_path):
    corpus = tmp_path / "train_corpus.txt"
    corpus.write_text(TINY_CORPUS * 4, encoding="utf-8")
    args = [str(corpus), "--epochs", "2", "--templates", "1"]
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    assert build_tagger.main([*args, "--out", str(first)]) == 0
    assert build_tagger.main([*args, "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = tagger.read_model(first)
    assert model["meta"]["source"].startswith("klintan/swedish-ner-corpus@")
    built = tagger.Tagger(model, lexicon.load())
    text = "Kuratorn Anna Berg ringde."
    assert [text[a:b] for a, b, _ in built.spans(text)] == ["Anna Berg"]
    assert gzip.decompress(first.read_bytes())  # a plain gzip file, nothing else


def test_news_conversion_joins_tokens_with_single_spaces_and_marks_person_runs(tmp_path):
    corpus = tmp_path / "test_corpus.txt"
    corpus.write_text(TINY_CORPUS, encoding="utf-8")
    lines = build_tagger.news_jsonl(build_tagger.read_corpus(corpus))
    assert lines[0]["text"] == "Kuratorn Anna Berg ringde till Malmö ."
    assert lines[0]["entities"] == [{"start": 9, "end": 18, "label": "PERSON", "text": "Anna Berg"}]
    assert [e["text"] for line in lines for e in line["entities"]] == [
        "Anna Berg",
        "Karl",
        "Lisa Holm",
    ]
