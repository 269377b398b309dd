"""Pages, attachments and symbols for tests, made through the real services."""

from __future__ import annotations

import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from varna.knowledge import services
from varna.knowledge.constants import PageKind, PageStatus, Prevalence
from varna.knowledge.models import Attachment, Page, Symbol
from varna.organisation.models import Administration, User
from varna.reports.models import ReferenceItem

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png(size: tuple[int, int] = (40, 30), exif: bytes | None = None) -> bytes:
    image = Image.new("RGB", size, "red")
    out = io.BytesIO()
    if exif is not None:
        image.save(out, format="JPEG", exif=exif)
    else:
        image.save(out, format="PNG")
    return out.getvalue()


def make_page(
    *,
    by: str = "central",
    administration: str | None = None,
    status: str = PageStatus.PUBLISHED,
    **values: Any,
) -> Page:
    values = {
        "title": "Vägledning om klistermärken",
        "kind": PageKind.GUIDANCE,
        "summary": "",
        "body": "Klistermärken med symboler ska tas bort och rapporteras.",
        "status": status,
        "administration": Administration.objects.get(name=administration) if administration else None,
        **values,
    }
    return services.save_page(actor=User.objects.get(username=by), values=values)


def make_symbol(
    *, by: str = "central", administration: str | None = None, image: bytes | None = None, **values: Any
) -> Symbol:
    values = {
        "name": "Tyrrunan",
        "environment": ReferenceItem.objects.get(kind="environment", code="right_wing"),
        "meaning": "En runa som används som symbol i vit makt-miljön.",
        "seen_on": ["sticker"],
        "prevalence": Prevalence.OCCASIONAL,
        "what_to_do": "Rapportera i Värna.",
        "image_alt": "En pil som pekar uppåt." if image else "",
        "status": PageStatus.PUBLISHED,
        "administration": Administration.objects.get(name=administration) if administration else None,
        **values,
    }
    upload = SimpleUploadedFile("bild.png", image) if image else None
    return services.save_symbol(actor=User.objects.get(username=by), values=values, image=upload)


def make_attachment(page: Page, content: bytes = PDF, name: str = "vagledning.pdf") -> Attachment:
    return services.add_attachment(
        actor=User.objects.get(username="central"), page=page, upload=SimpleUploadedFile(name, content)
    )


def matrix_objects() -> dict[str, Any]:
    """For tests/test_permission_matrix.py: a published city page with an attachment, a draft
    page of Bromma, and a published city symbol with a picture."""
    page = make_page()
    return {
        "knowledge_page": page,
        "knowledge_draft": make_page(
            by="samordnare.bromma", administration="Bromma", status=PageStatus.DRAFT
        ),
        "knowledge_attachment": make_attachment(page),
        "knowledge_symbol": make_symbol(image=png()),
    }
