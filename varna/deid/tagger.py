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
TOKEN = re.compile(r"\w+(?:[-'’:]\w+)*|[^\w\s]")

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

    def __init__(self, lex: lexicon.Lexicon) -> None:
        self.lex = lex

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
        if low.isalpha() and lex.is_word(low):
            out.append("word")
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
    for fl in flags:
        own.append(f"g={fl}")
        own.append(f"g={fl}|{cap}")
    if not flags:
        own.append(f"g=none|{cap}")
    if word in QUOTES:
        own.append("quote")
    near = [f"w={low}", f"sh={sh}", f"s3={low[-3:]}"]
    near += [f"g={fl}" for fl in flags if fl in NEAR_FLAGS]
    if word in QUOTES:
        near.append("quote")
    far = [f"w={low}"]
    far += [f"g={fl}" for fl in flags if fl in FAR_FLAGS]
    return own, near, far


NEAR_FLAGS = frozenset({"first", "last", "word", "stop", "place", "role", "verb", "strong"})
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
    if prev and prev not in QUOTES:
        out.append(f"pw|sh={prev.lower()}|{shape(tok)}")
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


def viterbi(
    emissions: Sequence[Sequence[float]], trans: Sequence[Sequence[float]], start: Sequence[float]
) -> tuple[list[int], list[float]]:
    """Best tag path, and for each token the max-marginal margin of PERSON over the rest."""
    n = len(emissions)
    if not n:
        return [], []
    rng = range(NTAGS)
    alpha = [[s + e for s, e in zip(start, emissions[0], strict=True)]]
    back = []
    for t in range(1, n):
        prev = alpha[-1]
        row, ptr = [], []
        em = emissions[t]
        for k in rng:
            best, arg = NEG, 0
            for j in rng:
                v = prev[j] + trans[j][k]
                if v > best:
                    best, arg = v, j
            row.append(best + em[k])
            ptr.append(arg)
        alpha.append(row)
        back.append(ptr)
    beta = [[0.0] * NTAGS for _ in range(n)]
    for t in range(n - 2, -1, -1):
        nb, em = beta[t + 1], emissions[t + 1]
        beta[t] = [max(trans[j][k] + em[k] + nb[k] for k in rng) for j in rng]
    last = alpha[-1]
    k = max(rng, key=last.__getitem__)
    path = [k]
    for ptr in reversed(back):
        k = ptr[k]
        path.append(k)
    path.reverse()
    margins = []
    for a, b in zip(alpha, beta, strict=True):
        m = [x + y for x, y in zip(a, b, strict=True)]
        margins.append(max(m[BEGIN], m[INSIDE]) - max(m[OUT], m[OTHER]))
    return path, margins


def allowed_transitions(trans: list[list[float]], start: list[float]) -> None:
    """A name continues only after its own beginning."""
    for j in (OUT, OTHER):
        trans[j][INSIDE] = NEG
    start[INSIDE] = NEG


class Tagger:
    def __init__(self, model: dict, gaz: Gazetteer) -> None:
        self.gaz = gaz
        scale = model["scale"]
        self.weights = {f: tuple(v / scale for v in w) for f, w in model["weights"].items()}
        self.trans = [[v / scale for v in row] for row in model["trans"]]
        self.start = [v / scale for v in model["start"]]
        allowed_transitions(self.trans, self.start)
        self.temperature = model["temperature"]
        self._cache: dict[str, tuple[tuple[float, ...], ...]] = {}
        self._lock = threading.Lock()

    def _word_vectors(self, word: str) -> tuple[tuple[float, ...], ...]:
        # Summed weights of the word's features at each offset: own, -1, +1, -2, +2.
        got = self._cache.get(word)
        if got is not None:
            return got
        parts = word_features(word, self.gaz)
        get = self.weights.get
        zero = (0.0,) * NTAGS
        vecs = []
        for name, kind in OFFSETS:
            acc = [0.0] * NTAGS
            for f in parts[kind]:
                w = get(name + f, zero)
                for k in range(NTAGS):
                    acc[k] += w[k]
            vecs.append(tuple(acc))
        got = tuple(vecs)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = got
        return got

    def _edge(self, name: str) -> tuple[float, ...]:
        return self.weights.get(name + "edge", (0.0,) * NTAGS)

    def emissions(self, tokens: Sequence[str], gaps: Sequence[str]) -> list[list[float]]:
        vecs = [self._word_vectors(t) for t in tokens]
        get = self.weights.get
        zero = (0.0,) * NTAGS
        edges = {name: self._edge(name) for name in ("-1", "+1", "-2", "+2")}
        n = len(tokens)
        out = []
        for i in range(n):
            acc = list(vecs[i][0])
            for slot, (name, d) in enumerate((("-1", -1), ("+1", 1), ("-2", -2), ("+2", 2)), 1):
                j = i + d
                w = vecs[j][slot] if 0 <= j < n else edges[name]
                acc[0] += w[0]
                acc[1] += w[1]
                acc[2] += w[2]
                acc[3] += w[3]
            for f in layout_features(tokens, gaps, i):
                w = get("L" + f, zero)
                acc[0] += w[0]
                acc[1] += w[1]
                acc[2] += w[2]
                acc[3] += w[3]
            out.append(acc)
        return out

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        toks = tokenize(text)
        if not toks:
            return []
        words = [t for t, _, _ in toks]
        gaps = [text[(toks[i - 1][2] if i else 0) : s] for i, (_, s, _) in enumerate(toks)]
        with self._lock:  # the word cache is shared between threads
            em = self.emissions(words, gaps)
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
                _tagger = Tagger(read_model(), Gazetteer(lexicon.load()))
    return _tagger


def find_person_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, confidence 0..1) character spans of person names in text; text is already normalised (NFKC, no invisible chars)."""  # noqa: E501
    return get_tagger().spans(text)
