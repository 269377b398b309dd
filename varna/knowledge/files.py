"""Uploaded files of the knowledge bank, checked by their content, never by their name.

Attachments are PDF or DOCX (the first bytes and the zip's parts must say so; a renamed file is
refused). Symbol images are decoded by Pillow, scaled down and written again as PNG, which drops
every piece of metadata (camera, place, time) the original carried.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_MAX_SIDE = 800


@dataclass(frozen=True)
class CheckedFile:
    content: bytes
    name: str
    extension: str
    content_type: str


def clean_file_name(name: str) -> str:
    """The uploaded name for display: no directories, no control characters, not too long."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip(" .")
    return name[:200] or _("bilaga")


def _read(upload: UploadedFile, limit: int) -> bytes:
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("Filen är för stor: högst %(mb)s MB.") % {"mb": round(limit / 1_000_000, 1)}, code="too_large"
        )
    content = upload.read(limit + 1)
    if len(content) > limit:
        raise ValidationError(_("Filen är för stor: högst %(mb)s MB.") % {"mb": round(limit / 1_000_000, 1)})
    return content


def _is_docx(content: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                return False
            # A macro-enabled document (docm) renamed to .docx is refused.
            return "word/vbaProject.bin" not in names
    except (zipfile.BadZipFile, ValueError):
        return False


def check_attachment(upload: UploadedFile) -> CheckedFile:
    content = _read(upload, settings.KNOWLEDGE_MAX_ATTACHMENT_BYTES)
    name = clean_file_name(upload.name or "")
    if content.startswith(b"%PDF-"):
        return CheckedFile(content, name, "pdf", "application/pdf")
    if content.startswith(b"PK\x03\x04") and _is_docx(content):
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return CheckedFile(content, name, "docx", mime)
    raise ValidationError(_("Bara PDF- och Word-filer (DOCX) kan bifogas. Filens innehåll är inget av dem."))


def check_image(upload: UploadedFile) -> bytes:
    """The image as a scaled-down PNG without metadata, or a ValidationError in Swedish."""
    content = _read(upload, settings.KNOWLEDGE_MAX_IMAGE_BYTES)
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format not in {"PNG", "JPEG", "GIF", "WEBP"}:
                raise ValidationError(_("Bilden måste vara PNG, JPEG, GIF eller WebP."))
            image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
            converted = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValidationError(_("Filen går inte att läsa som en bild.")) from error
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=True)
    return out.getvalue()
