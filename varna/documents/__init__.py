"""Renders a neutral document description to Word (DOCX) and PDF/A.

Build a `Document` (title page, sections with paragraphs, tables, images) and call
`render_docx(doc)` or `render_pdf(doc)`; both return the file's bytes.
"""

from .docx import render_docx
from .model import Document, Image, Section, Table
from .pdf import render_pdf

__all__ = ["Document", "Image", "Section", "Table", "render_docx", "render_pdf"]
