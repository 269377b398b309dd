"""A neutral description of a document: what plans, situation pictures and decision letters
hand to the renderers. It holds text and numbers only, so one description gives the same
content in Word and in PDF/A."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]
    caption: str = ""
    # Relative column widths, e.g. [4, 2, 2, 1]; equal when empty.
    widths: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Image:
    """A chart or picture: PNG bytes with the text alternative it must carry."""

    png: bytes
    alt: str
    caption: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    # Body blocks after the paragraphs, in order: tables, images and sub-sections.
    blocks: list[Table | Image | Section] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    title: str
    # Lines of the title page under the title: committee, administration, year.
    title_lines: list[str] = field(default_factory=list)
    registration_number: str = ""  # Dnr
    date_line: str = ""
    sections: list[Section] = field(default_factory=list)
    table_of_contents: bool = True
    language: str = "sv"
    author: str = ""  # the administration or committee, for the document metadata
