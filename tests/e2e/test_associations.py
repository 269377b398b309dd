"""The grants officer registers an association, uploads its statutes, screens its application
against the checklist, grants it with an override and downloads the decision letter."""

from __future__ import annotations

import io

import docx
from playwright.sync_api import Page, expect

from tests.associations.factories import PDF_BYTES
from varna.associations.models import AssociationDocument, GrantApplication


def test_an_officer_screens_and_grants_an_application_with_override(
    page: Page, sign_in, check_a11y, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    sign_in(page, "handlaggare")
    page.get_by_role("link", name="Föreningar", exact=True).click()
    check_a11y(page)
    page.get_by_role("link", name="Registrera förening i Socialförvaltningen").click()
    check_a11y(page)
    page.get_by_label("Föreningens namn").fill("Föreningen Öppna dörrar")
    page.get_by_label("Organisationsnummer").fill("8024001235")
    page.get_by_label("Kontaktperson (roll)").fill("Ordförande")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Föreningen Öppna dörrar")
    expect(page.get_by_text("802400-1235")).to_be_visible()
    check_a11y(page)

    page.get_by_role("link", name="Ladda upp handling").click()
    check_a11y(page)
    page.get_by_label("Handling").select_option(label="Stadgar")
    page.get_by_label("Fil").set_input_files(
        {"name": "Stadgar 2025.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
    )
    page.get_by_role("button", name="Ladda upp").click()
    expect(page.get_by_role("link", name="Ladda ned Stadgar 2025.pdf")).to_be_visible()
    assert AssociationDocument.objects.get().original_name == "Stadgar 2025.pdf"

    page.get_by_role("link", name="Ny bidragsansökan").click()
    check_a11y(page)
    page.get_by_label("Bidragsår").fill("2026")
    page.get_by_label("Sökt belopp (kr)").fill("90000")
    page.get_by_role("button", name="Spara").click()
    page.get_by_role("button", name="Påbörja granskning").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Granska ansökan")
    check_a11y(page)
    groups = page.get_by_role("radiogroup")
    for index in range(groups.count() - 1):  # the tax-agency item stays "not checked"
        groups.nth(index).get_by_role("radio", name="Uppfyllt", exact=True).check()
    page.get_by_role("button", name="Spara granskningen").click()
    expect(page.get_by_text("1 kontrollpunkt är inte uppfylld eller inte kontrollerad.")).to_be_visible()
    check_a11y(page)

    page.get_by_role("link", name="Fatta beslut").click()
    check_a11y(page)
    page.get_by_role("radio", name="Bevilja", exact=True).check()
    page.get_by_label("Beviljat belopp (kr)").fill("80000")
    page.get_by_label("Motivering", exact=True).fill("Föreningen uppfyller riktlinjerna för bidrag.")
    page.get_by_role("button", name="Registrera beslutet").click()
    expect(page.locator(".error-summary")).to_contain_text("Ange skälet att ändå bevilja bidraget")
    check_a11y(page)
    page.get_by_label("Skäl att bevilja trots brister i granskningen").fill(
        "Uppgifterna från Skatteverket kompletteras."
    )
    page.get_by_role("button", name="Registrera beslutet").click()
    expect(page.get_by_role("status").first).to_contain_text("Beslutet är registrerat och gäller")
    check_a11y(page)
    assert GrantApplication.objects.get().status == "granted"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ladda ned beslutsbrevet (Word)").click()
    path = tmp_path / "beslut.docx"
    download_info.value.save_as(path)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)
    assert "Föreningen Öppna dörrar beviljas bidrag med 80\xa0000 kr för 2026." in text
    assert "Uppgifterna från Skatteverket kompletteras." in text
