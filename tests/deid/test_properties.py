"""Property tests: what must hold for any text, not just the examples."""

import random
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from varna.deid import PLACEHOLDERS, redact, scan
from varna.deid.personnummer import luhn_ok

WORDS = [
    "eleven",
    "har",
    "sagt",
    "att",
    "han",
    "vill",
    "åka",
    "till",
    "Syrien",
    "och",
    "mamman",
    "är",
    "orolig",
    "för",
    "sonen",
    "i",
    "Farsta",
    "rektorn",
    "socialtjänsten",
    "klass",
    "8B",
    "15-årig",
    "polisen",
    "114",
    "14",
    "den",
    "3",
    "mars",
    "Discord",
    "Skärholmen",
    "Dnr",
    "SOF",
    "2024/198",
    ",",
    ".",
    ":",
]
prose = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


@st.composite
def personnummer(draw) -> str:
    year = draw(st.integers(1925, 2023))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28)) + draw(st.sampled_from([0, 60]))
    serial = draw(st.integers(0, 999))
    body = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    check = next(c for c in range(10) if luhn_ok(body + str(c)))
    fmt = draw(
        st.sampled_from(
            ["{s}{d}-{t}", "{s}{d}{t}", "{c}{s}{d}-{t}", "{c}{s}{d}{t}", "{s}{d} {t}", "{c}{s}{d} - {t}"]
        )
    )
    return fmt.format(c=year // 100, s=body[:2], d=body[2:6], t=body[6:] + str(check))


@given(prose, personnummer(), prose)
@settings(max_examples=200, deadline=None)
def test_a_valid_personnummer_in_any_format_is_found(before, number, after):
    text = f"{before} {number} {after}"
    start = len(before) + 1
    hits = [f for f in scan(text) if f.start <= start and f.end >= start + len(number)]
    assert hits and hits[0].label == "ID_NUMBER"


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_offsets_are_valid_slices_in_order(text):
    found = scan(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
    assert all(a.end <= b.start for a, b in pairwise(found))


NAMES = (
    "Anna Svensson",
    "Ali Hassan",
    "leila",
    "Björn",
    "070-412 33 90",
    "ABC 123",
    "anna@example.se",
    "@wolf_88",
    "Storgatan 3",
)


@given(st.lists(st.sampled_from(WORDS + list(NAMES)), max_size=30).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_redact_is_idempotent_and_leaves_nothing(text):
    once = redact(text)
    assert redact(once) == once
    assert scan(once) == []


def test_placeholders_survive_random_surroundings():
    rng = random.Random(4)
    for _ in range(50):
        parts = rng.choices(WORDS + list(PLACEHOLDERS.values()), k=20)
        text = " ".join(parts)
        assert [f for f in scan(text) if any(p in f.text for p in PLACEHOLDERS.values())] == []
