"""Associations' uploaded documents: PDF, DOCX or ODT by their content (varna/lib/uploads.py),
within the size limit, with a name that does not claim another type, stored under a generated
name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from varna.associations.conf import max_upload_mb
from varna.lib.active_content import active_content
from varna.lib.uploads import CONTENT_TYPES, detect_type, display_name


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


def check_upload(upload: Any) -> CheckedUpload:
    """Refuse a file that is too large, is not really a PDF, DOCX or ODT document, holds active
    content, or whose name claims another type than its content."""
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
    if reason := active_content(stream, kind):  # macros, scripts, external templates (issue 22)
        raise UploadRefused(reason)
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
