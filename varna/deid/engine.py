"""Runs all detectors over a text, resolves overlaps and replaces findings by placeholders."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import context, names, patterns, personnummer, phone, tagger, vetoes
from .findings import PLACEHOLDERS, Finding
from .normalise import normalise, original_span

# Where two findings overlap, the more specific detector wins (an e-mail address contains
# what looks like a name, a personnummer looks like a phone number).
_PRIORITY = {
    "EMAIL": 0,
    "ID_NUMBER": 1,
    "PHONE": 2,
    "HANDLE": 3,
    "BIRTHDATE": 4,
    "ADDRESS": 5,
    "PLATE": 6,
    "PERSON": 7,
}
# The learned tagger's spans count from this confidence; below it the rules decide alone.
TAGGER_MIN = 0.6
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))
_PHONE_WORDS = re.compile(r"(?:tel|telefon|mobil|mobilnr|nås|ring|ringde|sms|telnr)\b", re.IGNORECASE)
_ID_WORDS = re.compile(r"(?:personnummer|personnr|pnr|pers\.?nr|samordningsnummer|född)", re.IGNORECASE)


@dataclass(frozen=True)
class Config:
    """What a municipality can adjust: its own public phone numbers are not personal data."""

    allowed_phone_numbers: Iterable[str] = ()
    _allowed: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        extra = phone.allow_set(self.allowed_phone_numbers)
        object.__setattr__(self, "_allowed", phone.DEFAULT_ALLOWED | extra)

    @property
    def allowed(self) -> frozenset[str]:
        return self._allowed


DEFAULT_CONFIG = Config()


def _candidates(text: str, config: Config) -> list[Finding]:
    out: list[Finding] = []
    out.extend(patterns.find_email(text))
    out.extend(personnummer.find(text))
    phones = list(phone.find(text, allowed=config.allowed))
    out.extend(phones)
    out.extend(patterns.find_handle(text))
    out.extend(patterns.find_birthdate(text))
    out.extend(patterns.find_address(text))
    out.extend(patterns.find_plate(text))
    # A bare ten-digit number can be both a valid personnummer and a valid phone number:
    # the words before it decide, and a personnummer wins when they say nothing.
    phone_spans = {(f.start, f.end) for f in phones}
    kept: list[Finding] = []
    for f in out:
        if f.label == "ID_NUMBER" and (f.start, f.end) in phone_spans and f.text.isdigit():
            before = text[max(0, f.start - 30) : f.start]
            if _PHONE_WORDS.search(before) and not _ID_WORDS.search(before):
                continue
        kept.append(f)
    return kept


def _resolve(found: list[Finding]) -> list[Finding]:
    """Keeps the strongest of overlapping findings. The kept ones never overlap, so they stay
    sorted by start and a candidate need only be compared with its two neighbours."""
    found.sort(key=lambda f: (_PRIORITY[f.label], -(f.end - f.start), f.start))
    starts: list[int] = []
    taken: list[Finding] = []
    for f in found:
        i = bisect.bisect_left(starts, f.start)
        if i > 0 and taken[i - 1].end > f.start:
            continue
        if i < len(taken) and taken[i].start < f.end:
            continue
        starts.insert(i, f.start)
        taken.insert(i, f)
    return taken


def _scan_normalised(
    text: str, *, config: Config | None, allowed_phone_numbers: Iterable[str] | None
) -> list[Finding]:
    if config is None:
        config = (
            Config(allowed_phone_numbers=tuple(allowed_phone_numbers))
            if allowed_phone_numbers
            else DEFAULT_CONFIG
        )
    held = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
    found = _candidates(text, config)
    if held:
        found = [f for f in found if all(f.end <= s or e <= f.start for s, e in held)]
    # Names are looked for only outside what the patterns found and outside placeholders.
    blocked = held + [(f.start, f.end) for f in found]
    people = list(names.find(text, blocked=blocked))
    people.extend(context.find(text))
    # The rules stay authoritative where they are certain (checksums, formats): a tagger span
    # that overlaps one of their findings loses in _resolve.
    people.extend(
        Finding("PERSON", s, e, text[s:e], c, "tagger")
        for s, e, c in tagger.find_person_spans(text)
        if c >= TAGGER_MIN
    )
    if held:
        people = [f for f in people if all(f.end <= s or e <= f.start for s, e in held)]
    found.extend(_union(text, vetoes.veto(text, people)))
    return _resolve(found)


def _union(text: str, people: list[Finding]) -> list[Finding]:
    """Overlapping name findings of different detectors become one finding over all of them."""
    people.sort(key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in people:
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end > last.end:
                conf = max(last.confidence, f.confidence)
                out[-1] = Finding("PERSON", last.start, f.end, text[last.start : f.end], conf, last.detector)
            continue
        out.append(f)
    return out


def scan(
    text: str, *, config: Config | None = None, allowed_phone_numbers: Iterable[str] | None = None
) -> list[Finding]:
    """Returns the personal data found in ``text``, in reading order, never overlapping.

    The scan runs on the normalised text (normalise.py); offsets and ``text`` of each finding
    are those of the original, so a finding covers any invisible characters inside it.
    """
    norm, spans = normalise(text)
    found = _scan_normalised(norm, config=config, allowed_phone_numbers=allowed_phone_numbers)
    if spans is None:
        if norm is text:
            return found
        # Same length, other characters (letters read as digits): the original's text.
        return [
            Finding(f.label, f.start, f.end, text[f.start : f.end], f.confidence, f.detector) for f in found
        ]
    out = []
    for f in found:
        s, e = original_span(spans, f.start, f.end)
        out.append(Finding(f.label, s, e, text[s:e], f.confidence, f.detector))
    return out


def redact(
    text: str, *, config: Config | None = None, allowed_phone_numbers: Iterable[str] | None = None
) -> str:
    """Replaces every finding by its placeholder, e.g. ``[NAMN]``.

    Replacing can change the context of what is left ("Anna [NAMN]"), so it repeats until a
    scan finds nothing more; that makes redact idempotent.
    """
    for _ in range(4):
        found = scan(text, config=config, allowed_phone_numbers=allowed_phone_numbers)
        if not found:
            break
        parts: list[str] = []
        pos = 0
        for f in found:
            parts.append(text[pos : f.start])
            parts.append(PLACEHOLDERS[f.label])
            pos = f.end
        parts.append(text[pos:])
        text = "".join(parts)
    return text
