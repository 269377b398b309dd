"""Vetoes: PERSON findings that are not persons, whichever detector made them.

Places named after people ("Selma Lagerlöfs väg", "Maria kyrka"), titles and brands ("Turner
Diaries", "Alpha Industries"), car models ("Audi A4"), the words of programme names in the seed
plans ("Mentors", "Nordic"), and what the learned tagger takes for a name in code, English,
labels and headings.
"""

from __future__ import annotations

import re

from .context import OPEN_QUOTES, thing_before
from .context import words as word_set
from .findings import Finding
from .lexicon import Lexicon, load

# After a name, these make it the name of a place ("Selma Lagerlöfs väg", "Maria kyrka").
_PLACE_AFTER = re.compile(
    r"\s(?:väg|vägen|gata|gatan|plats|platsen|torg|torget|kyrka|kyrkan|församling|park|parken|"
    r"allé|gymnasium|gymnasiet|skola|skolan|sjukhus|sjukhuset|bro|bron|stig|gränd|plan|backe|"
    r"kapell|minne|pris|priset|institut|institutet|stiftelse|stiftelsen|hall|hallen|"
    r"boulevard|strand|kaj|udde|holme|sund|center|centrum|museum|museet)\b(?!\s\d)"
)
# English words of titles, brands and organisations next to a capitalised word.
_TITLE_WORDS = word_set("""
diaries industries cities prevention violence safe group records clothing company
foundation institute network movement front division society club press brotherhood
brand wear apparel media books games studios records network alliance union army
league nation nations party order legion initiative project room house hall center centre
school college university street square park programme program day week festival award cup
""")
# Words that the seed plans' programme names consist of: never a person's name alone.
_NEVER = word_set("mentors nordic")  # also in _KNOWN_NOT_PERSONS
_CAR_BRANDS = word_set("""
audi volvo saab bmw toyota tesla opel mercedes porsche ferrari kia skoda seat peugeot
renault fiat volkswagen vw honda mazda nissan lexus hyundai citroën ford chevrolet
""")
_MODEL_CODE = re.compile(r"\s(?:[A-Z]{1,3}-?\d{1,3}\w*|\d{2,3}\w*)\b")


# English small words: an English sentence in a log line or a message is not full of names.
_ENGLISH = word_set("""
the a an of and or not no may can could would should will shall must is are was were be been
this that these those it its for with from to by on in as at do does did else each every all
which who whose what when where how why than then there here if but so per via into onto
""")


def _tagger_plausible(text: str, f: Finding, words: list[str], lex: Lexicon) -> bool:
    """The learned tagger's span, unless it is a lower-case word no name list knows ("rosa",
    "json", "may"), starts with an English small word, or is one ordinary capitalised word at
    the start of a sentence ("Antal händelser")."""
    if not words or words[0] in _ENGLISH or len(f.text) < 2:
        return False  # "the routine", "dagen X"
    if any(sum(c.isupper() for c in w[1:]) >= 2 for w in f.text.split()):
        return False  # "GeoJSON", "ÅÅÅÅ-MM": code and formats; names in capitals are the rules' part
    if len(words) == 1 and (words[0] in lex.stop or re.match(r" \d", text[f.end : f.end + 2])):
        return False  # "Dina svar", "Del 1"
    if f.text.islower():
        known = all((w in lex.first or w in lex.last) and not lex.is_word(w) for w in words)
        return len(f.text) >= 3 and known
    if len(words) == 1 and lex.is_word(words[0]) and _sentence_start(text, f.start):
        # The name lists hold odd entries ("antal"): at the start of a sentence an ordinary
        # word counts only as a first name without doubt, and never as a label ("Tom:").
        return words[0] in lex.strong and not text.startswith(":", f.end)
    return True


_INSTITUTION = re.compile(
    r"(?:skolan|skola|gymnasiet|gården|förskolan|förvaltningen|enheten|centret|centrum|huset|"
    r"biblioteket|kyrkan|moskén|hallen|parken|torget|torg|badet|kommun|polisen|teatern|klubben|"
    r"gatan|vägen|platsen)$"
)
# Known false positives: organisations of the seed documents that look like names.
_KNOWN_NOT_PERSONS = word_set("origo kruton mentors nordic")


def _abbreviation_or_code(text: str, f: Finding) -> bool:
    """ "BoU- och vuxenområdet", "RequestDataTooBig", "django.security": not names."""
    t = f.text
    if text.startswith("-", f.end) or "." in text[max(0, f.start - 1) : f.start]:
        return True
    if text[f.end : f.end + 1] == "." and text[f.end + 1 : f.end + 2].isalpha():
        return True
    inner = sum(c.isupper() for c in t[1:])
    return bool(len(t) <= 4 and inner and not t.isupper()) or (
        inner >= 2 and not t.isupper() and " " not in t
    )


def _quoted_thing(text: str, f: Finding) -> bool:
    """A quoted word after a noun for a thing: "tatueringen 'Odal'", "kanalen 'Terrorgram'"."""
    if f.start == 0 or text[f.start - 1] not in OPEN_QUOTES:
        return False
    before = [b.strip(",:") for b in text[max(0, f.start - 41) : f.start - 1].lower().split()[-3:]]
    return thing_before(before)


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“”‘’«»([-–—":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n\r•*"


_LINKISH = re.compile(r"://|www\.|\.(?:se|com|nu|org|net|eu|io)\b|@", re.IGNORECASE)


def _in_link(text: str, start: int, end: int) -> bool:
    """Is the span part of a web or e-mail address (one token with "://", "www.", ".se")?"""
    left = max(text.rfind(c, 0, start) for c in " \n\t(<\"'") + 1
    right = min((i for i in (text.find(c, end) for c in " \n\t)>\"'") if i != -1), default=len(text))
    return bool(_LINKISH.search(text, left, right)) and (left < start or right > end)


_THING_COMPOUND = re.compile(r"-[a-zåäö]{3,}$")
_GREETING_HEAD = re.compile(r"(?:(?:Mvh|MVH|Hälsningar|Hej|Hejsan|Tack|Kära|Ang|Angående),?\s+)+")
_COLON_TAIL = re.compile(r" \S*:[a-zåäö]{2,}$")


def veto(text: str, found: list[Finding], lex: Lexicon | None = None) -> list[Finding]:
    """Drops PERSON findings that are places, titles, brands, car makes or seed words."""
    lex = lex or load()
    out = []
    for f in found:
        if f.label != "PERSON":
            out.append(f)
            continue
        head = _GREETING_HEAD.match(f.text)
        if head and head.end() < len(f.text):  # "Mvh Sara Lindgren": the greeting is no name
            start = f.start + head.end()
            f = Finding("PERSON", start, f.end, text[start : f.end], f.confidence, f.detector)
        tail = _COLON_TAIL.search(f.text)
        if tail:  # "Lova sms:ade": the verb's ending is not part of the name
            end = f.start + tail.start()
            f = Finding("PERSON", f.start, end, text[f.start : end], f.confidence, f.detector)
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", f.text)]
        if f.detector == "tagger" and not _tagger_plausible(text, f, words, lex):
            continue
        if _in_link(text, f.start, f.end):
            continue
        if len(words) == 1 and _INSTITUTION.search(words[0]) and words[0] not in lex.first:
            continue  # "Blackebergsskolan", "Jobbtorg"
        if words and all(w in _KNOWN_NOT_PERSONS for w in words):
            continue
        if f.detector == "tagger" and _abbreviation_or_code(text, f):
            continue
        if _quoted_thing(text, f):
            continue
        if _THING_COMPOUND.search(f.text):
            continue  # "Thor Steinar-tröja", "Ultima Thule-låten": a brand or band before a thing
        after = text[f.end : f.end + 30]
        next_word = re.match(r"\s([A-Za-zÅÄÖåäö]+)", after)
        nxt = next_word.group(1).lower() if next_word else ""
        if _PLACE_AFTER.match(after):
            continue
        if any(w in _TITLE_WORDS for w in words) or nxt in _TITLE_WORDS:
            continue
        if words and all(w in _NEVER for w in words):
            continue
        brand = next((w for w in words if w in _CAR_BRANDS), None)
        if brand and _MODEL_CODE.match(text, f.start + f.text.lower().index(brand) + len(brand)):
            continue
        if f.start >= 2 and text[f.start - 1] == ":" and text[f.start - 2].isalpha():
            continue  # "sms:ade": an ending after a colon, not a word
        out.append(f)
    return out
