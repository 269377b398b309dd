"""Word and name lists, read once from the compact file built by data/build_data.py."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "lexicon.txt.gz"


@dataclass(frozen=True, slots=True)
class Lexicon:
    stems: frozenset[str]
    suffixes: tuple[tuple[str, str], ...]  # (added ending, stripped ending), longest first
    first: frozenset[str]
    last: frozenset[str]
    svfirst: frozenset[str]
    strong: frozenset[str]  # Swedish first names and the project's list: names without doubt
    place: frozenset[str]  # the project's list of places and organisations: never a person
    proper: frozenset[str]  # other proper nouns of the dictionary: a person only in context
    stop: frozenset[str]
    namecommon: frozenset[str]  # names and places that are also ordinary Swedish words
    # The suffixes by their length: one dict look-up per length instead of one test per suffix.
    by_length: tuple[tuple[int, dict[str, tuple[str, ...]]], ...] = ()

    def is_word(self, low: str) -> bool:
        """Is ``low`` (lower-case) an ordinary Swedish word form, a compound included?"""
        if low in self.namecommon:
            return True
        if low in self.first or low in self.last or low in self.place or low in self.proper:
            # The build recorded the exact answer for every known name and place.
            return False
        return self._inflected(low) or self._compound(low)

    def _inflected(self, low: str) -> bool:
        if low in self.stems:
            return True
        n = len(low)
        stems = self.stems
        for size, table in self.by_length:
            if n - size < 2:
                continue
            strips = table.get(low[n - size :] if size else "")
            if strips:
                head = low[: n - size]
                for strip in strips:
                    if head + strip in stems:
                        return True
        return False

    def _compound(self, low: str) -> bool:
        # Swedish writes compounds as one word ("Socialjouren", "Trafikkontoret"): a known
        # first part (optionally with a linking s) followed by a known, inflected last part.
        n = len(low)
        for i in range(3, n - 2):
            head = low[:i]
            known = head in self.stems or (head.endswith("s") and head[:-1] in self.stems)
            if known and self._inflected(low[i:]):
                return True
        return False


@lru_cache(maxsize=1)
def load(path: Path = DATA) -> Lexicon:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    sections: dict[str, list[str]] = {}
    for part in text.split("\n#"):
        name, _, body = part.lstrip("#").partition("\n")
        sections[name] = body.split()
    pairs = [tuple(p.split(":", 1)) for p in sections["suffixes"]]
    pairs.sort(key=lambda p: -len(p[0]))
    tables: dict[int, dict[str, list[str]]] = {}
    for add, strip in pairs:
        tables.setdefault(len(add), {}).setdefault(add, []).append(strip)
    by_length = tuple(
        (size, {add: tuple(strips) for add, strips in table.items()})
        for size, table in sorted(tables.items(), reverse=True)
    )
    return Lexicon(
        stems=frozenset(sections["stems"]),
        suffixes=tuple((a, s) for a, s in pairs),
        first=frozenset(sections["first"]),
        last=frozenset(sections["last"]),
        svfirst=frozenset(sections["svfirst"]),
        strong=frozenset(sections["strong"]),
        place=frozenset(sections["place"]),
        proper=frozenset(sections["proper"]),
        stop=frozenset(sections["stop"]),
        namecommon=frozenset(sections["namecommon"]),
        by_length=by_length,
    )
