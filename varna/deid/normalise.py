"""Puts text into one canonical form before it is scanned, and remembers where each character
came from so that findings are reported at the offsets of the original text.

Personal data slips past patterns in disguise: a zero-width space inside a personnummer, a
soft hyphen inside a name, full-width digits, a Cyrillic "а" inside a Latin name, decomposed
accents. NFKC, dropping invisible format characters, plain spaces and homoglyph folding undo
that. ``strip_invisible`` is what the stored text goes through.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible format characters: dropped. Soft hyphen, Mongolian vowel separator, zero-width
# space/non-joiner/joiner, direction marks, word joiner and invisible operators, BOM.
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
# Unicode spaces: one plain space each (so offsets stay one to one).
SPACES = "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"

# Cyrillic and Greek letters that look like Latin ones: folded only inside a word that also
# has Latin letters (a whole Russian or Greek word is left as it is).
# Hyphens that look like "-" (non-breaking hyphen, figure dash, minus sign): one "-" each.
DASHES = "\u2010\u2011\u2012\u2212\ufe63"
_DASH = frozenset(DASHES)
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁһԛԝАВЕКМНОРСТХУІЈЅοαινκρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwABEKMHOPCTXYIJSoaivkptuxABEZHIKMNOPTYX",
)
_FOREIGN = "\u0370-\u03ff\u0400-\u04ff\u0500-\u052f"
_MIXED_WORD = re.compile(
    rf"[^\W\d_]*(?:[A-Za-z][^\W\d_]*[{_FOREIGN}]|[{_FOREIGN}][^\W\d_]*[A-Za-z])[^\W\d_]*"
)
# Characters that make the slow path necessary; everything else is already canonical when the
# text is NFKC-normalised.
_ODD = re.compile(f"[{INVISIBLE}{SPACES}{DASHES}{_FOREIGN}]")
_DROP = frozenset(INVISIBLE)
_SPACE = frozenset(SPACES)
_INVISIBLE_RX = re.compile(f"[{INVISIBLE}]")

Spans = list[tuple[int, int]]


# Letters typed for digits inside a number ("07O-412 33 90", "0l0"): read as the digits.
_LETTER_DIGIT = re.compile(r"(?<=\d)[OoIl](?=[-\s]?\d)")
_AS_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1"}


def _digits_for_letters(text: str) -> str:
    if not _LETTER_DIGIT.search(text):
        return text
    return _LETTER_DIGIT.sub(lambda m: _AS_DIGIT[m.group(0)], text)


def strip_invisible(text: str) -> str:
    """The text without invisible format characters: what is stored."""
    return _INVISIBLE_RX.sub("", text) if text and not text.isascii() else text


def normalise(text: str) -> tuple[str, Spans | None]:
    """Returns the canonical text and, for each of its characters, the (start, end) it came
    from in ``text``; ``None`` instead of the spans when nothing changed."""
    if text.isascii() or (not _ODD.search(text) and unicodedata.is_normalized("NFKC", text)):
        # Same length, so the offsets need no map.
        return _digits_for_letters(text), None
    out: list[str] = []
    spans: Spans = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        if ch in _SPACE or ch in _DASH:
            out.append(" " if ch in _SPACE else "-")
            spans.append((i, i + 1))
            continue
        if unicodedata.combining(ch) and out:
            # A decomposed accent joins the letter before it ("a" + U+0308 is "ä").
            joined = unicodedata.normalize("NFKC", out[-1] + ch)
            if len(joined) == 1:
                out[-1] = joined
                spans[-1] = (spans[-1][0], i + 1)
                continue
        for c in unicodedata.normalize("NFKC", ch):
            out.append(c)
            spans.append((i, i + 1))
    norm = "".join(out)
    if _MIXED_WORD.search(norm):
        # Folding keeps the length, so the spans stay valid.
        norm = _MIXED_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), norm)
    return _digits_for_letters(norm), spans


def original_span(spans: Spans | None, start: int, end: int) -> tuple[int, int]:
    """Maps [start, end) of the normalised text back to the original text; the result covers
    every character the finding came from, invisible ones inside it included."""
    if spans is None:
        return start, end
    return spans[start][0], spans[end - 1][1]
