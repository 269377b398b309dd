"""Documents with active content are refused, and say why in Swedish (issue 22): PDF with
JavaScript, actions on opening, attached files or HTML; DOCX with macros under any name, external
templates or links, DDE; ODT with Basic macros or scripts. Clean files of each kind still pass."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.associations.factories import PDF_BYTES, docx_bytes, make_association, odt_bytes, officer, upload
from varna.associations import services
from varna.associations.models import AssociationDocument
from varna.associations.uploads import UploadRefused
from varna.knowledge.files import check_attachment
from varna.lib.active_content import active_content
from varna.lib.uploads import detect_type

CATALOG = b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
PAGES = b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
TRAILER = b"trailer << /Root 1 0 R >>\n%%EOF\n"


def pdf(*objects: bytes, catalog: bytes = CATALOG) -> bytes:
    return b"%PDF-1.7\n" + catalog + PAGES + b"".join(objects) + TRAILER


def object_stream(content: bytes, filters: bytes = b"/FlateDecode") -> bytes:
    body = zlib.compress(content) if filters == b"/FlateDecode" else content
    header = b"/Type /ObjStm /N 1 /First 4 /Filter " + filters + b" /Length %d" % len(body)
    return b"7 0 obj << " + header + b" >>\nstream\n" + body + b"\nendstream\nendobj\n"


def rezip(
    base: bytes, replace: dict[str, str | bytes] | None = None, add: dict[str, str | bytes] | None = None
):
    """A copy of the zip `base` with entries replaced and added, the first entry kept first."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = replace.get(info.filename, source.read(info))
            target.writestr(info, data)
        for name, data in add.items():
            target.writestr(name, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_with(**changes) -> bytes:
    return rezip(docx_bytes(), **changes)


def content_types(extra: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as archive:
        text = archive.read("[Content_Types].xml").decode()
    return text.replace("</Types>", extra + "</Types>")


def relationships(*elements: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(elements)
        + "</Relationships>"
    )


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
SETTINGS_RELS = "word/_rels/settings.xml.rels"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HOSTILE = {
    "pdf-javascript-on-open": (
        pdf(
            catalog=b"1 0 obj << /Type /Catalog /Pages 2 0 R "
            b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n"
        ),
        "JavaScript",
    ),
    "pdf-escaped-javascript-name": (
        pdf(
            b"3 0 obj << /S /J#61vaScript /J#53 (this.exportDataObject()) >> endobj\n",
            catalog=b"1 0 obj << /Type /Catalog /Pages 2 0 R /Open#41ction 3 0 R >> endobj\n",
        ),
        "JavaScript",
    ),
    "pdf-javascript-in-object-stream": (
        pdf(object_stream(b"3 0 << /S /JavaScript /JS (app.launchURL('https://x.example')) >>")),
        "JavaScript",
    ),
    "pdf-launch": (
        pdf(b"3 0 obj << /Type /Annot /A << /S /Launch /F (cmd.exe) >> >> endobj\n"),
        "JavaScript",
    ),
    "pdf-additional-actions": (pdf(b"3 0 obj << /Type /Page /AA << /O 4 0 R >> >> endobj\n"), "JavaScript"),
    "pdf-xfa": (pdf(b"3 0 obj << /Fields [] /XFA 4 0 R >> endobj\n"), "JavaScript"),
    "pdf-embedded-file": (
        pdf(b"3 0 obj << /Type /EmbeddedFile /Length 3 >>\nstream\nMZ!\nendstream\nendobj\n"),
        "bifogade filer",
    ),
    "pdf-rich-media": (pdf(b"3 0 obj << /Type /Annot /Subtype /RichMedia >> endobj\n"), "bifogade filer"),
    "pdf-html-polyglot": (
        b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n" + PDF_BYTES[9:],
        "HTML",
    ),
    "pdf-script-tag-further-in": (pdf(b"% " + b"x" * 2000 + b"\n3 0 obj (<SCRIPT src=x>) endobj\n"), "HTML"),
    "pdf-object-stream-that-cannot-be-read": (
        pdf(object_stream(b"3 0 << /S /JavaScript >>", filters=b"[/ASCIIHexDecode /FlateDecode]")),
        "granska",
    ),
    "docx-macro-project-under-another-name": (
        docx_with(
            replace={
                "[Content_Types].xml": content_types(
                    '<Override PartName="/word/bilder.bin" '
                    'ContentType="application/vnd.ms-office.vbaProject"/>'
                )
            },
            add={"word/bilder.bin": OLE},
        ),
        "makron",
    ),
    "docx-ole-file-without-a-content-type": (docx_with(add={"word/media/bild.bin": OLE}), "OLE"),
    "docx-macro-enabled-content-type": (
        docx_with(
            replace={
                "[Content_Types].xml": content_types("").replace(
                    "wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml"
                )
            }
        ),
        "makron",
    ),
    "docx-external-template": (
        docx_with(
            add={
                SETTINGS_RELS: relationships(
                    f'<Relationship Id="rId1" Type="{REL}/attachedTemplate" '
                    'Target="https://mallar.example/mall.dotm" TargetMode="External"/>'
                )
            }
        ),
        "utifrån",
    ),
    "docx-external-picture": (
        docx_with(
            add={
                "word/_rels/header1.xml.rels": relationships(
                    f"<Relationship Id='rId9' TargetMode='External' Type='{REL}/image' "
                    "Target='file://server/share/bild.png'/>"
                )
            }
        ),
        "utifrån",
    ),
    "docx-dde-field": (
        docx_with(
            replace={
                "word/document.xml": '<w:document xmlns:w="x"><w:body><w:p><w:r>'
                '<w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
                '"/k calc.exe"</w:instrText></w:r></w:p></w:body></w:document>'
            }
        ),
        "DDE",
    ),
    "odt-basic-macro": (
        rezip(odt_bytes(), add={"Basic/Standard/Module1.xml": "<script:module>Sub Main</script:module>"}),
        "makron",
    ),
    "odt-script-event": (
        rezip(
            odt_bytes(),
            replace={
                "content.xml": "<office:document-content><office:scripts/><office:event-listeners>"
                '<script:event-listener script:language="ooo:script" script:event-name="dom:load" '
                'xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"/>'
                "</office:event-listeners></office:document-content>"
            },
        ),
        "makron",
    ),
    "odt-python-script": (rezip(odt_bytes(), add={"Scripts/python/start.py": "import os"}), "makron"),
}


def clean_pdf() -> bytes:
    from weasyprint import HTML  # a real PDF, with compressed object streams and a link

    html = '<h1>Stadgar</h1><p>Se <a href="https://forening.example/JS/JavaScript/">vår webbplats</a>.</p>'
    return HTML(string=html).write_pdf()


CLEAN = {
    "pdf-minimal": lambda: PDF_BYTES,
    "pdf-weasyprint": clean_pdf,
    "pdf-open-at-a-page": lambda: pdf(
        catalog=b"1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >> endobj\n"
    ),
    "docx-python-docx": docx_bytes,
    "docx-with-a-hyperlink": lambda: docx_with(
        replace={
            "word/_rels/document.xml.rels": relationships(
                f'<Relationship Id="rId5" Type="{REL}/hyperlink" '
                'Target="https://forening.example/" TargetMode="External"/>'
            )
        }
    ),
    "odt-minimal": odt_bytes,
    "odt-with-empty-scripts": lambda: rezip(
        odt_bytes(),
        replace={"content.xml": "<office:document-content><office:scripts/></office:document-content>"},
    ),
}


@pytest.mark.parametrize(("content", "reason"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_document_with_active_content_is_refused_with_the_reason_in_swedish(content, reason):
    kind = detect_type(io.BytesIO(content))
    assert kind is not None  # it passes as a document by its type: the content check refuses it
    refused = active_content(io.BytesIO(content), kind)
    assert refused is not None and reason in refused
    assert refused.endswith(".")


@pytest.mark.parametrize("make", CLEAN.values(), ids=CLEAN.keys())
def test_a_clean_document_of_each_kind_is_accepted(make):
    content = make()
    kind = detect_type(io.BytesIO(content))
    assert kind is not None
    assert active_content(io.BytesIO(content), kind) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "case"),
    [
        ("stadgar.pdf", "pdf-javascript-on-open"),
        ("stadgar.docx", "docx-external-template"),
        ("stadgar.odt", "odt-basic-macro"),
    ],
)
def test_an_association_document_with_active_content_is_refused_and_nothing_is_stored(demo, name, case):
    content, reason = HOSTILE[case]
    association = make_association()
    with pytest.raises(UploadRefused, match=reason):
        services.upload_document(
            association=association, kind="statutes", upload=upload(name, content), actor=officer()
        )
    assert not AssociationDocument.objects.exists()
    clean = {"pdf": clean_pdf, "docx": docx_bytes, "odt": odt_bytes}[name.rsplit(".", 1)[1]]()
    document = services.upload_document(
        association=association, kind="statutes", upload=upload(name, clean), actor=officer()
    )
    assert document.pk


@pytest.mark.parametrize("case", ["pdf-html-polyglot", "docx-macro-project-under-another-name"])
def test_a_knowledge_attachment_with_active_content_is_refused(case):
    content, reason = HOSTILE[case]
    with pytest.raises(ValidationError, match=reason):
        check_attachment(SimpleUploadedFile("bilaga." + case[:4].strip("-"), content))
