"""The document description flattened into the sequence of blocks both renderers write."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext, pgettext

from .model import Document, Image, Section, Table

# Deepest heading level: the title is <h1> in HTML, so sections use <h2>…<h6>.
MAX_LEVEL = 5
# Levels listed in the table of contents.
TOC_LEVELS = 3

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Characters XML 1.0 cannot hold (C0 controls other than tab/newline/return, surrogates,
# U+FFFE/U+FFFF). Neither a .docx nor the HTML behind the PDF can carry them, and they are
# never text a person typed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """The text as XML can carry it; line breaks are normalised to "\\n"."""
    return _NOT_XML.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for a top-level section
    text: str
    number: int  # running number, for anchors and bookmarks


@dataclass(frozen=True)
class Paragraph:
    text: str


Block = Heading | Paragraph | Table | Image


def flatten(doc: Document) -> list[Block]:
    """Sections become headings followed by their paragraphs, tables, images and sub-sections."""
    blocks: list[Block] = []
    counter = iter(range(1, 1_000_000_000))

    def walk(section: Section, level: int) -> None:
        blocks.append(Heading(min(level, MAX_LEVEL), clean(section.heading), next(counter)))
        blocks.extend(Paragraph(clean(text)) for text in section.paragraphs)
        for block in section.blocks:
            if isinstance(block, Section):
                walk(block, level + 1)
            elif isinstance(block, Table):
                table = _clean_table(block)
                if table.columns:
                    blocks.append(table)
            elif isinstance(block, Image):
                if not block.png.startswith(PNG_SIGNATURE):
                    raise ValueError(f"Bilden ”{block.alt}” är inte en PNG-fil.")
                blocks.append(Image(png=block.png, alt=clean(block.alt), caption=clean(block.caption)))
            else:
                raise TypeError(f"Okänt block i dokumentet: {type(block).__name__}")

    for section in doc.sections:
        walk(section, 1)
    return blocks


def _clean_table(table: Table) -> Table:
    """Every row as wide as the widest, so that no cell is dropped by a ragged row."""
    width = max([len(table.columns), *(len(row) for row in table.rows)])
    columns = [clean(c) for c in table.columns] + [""] * (width - len(table.columns))
    rows = [[clean(c) for c in row] + [""] * (width - len(row)) for row in table.rows]
    widths = list(table.widths) if len(table.widths) == width and all(w > 0 for w in table.widths) else []
    return Table(columns=columns, rows=rows, caption=clean(table.caption), widths=widths)


def column_fractions(table: Table) -> list[float]:
    """Each column's share of the table width."""
    weights = table.widths or [1] * len(table.columns)
    total = sum(weights)
    return [w / total for w in weights]


def toc_entries(blocks: list[Block]) -> list[Heading]:
    return [b for b in blocks if isinstance(b, Heading) and b.level <= TOC_LEVELS]


_REGIONS = {"sv": "sv-SE", "en": "en-GB"}


def language_tag(language: str) -> str:
    """A BCP 47 tag with region, as Word's proofing wants it: "sv" gives "sv-SE"."""
    return _REGIONS.get(language, language) or "sv-SE"


def labels(language: str) -> dict[str, str]:
    """The renderers' own words, in the document's language rather than the reader's."""
    with translation.override(language):
        return {
            "contents": gettext("Innehåll"),
            "dnr": gettext("Dnr"),
            # The footer reads "Sida 3 av 12".
            "page": pgettext("sidfot", "Sida"),
            "of": pgettext("sidfot", "av"),
        }
