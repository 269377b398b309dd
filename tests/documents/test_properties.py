"""Any text a person can type renders in both formats, and comes back out of the Word file."""

from __future__ import annotations

from io import BytesIO

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from varna.documents import Document, Section, Table, render_docx, render_pdf
from varna.documents.blocks import clean

TRICKY = [
    "<b>&amp;</b>",
    '"citat" och ”citat” och «citat»',
    "</p><script>x</script>",
    "a\tb\nc\r\nd",
    "  kant  ",
]
texts = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=120),
    # Very long words: registration numbers, addresses, pasted links.
    st.text(st.characters(categories=("L", "N", "P")), min_size=60, max_size=400).filter(
        lambda t: " " not in t
    ),
    st.sampled_from(TRICKY),
)


def document(paragraph: str, cell: str, heading: str) -> Document:
    return Document(
        title=heading,
        title_lines=[cell],
        sections=[
            Section(heading, [paragraph], [Table(["Aktivitet", cell], [[cell, paragraph]], caption=cell)])
        ],
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph=texts, cell=texts, heading=texts)
def test_any_text_comes_back_out_of_the_word_file(paragraph, cell, heading):
    word = docx.Document(BytesIO(render_docx(document(paragraph, cell, heading))))
    body = [p.text for p in word.paragraphs]
    assert body[0] == clean(heading)
    assert clean(paragraph) in body
    (table,) = word.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Aktivitet", clean(cell)],
        [clean(cell), clean(paragraph)],
    ]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph=texts, cell=texts, heading=texts)
def test_any_text_renders_to_pdf(paragraph, cell, heading):
    assert render_pdf(document(paragraph, cell, heading)).startswith(b"%PDF-1.7")


def test_clean_drops_only_what_xml_cannot_hold():
    assert clean("a\x00b\x0bc\x1fd\ufffee\tf\ng\r\nh\ri") == "abcde\tf\ng\nh\ni"
    assert clean("åäö ”<&>” \U0001f600") == "åäö ”<&>” \U0001f600"
