"""Attachments: PDF or DOCX by their content, stored under a generated name, served as downloads."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.knowledge.factories import PDF, make_attachment, make_page
from varna.knowledge.files import check_attachment
from varna.lib.uploads import display_name


def docx(*extra: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in ("[Content_Types].xml", "word/document.xml", *extra):
            archive.writestr(name, "<x/>")
    return out.getvalue()


def test_a_pdf_is_attached_and_downloaded_as_a_file(client_as):
    page = make_page()
    client = client_as("central")
    response = client.post(
        reverse("attachment_add", args=[page.pk]), {"file": SimpleUploadedFile("Vägledning.pdf", PDF)}
    )
    assert response.status_code == 302
    attachment = page.attachments.get()
    assert attachment.name == "Vägledning.pdf" and "Vägledning" not in attachment.file.name
    download = client_as("medarbetare").get(reverse("attachment_download", args=[attachment.pk]))
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("program.pdf", b"MZ\x90\x00 an executable renamed"),
        ("text.docx", b"just text"),
        ("makro.docx", docx("word/vbaProject.bin")),
        ("arkiv.docx", docx()[:-30]),
    ],
)
def test_a_file_that_is_not_a_pdf_or_word_document_is_refused(name, content):
    with pytest.raises(ValidationError):
        check_attachment(SimpleUploadedFile(name, content))


def test_a_word_document_is_accepted_by_its_content():
    assert check_attachment(SimpleUploadedFile("rutin.docx", docx())).extension == "docx"


def test_an_oversized_file_is_refused_with_the_limit_in_the_message(settings, client_as):
    settings.KNOWLEDGE_MAX_ATTACHMENT_BYTES = 1000
    page = make_page()
    response = client_as("central").post(
        reverse("attachment_add", args=[page.pk]), {"file": SimpleUploadedFile("stor.pdf", PDF + b"x" * 2000)}
    )
    assert response.status_code == 200 and "för stor" in response.content.decode()
    assert not page.attachments.exists()


def test_directory_tricks_in_the_name_are_harmless(demo):
    assert display_name("../../etc/passwd.pdf", "pdf") == "passwd.pdf"
    assert display_name("..\\..\\windows\\system.pdf", "pdf") == "system.pdf"
    assert display_name("a\x00b.pdf", "pdf") == "ab.pdf"
    attachment = make_attachment(make_page(), name="../../etc/passwd.pdf")
    assert attachment.file.name.startswith("knowledge/attachments/") and ".." not in attachment.file.name


def test_an_attachment_of_a_draft_is_not_found_by_readers(client_as):
    page = make_page(by="samordnare.bromma", administration="Bromma", status="draft")
    attachment = make_attachment(page)
    assert (
        client_as("medarbetare").get(reverse("attachment_download", args=[attachment.pk])).status_code == 404
    )
