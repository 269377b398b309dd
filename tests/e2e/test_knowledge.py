"""A new employee who saw an unfamiliar sticker finds it in the catalogue and reports it; a
coordinator writes a guidance page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from varna.knowledge.demo import load_demo_knowledge


@pytest.fixture
def catalogue(demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo_knowledge()


def test_an_employee_finds_a_sticker_in_the_catalogue_and_reports_it(
    page: Page, sign_in, check_a11y, catalogue
):
    sign_in(page, "medarbetare")
    page.get_by_role("link", name="Kunskapsbank").click()
    check_a11y(page)
    page.get_by_role("searchbox", name="Sök i kunskapsbanken").fill("88")
    page.get_by_role("button", name="Sök", exact=True).click()
    check_a11y(page)
    page.get_by_role("link", name="88", exact=True).click()
    expect(page.get_by_role("img", name="Siffrorna 88 i svart på vit botten.")).to_be_visible()
    check_a11y(page)

    page.get_by_role("link", name="Symboler och kännetecken").click()
    page.get_by_label("Miljö").select_option(label="Våldsbejakande vänsterextremism (autonoma miljön)")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("status")).to_have_text("1 symbol")
    check_a11y(page)
    page.get_by_role("link", name=re.compile("A i cirkel")).click()
    page.get_by_role("link", name="Rapportera att du sett den").click()
    expect(page.get_by_role("checkbox", name=re.compile("A i cirkel"))).to_be_checked()
    check_a11y(page)


def test_a_coordinator_writes_a_guidance_page_that_employees_read(page: Page, sign_in, check_a11y, catalogue):
    sign_in(page, "samordnare.bromma")
    page.goto("/kunskap/")
    page.get_by_role("link", name="Ny sida").click()
    check_a11y(page)
    page.get_by_label("Rubrik").fill("Klotter i Bromma")
    page.get_by_label("Text", exact=True).fill(
        "## Gör så här\n\n- Fotografera klottret, inte personer\n- Rapportera i Värna"
    )
    page.get_by_label("Publicerad").check()
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Klotter i Bromma")
    expect(page.get_by_role("heading", name="Gör så här")).to_be_visible()
    check_a11y(page)
