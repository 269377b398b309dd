"""Uploaded statutes, plans and reports: the type is told by the content, the size is limited,
the stored path is generated, and the file is served only through a permission-checked view."""

import io
import zipfile

import pytest
from django.urls import reverse

from tests.associations.factories import PDF_BYTES, docx_bytes, make_association, odt_bytes, officer, upload
from varna.associations import services
from varna.associations.models import AssociationDocument
from varna.associations.uploads import UploadRefused, display_name

pytestmark = pytest.mark.django_db


def store(name: str, content: bytes) -> AssociationDocument:
    return services.upload_document(
        association=make_association(), kind="statutes", upload=upload(name, content), actor=officer()
    )


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("stadgar.pdf", PDF_BYTES, "application/pdf"),
        (
            "stadgar.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("stadgar.odt", odt_bytes(), "application/vnd.oasis.opendocument.text"),
        ("stadgar", PDF_BYTES, "application/pdf"),  # no extension: the content decides
    ],
)
def test_pdf_docx_and_odt_are_accepted_by_their_content(demo, name, content, content_type):
    document = store(name, content)
    assert document.content_type == content_type
    assert document.size == len(content)
    assert document.file.read() == content


def test_a_pdf_renamed_docx_is_refused(demo):
    with pytest.raises(UploadRefused, match="innehållet är PDF"):
        store("stadgar.docx", PDF_BYTES)


def test_an_executable_renamed_pdf_is_refused(demo):
    with pytest.raises(UploadRefused, match="inte en PDF"):
        store("stadgar.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200)


def test_a_zip_that_is_no_document_is_refused(demo):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/evil.xml", "<x/>")
    with pytest.raises(UploadRefused):
        store("stadgar.docx", buffer.getvalue())


def test_an_oversized_file_is_refused(demo, settings):
    settings.ASSOCIATIONS_MAX_UPLOAD_MB = 1
    with pytest.raises(UploadRefused, match="för stor"):
        store("stadgar.pdf", PDF_BYTES + b"0" * (1024 * 1024))
    assert AssociationDocument.objects.count() == 0


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/passwd.pdf",
        "..\\..\\windows\\system.pdf",
        "/var/lib/x.pdf",
        'a";.pdf',
        "\x00\n.pdf",
        "...pdf",
    ],
)
def test_path_tricks_in_the_name_are_harmless(demo, settings, name):
    document = store(name, PDF_BYTES)
    assert document.file.name.startswith("associations/")
    assert ".." not in document.file.name and name not in document.file.name
    assert document.file.path.startswith(str(settings.MEDIA_ROOT))
    assert "/" not in document.original_name and "\\" not in document.original_name
    assert '"' not in document.original_name and "\x00" not in document.original_name
    assert document.original_name.endswith(".pdf")


def test_the_display_name_keeps_swedish_letters_and_takes_the_detected_extension():
    assert display_name("Årsmöte stadgar 2024.PDF", "pdf") == "Årsmöte stadgar 2024.pdf"
    assert display_name("", "odt") == "dokument.odt"


def test_a_document_is_downloaded_as_an_attachment_with_nosniff_by_those_who_read(demo, client_as):
    document = store("stadgar.pdf", PDF_BYTES)
    url = reverse("association_document", args=[document.association_id, document.pk])
    response = client_as("samordnare.soc").get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="stadgar.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client_as("samordnare.bromma").get(url).status_code == 404
    assert client_as("namnd").get(url).status_code == 403


def test_the_upload_page_refuses_a_renamed_file_with_a_message(demo, client_as):
    association = make_association()
    response = client_as("handlaggare").post(
        reverse("association_document_upload", args=[association.pk]),
        {"kind": "statutes", "file": upload("stadgar.pdf", b"MZ" + b"\x00" * 100)},
    )
    assert response.status_code == 200
    assert "inte en PDF" in response.content.decode()
    assert not AssociationDocument.objects.exists()
