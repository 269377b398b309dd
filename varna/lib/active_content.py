"""Active content in uploaded documents (issue 22): what runs, fetches or hides something when an
officer opens the file in Word, LibreOffice or a PDF reader, found by simple scans of the bytes.

A document with such content is refused with the reason in Swedish, never repaired: the sender
can save a clean copy. What is refused:

- PDF: JavaScript, actions run on opening or on events (/OpenAction other than "go to a page",
  /AA, /Launch, /SubmitForm, /ImportData), attached files, multimedia, XFA forms, and HTML that
  makes the file a PDF-and-web-page polyglot. Names are read with their #xx escapes resolved and
  compressed object streams inflated (within a bound), so hiding a name does not help; a PDF whose
  objects cannot be read (encrypted, other filters) cannot be checked and is refused.
- OOXML (DOCX, also XLSX and PPTX): macro projects under any name (the content types or the
  relationships say vbaProject or macroEnabled, or an entry is an OLE compound file), external
  relationships other than hyperlinks (an attached template, a linked picture or frame), DDE fields.
- ODF: Basic macros and scripts (Basic/ and Scripts/ entries, script event listeners, macro links).

No XML is parsed (no entity expansion); every read from the zip is bounded.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import IO

from django.utils.translation import gettext as _

MAX_INFLATED = 50 * 1024 * 1024  # what is inflated to look into a document, in all
MAX_ENTRY = 20 * 1024 * 1024  # one XML part read from a zip
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PDF_ACTIVE = {"JavaScript", "JS", "AA", "Launch", "SubmitForm", "ImportData", "XFA"}
PDF_EMBEDDED = {"EmbeddedFile", "EmbeddedFiles", "RichMedia", "FileAttachment", "Sound", "Movie"}
HTML_TAGS = re.compile(
    rb"<(?:!doctype|html|head|body|script|iframe|svg|meta|object|embed|img|form|style|a\s)", re.IGNORECASE
)
_NAME = re.compile(rb"/([^\s()<>\[\]{}/%]+)")
_STREAM = re.compile(rb"stream\r?\n")
_STRING_TOKEN = re.compile(rb"\\.|[()]", re.DOTALL)
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_OPEN_ACTION = re.compile(rb"/OpenAction\s*(\S)")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^<>]{0,4000}>")
_ATTRIBUTE = re.compile(rb"([\w:]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


class _Unreadable(ValueError):
    pass


def macros() -> str:
    return _("Filen innehåller makron och tas inte emot. Spara den som ett vanligt dokument utan makron.")


def active_content(stream: IO[bytes], kind: str) -> str | None:
    """Why the document (of detected `kind`: pdf, docx or odt) is refused, or None when it holds
    no active content. The stream is left at its start."""
    stream.seek(0)
    try:
        if kind == "pdf":
            return _pdf(stream.read())
        with zipfile.ZipFile(stream) as archive:
            return _odf(archive) if kind == "odt" else _ooxml(archive)
    except Exception:  # noqa: BLE001 - a damaged file fails in zipfile, zlib or struct alike: refused
        return _(
            "Filen går inte att granska (den är skadad, krypterad eller för stor uppackad) och tas inte emot."
        )
    finally:
        stream.seek(0)


# --- PDF ----------------------------------------------------------------------------------------


def _unescape(data: bytes) -> bytes:
    """PDF names may spell a letter as #xx: /J#61vaScript is /JavaScript."""
    return _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def _without_strings(data: bytes) -> bytes:
    """The bytes outside PDF literal strings, which nest in balanced parentheses: a link
    (https://example.org/JS/) names nothing."""
    kept, depth, last = [], 0, 0
    for match in _STRING_TOKEN.finditer(data):
        token = match.group()
        if token == b"(":
            if depth == 0:
                kept.append(data[last : match.start()])
            depth += 1
        elif token == b")" and depth:
            depth -= 1
            if depth == 0:
                last = match.end()
    if depth == 0:
        kept.append(data[last:])
    return b" ".join(kept)


def _names(data: bytes) -> set[str]:
    return {_unescape(name).decode("latin-1") for name in _NAME.findall(data)}


def _pdf_objects(data: bytes) -> list[bytes]:
    """The PDF's objects without the contents of their streams (where any byte sequence may turn
    up by chance), and the inflated object streams (where objects can hide)."""
    parts, last, budget = [], 0, MAX_INFLATED
    while match := _STREAM.search(data, last):
        # Found by position, not by one pattern: a file of many "stream" without "endstream"
        # is read once, not once per "stream".
        end = data.find(b"endstream", match.end())
        end = len(data) if end < 0 else end
        before = data[last : match.start()]
        parts.append(before)
        last = end + len(b"endstream")
        header = before[before.rfind(b"obj") :]
        names = _names(header)
        if "ObjStm" not in names:
            continue
        body = data[match.end() : end]
        filters = {name for name in names if name.endswith("Decode")}
        if filters == {"FlateDecode"}:
            inflater = zlib.decompressobj()
            body = inflater.decompress(body, budget)
            if inflater.unconsumed_tail:
                raise _Unreadable
        elif filters:
            raise _Unreadable  # another filter, or an encrypted stream: nothing can be said of it
        budget -= len(body)
        parts.append(body)
    parts.append(data[last:])  # empty when the last stream ran to the end
    return parts


def _pdf(data: bytes) -> str | None:
    if HTML_TAGS.search(data[:1024]):
        return _("Filen innehåller HTML och är ingen ren PDF-fil. Den tas inte emot.")
    objects = _pdf_objects(data)
    syntax = [_without_strings(part) for part in objects]
    names = set().union(*(_names(part) for part in syntax))
    if any(b"<script" in part.lower() for part in objects):
        return _("Filen innehåller HTML och är ingen ren PDF-fil. Den tas inte emot.")
    opens_with_action = any(
        match.group(1) != b"[" for part in syntax for match in _OPEN_ACTION.finditer(_unescape(part))
    )
    if names & PDF_ACTIVE or opens_with_action:
        return _(
            "PDF-filen innehåller JavaScript eller åtgärder som körs när den öppnas och tas inte emot. "
            "Skriv ut den som en ny PDF och ladda upp den igen."
        )
    if names & PDF_EMBEDDED:
        return _(
            "PDF-filen innehåller bifogade filer eller multimedia och tas inte emot. "
            "Skriv ut den som en ny PDF och ladda upp den igen."
        )
    return None


# --- OOXML and ODF ------------------------------------------------------------------------------


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int = MAX_ENTRY) -> bytes:
    with archive.open(info) as entry:
        data = entry.read(limit + 1)
    if len(data) > limit:
        raise _Unreadable
    return data


def _entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if sum(info.file_size for info in entries) > MAX_INFLATED:
        raise _Unreadable
    return entries


def _ooxml(archive: zipfile.ZipFile) -> str | None:
    for info in _entries(archive):
        name = info.filename.lower()
        if "vbaproject" in name or "vbadata" in name:
            return macros()
        if name.endswith(".bin") or "/embeddings/" in name:
            with archive.open(info) as entry:
                if entry.read(len(OLE_MAGIC)) == OLE_MAGIC:  # a macro project or an OLE object
                    return _(
                        "Filen innehåller inbäddade program- eller OLE-objekt och tas inte emot. "
                        "Spara den som ett vanligt dokument utan inbäddade objekt."
                    )
        if not name.endswith((".xml", ".rels")):
            continue
        data = _read(archive, info)
        lowered = data.lower()
        if name == "[content_types].xml" and (b"vbaproject" in lowered or b"macroenabled" in lowered):
            return macros()
        if name.endswith(".rels") and (reason := _relationships(data)):
            return reason
        if name.endswith("document.xml") and re.search(rb"<w:instrtext[^<>]{0,200}>\s{0,200}dde", lowered):
            return _("Filen innehåller fält som startar andra program (DDE) och tas inte emot.")
    return None


def _relationships(data: bytes) -> str | None:
    for element in _RELATIONSHIP.findall(data):
        attributes = {
            key.split(b":")[-1].lower(): (double or single)
            for key, double, single in _ATTRIBUTE.findall(element)
        }
        kind = attributes.get(b"type", b"").lower()
        if b"vbaproject" in kind or b"keymapcustomizations" in kind:
            return macros()
        external = attributes.get(b"targetmode", b"").lower() == b"external"
        if b"attachedtemplate" in kind or (external and not kind.endswith(b"/hyperlink")):
            return _(
                "Filen hämtar innehåll utifrån (en extern mall eller en länkad fil) och tas inte emot. "
                "Spara den som ett fristående dokument och ladda upp den igen."
            )
    return None


ODF_SCRIPTS = (b"script:event-listener", b"vnd.sun.star.script:", b"macro://", b"<office:script ")


def _odf(archive: zipfile.ZipFile) -> str | None:
    for info in _entries(archive):
        name = info.filename.lower()
        if name.startswith(("basic/", "scripts/")) or "/basic/" in name or "/scripts/" in name:
            return macros()
        if name.endswith(".xml"):
            lowered = _read(archive, info).lower()
            if any(marker in lowered for marker in ODF_SCRIPTS):
                return macros()
    return None
