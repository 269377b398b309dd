"""Renders a Document to Word (.docx) with python-docx."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as WordParagraph

from .blocks import (
    TOC_LEVELS,
    Block,
    Heading,
    Paragraph,
    clean,
    column_fractions,
    flatten,
    labels,
    language_tag,
    toc_entries,
)
from .model import Document, Image, Table

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4: the template python-docx ships is US Letter
MARGIN = Mm(25)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def render_docx(doc: Document) -> bytes:
    """The document as the bytes of a .docx file."""
    word = docx.Document()
    words = labels(doc.language)
    _set_up(word, doc)
    blocks = flatten(doc)
    _title_page(word, doc, words)
    if doc.table_of_contents:
        _contents(word, blocks, words)
    first = True
    for block in blocks:
        paragraph = _write(word, block)
        if first and paragraph is not None:
            paragraph.paragraph_format.page_break_before = True
            first = False
    out = BytesIO()
    word.save(out)
    return out.getvalue()


def _set_up(word: WordDocument, doc: Document) -> None:
    section = word.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    tag = language_tag(doc.language)
    # The language on the document defaults, so that Word hyphenates and spell-checks in Swedish.
    defaults = word.styles.element.find(qn("w:docDefaults"))
    defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").set(qn("w:val"), tag)
    theme_lang = word.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)
    # Word's settings are a schema-ordered sequence: automatic hyphenation follows the tab stop.
    word.settings.element.find(qn("w:defaultTabStop")).addnext(OxmlElement("w:autoHyphenation"))
    properties = word.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    properties.title = _property(doc.title)
    properties.author = properties.last_modified_by = _property(doc.author)
    properties.language = tag
    properties.created = properties.modified = now
    properties.revision = 1
    properties.comments = properties.keywords = properties.subject = properties.category = ""
    for level in range(1, TOC_LEVELS + 1):
        style = word.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles["Normal"]
        style.paragraph_format.left_indent = Mm(5 * (level - 1))
        style.paragraph_format.space_after = Pt(4)
    _footer(word, doc)


def _footer(word: WordDocument, doc: Document) -> None:
    """Page numbers in the footer, "Sida 3 av 12"; none on the title page."""
    words = labels(doc.language)
    section = word.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run(f"{words['page']} ")
    _simple_field(paragraph, "PAGE", "1")
    paragraph.add_run(f" {words['of']} ")
    _simple_field(paragraph, "NUMPAGES", "1")


def _title_page(word: WordDocument, doc: Document, words: dict[str, str]) -> None:
    title = word.add_paragraph(clean(doc.title), style="Title")
    title.paragraph_format.space_before = Pt(140)
    for line in doc.title_lines:
        word.add_paragraph(clean(line), style="Subtitle")
    if doc.registration_number:
        word.add_paragraph(f"{words['dnr']}: {clean(doc.registration_number)}")
    if doc.date_line:
        word.add_paragraph(clean(doc.date_line))


def _contents(word: WordDocument, blocks: list[Block], words: dict[str, str]) -> None:
    """A TOC field whose cached result already lists the headings.

    Word fills a TOC field only when the reader updates fields, so the list is written
    too: the document reads right when opened, and updating adds the page numbers.
    """
    heading = word.add_paragraph(words["contents"], style="TOC Heading")
    heading.paragraph_format.page_break_before = True
    entries = toc_entries(blocks)
    paragraphs = [word.add_paragraph(style=f"toc {entry.level}") for entry in entries]
    if not paragraphs:
        paragraphs = [word.add_paragraph()]
    first, last = paragraphs[0]._p, paragraphs[-1]._p
    first.append(_field_char("begin"))
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f' TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u '
    first.append(_run(instruction))
    first.append(_field_char("separate"))
    for entry, paragraph in zip(entries, paragraphs, strict=False):
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), _bookmark(entry))
        link.set(qn("w:history"), "1")
        link.append(_run(_text(entry.text.replace("\n", " "))))
        paragraph._p.append(link)
    last.append(_field_char("end"))


def _write(word: WordDocument, block: Block) -> WordParagraph | None:
    """Writes one block; returns its first paragraph, if it starts with one."""
    if isinstance(block, Heading):
        paragraph = word.add_heading(block.text, level=block.level)
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(block.number))
        start.set(qn("w:name"), _bookmark(block))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(block.number))
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        paragraph._p.append(end)
        return paragraph
    if isinstance(block, Paragraph):
        return word.add_paragraph(block.text)
    if isinstance(block, Table):
        return _table(word, block)
    if isinstance(block, Image):
        return _image(word, block)
    raise TypeError(type(block).__name__)


def _table(word: WordDocument, table: Table) -> WordParagraph | None:
    caption = None
    if table.caption:
        # Swedish practice puts a table's caption above it.
        caption = word.add_paragraph(table.caption, style="Caption")
        caption.paragraph_format.keep_with_next = True
        caption.paragraph_format.space_before = Pt(12)
    grid = word.add_table(rows=1 + len(table.rows), cols=len(table.columns))
    grid.style = word.styles["Table Grid"]
    grid.autofit = False
    widths = [int(TEXT_WIDTH * share) for share in column_fractions(table)]
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    for index, (row, texts) in enumerate(zip(grid.rows, [table.columns, *table.rows], strict=True)):
        for cell, text, width in zip(row.cells, texts, widths, strict=True):
            cell.width = width
            run = cell.paragraphs[0].add_run(text)
            run.bold = index == 0 or None
        if _fits_half_a_page(texts, widths):
            # Keep a row on one page. Not for a taller row: Word clips a row it may not split.
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    # The header row repeats at the top of every page the table runs over.
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    grid.rows[0]._tr.get_or_add_trPr().append(header)
    if table.caption:
        # The table's alternative text, for screen readers (Word 2010 and later).
        alt = OxmlElement("w:tblCaption")
        alt.set(qn("w:val"), table.caption)
        grid._tbl.tblPr.append(alt)
    return caption


def _fits_half_a_page(texts: list[str], widths: list[int]) -> bool:
    """A rough estimate of the row's height: 11 pt text, about 2.1 mm a character, 5.3 mm a line."""
    lines = 0
    for text, width in zip(texts, widths, strict=True):
        per_line = max(1, int((width / Mm(1) - 2) / 2.1))
        lines = max(lines, sum(-(-max(len(line), 1) // per_line) for line in text.split("\n")))
    return lines * 5.3 < (PAGE_HEIGHT - 2 * MARGIN) / Mm(1) / 2


def _image(word: WordDocument, image: Image) -> WordParagraph:
    paragraph = word.add_paragraph()
    shape = paragraph.add_run().add_picture(BytesIO(image.png))
    if shape.width > TEXT_WIDTH:
        shape.height = int(shape.height * TEXT_WIDTH / shape.width)
        shape.width = TEXT_WIDTH
    properties = shape._inline.docPr
    properties.set("descr", image.alt)
    properties.set("title", image.caption or image.alt)
    if image.caption:
        paragraph.paragraph_format.keep_with_next = True
        word.add_paragraph(image.caption, style="Caption")
    return paragraph


def _property(text: str) -> str:
    """A value for the file's properties, which hold one line of at most 255 characters;
    the full text is on the title page."""
    value = " ".join(clean(text).split())
    return value if len(value) <= 255 else value[:254] + "…"


def _bookmark(heading: Heading) -> str:
    return f"_Toc{heading.number:08d}"


def _run(child: BaseOxmlElement) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    run.append(child)
    return run


def _text(value: str) -> BaseOxmlElement:
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = value
    return text


def _field_char(kind: str) -> BaseOxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    return _run(char)


def _simple_field(paragraph: WordParagraph, instruction: str, placeholder: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    field.append(_run(_text(placeholder)))
    paragraph._p.append(field)
