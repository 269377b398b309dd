"""Renders a Document to a tagged PDF/A-2b with WeasyPrint."""

from __future__ import annotations

import base64
import functools
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.template.loader import render_to_string
from fontTools.ttLib import woff2
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .blocks import Block, Heading, Paragraph, clean, column_fractions, flatten, labels, toc_entries
from .model import Document, Image, Table

HERE = Path(__file__).resolve().parent
STYLESHEET = HERE / "print.css"
FONTS = HERE / "fonts"
TEMPLATE = "documents/document.html"
# PDF/A-2b is what archives accept (level B: the page looks the same forever); the tags on
# top give the structure (headings, tables, figures with alt text) to screen readers.
PDF_OPTIONS = {"pdf_variant": "pdf/a-2b", "pdf_tags": True}


def render_pdf(doc: Document) -> bytes:
    """The document as the bytes of a PDF/A-2b file."""
    html = render_to_string(TEMPLATE, _context(doc))
    fetcher = _LocalFetcher()
    fonts = FontConfiguration()
    words = labels(doc.language)
    footer = (
        "@page { @bottom-right { content: "
        f"{_css_string(words['page'] + ' ')} counter(page) {_css_string(' ' + words['of'] + ' ')} "
        "counter(pages); } }"
    )
    stylesheets = [
        CSS(filename=STYLESHEET, url_fetcher=fetcher, font_config=fonts),
        CSS(string=footer, url_fetcher=fetcher, font_config=fonts),
    ]
    pdf = HTML(string=html, url_fetcher=fetcher).write_pdf(
        stylesheets=stylesheets, font_config=fonts, **PDF_OPTIONS
    )
    assert pdf is not None  # write_pdf returns the bytes when given no target
    return pdf


def _context(doc: Document) -> dict[str, Any]:
    blocks = flatten(doc)
    return {
        "lang": doc.language,
        "title": clean(doc.title),
        "author": clean(doc.author),
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title_lines": [clean(line) for line in doc.title_lines],
        "registration_number": clean(doc.registration_number),
        "date_line": clean(doc.date_line),
        "labels": labels(doc.language),
        "toc": toc_entries(blocks) if doc.table_of_contents else None,
        "blocks": [_block(block) for block in blocks],
    }


def _block(block: Block) -> dict[str, Any]:
    if isinstance(block, Heading):
        # The title is <h1>, so a top-level section is <h2>.
        return {"kind": "heading", "tag": f"h{block.level + 1}", "number": block.number, "text": block.text}
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "text": block.text}
    if isinstance(block, Table):
        return {
            "kind": "table",
            "caption": block.caption,
            # Formatted here: the template would localise a float to "40,5".
            "widths": [f"{share * 100:.3f}%" for share in column_fractions(block)],
            "columns": block.columns,
            "rows": block.rows,
        }
    if isinstance(block, Image):
        source = "data:image/png;base64," + base64.b64encode(block.png).decode("ascii")
        return {"kind": "figure", "src": source, "alt": block.alt, "caption": block.caption}
    raise TypeError(type(block).__name__)


def _css_string(text: str) -> str:
    escaped = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x}" for c in text)
    return f'"{escaped}"'


class _LocalFetcher(URLFetcher):
    """Fetches only the vendored fonts and inline data: rendering never reads the network
    or any other file, whatever the document's text holds."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Any:
        if url.startswith("file:"):
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if path.is_relative_to(FONTS) and path.suffix == ".woff2":
                return URLFetcherResponse(url, body=_unpacked_font(path))
            if path != STYLESHEET:
                raise ValueError(f"Dokumentet får inte läsa {url}")
        return super().fetch(url, headers)


@functools.cache
def _unpacked_font(path: Path) -> bytes:
    """A vendored WOFF2 face as TrueType, unpacked once per process: WeasyPrint would
    otherwise unpack every face again for every document, a tenth of a second each."""
    out = BytesIO()
    woff2.decompress(BytesIO(path.read_bytes()), out)
    return out.getvalue()
