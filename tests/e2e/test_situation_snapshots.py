"""The coordinator writes the analysis, freezes the situation picture, finds it listed and
downloads it as Word; axe-clean on every page."""

from __future__ import annotations

import docx
from playwright.sync_api import Page, expect

from varna.organisation.models import Administration
from varna.reports.demo import load_demo_reports


def test_a_coordinator_writes_freezes_and_downloads_the_situation_picture(
    page: Page, sign_in, check_a11y, tmp_path
):
    load_demo_reports()
    bromma = Administration.objects.get(name="Bromma")
    sign_in(page, "samordnare.bromma")
    page.goto(f"/lagesbild/{bromma.pk}/?ar=2019")
    page.get_by_role("link", name="Börja skriva kartläggning och analys för 2019").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kartläggning och analys 2019: Bromma")
    expect(page.get_by_label("Kartläggning")).to_contain_text("bygger på följande källor")
    check_a11y(page)

    page.get_by_label("Analys").fill("Klottret i Blackeberg visar att vit makt-miljön är aktiv.")
    page.get_by_role("button", name="Spara utkastet").click()
    expect(page.get_by_text("Texten är sparad.")).to_be_visible()
    check_a11y(page)

    page.get_by_role("button", name="Fastställ lägesbilden för 2019").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lägesbild 2019, fastställd version 1: Bromma")
    expect(page.get_by_text("Klottret i Blackeberg visar att vit makt-miljön är aktiv.")).to_be_visible()
    graffiti = page.get_by_role("table", name="Klotter per område")
    expect(graffiti.get_by_role("row", name="Blackeberg 22")).to_be_visible()
    check_a11y(page)

    page.get_by_role("link", name="Alla fastställda lägesbilder").click()
    listing = page.get_by_role("table", name="Fastställda lägesbilder")
    expect(listing.get_by_role("link", name="Lägesbild 2019, version 1")).to_be_visible()
    check_a11y(page)

    listing.get_by_role("link", name="Lägesbild 2019, version 1").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Word (DOCX)").first.click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "lagesbild-bromma-2019-faststalld-1.docx"
    text = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Klottret i Blackeberg visar att vit makt-miljön är aktiv." in text
