"""The catalogue of symbols: pictures made safe, text alternatives required, linked from reports."""

from __future__ import annotations

import io
import re

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
