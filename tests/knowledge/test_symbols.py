"""The catalogue of symbols: pictures made safe, text alternatives required, linked from reports."""

from __future__ import annotations

import io
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.knowledge.factories import make_symbol, png
from varna.knowledge.models import Symbol
from varna.reports.models import ReferenceItem, Report


def symbol_form(**values):
    environment = ReferenceItem.objects.get(kind="environment", code="right_wing")
    return {"name": "Keltiskt kors", "environment": environment.pk, "meaning": "En symbol i vit makt-miljön.",
            "seen_on": ["sticker", "tattoo"], "prevalence": "rare", "what_to_do": "Rapportera.",
            "image_alt": "", "administration": "stad", "status": "published", **values}  # fmt: skip


def test_an_uploaded_picture_is_scaled_down_and_stored_as_png_without_metadata(client_as):
    exif = Image.Exif()
    exif[0x010F] = "Kameratillverkare"  # Make
    photo = png(size=(2000, 1000), exif=exif.tobytes())
    upload = SimpleUploadedFile("IMG_0001.jpg", photo)
    response = client_as("central").post(
        reverse("symbol_create"), symbol_form(image=upload, image_alt="Ett kors i en cirkel.")
    )
    assert response.status_code == 302
    symbol = Symbol.objects.get(name="Keltiskt kors")
    stored = Image.open(io.BytesIO(symbol.image.read()))
    assert stored.format == "PNG" and max(stored.size) == 800
    assert not stored.getexif()
    served = client_as("medarbetare").get(reverse("symbol_image", args=[symbol.pk]))
    assert served["Content-Type"] == "image/png"


def test_a_picture_needs_a_text_alternative(client_as):
    upload = SimpleUploadedFile("bild.png", png())
    response = client_as("central").post(reverse("symbol_create"), symbol_form(image=upload))
    assert response.status_code == 200 and "Beskriv vad bilden visar" in response.content.decode()
    assert not Symbol.objects.filter(name="Keltiskt kors").exists()


def test_a_file_that_is_not_a_picture_is_refused(client_as):
    upload = SimpleUploadedFile("bild.png", b"<svg onload=alert(1)>")
    response = client_as("central").post(reverse("symbol_create"), symbol_form(image=upload, image_alt="x"))
    assert response.status_code == 200 and "går inte att läsa som en bild" in response.content.decode()


def test_the_catalogue_is_filtered_by_environment_and_where_it_is_seen(client_as):
    make_symbol(name="Tyrrunan", seen_on=["sticker"])
    islamist = ReferenceItem.objects.get(kind="environment", code="islamist")
    make_symbol(name="Svart flagga", environment=islamist, seen_on=["flag"])
    client = client_as("medarbetare")
    html = client.get(reverse("symbol_list"), {"environment": islamist.pk}).content.decode()
    assert "Svart flagga" in html and "Tyrrunan" not in html
    html = client.get(reverse("symbol_list"), {"seen_on": "sticker"}).content.decode()
    assert "Tyrrunan" in html and "Svart flagga" not in html


def test_an_employee_reports_a_symbol_from_the_catalogue(client_as, bromma):
    symbol = make_symbol(name="Tyrrunan")
    client = client_as("medarbetare")
    form = client.get(reverse("report_create"), {"symbol": symbol.pk}).content.decode()
    assert re.search(rf'name="symbols" value="{symbol.pk}"[^>]*checked', form)
    graffiti = ReferenceItem.objects.get(kind="event_type", code="graffiti")
    response = client.post(
        reverse("report_create"),
        {"administration": bromma.pk, "event_month": "2025-01", "event_types": [graffiti.pk],
         "age_group": "unknown", "symbols": [symbol.pk], "description": "Klistermärke på en lyktstolpe."},
    )  # fmt: skip
    assert response.status_code == 302
    assert list(Report.objects.get(description="Klistermärke på en lyktstolpe.").symbols.all()) == [symbol]


def test_a_draft_symbol_cannot_be_reported(client_as, bromma):
    draft = make_symbol(name="Utkastsymbol", status="draft")
    form = client_as("medarbetare").get(reverse("report_create")).content.decode()
    assert "Utkastsymbol" not in form and draft.pk


def bomb(size: tuple[int, int] = (9400, 9400), mode: str = "1") -> bytes:
    """A real PNG of `size` pixels: blank, so it compresses to a few kilobytes."""
    out = io.BytesIO()
    Image.new(mode, size).save(out, format="PNG", optimize=True)
    return out.getvalue()


def test_a_pixel_bomb_is_refused_from_its_header_before_it_is_decoded(client_as):
    content = bomb()
    assert len(content) < 400_000  # small on the wire, 88 megapixels once decoded
    upload = SimpleUploadedFile("bild.png", content)
    response = client_as("central").post(reverse("symbol_create"), symbol_form(image=upload, image_alt="x"))
    assert response.status_code == 200
    assert "Bilden är för stor: högst 40 megapixlar" in response.content.decode()
    assert not Symbol.objects.filter(name="Keltiskt kors").exists()


def test_a_picture_just_over_the_pixel_limit_is_refused_and_one_under_it_accepted():
    from varna.knowledge.files import check_image

    with pytest.raises(ValidationError, match="för stor"):
        check_image(SimpleUploadedFile("bild.png", bomb((6400, 6400), "P")))  # 41 megapixels
    stored = Image.open(io.BytesIO(check_image(SimpleUploadedFile("bild.png", bomb((6000, 6000), "P")))))
    assert max(stored.size) == 800


def test_a_header_claiming_a_huge_picture_without_its_pixels_is_refused():
    # Only the IHDR of 9400 × 9400 and an empty IDAT: nothing to decode, still refused by size.
    from varna.knowledge.files import check_image

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 9400, 9400, 8, 2, 0, 0, 0)
    content = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")
    with pytest.raises(ValidationError, match="för stor"):
        check_image(SimpleUploadedFile("bild.png", content))
