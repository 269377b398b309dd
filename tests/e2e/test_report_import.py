"""A coordinator imports IA reports: a bad file is refused row by row, a good one previewed and imported."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import DEMO_PASSWORD
from tests.reports.import_files import GOOD_EVENTS, GOOD_GRAFFITI, GRAFFITI_HEADINGS, csv_bytes, xlsx_bytes
from varna.reports.models import GraffitiCount, ImportBatch, Report

BAD_ROWS = [
    GOOD_EVENTS[0],
    ["2024-03-05", "", "", "högerextrem", "", "", "", "", ""],
    ["2024-03-05", "", "", "", "", "", "", "", "Eleven Kalle Svensson ritade symboler."],
    ["2999-01-01", "", "", "", "", "", "", "", ""],
]


def choose_file(page: Page, name: str, data: bytes) -> None:
    page.get_by_label("Fil", exact=True).set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": data}
    )


def test_a_bad_file_is_refused_then_a_good_one_is_previewed_and_imported(page: Page, sign_in, check_a11y):
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Bromma: IA, polisen och klotter (andra källor)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Importera händelser eller klotter från fil")
    check_a11y(page)

    page.get_by_label("Incidentrapporter (IA)").check()
    choose_file(page, "ia-mars.csv", csv_bytes(BAD_ROWS))
    page.evaluate("window.stillThisPage = true")
    page.get_by_role("button", name="Ladda upp och förhandsgranska").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Filen kunde inte importeras")
    expect(alert).to_contain_text("Rad 3, kolumn Miljö: ”högerextrem” finns inte i listan. Välj en av:")
    expect(alert).to_contain_text(
        "Rad 4, kolumn Beskrivning: texten innehåller något som ser ut att kunna identifiera"
    )
    expect(alert).to_contain_text("Rad 5, kolumn Datum: datumet ligger i framtiden.")
    expect(alert).not_to_contain_text("Kalle")
    assert page.evaluate("window.stillThisPage") is True  # uploaded by import.js, answer shown in place
    check_a11y(page)
    assert Report.objects.count() == 0 and ImportBatch.objects.count() == 0

    page.get_by_label("Incidentrapporter (IA)").check()
    choose_file(page, "ia-mars.xlsx", xlsx_bytes(GOOD_EVENTS))
    page.get_by_role("button", name="Ladda upp och förhandsgranska").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Förhandsgranska importen")
    expect(page.get_by_text("Filen har 3 rader utan fel")).to_be_visible()
    expect(page.get_by_role("table", name="Per miljö")).to_contain_text("Våldsbejakande islamism")
    check_a11y(page)
    assert Report.objects.count() == 0

    page.get_by_role("button", name="Importera 3 rader").click()
    expect(
        page.get_by_text("3 händelser är importerade och finns bland förvaltningens rapporter.")
    ).to_be_visible()
    environments = page.get_by_role("table", name="Per miljö")
    expect(
        environments.get_by_role("row", name="Våldsbejakande högerextremism (vit makt-miljön) 2")
    ).to_be_visible()
    expect(page.get_by_role("table", name="Per område")).to_contain_text("Alvik")
    check_a11y(page)
    assert Report.objects.filter(source="ia", administration__name="Bromma").count() == 3
    # Confirmed through the progress stream (the plain post would have left a message).
    expect(page.get_by_text("Importen är klar")).to_have_count(0)


def test_without_javascript_the_forms_are_plain_posts(browser: Browser, live_server, demo, check_a11y):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE", java_script_enabled=False)
    page = context.new_page()
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("samordnare.bromma")
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.get_by_role("link", name="Bromma: IA, polisen och klotter (andra källor)").click()

    page.get_by_label("Klotter per område och period").check()
    choose_file(page, "klotter.csv", csv_bytes(GOOD_GRAFFITI, GRAFFITI_HEADINGS))
    page.get_by_role("button", name="Ladda upp och förhandsgranska").click()
    expect(page.get_by_text("Sammanlagt 15 klotter.")).to_be_visible()
    page.get_by_role("button", name="Importera 3 rader").click()
    expect(page.get_by_role("status")).to_contain_text("Importen är klar: 3 rader importerades.")
    assert GraffitiCount.objects.count() == 3
    context.close()


def test_a_coordinator_registers_graffiti_and_an_event_by_hand(page: Page, sign_in, check_a11y):
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Bromma: IA, polisen och klotter (andra källor)").click()
    page.get_by_role("link", name="Klotter", exact=True).click()
    check_a11y(page)
    page.get_by_label("Område").select_option(label="Blackeberg")
    page.get_by_label("Från").fill("2024-02")
    page.get_by_label("Antal").fill("9")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Klottret är registrerat.")
    expect(page.get_by_role("table")).to_contain_text("Blackeberg")
    check_a11y(page)

    page.get_by_role("link", name="Registrera händelse").click()
    check_a11y(page)
    page.get_by_label("Polisen", exact=True).check()
    page.get_by_label("När det hände").fill("2024-05")
    page.get_by_label("Hot", exact=True).check()
    page.get_by_role("textbox", name="Beskrivning").fill("Polisen ringde: Kalle Svensson hotade personal.")
    page.get_by_role("button", name="Spara händelsen").click()
    expect(page.get_by_role("alert")).to_contain_text("Beskrivning")
    check_a11y(page)
    page.get_by_role("textbox", name="Beskrivning").fill(
        "Polisen informerade om hot mot personal på fritidsgården."
    )
    page.get_by_role("button", name="Spara händelsen").click()
    expect(page.get_by_role("status")).to_contain_text("Händelsen är registrerad med referens")
    assert Report.objects.filter(source="police").count() == 1
