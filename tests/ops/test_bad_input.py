"""Bad input at the door: oversized bodies, wrong content types, malformed JSON, malformed
spreadsheets and documents, path tricks in upload names. Refused with a clear Swedish message,
never a server error; the upload forms and API operations are found by walking the app."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tests.ops.test_form_fuzzing import client_for, forms_in_the_app
from tests.ops.urls import UNSAFE, operations
from tests.reports.import_files import GOOD_EVENTS, xlsx_bytes
from tests.test_permission_matrix import objects  # noqa: F401  (the fixture)
from varna.organisation.models import User
from varna.organisation.services import create_api_token
from varna.reports.models import ImportBatch

UNREADABLE = "Innehållet kunde inte läsas"


def zip_bomb() -> bytes:
    """A small .xlsx-looking zip that unpacks to 200 MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(200):
                sheet.write(b"\0" * 2**20)
    return buffer.getvalue()


def truncated_xlsx() -> bytes:
    data = xlsx_bytes(GOOD_EVENTS)
    return data[: len(data) // 2]


MALFORMED_FILES = {
    "zip bomb": ("incidenter.xlsx", zip_bomb),
    "truncated workbook": ("incidenter.xlsx", truncated_xlsx),
    "windows-1252 csv": (
        "incidenter.csv",
        lambda: "Datum;Beskrivning\n2024-01-05;Klotter på skolgården\n".encode("cp1252"),
    ),
    "a million rows": ("incidenter.csv", lambda: b"Datum;Beskrivning\n" + b"2024-01-05;x\n" * 1_000_000),
    "a million tiny rows": ("incidenter.csv", lambda: b"Datum\n" + b"1\n" * 1_000_000),
    "a pdf that is not": ("stadgar.pdf", lambda: b"%PDF-1.7\n" + b"\x00\xff" * 500),
    "a docx that is not": ("stadgar.docx", lambda: b"PK\x03\x04" + b"\x00" * 200),
    "a path in the name": ("../../etc/passwd.csv", lambda: b"Datum;Beskrivning\n2024-01-05;x\n"),
    "a windows path": ("..\\..\\windows\\win.ini.xlsx", lambda: xlsx_bytes(GOOD_EVENTS)),
    "an executable": ("rapport.xlsx.exe", lambda: b"MZ\x90\x00" * 100),
}


def stored_names() -> list[str]:
    return list(ImportBatch.objects.values_list("file_name", flat=True))


def clean_name(name: str) -> bool:
    return not any(part in name for part in ("/", "\\", "..", "\x00")) and name.isprintable()


@pytest.mark.parametrize(
    "kind", [kind for kind, (name, _make) in MALFORMED_FILES.items() if "path" not in kind]
)
def test_a_malformed_import_is_refused_in_swedish_and_nothing_is_kept(kind, client_as, bromma):
    name, make = MALFORMED_FILES[kind]
    response = client_as("samordnare.bromma").post(
        reverse("import_upload", args=[bromma.pk]), {"kind": "ia", "file": SimpleUploadedFile(name, make())}
    )

    assert response.status_code == 200  # the form again, with what is wrong
    assert '<html lang="sv"' in response.text
    assert any(word in response.text for word in ("Filen", "Filnamnet", "Välj en fil", "rader"))
    assert stored_names() == []


@pytest.mark.parametrize(
    "name", ["../../etc/passwd.csv", "..\\..\\windows\\win.ini.csv", "a\x00.csv", "/etc/cron.d/x.csv"]
)
def test_a_path_or_nul_in_an_upload_name_is_never_kept(name, client_as, bromma):
    upload = SimpleUploadedFile(name, b"Datum;Beskrivning\n2024-01-05;Klotter\n")

    response = client_as("samordnare.bromma").post(
        reverse("import_upload", args=[bromma.pk]), {"kind": "ia", "file": upload}
    )

    # Django keeps only the last part of the name; the import refuses what is still odd.
    assert response.status_code in (200, 302)
    assert all(clean_name(stored) for stored in stored_names()), stored_names()


def test_every_upload_form_refuses_malformed_files_without_a_server_error(objects):  # noqa: F811
    uploads = [form for form in forms_in_the_app(objects) if "file" in form.fields.values()]
    assert uploads, "the walk found no upload form"
    failures = []
    for form in uploads:
        for kind, (name, make) in MALFORMED_FILES.items():
            data = {
                field: (
                    SimpleUploadedFile(name, make())
                    if field_kind == "file"
                    else (form.options.get(field) or [""])[0]
                )
                for field, field_kind in form.fields.items()
            }
            response = client_for(form.persona).post(form.action, data)
            if response.status_code >= 500 or b"Traceback" in response.content:
                failures.append(f"{form.action} ({kind}): {response.status_code}")
            elif response.status_code == 200 and '<html lang="sv"' not in response.text:
                failures.append(f"{form.action} ({kind}): not a Swedish page")
    assert failures == []


# --- The API ---------------------------------------------------------------------------------


@pytest.fixture
def token(demo) -> str:
    return create_api_token(user=User.objects.get(username="admin"), name="fel")[1]


def api_call(token: str, method: str, path: str, body, content_type: str = "application/json"):
    return getattr(Client(raise_request_exception=False), method)(
        path, body, content_type=content_type, headers={"Authorization": f"Bearer {token}"}
    )


def unsafe_operations():
    return [operation for operation in operations() if operation.method in UNSAFE]


BODIES = {
    "text/plain": ("text/plain", "administration=1"),
    "xml": ("application/xml", "<report><administration>1</administration></report>"),
    "a form": ("application/x-www-form-urlencoded", "administration=1&age_group=unknown"),
    "yaml": ("application/yaml", "administration: 1"),
}


def test_every_api_operation_refuses_what_is_not_json_in_swedish(token):
    failures = []
    for operation in unsafe_operations():
        for label, (content_type, body) in BODIES.items():
            response = api_call(token, operation.method, operation.path, body, content_type)
            if response.status_code != 415 or UNREADABLE not in response.json()["detail"]:
                failures.append(f"{operation.operation_id} ({label}): {response.status_code}")
    assert failures == []


MALFORMED_JSON = {
    "truncated": b'{"administration": 1, "age_gr',
    "not utf-8": b'{"description": "\xff\xfe Klotter"}',
    "nested ten thousand deep": b'{"description": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    "a NUL character": json.dumps({"description": "Klotter\x00", "text": "a\x00b"}).encode(),
    "a NUL in a key": json.dumps({"descr\x00iption": "Klotter"}).encode(),
    "a lone surrogate": b'{"description": "\\ud800", "text": "\\udfff"}',
    "a huge number": b'{"administration": 1' + b"0" * 5000 + b"}",
    "not an object": b"[1, 2, 3]",
    "empty object": b"{}",
}


def test_every_api_operation_answers_malformed_json_with_a_4xx_in_swedish(token):
    failures = []
    for operation in unsafe_operations():
        for label, body in MALFORMED_JSON.items():
            response = api_call(token, operation.method, operation.path, body)
            if (
                not 400 <= response.status_code < 500
                or response["Content-Type"] != "application/json; charset=utf-8"
            ):
                failures.append(f"{operation.operation_id} ({label}): {response.status_code}")
    assert failures == []


def test_an_oversized_api_body_is_refused_with_413_in_swedish(token, settings):
    body = json.dumps({"text": "Klotter. " * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 9 + 10)})

    response = api_call(token, "post", "/api/v1/text/check", body)

    assert response.status_code == 413
    assert response.json() == {"detail": "Begäran är för stor för att tas emot.", "code": "too_large"}


def test_a_nul_in_a_query_string_is_no_server_error_for_any_api_operation(token):
    failures = []
    for operation in operations():
        if operation.method != "get":
            continue
        response = api_call(token, "get", f"{operation.path}?q=a%00b&administration=%00&year=%00", None)
        if response.status_code >= 500:
            failures.append(f"{operation.operation_id}: {response.status_code}")
    assert failures == []


def test_a_nul_in_the_text_check_is_refused_not_stored(token):
    response = api_call(token, "post", "/api/v1/text/check", json.dumps({"text": "a\x00b"}))

    assert response.status_code == 400
    assert UNREADABLE in response.json()["detail"]


# --- Pages -----------------------------------------------------------------------------------


def test_an_oversized_form_is_refused_with_a_swedish_page(client_as, settings):
    big = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)

    response = client_as("medarbetare").post(reverse("report_create"), {"description": big})

    assert response.status_code == 400
    assert "Begäran kunde inte hanteras" in response.text
    assert '<html lang="sv"' in response.text


def test_a_form_with_too_many_fields_is_refused_with_a_swedish_page(client_as, settings):
    fields = {f"falt{i}": "1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}

    response = client_as("medarbetare").post(reverse("report_create"), fields)

    assert response.status_code == 400
    assert "Begäran kunde inte hanteras" in response.text


def test_a_nul_in_a_page_s_query_string_is_not_a_server_error(client_as, bromma):
    client = client_as("samordnare.bromma")
    for name, kwargs in (
        ("report_inbox", {"administration_id": bromma.pk}),
        ("my_reports", {}),
        ("audit_log", {}),
    ):
        response = client.get(reverse(name, kwargs=kwargs) + "?q=a%00b&status=%00&from=%00&area=%00")
        assert response.status_code < 500, name
