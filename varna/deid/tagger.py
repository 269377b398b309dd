"""Learned person-name tagger: an averaged structured perceptron over rich word features.

Rules alone plateaued on names they were not written against (issue 18). This model is
trained by ``data/build_tagger.py`` on openly licensed data (see ``data/LICENSES.md``), ships
as ``data/tagger_model.json.gz`` and runs on the CPU in pure Python: nothing is fetched at
run time.

Every feature is either a property of one word at a fixed offset from the tagged token or one
of a few features of the surrounding layout. The word features are summed once per distinct
word and cached, so tagging a token costs a few tuple additions plus a 4-tag Viterbi step.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from . import lexicon

MODEL = Path(__file__).resolve().parent / "data" / "tagger_model.json.gz"

# O: not part of an entity; B/I: a person's name; X: another kind of name (place,
# organisation, work). X exists so that capitalised place names have somewhere to go.
TAGS = ("O", "B", "I", "X")
OUT, BEGIN, INSIDE, OTHER = range(4)
NTAGS = 4
NEG = -1e18

# Words with apostrophe or colon genitives (O'Brien, III:s), hyphenated names (P-O,
# al-Assad) stay one token; every other non-space character is a token of its own.
# Addresses on the web and e-mail addresses are one token each: never a name, and the rules
# of the engine own them.
TOKEN = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<!\w)(?:[a-zåäö]{1,4}\.){2,}"  # abbreviations: m.fl. t.ex. bl.a.
    r"|\w+(?:[-'’:]\w+)*|[^\w\s]"
)

QUOTES = frozenset("\"'«»„“”‘’‚‹›")
SENTENCE_END = frozenset(".!?:…;")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Context cues: words that introduce a person (role and kin words, reporting verbs).
ROLE_WORDS = _words(
    """
    läraren lärarinnan mentorn mentor rektorn rektor kuratorn kurator skolkuratorn
    skolsköterskan sköterskan elevassistenten assistenten fritidsledaren fältassistenten
    fältarbetaren socialsekreteraren handläggaren utredaren samordnaren tränaren ledaren
    pastorn prästen imamen polisen polismannen kommissarien åklagaren advokaten
    pappan mamman papa mama fadern modern far mor föräldern vårdnadshavaren styvpappan
    styvmamman storebror storebrodern lillebror lillebrodern storasyster lillasyster brodern
    bror brorsan systern syster syrran kusinen kusin farbrorn farbror morbror morbrorn
    faster fastern moster mostern farmor farfar mormor morfar sonen dottern barnet
    eleven elev pojken flickan killen tjejen grabben kompisen kompis vännen vän
    kamraten klasskamraten grannen granne flickvännen pojkvännen sambon maken frun
    hustrun kollegan chefen vd:n ordföranden talespersonen minister ministern
    herr fru fröken dr doktor professor kungen drottningen prinsen prinsessan
    """
)
# Lower-case parts of names (von Essen, van der Burgh, al-Assad, bin Laden, Abu Bakr).
PARTICLES = _words("von van der den de af av al el bin ibn abu da di du la le zu ter ten")
REPORT_VERBS = _words(
    """
    sa säger sade heter hette kallas kallades kallad kallar skrev skriver skrivit berättar
    berättade berättat uppger uppgav menar menade enligt frågade svarade tror tycker
    träffade träffat ringde mötte känner kände hotade slog nämnde nämner
    """
)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens as (string, start, end) with character offsets into ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def shape(word: str) -> str:
    """Collapsed character classes: Xx, x, X, XX, Xx-Xx, d, ."""
    out: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c or (c == "X" and len(out) < 2):
            out.append(c)
    return "".join(out)


class Gazetteer:
    """The name and word lists of ``lexicon.txt.gz`` as feature flags."""

    def __init__(self, lex: lexicon.Lexicon, nameness: dict[str, float] | None = None) -> None:
        self.lex = lex
        self.trigrams = nameness or {}
        # The lexicon's suffix rules indexed by ending length: one dict look-up per length
        # instead of trying every rule (the tagger sees many new words per text).
        by_len: dict[int, dict[str, list[str]]] = {}
        for add, strip in lex.suffixes:
            by_len.setdefault(len(add), {}).setdefault(add, []).append(strip)
        self.suffixes = sorted(by_len.items(), reverse=True)

    def _inflected(self, low: str) -> bool:
        stems = self.lex.stems
        if low in stems:
            return True
        n = len(low)
        for size, rules in self.suffixes:
            if n - size < 2:
                continue
            strips = rules.get(low[n - size :]) if size else rules.get("")
            if strips:
                base = low[: n - size]
                for strip in strips:
                    if base + strip in stems:
                        return True
        return False

    def is_word(self, low: str) -> bool:
        """An ordinary Swedish word form or compound (as ``Lexicon.is_word``, faster)."""
        lex = self.lex
        if low in lex.namecommon:
            return True
        if low in lex.first or low in lex.last or low in lex.place or low in lex.proper:
            return False
        if self._inflected(low):
            return True
        stems = lex.stems
        for i in range(3, len(low) - 2):
            head = low[:i]
            if (head in stems or (head[-1] == "s" and head[:-1] in stems)) and self._inflected(low[i:]):
                return True
        return False

    def nameness(self, low: str) -> int:
        """How much the letters of ``low`` look like a name rather than a word, in steps.

        Mean log-odds of its letter trigrams under the name lists against the dictionary
        (estimated by the build): a hint for names that no list holds.
        """
        padded = f"^{low}$"
        n = len(padded) - 2
        if n < 1:
            return 0
        get = self.trigrams.get
        score = sum(get(padded[i : i + 3], 0.0) for i in range(n)) / n
        return max(-4, min(4, round(score * 2)))

    def flags(self, low: str) -> list[str]:
        lex = self.lex
        out = []
        if low in lex.first:
            out.append("first")
        if low in lex.svfirst:
            out.append("svfirst")
        if low in lex.strong:
            out.append("strong")
        if low in lex.last:
            out.append("last")
        if low in lex.place:
            out.append("place")
        if low in lex.proper:
            out.append("proper")
        if low in lex.stop:
            out.append("stop")
        if low in lex.namecommon:
            out.append("namecommon")
        if len(low) > 2 and low.endswith("s") and (low[:-1] in lex.first or low[:-1] in lex.last):
            out.append("gen-name")
        if low.isalpha() and self.is_word(low):
            out.append("word")
        if low in PARTICLES:
            out.append("particle")
        if low in ROLE_WORDS:
            out.append("role")
        if low in REPORT_VERBS:
            out.append("verb")
        return out


def word_features(word: str, gaz: Gazetteer) -> tuple[list[str], list[str], list[str]]:
    """Features of one word: when it is the tagged token, its neighbour, and two away."""
    low = word.lower()
    sh = shape(word)
    flags = gaz.flags(low)
    cap = "cap" if word[:1].isupper() else ("low" if word[:1].islower() else "oth")
    own = [f"w={low}", f"sh={sh}", f"len={min(len(word), 7)}", f"case={cap}"]
    for n in (1, 2, 3, 4):
        if len(low) >= n:
            own.append(f"p{n}={low[:n]}")
            own.append(f"s{n}={low[-n:]}")
    if gaz.trigrams and low.isalpha():
        nb = gaz.nameness(low)
        own.append(f"nb={nb}")
        own.append(f"nb={nb}|{cap}")
    if len(low) > 3 and low[-1] == "s":
        # A genitive (Lindgrens, Clarksons): what its nominative looks like.
        stem = low[:-1]
        own.append(f"stem={stem}")
        own.append(f"stem-s3={stem[-3:]}")
        if gaz.trigrams and stem.isalpha():
            own.append(f"stem-nb={gaz.nameness(stem)}|{cap}")
    for fl in flags:
        own.append(f"g={fl}")
        own.append(f"g={fl}|{cap}")
    if not flags:
        own.append(f"g=none|{cap}")
    if word in QUOTES:
        own.append("quote")
    # The neighbours' features are a subset of the word's own (the model stores them together).
    near = [f"w={low}", f"sh={sh}"] + ([f"s3={low[-3:]}"] if len(low) >= 3 else [])
    near += [f"g={fl}" for fl in flags if fl in NEAR_FLAGS]
    if word in QUOTES:
        near.append("quote")
    far = [f"w={low}"]
    far += [f"g={fl}" for fl in flags if fl in FAR_FLAGS]
    return own, near, far


NEAR_FLAGS = frozenset({"first", "last", "word", "stop", "place", "role", "verb", "strong", "particle"})
FAR_FLAGS = frozenset({"role", "verb", "first", "last"})
OFFSETS = (("0", 0), ("-1", 1), ("+1", 1), ("-2", 2), ("+2", 2))


def layout_features(tokens: Sequence[str], gaps: Sequence[str], i: int) -> list[str]:
    """Features that depend on position, not on single words."""
    tok = tokens[i]
    prev = tokens[i - 1] if i else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    initial = i == 0 or prev in SENTENCE_END or "\n" in gaps[i]
    cap = tok[:1].isupper()
    out = ["bias", f"init={initial}|{cap}"]
    if cap and not initial:
        out.append("capmid")
    if prev in QUOTES and nxt in QUOTES:
        out.append(f"quoted|{cap}")
    return out


def token_features(
    tokens: Sequence[str], gaps: Sequence[str], gaz: Gazetteer, cache: dict
) -> list[list[str]]:
    """All features of every token, offset-prefixed (used by training)."""

    def feats(w: str) -> tuple[list[str], list[str], list[str]]:
        got = cache.get(w)
        if got is None:
            got = cache[w] = word_features(w, gaz)
        return got

    n = len(tokens)
    out = []
    for i in range(n):
        fs = ["0" + f for f in feats(tokens[i])[0]]
        for name, (d, kind) in (("-1", (-1, 1)), ("+1", (1, 1)), ("-2", (-2, 2)), ("+2", (2, 2))):
            j = i + d
            if 0 <= j < n:
                fs += [name + f for f in feats(tokens[j])[kind]]
            else:
                fs.append(name + "edge")
        fs += ["L" + f for f in layout_features(tokens, gaps, i)]
        out.append(fs)
    return out


def _max3(a: float, b: float, c: float) -> float:
    if b > a:
        a = b
    return c if c > a else a


def _max4(a: float, b: float, c: float, d: float) -> float:
    if b > a:
        a = b
    if d > c:
        c = d
    return c if c > a else a


def viterbi(
    emissions: Sequence[Sequence[float]], trans: Sequence[Sequence[float]], start: Sequence[float]
) -> tuple[list[int], list[float]]:
    """Best tag path, and for each token the max-marginal margin of PERSON over the rest.

    Written out for the four tags: this loop is most of the tagger's time.
    """
    n = len(emissions)
    if not n:
        return [], []
    (t00, t01, _, t03), (t10, t11, t12, t13), (t20, t21, t22, t23), (t30, t31, _, t33) = trans
    e = emissions[0]
    a0, a1, a2, a3 = start[0] + e[0], start[1] + e[1], start[2] + e[2], start[3] + e[3]
    alpha = [(a0, a1, a2, a3)]
    back = []
    for t in range(1, n):
        e = emissions[t]
        # OUT
        b0, j0 = a0 + t00, 0
        v = a1 + t10
        if v > b0:
            b0, j0 = v, 1
        v = a2 + t20
        if v > b0:
            b0, j0 = v, 2
        v = a3 + t30
        if v > b0:
            b0, j0 = v, 3
        # BEGIN
        b1, j1 = a0 + t01, 0
        v = a1 + t11
        if v > b1:
            b1, j1 = v, 1
        v = a2 + t21
        if v > b1:
            b1, j1 = v, 2
        v = a3 + t31
        if v > b1:
            b1, j1 = v, 3
        # INSIDE: only after BEGIN or INSIDE
        b2, j2 = a1 + t12, 1
        v = a2 + t22
        if v > b2:
            b2, j2 = v, 2
        # OTHER
        b3, j3 = a0 + t03, 0
        v = a1 + t13
        if v > b3:
            b3, j3 = v, 1
        v = a2 + t23
        if v > b3:
            b3, j3 = v, 2
        v = a3 + t33
        if v > b3:
            b3, j3 = v, 3
        a0, a1, a2, a3 = b0 + e[0], b1 + e[1], b2 + e[2], b3 + e[3]
        alpha.append((a0, a1, a2, a3))
        back.append((j0, j1, j2, j3))
    last = alpha[-1]
    k = max(range(NTAGS), key=last.__getitem__)
    path = [k]
    for ptr in reversed(back):
        k = ptr[k]
        path.append(k)
    path.reverse()
    # Backward max-scores, then margin = best PERSON path through t minus best other path.
    margins = [0.0] * n
    c0 = c1 = c2 = c3 = 0.0
    for t in range(n - 1, -1, -1):
        a = alpha[t]
        p, q = a[1] + c1, a[2] + c2
        x, y = a[0] + c0, a[3] + c3
        margins[t] = (p if p > q else q) - (x if x > y else y)
        if t:
            e = emissions[t]
            d0, d1, d2, d3 = e[0] + c0, e[1] + c1, e[2] + c2, e[3] + c3
            c0 = _max3(t00 + d0, t01 + d1, t03 + d3)
            c1 = _max4(t10 + d0, t11 + d1, t12 + d2, t13 + d3)
            c2 = _max4(t20 + d0, t21 + d1, t22 + d2, t23 + d3)
            c3 = _max3(t30 + d0, t31 + d1, t33 + d3)
    return path, margins


def allowed_transitions(trans: list[list[float]], start: list[float]) -> None:
    """A name continues only after its own beginning."""
    for j in (OUT, OTHER):
        trans[j][INSIDE] = NEG
    start[INSIDE] = NEG


ZERO = (0.0,) * NTAGS
# A word's cached vector: 4 tag weights for each offset of OFFSETS (own at 0-3, as the
# previous word at 4-7, as the next at 8-11, two before 12-15, two after 16-19), then facts.
CAP, ENDS, QUOTE = 20, 21, 22


class Tagger:
    def __init__(self, model: dict, lex: lexicon.Lexicon) -> None:
        self.gaz = Gazetteer(lex, model.get("nameness"))
        scale = model["scale"]
        # Word features: one vector of 5 offsets x 4 tags for each; layout features: 4 tags.
        self.words = {f: tuple(v / scale for v in w) for f, w in model["words"].items()}
        other = {f: tuple(v / scale for v in w) for f, w in model["other"].items()}
        self.trans = [[v / scale for v in row] for row in model["trans"]]
        self.start = [v / scale for v in model["start"]]
        allowed_transitions(self.trans, self.start)
        self.temperature = model["temperature"]
        edge = [other.get(name + "edge", ZERO) for name, _ in OFFSETS]
        # Padding words whose vectors hold the edge weights in the slots their offset reads.
        self.pad = (*ZERO, *edge[1], *edge[2], *edge[3], *edge[4], False, False, False)
        # The layout features take few values: their summed weights, by (initial, capital).
        self.layout = {}
        for initial in (False, True):
            for cap in (False, True):
                fs = ["bias", f"init={initial}|{cap}"] + (["capmid"] if cap and not initial else [])
                ws = [other.get("L" + f, ZERO) for f in fs]
                # The build's shift towards recall, chosen on the development split.
                ws.append((0.0, model.get("person_bias", 0.0), model.get("person_bias", 0.0), 0.0))
                self.layout[initial, cap] = tuple(map(sum, zip(*ws, strict=True)))
        self.quoted = {cap: other.get(f"Lquoted|{cap}", ZERO) for cap in (False, True)}
        self._cache: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def _word(self, word: str) -> tuple:
        # The summed vectors of the word's features, and its layout facts (CAP, ENDS, QUOTE).
        got = self._cache.get(word)
        if got is None:
            ws = [w for w in map(self.words.get, word_features(word, self.gaz)[0]) if w]
            vec = tuple(map(sum, zip(*ws, strict=True))) if ws else (0.0,) * 20
            if not any(ch.isalpha() for ch in word) or any(ch.isdigit() for ch in word):
                # Punctuation, numbers and codes (EK22B, A4, DSC_0042) are never names.
                vec = (*vec[:1], NEG, NEG, *vec[3:])
            got = (*vec, word[:1].isupper(), word in SENTENCE_END, word in QUOTES)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = got
        return got

    def emissions(self, tokens: Sequence[str], newline: Sequence[bool]) -> list[tuple]:
        cache, word = self._cache, self._word
        pad = self.pad
        seq = [pad, pad] + [cache[t] if t in cache else word(t) for t in tokens] + [pad, pad]
        n = len(tokens)
        layout, quoted = self.layout, self.quoted
        out = []
        for i in range(n):
            m2, m1, w, p1, p2 = seq[i : i + 5]
            cap = w[CAP]
            lay = layout[i == 0 or m1[ENDS] or newline[i], cap]
            v0 = w[0] + m1[4] + p1[8] + m2[12] + p2[16] + lay[0]
            v1 = w[1] + m1[5] + p1[9] + m2[13] + p2[17] + lay[1]
            v2 = w[2] + m1[6] + p1[10] + m2[14] + p2[18] + lay[2]
            v3 = w[3] + m1[7] + p1[11] + m2[15] + p2[19] + lay[3]
            if m1[QUOTE] and p1[QUOTE] and i and i + 1 < n:
                q = quoted[cap]
                v0, v1, v2, v3 = v0 + q[0], v1 + q[1], v2 + q[2], v3 + q[3]
            out.append((v0, v1, v2, v3))
        return out

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        toks = tokenize(text)
        if not toks:
            return []
        words = [t for t, _, _ in toks]
        newline = ["\n" in text[(toks[i - 1][2] if i else 0) : s] for i, (_, s, _) in enumerate(toks)]
        with self._lock:  # the word cache is shared between threads
            em = self.emissions(words, newline)
        path, margins = viterbi(em, self.trans, self.start)
        out = []
        i, n = 0, len(toks)
        while i < n:
            if path[i] == BEGIN:
                j = i + 1
                while j < n and path[j] == INSIDE:
                    j += 1
                m = min(margins[i:j])
                conf = 1.0 / (1.0 + math.exp(-max(min(m / self.temperature, 50.0), -50.0)))
                out.append((toks[i][1], toks[j - 1][2], round(conf, 4)))
                i = j
            else:
                i += 1
        return out


_tagger: Tagger | None = None
_load_lock = threading.Lock()


def read_model(path: Path = MODEL) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def get_tagger() -> Tagger:
    """The shipped model, loaded once per process."""
    global _tagger
    if _tagger is None:
        with _load_lock:
            if _tagger is None:
                _tagger = Tagger(read_model(), lexicon.load())
    return _tagger


def find_person_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, confidence 0..1) character spans of person names in text; text is already normalised (NFKC, no invisible chars)."""  # noqa: E501
    return get_tagger().spans(text)
