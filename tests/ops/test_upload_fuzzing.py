"""Every kind of upload, sent mutated files: each case ends in acceptance or a Swedish refusal,
within a time and a memory limit (issue 22: uploads are bounded in work, not only in bytes).

Valid and hostile seed files of each kind (GeoJSON; PNG, JPEG, GIF and WebP pictures; PDF, DOCX
and ODT documents; CSV and XLSX imports) are mutated at random (flipped and inserted bytes,
truncation, repeated slices, tokens that make parsers work: deep brackets, long numbers, huge
sizes) and given to the same checks the upload views call. The cases run in a forked child with
an address-space limit (RLIMIT_AS), so a case that would take the server's memory fails this test
instead of the machine; each case must also finish within CASE_SECONDS of CPU time.
UPLOAD_FUZZ_CASES cases per kind (default 60).
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import random
import re
import resource
import time
import traceback
from collections.abc import Callable

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.associations.factories import PDF_BYTES, docx_bytes, odt_bytes
from varna.associations.uploads import UploadRefused
from varna.associations.uploads import check_upload as check_association_document
from varna.knowledge.files import check_attachment, check_image
from varna.reports.imports.files import read_table as read_report_import
from varna.reports.imports.problems import ImportRefused
from varna.situation.geojson import GeoJSONError, parse_boundaries
from varna.training.files import read_table as read_training_import

CASES = int(os.environ.get("UPLOAD_FUZZ_CASES", "60"))
CASE_SECONDS = 2.0
MEMORY_BYTES = 768 * 1024 * 1024  # above what the child has mapped when it starts
SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|inte|eller|för|Filen|filen|Bilden|Rad|Objekt)\b")

Outcome = tuple[str, str]  # ("accepted" | "refused" | "crash", detail)


# --- the checks, as the views call them ---------------------------------------------------------


def geojson(data: bytes) -> Outcome:
    try:
        parse_boundaries(data, areas=[(1, "Alvik"), (2, "Ängby")], name_property="namn")
    except GeoJSONError as error:
        return "refused", " ".join(error.errors)
    return "accepted", ""


def picture(data: bytes) -> Outcome:
    try:
        check_image(SimpleUploadedFile("bild.png", data))
    except ValidationError as error:
        return "refused", " ".join(error.messages)
    return "accepted", ""


def document(data: bytes) -> Outcome:
    try:
        check_association_document(SimpleUploadedFile("dokument", data))
    except UploadRefused as error:
        refused = str(error)
    else:
        refused = ""
    try:
        check_attachment(SimpleUploadedFile("bilaga", data))
    except ValidationError as error:
        return "refused", " ".join(error.messages)
    # Both checks see the same content the same way.
    return ("crash", f"only associations refused: {refused}") if refused else ("accepted", "")


def table_import(name: str) -> Callable[[bytes], Outcome]:
    def check(data: bytes) -> Outcome:
        for read in (read_report_import, read_training_import):
            try:
                read(name, data)
            except ImportRefused as error:
                return "refused", " ".join(str(problem.message) for problem in error.problems)
        return "accepted", ""

    return check


# --- seeds --------------------------------------------------------------------------------------


def _geojson_seeds() -> list[bytes]:
    ring = [[17.9, 59.33], [17.91, 59.33], [17.91, 59.34], [17.9, 59.34], [17.9, 59.33]]
    feature = {
        "type": "Feature",
        "properties": {"namn": "Alvik"},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    multi = {**feature, "geometry": {"type": "MultiPolygon", "coordinates": [[ring], [ring]]}}
    return [
        b'"' + b'\\"' * 900_000,  # an unterminated string of escaped quotes: linear, or hours
        json.dumps({"type": "FeatureCollection", "features": [feature]}).encode(),
        json.dumps(
            {"type": "FeatureCollection", "features": [multi, {**feature, "properties": {"namn": "Ängby"}}]}
        ).encode(),
    ]


def _picture_seeds() -> list[bytes]:
    seeds = []
    for fmt, mode in (("PNG", "RGBA"), ("JPEG", "RGB"), ("GIF", "P"), ("WEBP", "RGB"), ("PNG", "1")):
        out = io.BytesIO()
        Image.new(mode, (40, 30), color=1 if mode in ("1", "P") else (200, 30, 30)).save(out, format=fmt)
        seeds.append(out.getvalue())
    from tests.knowledge.test_symbols import bomb

    return [*seeds, bomb((9400, 9400), "1")]  # 88 megapixels in 11 kB


def _document_seeds() -> list[bytes]:
    from tests.lib.test_active_content import HOSTILE, clean_pdf, rezip

    slow_for_a_careless_scanner = [
        b"%PDF-1.7\n" + b"stream\n" * 300_000,
        b"%PDF-1.7\n" + b"(" * 1_000_000,
        rezip(docx_bytes(), add={"word/_rels/x.xml.rels": "<Relationship " * 300_000}),
        rezip(docx_bytes(), add={"word/document2.xml": "<w:instrText" * 300_000}),
    ]
    return [
        PDF_BYTES,
        clean_pdf(),
        docx_bytes(),
        odt_bytes(),
        *[content for content, _reason in list(HOSTILE.values())[::3]],
        *slow_for_a_careless_scanner,
    ]


def _xlsx_seed() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Beskrivning", "Område"])
    sheet.append(["2024-03-01", "Klotter vid skolan", "Alvik"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CSV_SEEDS = [
    "\ufeffDatum;Beskrivning;Område\n2024-03-01;Klotter vid skolan;Alvik\n".encode(),
    b"Enhet,Antal anst\xc3\xa4llda\nSocialjouren,120\n",
]

TOKENS = [b"[" * 3000, b"{" * 3000, b"9" * 5000, b"-1e99999", b'"', b"\x00", b"\xff\xfe", b"<script>",
          b"/JavaScript", b"=HYPERLINK(\"x\")", b"\r\n" * 50, b"PK\x03\x04", b"\xd0\xcf\x11\xe0",
          # what makes a careless scanner quadratic: each would take minutes there
          b'\\"' * 100_000, b"stream\n" * 100_000, b"(" * 100_000, b"<Relationship " * 50_000]  # fmt: skip


def mutate(rng: random.Random, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _step in range(rng.randint(1, 4)):
        choice = rng.randrange(6)
        position = rng.randrange(len(data) + 1)
        if choice == 0 and data:  # flip bytes
            for _flip in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif choice == 1:  # truncate
            del data[position:]
        elif choice == 2 and data:  # repeat a slice
            start = rng.randrange(len(data))
            piece = data[start : start + rng.randint(1, 200)]
            data[position:position] = piece * rng.randint(2, 200)
        elif choice == 3:
            data[position:position] = rng.choice(TOKENS)
        elif choice == 4:  # numbers that claim huge sizes (widths, lengths, counts)
            data[position : position + 4] = rng.choice(
                [b"\xff\xff\xff\x7f", b"\x00\x00\x24\xb8", b"\x7f\xff"]
            )
        elif data:  # delete a slice
            del data[position : position + rng.randint(1, 100)]
    return bytes(data)


# --- the bounded run ----------------------------------------------------------------------------


def _mapped_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(check: Callable[[bytes], Outcome], cases: list[bytes], results) -> None:  # type: ignore[no-untyped-def]
    limit = _mapped_bytes() + MEMORY_BYTES
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    found = []
    for index, data in enumerate(cases):
        started = time.process_time()
        try:
            outcome = check(data)
        except MemoryError:
            outcome = ("crash", "MemoryError")
        except Exception as error:  # noqa: BLE001 - a crash is what this test looks for
            outcome = (
                "crash",
                f"{type(error).__name__}: {error}"[:300] + traceback.format_exc(limit=-3)[-600:],
            )
        found.append((index, *outcome, time.process_time() - started))
    results.send(found)
    results.close()


def run_bounded(check: Callable[[bytes], Outcome], cases: list[bytes]) -> list[tuple[int, str, str, float]]:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(check, cases, send))
    child.start()
    send.close()
    found = receive.recv() if receive.poll(55) else None
    child.join(5)
    if child.is_alive():
        child.kill()
    assert found is not None, (
        f"the child ended without an answer (exit code {child.exitcode}): out of memory or time"
    )
    return found


KINDS = {
    "geojson": (geojson, _geojson_seeds),
    "picture": (picture, _picture_seeds),
    "document": (document, _document_seeds),
    "csv-import": (table_import("rader.csv"), lambda: CSV_SEEDS),
    "xlsx-import": (table_import("rader.xlsx"), lambda: [_xlsx_seed()]),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_every_mutated_upload_is_accepted_or_refused_in_swedish_within_limits(demo, kind):
    check, seeds = KINDS[kind]
    originals = seeds()
    rng = random.Random(f"{kind}-22")
    cases = originals + [mutate(rng, rng.choice(originals)) for _case in range(CASES)]
    failures = []
    for index, outcome, detail, seconds in run_bounded(check, cases):
        if outcome == "crash":
            failures.append(f"case {index}: {detail}")
        elif outcome == "refused" and not SWEDISH.search(detail):
            failures.append(f"case {index}: refused without a Swedish reason: {detail!r}")
        if seconds > CASE_SECONDS:
            failures.append(f"case {index}: {seconds:.1f} s of CPU")
    assert failures == [], "\n".join(failures[:20])
