"""Finds names of persons with name lists, a Swedish dictionary and the words around them.

Swedish writes common nouns in lower case, so a capitalised word inside a sentence is a proper
noun; whether it is a person's name is told by the name lists, by the dictionary (a name that
is also an ordinary word, such as "Rosa" or "Stig", needs more evidence) and by context: a
kinship word or title before it ("mamman", "mentorn"), a verb of saying after it ("sa").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .findings import Finding
from .lexicon import Lexicon, load


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_INITIALS = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.\s?(?:[A-ZÅÄÖ]\.)+(?!\w)")
_SINGLE_INITIAL = re.compile(r"\s?[A-ZÅÄÖa-zåäö]\.(?=[\s,;:)]|$)")
_BOUNDARY = frozenset(".!?:;\n\r•*")
_SKIP_BACK = frozenset(" \t\"'“”‘’«»([-–—")
_PARTY = re.compile(r"\s?\((?:S|M|SD|C|V|KD|L|MP|Mp|Kd|Sd)\)")
_AGE_AFTER = re.compile(r",\s\d{1,3}(?:\s?år)?\b")

# Words before a name: kinship, roles and titles, verbs of naming. A capitalised word (or an
# unknown word) right after one of them is read as a name.
TRIGGERS_BEFORE = _words("""
heter hette kallad kallas kallades kallades namnet mamman mamma pappan pappa modern fadern
sonen son dottern dotter brodern bror systern syster kusin kusinen farmor mormor farfar
morfar moster faster morbror farbror granne grannen eleven elev eleverna läraren lärare
lärarinnan mentorn mentor rektor rektorn kurator kuratorn handläggaren handläggare
medarbetaren kollegan kollega pojkvännen flickvännen pojkvän flickvän sambon maken makan
frun mannen kvinnan killen tjejen pojken flickan barnet barnbarnet vännen kompisen
kamraten klasskompisen vaktmästaren socialsekreteraren enhetschefen samordnaren
fältassistenten ungdomen personen brukaren klienten patienten misstänkte herr fru
statsminister statsministern ministern utrikesministern justitieministern finansministern
partiledaren ordföranden ordförande talespersonen chefen generaldirektören presidenten
president premiärministern premiärminister kungen drottningen prinsessan prinsen
författaren journalisten forskaren professor professorn docenten läkaren advokaten
åklagaren domaren sångaren artisten spelaren tränaren skådespelaren politikern
riksdagsledamoten kommunalrådet borgarrådet enligt ex exet styvpappan styvmamman
partiledare talesperson vd kommissionär senator minister biskop imam imamen pastor
kyrkoherden ledaren grundaren anhörige anhöriga barnen vittnet målsäganden gärningsmannen
""")
# Words after a name: verbs of saying and acting that staff and news use with a person.
TRIGGERS_AFTER = _words("""
sa säger berättade berättar skriver skrev uppger uppgav menar anser hävdar förklarar
förklarade svarar svarade kommenterar betonar konstaterar understryker tillägger ringde
mejlade hotade sms:ade smsade tycker tror trodde vill ville själv själva påstår påstod
""")
_HAR_VERBS = _words("berättat sagt skrivit uppgett hotat ringt mejlat förklarat")
# Prepositions of place: an unknown capitalised word after them is a place, not a person.
_PLACE_BEFORE = _words("i på vid utanför nära inom genom mellan kring runt")
_COORD = frozenset(("och", "eller", "samt", "&"))
_PARTICLES = _words("abu umm ibn bin bint al el van von de der di da du af la le mc")
_SURNAME_END = re.compile(
    r"(?:sson|son|ström|qvist|kvist|berg|gren|lund|dahl|holm|blad|ovi[cć]|evi[cć]|i[cć]|"
    r"ski|ska|sky|nen|zadeh|oglu|oğlu|poor|pour|yan|ian|ović)$"
)
# Endings of institutions and places ("Blackebergsskolan", "Fritidsgården"): never a person.
_INSTITUTION_END = re.compile(
    r"(?:skolan|skola|gymnasiet|gården|förskolan|förvaltningen|förvaltning|enheten|centret|"
    r"centrum|huset|biblioteket|kyrkan|moskén|hallen|parken|torget|badet|kommun|polisen)$"
)
# Endings that make a word a surname even when the dictionary knows it as a proper noun.
_STRONG_SURNAME_END = re.compile(r"(?:sson|ström|qvist|kvist|ovi[cć]|evi[cć])$")

# Token classes.
UNKNOWN, FIRST, LAST, PLACE, WORD, STOP = range(6)


def _is_identifier(word: str) -> bool:
    """CamelCase with several inner capitals ("RequestDataTooBig") is code, never a name;
    one inner capital is ("McDonald", "DeShawn")."""
    rest = word[1:]
    if rest.islower() or word.isupper():
        return False  # the common case, without counting characters
    return sum(c.isupper() for c in rest) >= 2


class _Tok:
    __slots__ = ("cap", "caps", "common", "end", "kind", "low", "person", "sent", "start", "text", "weak")

    def __init__(self, m: re.Match[str]) -> None:
        self.start, self.end = m.span()
        self.text = m.group(0)
        self.low = self.text.lower()
        self.cap = self.text[0].isupper()
        self.caps = len(self.text) > 1 and self.text.isupper()
        self.kind = UNKNOWN
        self.common = False
        self.sent = False
        self.weak = False  # a dictionary proper noun that is not a known name
        self.person = 0.0


def _classify(lex: Lexicon, low: str, cache: dict[str, tuple[int, bool, bool]]) -> tuple[int, bool, bool]:
    """Returns (kind, is an ordinary word, is a weak proper noun) for a lower-case token."""
    hit = cache.get(low)
    if hit is not None:
        return hit
    if "-" in low:
        parts = [p for p in low.split("-") if p]
        kinds = [_classify(lex, p, cache) for p in parts]
        if any(k[0] == PLACE for k in kinds):
            res = (PLACE, False, False)
        elif kinds and kinds[0][0] == FIRST and not kinds[0][1]:
            res = (FIRST, False, False)
        elif any(k[0] in (FIRST, LAST) for k in kinds):
            res = (LAST, all(k[1] for k in kinds), False)
        else:
            res = (UNKNOWN, all(k[1] for k in kinds), any(k[2] for k in kinds))
    else:
        base = low
        # A genitive is the whole token ("Johans", "Aminas"), classified by its base.
        if (
            low.endswith("s")
            and low not in lex.first
            and low not in lex.last
            and (low[:-1] in lex.first or low[:-1] in lex.last)
        ):
            base = low[:-1]
        common = lex.is_word(low)
        if low in lex.stop:
            res = (STOP, True, False)
        elif base in lex.place or low in lex.place:
            res = (PLACE, common, False)
        elif base in lex.first:
            # A foreign first name that the dictionary knows as a place ("Israel",
            # "Washington") needs context; Swedish and the project's own names do not.
            strong = base in lex.strong or (low.endswith("s") and low[:-1] in lex.strong)
            res = (FIRST, common, not strong and base in lex.proper)
        elif base in lex.last or (not common and len(low) > 5 and _SURNAME_END.search(low)):
            weak = (low in lex.proper or base in lex.proper) and not _STRONG_SURNAME_END.search(base)
            res = (LAST, common, weak)
        elif low in lex.proper:
            res = (UNKNOWN, common, True)
        else:
            res = (WORD if common else UNKNOWN, common, False)
    cache[low] = res
    return res


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _SKIP_BACK:
        i -= 1
    return i < 0 or text[i] in _BOUNDARY


def _spaced(text: str, a: int, b: int) -> bool:
    return 0 < b - a <= 2 and text[a:b].isspace()


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    """Are a and b adjacent words of one name (separated by one space only)?"""
    return b.start - a.end == 1 and text[a.end] == " "


def _decide(text: str, toks: list[_Tok], i: int) -> float:
    t = toks[i]
    if t.kind in (WORD, STOP, PLACE) and not _SINGLE_INITIAL.match(text, t.end):
        return 0.0  # the common case, decided before any context is looked at
    prev = toks[i - 1] if i and _spaced(text, toks[i - 1].end, t.start) else None
    nxt = toks[i + 1] if i + 1 < len(toks) and _spaced(text, t.end, toks[i + 1].start) else None
    trig_before = prev is not None and (
        prev.low in TRIGGERS_BEFORE
        or prev.low in TRIGGERS_AFTER
        or (prev.low == "sig" and i > 1 and toks[i - 2].low.startswith("kalla"))
    )
    say_after = nxt is not None and (
        nxt.low in TRIGGERS_AFTER
        or (nxt.low in ("har", "hade") and i + 2 < len(toks) and toks[i + 2].low in _HAR_VERBS)
    )
    tail = text[t.end : t.end + 12]
    tagged = bool(_PARTY.match(tail)) or bool(_AGE_AFTER.match(tail))
    place_before = prev is not None and prev.low in _PLACE_BEFORE
    if t.kind == STOP:
        return 0.0
    if trig_before and t.kind != PLACE and _SINGLE_INITIAL.match(text, t.end):
        return 0.6  # "grannen emir b.", "eleven Sara K."
    if not t.cap:
        # Lower case: a foreign-looking first name, or any unknown word after a trigger.
        if t.kind == FIRST and not t.common and len(t.low) >= 3:
            return 0.6
        if trig_before and not t.common and t.kind != PLACE and len(t.low) >= 3:
            return 0.5
        return 0.0
    if t.kind not in (FIRST, LAST) and _INSTITUTION_END.search(t.low):
        return 0.0
    if len(t.text) <= 4 and not t.caps and any(c.isupper() for c in t.text[1:]):
        return 0.0  # mixed case such as "SoL" or "LiU": an abbreviation, not a name
    if t.caps:
        # ALL CAPS is used for names and for abbreviations: only runs of known names count.
        if t.kind in (FIRST, LAST) and (
            (nxt is not None and nxt.caps and nxt.kind in (FIRST, LAST))
            or (prev is not None and prev.caps and prev.kind in (FIRST, LAST))
        ):
            return 0.8
        return 0.0
    context = trig_before or say_after or tagged
    if t.kind == PLACE:
        return 0.0
    if t.kind == FIRST:
        if t.weak:
            return 0.8 if context and not place_before else 0.0
        if not t.common:
            return 0.9
        if not t.sent:
            return 0.8 if not place_before else 0.0
        return 0.8 if context else 0.0
    if t.kind == LAST:
        if not t.common and not t.weak:
            return 0.0 if place_before and not context else 0.75
        return 0.75 if context else 0.0
    if t.kind == UNKNOWN:
        if t.weak:
            return 0.7 if context else 0.0
        if place_before and not trig_before:
            return 0.0
        return 0.7 if context else 0.0
    return 0.0  # an ordinary word, capitalised


def _propagate(text: str, toks: list[_Tok], lex: Lexicon) -> None:
    """Joins surnames to first names and spreads a decision across "A och B"."""
    n = len(toks)
    for _ in range(2):
        for i, t in enumerate(toks):
            if not t.person:
                continue
            if i + 1 < n and _surname_after(text, t, toks[i + 1]):
                toks[i + 1].person = min(t.person, 0.75)
            if i > 0 and (
                _name_before(text, toks[i - 1], t) or _stopword_first_name(text, toks[i - 1], t, lex)
            ):
                toks[i - 1].person = min(t.person, 0.7)
            # "Björn och Rosa", "Nuri och Azad": the other side of a coordination.
            for j, k in ((i + 2, i + 1), (i - 2, i - 1)):
                u = toks[j] if 0 <= j < n and toks[k].low in _COORD else None
                if (
                    u is not None
                    and not u.person
                    and u.cap
                    and not u.caps
                    and u.kind in (FIRST, UNKNOWN, LAST)
                    and not u.weak
                    and (not u.common or u.kind == FIRST)
                ):
                    u.person = min(t.person, 0.65)


def _surname_after(text: str, t: _Tok, u: _Tok) -> bool:
    # The capitalised word right after a name is a surname, even an ordinary word
    # ("Viktor Ek", "Marcus Björk"), unless it is a known place.
    return (
        not u.person
        and u.cap == t.cap
        and u.kind not in (PLACE, STOP)
        and _gap_ok(text, t, u)
        and (u.kind != WORD or (u.cap and not u.caps))
    )


def _stopword_first_name(text: str, u: _Tok, t: _Tok, lex: Lexicon) -> bool:
    # "Per Olsson", "Bo Ek" at the start of a sentence: a first name that is also a small word
    # ("per", "bo"), capitalised right before a surname.
    return (
        not u.person
        and u.kind == STOP
        and u.cap
        and not u.caps
        and t.kind == LAST
        and _gap_ok(text, u, t)
        and u.low in lex.first
    )


def _name_before(text: str, u: _Tok, t: _Tok) -> bool:
    # A capitalised word right before a name is a first name; an ordinary word only at the
    # start of a sentence and before a surname ("Björn Ulvaeus", not "Ring Stig").
    return (
        not u.person
        and u.cap
        and not u.caps
        and _gap_ok(text, u, t)
        and u.kind in (FIRST, UNKNOWN, LAST)
        and (not u.common or (u.sent and t.kind != FIRST))
        and u.low not in TRIGGERS_BEFORE
        and (u.kind != UNKNOWN or not u.weak)
    )


def find(
    text: str, *, blocked: list[tuple[int, int]] | None = None, lex: Lexicon | None = None
) -> Iterator[Finding]:
    lex = lex or load()
    cache: dict[str, tuple[int, bool, bool]] = _CACHE
    toks: list[_Tok] = []
    blocked = blocked or []
    # A mask of blocked characters makes the overlap test one C-level search per token.
    mask = bytearray(len(text)) if blocked else None
    if mask is not None:
        for s, e in blocked:
            mask[s:e] = b"\x01" * (e - s)
    for m in _TOKEN.finditer(text):
        if mask is not None and mask.find(1, m.start(), m.end()) != -1:
            continue
        if _is_identifier(m.group(0)):
            continue
        t = _Tok(m)
        t.kind, t.common, t.weak = _classify(lex, t.low, cache)
        toks.append(t)
    for t in toks:
        if t.cap:
            t.sent = _sentence_start(text, t.start)
    for i, t in enumerate(toks):
        t.person = _decide(text, toks, i)
    # Two unknown capitalised words in a row that are not ordinary words read as a full name
    # ("Dawit Tesfay"), also at the start of a sentence.
    for a, b in pairwise(toks):
        if not (a.cap and b.cap and not a.caps and not b.caps and _gap_ok(text, a, b)):
            continue
        if a.kind == FIRST and b.kind in (UNKNOWN, LAST) and not a.common and not b.common:
            # A first name and a surname-like word, even if the dictionary knows both
            # ("Donald Trump").
            a.person = a.person or 0.7
            b.person = b.person or 0.7
        elif (
            a.kind in (UNKNOWN, LAST)
            and b.kind in (UNKNOWN, LAST)
            and not a.common
            and not b.common
            and not a.weak
            and not b.weak
        ):
            a.person = a.person or 0.6
            b.person = b.person or 0.6
    _propagate(text, toks, lex)
    yield from _spans(text, toks)
    for m in _INITIALS.finditer(text):
        if mask is None or mask.find(1, m.start(), m.end()) == -1:
            yield Finding("PERSON", m.start(), m.end(), m.group(0).rstrip(), 0.7, "initials")


def _spans(text: str, toks: list[_Tok]) -> Iterator[Finding]:
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.person:
            i += 1
            continue
        j = i
        while j + 1 < n and toks[j + 1].person and _gap_ok(text, toks[j], toks[j + 1]):
            j += 1
        start, end = t.start, toks[j].end
        # Particles in front of a name ("Abu Omar", "van der Berg") belong to it.
        k = i
        while k > 0 and toks[k - 1].low in _PARTICLES and _gap_ok(text, toks[k - 1], toks[k]):
            k -= 1
            start = toks[k].start
        # A trailing initial ("emir b.", "Anna S.") belongs to the name.
        m = _SINGLE_INITIAL.match(text, end)
        if m:
            end = m.end()
        conf = max(x.person for x in toks[i : j + 1])
        yield Finding("PERSON", start, end, text[start:end], conf, "names")
        i = j + 1


_CACHE: dict[str, tuple[int, bool, bool]] = {}
