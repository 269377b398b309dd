"""The PDF/A rendering, read back with pypdf."""

from __future__ import annotations

import re
from io import BytesIO
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from tests.documents.conftest import activity_rows
from varna.documents import Document, Section, Table, render_pdf

PDFAID = "http://www.aiim.org/pdfa/ns/id/"


@pytest.fixture(scope="module")
def reader(plan):
    return PdfReader(BytesIO(render_pdf(plan)))


@pytest.fixture(scope="module")
def pages(reader):
    return [page.extract_text() for page in reader.pages]


def test_the_title_page_holds_title_lines_registration_number_and_date(pages):
    title_page = " ".join(pages[0].split())  # the title wraps
    for line in (
        "Handlingsplan mot våldsbejakande extremism 2024",
        "Socialnämnden",
        "Socialförvaltningen",
        "Dnr: SN 1.2.3-456/2024",
        "Tjänsteutlåtande 12 februari 2024",
    ):
        assert line in title_page


def test_headings_paragraphs_and_table_cells_are_text_in_the_pdf(pages):
    text = "\n".join(pages[2:])
    positions = [
        text.index(heading)
        for heading in (
            "Inledning",
            "Bakgrund",
            "Källor",
            "Socialnämndens aktiviteter",
            "Uppföljning och rapportering",
        )
    ]
    assert positions == sorted(positions)
    assert "Rad ett\nRad två" in text
    for row in activity_rows(60):
        for cell in row:
            assert cell in text.replace("\n", " ")


def test_a_long_table_runs_over_pages_with_its_header_row_on_each(reader, pages):
    assert len(reader.pages) > 4
    with_rows = [page for page in pages if re.search(r"Uppföljning \d+", page)]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert "Ansvarig" in page and "Tidplan" in page


def test_the_table_of_contents_gives_the_page_of_each_heading(pages):
    contents = pages[1]
    assert contents.startswith("Innehåll")
    for heading in ("Inledning", "Bakgrund", "Socialnämndens aktiviteter", "Uppföljning och rapportering"):
        listed = int(re.search(re.escape(heading) + r"[\s.]*(\d+)", contents).group(1))
        assert heading in pages[listed - 1]


def test_pages_are_numbered_in_the_footer_but_the_title_page(pages):
    assert "Sida" not in pages[0]
    assert f"Sida 2 av {len(pages)}" in pages[1]
    assert f"Sida {len(pages)} av {len(pages)}" in pages[-1]


def test_the_xmp_metadata_declares_pdf_a_2b(reader):
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    root = ElementTree.fromstring(xmp)  # noqa: S314 (the XMP our own renderer just wrote)
    declared = {}
    for element in root.iter():
        for name in ("part", "conformance"):
            if f"{{{PDFAID}}}{name}" in element.attrib:
                declared[name] = element.attrib[f"{{{PDFAID}}}{name}"]
            if element.tag == f"{{{PDFAID}}}{name}":
                declared[name] = element.text
    assert declared["part"] in {"2", "3"}
    assert declared["conformance"] == "B"


def test_an_srgb_output_intent_is_present(reader):
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert "/DestOutputProfile" in intent


def test_every_font_is_embedded_and_is_the_vendored_face(reader):
    fonts = {}
    for page in reader.pages:
        fonts.update(_fonts(page["/Resources"]))
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
        descriptor = descriptor["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), name
    assert all("Varna-Sans" in name for name in fonts)


def test_the_metadata_names_title_author_and_swedish(reader):
    assert reader.metadata.title == "Handlingsplan mot våldsbejakande extremism 2024"
    assert reader.metadata.author == "Socialförvaltningen"
    assert reader.trailer["/Root"]["/Lang"] == "sv"


def test_the_pdf_is_tagged_and_the_figure_carries_its_alt_text(reader):
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    kinds, alts = set(), []
    stack = [root["/StructTreeRoot"].get_object()]
    while stack:
        node = stack.pop()
        if isinstance(node, DictionaryObject):
            kinds.add(node.get("/S"))
            if node.get("/S") == "/Figure":
                alts.append(node.get("/Alt"))
            kids = node.get("/K", [])
            stack.extend(k.get_object() for k in (kids if isinstance(kids, list) else [kids]))
    assert {"/H2", "/H3", "/H4", "/Table", "/TH", "/TD", "/P"} <= kinds
    assert alts == ["Stapeldiagram: anmälningar per kvartal"]


def test_markup_like_text_is_printed_as_text():
    text = 'Se <b>fet</b> & "citat" <img src="file:///etc/passwd"> &amp;'
    doc = Document(title="T", sections=[Section("S", [text], [Table(["Kolumn"], [[text]])])])
    pages = [p.extract_text() for p in PdfReader(BytesIO(render_pdf(doc))).pages]
    assert "\n".join(pages).count(text) == 2


def test_long_swedish_words_are_hyphenated_in_a_narrow_column():
    word = "säkerhetsskyddsbedömningarna"
    doc = Document(
        title="T",
        sections=[Section("S", blocks=[Table(["Ord", "Annat"], [[f"{word} {word}", "x"]], widths=[1, 6])])],
        table_of_contents=False,
    )
    text = PdfReader(BytesIO(render_pdf(doc))).pages[1].extract_text()
    assert re.search(r"[a-zåäö]-\n[a-zåäö]", text)


def test_the_renderer_reads_no_file_but_its_own():
    from varna.documents.pdf import _LocalFetcher

    with pytest.raises(ValueError, match="får inte läsa"):
        _LocalFetcher().fetch("file:///etc/passwd")


def _fonts(resources, seen=None):
    """Fonts used on a page, its forms included."""
    seen = seen if seen is not None else set()
    resources = resources.get_object()
    found = {}
    for font in resources.get("/Font", {}).values():
        font = font.get_object()
        found[str(font.get("/BaseFont"))] = font
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if id(xobject) in seen or xobject.get("/Subtype") != "/Form" or "/Resources" not in xobject:
            continue
        seen.add(id(xobject))
        found.update(_fonts(xobject["/Resources"], seen))
    return found
