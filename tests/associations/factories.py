"""Associations, applications and files for tests (also for the permission matrix)."""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from varna.associations import decisions, services
from varna.associations.constants import CheckResult, DocumentKind
from varna.associations.models import (
    Association,
    AssociationDocument,
    ChecklistItem,
    GrantApplication,
    PremisesLetting,
)
from varna.associations.orgnr import luhn_check_digit
from varna.organisation.models import Administration, User

GRANTS = "Socialförvaltningen"  # the administration of the demo grants officer, `handlaggare`

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)


def orgnr(first_nine: str) -> str:
    """A valid organisationsnummer from its first nine digits."""
    return f"{first_nine[:6]}-{first_nine[6:]}{luhn_check_digit(first_nine)}"


def docx_bytes(text: str = "Stadgar för föreningen") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>", zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def officer(username: str = "handlaggare") -> User:
    return User.objects.get(username=username)


def make_association(
    name: str = "Föreningen Mötesplats Söder",
    *,
    administration: str = GRANTS,
    number: str = "802400123",
    contact_role: str = "Ordförande",
) -> Association:
    return services.register_association(
        administration=Administration.objects.get(name=administration),
        name=name,
        organisation_number=orgnr(number),
        contact_role=contact_role,
        actor=officer(),
    )


def make_application(
    association: Association | None = None,
    *,
    year: int = 2025,
    screening: bool = False,
    fulfilled: bool = False,
    amount_requested: int | None = 120_000,
) -> GrantApplication:
    association = association or make_association()
    application = services.create_application(
        association=association,
        year=year,
        received_on=datetime.date(year, 2, 1),
        amount_requested=amount_requested,
        actor=officer(),
    )
    if screening or fulfilled:
        application = services.start_screening(application=application, actor=officer())
    if fulfilled:
        results = {item.pk: (CheckResult.FULFILLED, "") for item in application.screening_items.all()}
        services.record_screening(application=application, results=results, actor=officer())
    return GrantApplication.objects.get(pk=application.pk)


def grant(application: GrantApplication, amount: int = 100_000, **kwargs: Any) -> Any:
    return decisions.decide(
        application=application,
        outcome="granted",
        amount=amount,
        justification="Föreningen uppfyller riktlinjerna för bidrag.",
        actor=kwargs.pop("actor", officer()),
        **kwargs,
    )


MATRIX_FILE = "associations/test-matrix-statutes.pdf"


def matrix_document(association: Association) -> AssociationDocument:
    """A stored statute under one fixed name, reused by every run (no files pile up)."""
    if not default_storage.exists(MATRIX_FILE):
        default_storage.save(MATRIX_FILE, ContentFile(PDF_BYTES))
    document = AssociationDocument(
        association=association,
        kind=DocumentKind.STATUTES,
        original_name="stadgar.pdf",
        content_type="application/pdf",
        size=len(PDF_BYTES),
        sha256="0" * 64,
    )
    document.file.name = MATRIX_FILE
    document.save()
    return document


def matrix_objects() -> dict[str, Any]:
    """In the grants officer's administration: an association with a statute, an application
    under screening (decided in the matrix with a denial), a granted one with its follow-up, a
    letting. The matrix's own applications use the year 2030, which none of these has."""
    association = make_association("Matrisföreningen", number="802500100")
    screening = make_application(association, year=2024, screening=True)
    granted = make_application(association, year=2023, fulfilled=True)
    grant(granted)
    letting = PremisesLetting.objects.create(
        administration=association.administration,
        premises="Samlingslokalen",
        tenant_kind="association",
        association=association,
        event="Årsmöte",
        event_date=datetime.date(2025, 3, 1),
    )
    return {
        "grants_administration": association.administration,
        "association": association,
        "association_document": matrix_document(association),
        "application": screening,
        "granted_application": granted,
        "association_follow_up": granted.follow_ups.first(),
        "letting": letting,
        "checklist_item": ChecklistItem.objects.filter(
            municipality=association.administration.municipality
        ).first(),
    }
