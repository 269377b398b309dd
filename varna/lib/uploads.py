"""Uploaded documents, told apart by their content, never by their name or the browser's word.

PDF starts with "%PDF-"; DOCX is a zip with [Content_Types].xml and word/document.xml and no
macros; ODT is a zip whose first entry is the uncompressed "mimetype" naming an OpenDocument
text. The name the user gave is kept only cleaned, for display; files are stored under
generated names by the apps.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from typing import IO

from django.utils.translation import gettext as _

PDF, DOCX, ODT = "pdf", "docx", "odt"
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ODT: "application/vnd.oasis.opendocument.text",
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# More entries than any real text document has: a zip built to exhaust the server is refused.
MAX_ZIP_ENTRIES = 5000


def detect_type(stream: IO[bytes]) -> str | None:
    """PDF, DOCX, ODT or None, from the bytes alone. The stream is left at its start."""
    stream.seek(0)
    head = stream.read(8)
    stream.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                return None
            names = {entry.filename for entry in entries}
            if (
                entries
                and entries[0].filename == "mimetype"
                and entries[0].compress_type == zipfile.ZIP_STORED
                and archive.read("mimetype").strip() == ODT_MIMETYPE
                and "content.xml" in names
            ):
                return ODT
            # A macro-enabled document (docm) renamed to .docx is no DOCX.
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return None if "word/vbaProject.bin" in names else DOCX
    except Exception:  # noqa: BLE001 - a damaged zip fails in zipfile, zlib or struct alike
        return None
    finally:
        stream.seek(0)
    return None


_UNSAFE = re.compile(r"[^\w .()+-]", re.UNICODE)


def display_name(original: str, kind: str) -> str:
    """The uploaded name for display and download: no directories, no control characters,
    no leading dots, at most 120 characters, with the extension of the detected type."""
    name = unicodedata.normalize("NFC", original or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" ._")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = stem.strip(" ._")[:110] or _("dokument")
    return f"{stem}.{kind}"
