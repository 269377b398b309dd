"""The situation picture in the browser: tables and charts, axe-clean, for the coordinator and centrally."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.situation.releases import release
from varna.reports.demo import load_demo_reports


def test_a_coordinator_reads_the_situation_picture_and_filters_it(page: Page, sign_in, check_a11y):
    load_demo_reports()
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Bromma: lägesbild").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lägesbild: Bromma")
    # This year's three unreviewed reports (demo data) count by default.
    expect(page.get_by_text("3 händelser under perioden.")).to_be_visible()
    environment = page.get_by_role("table", name="Miljö")
    expect(
        environment.get_by_role("row", name="Våldsbejakande högerextremism (vit makt-miljön) 2")
    ).to_be_visible()
    expect(page.get_by_role("img", name="Miljö,")).to_be_visible()
    check_a11y(page)

    # 2019: the IA reports were found not to be VBE; the white-power graffiti remains.
    page.get_by_label("Från och med").fill("2019-01-01")
    page.get_by_label("Till och med").fill("2019-12-31")
    page.get_by_role("button", name="Visa lägesbild").click()
    expect(page.get_by_text("0 händelser under perioden.")).to_be_visible()
    expect(page.get_by_text("4 rapporter under perioden")).to_be_visible()
    graffiti = page.get_by_role("table", name="Klotter per område")
    expect(graffiti.get_by_role("row", name="Blackeberg 22")).to_be_visible()
    page.get_by_label("Inte kopplad till VBE").check()
    page.get_by_role("button", name="Visa lägesbild").click()
    expect(page.get_by_text("4 händelser under perioden.")).to_be_visible()
    check_a11y(page)


def test_the_central_coordinator_compares_administrations(page: Page, sign_in, check_a11y):
    load_demo_reports()
    release("Hägersten-Liljeholmen", 2018)  # outsiders see frozen releases only (ADR 0006)
    sign_in(page, "central")
    page.get_by_role("link", name="Lägesbild för hela staden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lägesbild för hela staden")
    page.get_by_role("spinbutton", name="År").fill("2018")
    page.get_by_role("button", name="Visa", exact=True).click()
    totals = page.get_by_role("table", name="Händelser per förvaltning och år")
    expect(totals.get_by_role("row", name="Hägersten-Liljeholmen")).to_contain_text("5")
    expect(page.get_by_role("img", name="Miljö, hela staden 2018")).to_be_visible()
    check_a11y(page)

    # From there to one administration's page: the same figures, controlled.
    totals.get_by_role("link", name="Hägersten-Liljeholmen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lägesbild: Hägersten-Liljeholmen")
    expect(page.get_by_text("röjandeskydd")).to_be_visible()
    expect(page.get_by_text("5 händelser under perioden.")).to_be_visible()
    check_a11y(page)
