"""The Word rendering, read back with python-docx."""

from __future__ import annotations

from io import BytesIO

import docx
import pytest
from docx.oxml.ns import qn

from tests.documents.conftest import COLUMNS, activity_rows, chart_png
from varna.documents import Document, Image, Section, Table, render_docx


@pytest.fixture(scope="module")
def word(plan):
    return docx.Document(BytesIO(render_docx(plan)))


def test_the_title_page_holds_title_lines_registration_number_and_date(word):
    lines = [(p.text, p.style.name) for p in word.paragraphs[:6]]
    assert lines == [
        ("Handlingsplan mot våldsbejakande extremism 2024", "Title"),
        ("Socialnämnden", "Subtitle"),
        ("Socialförvaltningen", "Subtitle"),
        ("2024", "Subtitle"),
        ("Dnr: SN 1.2.3-456/2024", "Normal"),
        ("Tjänsteutlåtande 12 februari 2024", "Normal"),
    ]


def test_sections_are_headings_in_order_and_nested_sections_are_lower_levels(word):
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Inledning"),
        ("Heading 2", "Bakgrund"),
        ("Heading 3", "Källor"),
        ("Heading 1", "Socialnämndens aktiviteter"),
        ("Heading 1", "Uppföljning och rapportering"),
    ]


def test_paragraphs_follow_their_heading_and_keep_line_breaks(word):
    texts = [p.text for p in word.paragraphs]
    start = texts.index("Inledning", 10)
    assert texts[start + 1 : start + 3] == [
        "Stockholms stads riktlinjer är utgångspunkten för arbetet.",
        "Rad ett\nRad två",
    ]


def test_the_table_of_contents_is_a_toc_field_that_already_lists_the_headings(word):
    body = word.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC") for i in instructions)
    entries = [p.text for p in word.paragraphs if p.style.name.startswith("toc")]
    assert entries == [
        "Inledning",
        "Bakgrund",
        "Källor",
        "Socialnämndens aktiviteter",
        "Uppföljning och rapportering",
    ]
    # Each entry links to a bookmark on its heading.
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert len(anchors) == 5 and set(anchors) <= bookmarks


def test_the_table_has_its_header_row_repeated_and_every_row(word):
    (table,) = word.tables
    assert [c.text for c in table.rows[0].cells] == COLUMNS
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == activity_rows(60)
    caption = table._tbl.tblPr.find(qn("w:tblCaption"))
    assert caption.get(qn("w:val")) == "Socialnämndens aktiviteter"


def test_the_image_is_a_picture_with_its_alt_text_and_caption(word):
    (shape,) = word.inline_shapes
    assert shape._inline.docPr.get("descr") == "Stapeldiagram: anmälningar per kvartal"
    assert "Figur 1. Anmälningar" in [p.text for p in word.paragraphs if p.style.name == "Caption"]


def test_the_document_is_in_swedish_on_a4_with_its_title_and_author(word):
    defaults = word.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(".//" + qn("w:lang")).get(qn("w:val")) == "sv-SE"
    assert word.core_properties.language == "sv-SE"
    assert word.core_properties.title == "Handlingsplan mot våldsbejakande extremism 2024"
    assert word.core_properties.author == "Socialförvaltningen"
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_the_footer_numbers_pages_except_on_the_title_page(word):
    section = word.sections[0]
    assert section.different_first_page_header_footer
    footer = section.footer.paragraphs[0]
    fields = [f.get(qn("w:instr")).strip() for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Sida ")


def test_markup_like_text_is_kept_as_text():
    text = 'Se <b>fet</b> & "citat" – ’ok’ <script>alert(1)</script>'
    doc = Document(title=text, sections=[Section(text, [text], [Table([text], [[text]])])])
    word = docx.Document(BytesIO(render_docx(doc)))
    assert word.paragraphs[0].text == text
    assert [p.text for p in word.paragraphs].count(text) >= 3
    assert word.tables[0].rows[1].cells[0].text == text


def test_a_ragged_table_keeps_every_cell():
    doc = Document(title="T", sections=[Section("S", blocks=[Table(["A", "B"], [["1"], ["2", "3", "4"]])])])
    (table,) = docx.Document(BytesIO(render_docx(doc))).tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["A", "B", ""],
        ["1", "", ""],
        ["2", "3", "4"],
    ]


def test_a_wide_image_is_scaled_to_the_text_width():
    doc = Document(title="T", sections=[Section("S", blocks=[Image(chart_png(3000, 300), alt="Bred bild")])])
    (shape,) = docx.Document(BytesIO(render_docx(doc))).inline_shapes
    assert round(shape.width.mm) == 160
    assert round(shape.height.mm) == 16


def test_without_a_table_of_contents_no_toc_field_is_written():
    doc = Document(title="T", sections=[Section("S", ["p"])], table_of_contents=False)
    word = docx.Document(BytesIO(render_docx(doc)))
    assert not list(word.element.body.iter(qn("w:instrText")))
    assert [p.text for p in word.paragraphs] == ["T", "S", "p"]


def test_an_image_that_is_not_a_png_is_refused_in_both_formats():
    from varna.documents import render_pdf

    doc = Document(title="T", sections=[Section("S", blocks=[Image(b"GIF89a...", alt="Karta")])])
    for render in (render_docx, render_pdf):
        with pytest.raises(ValueError, match="inte en PNG-fil"):
            render(doc)


def test_rows_stay_on_one_page_unless_too_tall_to_fit():
    giant = " ".join(f"ord{i}" for i in range(3000))
    doc = Document(
        title="T", sections=[Section("S", blocks=[Table(["A", "B"], [["kort", "x"], [giant, "y"]])])]
    )
    (table,) = docx.Document(BytesIO(render_docx(doc))).tables
    kept = [
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows
    ]
    assert kept == [True, True, False]
