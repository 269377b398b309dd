"""Uploaded documents: the type is told by the content, never by the name or the browser.

Accepted: PDF (starts with "%PDF-"), DOCX (a zip with [Content_Types].xml and word/document.xml)
and ODT (a zip whose first entry is the uncompressed "mimetype" naming an OpenDocument text).
The file is stored under a generated name; the name the user gave is kept, cleaned, for display.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from django.utils import timezone
from django.utils.translation import gettext as _

from varna.associations.conf import max_upload_mb

PDF, DOCX, ODT = "pdf", "docx", "odt"
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ODT: "application/vnd.oasis.opendocument.text",
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# More entries than any real text document has: a zip built to exhaust the server is refused.
MAX_ZIP_ENTRIES = 5000


class UploadRefused(ValueError):
    """The message says why, in Swedish, for the form."""


@dataclass(frozen=True)
class CheckedUpload:
    kind: str  # PDF, DOCX or ODT
    content_type: str
    size: int
    display_name: str


def max_upload_bytes() -> int:
    return max_upload_mb() * 1024 * 1024


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
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return DOCX
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, NotImplementedError):
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


def check_upload(upload: Any) -> CheckedUpload:
    """Refuse a file that is too large, is not really a PDF, DOCX or ODT document, or whose name
    claims another type than its content."""
    size = upload.size
    if size > max_upload_bytes():
        raise UploadRefused(
            _("Filen är för stor. Största tillåtna storlek är %(mb)s MB.") % {"mb": max_upload_mb()}
        )
    if size == 0:
        raise UploadRefused(_("Filen är tom."))
    stream = upload.file if hasattr(upload, "file") else upload
    kind = detect_type(stream)
    if kind is None:
        raise UploadRefused(
            _("Filen är inte en PDF-, Word- (DOCX) eller OpenDocument-fil (ODT). Typen avgörs av innehållet.")
        )
    extension = (upload.name or "").rsplit(".", 1)[-1].lower() if "." in (upload.name or "") else ""
    if extension and extension != kind:
        # A name that claims another type than the content is refused: someone renamed the file.
        raise UploadRefused(
            _(
                "Filens namn slutar på .%(extension)s men innehållet är %(kind)s. "
                "Ladda upp filen med rätt namn."
            )
            % {"extension": extension[:10], "kind": kind.upper()}
        )
    return CheckedUpload(
        kind=kind, content_type=CONTENT_TYPES[kind], size=size, display_name=display_name(upload.name, kind)
    )


def stored_name(instance: Any, filename: str) -> str:
    """upload_to: a generated path under MEDIA_ROOT; the uploaded name never reaches the path."""
    extension = filename.rsplit(".", 1)[-1] if filename.rsplit(".", 1)[-1] in CONTENT_TYPES else "bin"
    return f"associations/{timezone.now():%Y}/{uuid.uuid4().hex}.{extension}"
