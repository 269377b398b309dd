"""Uploaded files of the knowledge bank, checked by their content, never by their name.

Attachments are PDF, DOCX or ODT, told by their content (varna/lib/uploads.py; a renamed file is
refused). Symbol images are decoded by Pillow, scaled down and written again as PNG, which drops
every piece of metadata (camera, place, time) the original carried.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from varna.lib.active_content import active_content
from varna.lib.images import ImageRefused, open_bounded
from varna.lib.uploads import CONTENT_TYPES, detect_type, display_name

IMAGE_MAX_SIDE = 800


@dataclass(frozen=True)
class CheckedFile:
    content: bytes
    name: str
    extension: str
    content_type: str


def _read(upload: UploadedFile, limit: int) -> bytes:
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("Filen är för stor: högst %(mb)s MB.") % {"mb": round(limit / 1_000_000, 1)}, code="too_large"
        )
    content = upload.read(limit + 1)
    if len(content) > limit:
        raise ValidationError(_("Filen är för stor: högst %(mb)s MB.") % {"mb": round(limit / 1_000_000, 1)})
    return content


def check_attachment(upload: UploadedFile) -> CheckedFile:
    content = _read(upload, settings.KNOWLEDGE_MAX_ATTACHMENT_BYTES)
    kind = detect_type(io.BytesIO(content))
    if kind is None:
        raise ValidationError(
            _("Bara PDF-, Word- (DOCX) och OpenDocument-filer (ODT) kan bifogas. Typen avgörs av innehållet.")
        )
    if reason := active_content(io.BytesIO(content), kind):  # macros, scripts, external templates
        raise ValidationError(reason)
    return CheckedFile(content, display_name(upload.name or "", kind), kind, CONTENT_TYPES[kind])


def check_image(upload: UploadedFile) -> bytes:
    """The image as a scaled-down PNG without metadata, or a ValidationError in Swedish."""
    content = _read(upload, settings.KNOWLEDGE_MAX_IMAGE_BYTES)
    try:
        # The header's size is checked before a pixel is decoded (varna/lib/images.py).
        with open_bounded(content, {"PNG", "JPEG", "GIF", "WEBP"}) as image:
            image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
            converted = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
    except ImageRefused as error:
        raise ValidationError(str(error)) from error
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError) as error:
        raise ValidationError(_("Filen går inte att läsa som en bild.")) from error
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=True)
    return out.getvalue()
