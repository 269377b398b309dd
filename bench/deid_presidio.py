"""Microsoft Presidio configured for Swedish as well as it can be without a language model.

Presidio normally loads a spaCy model (hundreds of MB, downloaded from a model hub). Here it
gets a blank spaCy Swedish pipeline made in code (a tokenizer only, no download), Presidio's
own Swedish personnummer recognizer, its phone recognizer with Swedish numbers, its e-mail and
URL recognizers, and a deny-list recognizer with the same person names Värna uses.
"""

from __future__ import annotations

import re

import spacy
from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    PhoneRecognizer,
    SePersonnummerRecognizer,
    UrlRecognizer,
)

from varna.deid.lexicon import load

LABELS = {
    "PERSON": "PERSON",
    "SE_PERSONNUMMER": "ID_NUMBER",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "HANDLE",
}


class BlankSwedishNlpEngine(SpacyNlpEngine):
    """A spaCy engine whose pipeline is ``spacy.blank("sv")``: tokens, no model."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": "sv", "model_name": "blank"}])

    def load(self) -> None:
        self.nlp = {"sv": spacy.blank("sv")}


def names_for_deny_list() -> list[str]:
    """Värna's first names and surnames, capitalised, minus ordinary Swedish words (a deny
    list has no context, so "Rosa" or "Stig" would flag every "rosa" and "stig")."""
    lex = load()
    names = (lex.first | lex.last) - lex.namecommon - lex.stop - lex.place
    return sorted(n.capitalize() for n in names if len(n) > 2)


def build() -> AnalyzerEngine:
    registry = RecognizerRegistry(supported_languages=["sv"])
    registry.add_recognizer(SePersonnummerRecognizer(supported_language="sv"))
    registry.add_recognizer(PhoneRecognizer(supported_language="sv", supported_regions=("SE",)))
    registry.add_recognizer(EmailRecognizer(supported_language="sv"))
    registry.add_recognizer(UrlRecognizer(supported_language="sv"))
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="PERSON",
            supported_language="sv",
            deny_list=names_for_deny_list(),
            global_regex_flags=re.DOTALL | re.MULTILINE,
            name="SwedishNameList",
        )
    )
    engine = BlankSwedishNlpEngine()
    engine.load()
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["sv"])


def predict(analyzer: AnalyzerEngine, text: str) -> list[dict[str, object]]:
    out = []
    for r in analyzer.analyze(text=text, language="sv", score_threshold=0.3):
        label = LABELS.get(r.entity_type)
        if label:
            out.append({"start": r.start, "end": r.end, "label": label})
    return out
