"""Normalisation before the scan: disguised personal data is found, at the original offsets."""

from __future__ import annotations

import pytest

from varna.deid import scan
from varna.deid.normalise import normalise, original_span, strip_invisible


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label, f.text) for f in scan(text)]


def test_plain_text_is_left_alone_without_a_map() -> None:
    text = "Fritidsgården på Åsgatan fick besök av ungdomar från Hässelby."
    assert normalise(text) == (text, None)


@pytest.mark.parametrize(
    "odd",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u200e"],
)
def test_an_invisible_character_inside_a_personnummer_is_still_found(odd: str) -> None:
    text = f"Han uppgav personnummer 0905{odd}17-2383 i receptionen."
    (finding,) = scan(text)
    assert finding.label == "ID_NUMBER"
    # The finding covers the original characters, the invisible one included.
    assert finding.text == f"0905{odd}17-2383"
    assert text[finding.start : finding.end] == finding.text


def test_findings_after_dropped_characters_keep_original_offsets() -> None:
    text = "\u200b\u200bSöker du Wilmer så ring 073\u00a0881 20 46 i kväll."
    found = scan(text)
    phone = next(f for f in found if f.label == "PHONE")
    assert text[phone.start : phone.end] == "073\u00a0881 20 46"


def test_soft_hyphen_inside_a_name_is_covered() -> None:
    text = "Kuratorn pratade med Ti\u00admo Karls\u00adson om saken."
    assert ("PERSON", "Ti\u00admo Karls\u00adson") in _found(text)


def test_full_width_digits_and_at_sign() -> None:
    text = "Skriv till vendela.ostlund＠gmail.com eller ring ０７０-６６２ ４１ ０９."
    labels = {label for label, _ in _found(text)}
    assert {"EMAIL", "PHONE"} <= labels


def test_cyrillic_letters_inside_a_latin_name_are_folded() -> None:
    # "о" and "е" below are Cyrillic.
    text = "Eleven Hjalmar Bеrgqvist hotade en lärare."
    assert ("PERSON", "Hjalmar Bеrgqvist") in _found(text)


def test_a_russian_word_is_not_folded() -> None:
    norm, _ = normalise("Texten löd: правда och mer.")
    assert "правда" in norm


def test_decomposed_accents_are_composed_and_map_back() -> None:
    text = "Grannen Go\u0308ran Sjo\u0308stedt ringde."
    norm, spans = normalise(text)
    assert "Göran Sjöstedt" in norm
    s = norm.index("Göran")
    assert original_span(spans, s, s + 5) == (text.index("Go"), text.index("Go") + 6)
    assert ("PERSON", "Go\u0308ran Sjo\u0308stedt") in _found(text)


def test_stored_text_drops_invisible_characters_only() -> None:
    assert strip_invisible("Bra\u200b möte\u00ad i\u00a0dag") == "Bra möte i\u00a0dag"


def test_letters_typed_for_digits_inside_a_number() -> None:
    text = "Sms:a 07O-412 33 90 eller 0809l5-6672."
    found = _found(text)
    assert ("PHONE", "07O-412 33 90") in found
    assert ("ID_NUMBER", "0809l5-6672") in found


def test_letters_next_to_digits_in_words_are_left_alone() -> None:
    assert normalise("Klass 9O, rum 2l och 1I0 personer")[0] == "Klass 9O, rum 2l och 110 personer"
