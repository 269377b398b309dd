"""The employee's way through a report in a real browser: routine, form, de-identification, receipt.

Also what happens to the typed text when the database is lost (a real 503 from the project's
middleware) and how a coordinator's routine edit reaches Bromma's employees and not Farsta's.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from unittest import mock

import pytest
from django.db import OperationalError
from playwright.sync_api import Browser, Locator, Page, expect

from varna.reports.models import Report

PERSONAL = "En 16-årig pojke, Ali Hassan (080512-3452), har visat IS-propaganda för andra elever."
YESTERDAY = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()


def description_box(page: Page) -> Locator:
    # By role: the findings' region is also named after the field.
    return page.get_by_role("textbox", name="Beskriv vad som hände")


def fill_report(page: Page, description: str, *, date: str = YESTERDAY) -> None:
    page.get_by_label("Datum", exact=True).fill(date)
    page.get_by_role("group", name="Vad hände?").get_by_label("Klotter och klistermärken").check()
    page.get_by_role("group", name="Ålder på den eller de det gäller").get_by_label("Under 18 år").check()
    description_box(page).fill(description)


def open_form(page: Page) -> None:
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Rapportera", exact=True
    ).click()
    page.get_by_role("link", name="Fortsätt till blanketten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapportera oro eller händelse")


def test_the_guided_routine_puts_112_first_and_leads_to_the_form(page: Page, sign_in, check_a11y):
    page.set_viewport_size({"width": 375, "height": 667})  # an employee's phone
    sign_in(page, "medarbetare")
    check_a11y(page)
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Rapportera", exact=True
    ).click()

    acute = page.get_by_role("region", name="Är någon i akut fara, eller finns det ett konkret hot?")
    call_112 = acute.get_by_role("link", name="Ring 112")
    expect(call_112).to_have_attribute("href", "tel:112")
    expect(call_112).to_be_in_viewport()  # no scrolling needed to find it
    expect(page.get_by_role("link", name="Ring 114 14")).to_have_attribute("href", "tel:11414")
    expect(page.get_by_role("link", name="Ring 08-527 44 290")).to_have_attribute("href", "tel:0852744290")
    steps = page.get_by_role("list", name="Om ingen är i akut fara").get_by_role("listitem")
    expect(steps.first).to_contain_text("Har du tips eller information som polisen bör få")
    expect(page.get_by_text("Gör en orosanmälan till socialtjänsten nu.")).to_be_visible()
    expect(page.get_by_text("inom 24 timmar")).to_be_visible()
    check_a11y(page)

    page.get_by_role("link", name="Fortsätt till blanketten").click()
    expect(page.get_by_label("Förvaltning")).to_have_value(page_value(page, "Förvaltning", "Bromma"))
    expect(page.get_by_label("Enhet")).to_contain_text("Fritidsgården Blackeberg")
    expect(page.get_by_role("link", name="Ring 112")).to_be_visible()
    check_a11y(page)


def page_value(page: Page, label: str, option: str) -> str:
    return page.get_by_label(label).locator("option", has_text=option).first.get_attribute("value") or ""


def test_a_text_with_personal_data_is_refused_marked_redacted_and_sent(page: Page, sign_in, check_a11y):
    sign_in(page, "medarbetare")
    open_form(page)
    fill_report(page, PERSONAL)
    page.get_by_role("button", name="Skicka rapporten").click()

    expect(page.get_by_role("alert")).to_contain_text("Texten innehåller uppgifter")
    marked = page.locator(".deid-marked mark")
    expect(marked).to_have_count(2)
    expect(marked.first).to_contain_text("Ali Hassan")
    expect(marked.nth(1)).to_contain_text("080512-3452")
    expect(description_box(page)).to_have_value(PERSONAL)  # nothing typed is lost
    expect(
        page.get_by_role("group", name="Vad hände?").get_by_label("Klotter och klistermärken")
    ).to_be_checked()
    assert Report.objects.count() == 0
    check_a11y(page)

    page.get_by_role("button", name="Ersätt markerade uppgifter med platshållare").click()
    expect(description_box(page)).to_have_value(
        "En 16-årig pojke, [NAMN] ([PERSONNUMMER]), har visat IS-propaganda för andra elever."
    )
    assert Report.objects.count() == 0
    check_a11y(page)
    page.get_by_role("button", name="Skicka rapporten").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporten är skickad")
    report = Report.objects.get()
    expect(page.get_by_role("status")).to_contain_text(report.reference)
    assert (
        report.description
        == "En 16-årig pojke, [NAMN] ([PERSONNUMMER]), har visat IS-propaganda för andra elever."
    )
    expect(page.get_by_role("region", name="Kom ihåg")).to_contain_text("orosanmälan")
    check_a11y(page)

    page.get_by_role("link", name=f"Visa rapport {report.reference}").click()
    expect(page.get_by_text("[NAMN] ([PERSONNUMMER])")).to_be_visible()
    check_a11y(page)
    page.get_by_role("link", name="Tillbaka till Mina rapporter").click()
    expect(page.get_by_role("table")).to_contain_text(report.reference)
    check_a11y(page)


def test_the_draft_survives_a_validation_error_and_a_deid_refusal(page: Page, sign_in, check_a11y):
    sign_in(page, "medarbetare")
    open_form(page)
    fill_report(page, PERSONAL, date="")
    page.get_by_role("group", name="Vad har gjorts?").get_by_label("Chefen informerad").check()
    page.get_by_role("button", name="Skicka rapporten").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Ange datum, eller bara månad om du inte vet dagen.")
    expect(summary).to_contain_text("Texten innehåller uppgifter")
    expect(summary).to_be_focused()
    expect(description_box(page)).to_have_value(PERSONAL)
    expect(
        page.get_by_role("group", name="Vad har gjorts?").get_by_label("Chefen informerad")
    ).to_be_checked()
    expect(
        page.get_by_role("group", name="Ålder på den eller de det gäller").get_by_label("Under 18 år")
    ).to_be_checked()
    check_a11y(page)

    # The error summary links to the field to fix.
    summary.get_by_role("link", name=re.compile("Datum")).click()
    page.get_by_label("Datum", exact=True).fill(YESTERDAY)
    description_box(page).fill("Propaganda visades för andra elever.")
    page.get_by_role("button", name="Skicka rapporten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporten är skickad")
    assert [a.code for a in Report.objects.get().actions.all()] == ["manager"]


def test_a_double_click_on_send_stores_one_report_and_shows_its_receipt(page: Page, sign_in):
    sign_in(page, "medarbetare")
    open_form(page)
    fill_report(page, "Klistermärken med vit makt-symboler vid entrén.")
    form_url = page.url
    # What the browser would send again (reload after the POST, or back and send).
    sent = page.evaluate(
        "() => Object.fromEntries(new FormData(document.querySelector('form.report-form')).entries())"
    )

    page.get_by_role("button", name="Skicka rapporten").dblclick()

    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporten är skickad")
    report = Report.objects.get()
    expect(page.get_by_text(report.reference, exact=True)).to_be_visible()

    again = page.request.post(form_url, form=sent, headers={"Referer": form_url})
    assert again.ok and again.url.endswith(f"/rapportera/kvitto/{report.reference}/")
    assert Report.objects.count() == 1


def test_a_lost_database_keeps_the_typed_report_in_the_browser(page: Page, sign_in, check_a11y):
    sign_in(page, "medarbetare")
    open_form(page)
    text = "Klistermärken med vit makt-symboler vid entrén."
    fill_report(page, text)
    page.get_by_role("group", name="Vad har gjorts?").get_by_label("Chefen informerad").check()

    with mock.patch(
        "varna.reports.services.submit_report",
        side_effect=OperationalError('connection to server at "db" failed'),
    ):
        page.get_by_role("button", name="Skicka rapporten").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Värna är tillfälligt otillgänglig")
        expect(page.get_by_text("Databasen går inte att nå just nu. Ingenting har sparats.")).to_be_visible()
        check_a11y(page)

    # Back on the form (a fresh page): the browser offers what was typed.
    page.goto("/rapportera/ny/")
    offer = page.get_by_role("status").filter(has_text="Det finns ett utkast som inte skickades")
    expect(offer).to_be_visible()
    check_a11y(page)
    expect(description_box(page)).to_have_value("")
    offer.get_by_role("button", name="Återställ utkastet").click()

    expect(page.get_by_text("Utkastet är återställt.")).to_be_visible()
    expect(description_box(page)).to_have_value(text)
    expect(page.get_by_label("Datum", exact=True)).to_have_value(YESTERDAY)
    expect(
        page.get_by_role("group", name="Vad har gjorts?").get_by_label("Chefen informerad")
    ).to_be_checked()
    assert Report.objects.count() == 0

    page.get_by_role("button", name="Skicka rapporten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporten är skickad")
    assert Report.objects.get().description == text

    # Sent: the draft is forgotten.
    page.goto("/rapportera/ny/")
    expect(description_box(page)).to_have_value("")
    expect(page.get_by_text("Det finns ett utkast som inte skickades")).to_have_count(0)


def test_a_discarded_draft_is_not_offered_again(page: Page, sign_in):
    sign_in(page, "medarbetare")
    open_form(page)
    description_box(page).fill("Något jag inte vill skicka.")
    page.goto("/rapportera/ny/")
    page.get_by_role("button", name="Släng utkastet").click()

    page.reload()
    expect(page.get_by_text("Det finns ett utkast som inte skickades")).to_have_count(0)


def test_choosing_another_administration_refreshes_units_and_areas_in_place(page: Page, sign_in):
    sign_in(page, "medarbetare")
    open_form(page)
    description_box(page).fill("Hakkors på en vägg.")

    page.get_by_label("Förvaltning").select_option(label="Farsta")

    expect(page.get_by_label("Enhet")).to_contain_text("Fritidsgården Farsta")
    expect(page.get_by_label("Enhet")).not_to_contain_text("Fritidsgården Blackeberg")
    expect(page.get_by_label("Stadsdel eller område")).to_contain_text("Hökarängen")
    expect(description_box(page)).to_have_value("Hakkors på en vägg.")


@pytest.fixture
def page_without_javascript(browser: Browser, live_server, demo) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server.url, locale="sv-SE", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_without_javascript_the_routine_and_the_form_work(page_without_javascript: Page):
    # axe needs JavaScript in the page: these pages are checked by the tests above.
    page = page_without_javascript
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("medarbetare")
    page.get_by_label("Lösenord").fill("varna-demo")
    page.get_by_role("button", name="Logga in").click()
    open_form(page)
    description_box(page).fill("Hakkors på en vägg.")
    page.get_by_label("Förvaltning").select_option(label="Farsta")
    page.get_by_role("button", name="Visa enheter och områden för vald förvaltning").click()

    expect(page.get_by_role("status")).to_contain_text("Enheter och områden för Farsta visas")
    expect(page.get_by_label("Enhet")).to_contain_text("Fritidsgården Farsta")
    expect(description_box(page)).to_have_value("Hakkors på en vägg.")
    page.get_by_label("Enhet").select_option(label="Fritidsgården Farsta")
    fill_report(page, "Hakkors på en vägg.")
    page.get_by_role("button", name="Skicka rapporten").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporten är skickad")
    report = Report.objects.get()
    assert (report.administration.name, report.unit.name) == ("Farsta", "Fritidsgården Farsta")


def test_a_coordinators_routine_edit_reaches_brommas_employees_and_not_farstas(
    page: Page, sign_in, check_a11y
):
    sign_in(page, "samordnare.bromma")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Rutin", exact=True).click()
    check_a11y(page)
    page.get_by_role("link", name="Rutinen för Bromma").click()
    check_a11y(page)
    child = page.get_by_role("group", name="Barn eller ung under 18 år")
    child.get_by_label("Egen text för förvaltningen").check()
    child.get_by_label("Telefonnummer").fill("08-508 08 123")
    child.get_by_label("Vem man når på numret").fill("Mottagningen för barn och unga, Bromma")
    page.get_by_role("button", name="Spara rutinen").click()
    expect(page.get_by_text("Rutinen är sparad.")).to_be_visible()
    expect(page.get_by_role("link", name="Ring 08-508 08 123")).to_have_attribute("href", "tel:0850808123")
    check_a11y(page)
    page.get_by_role("button", name="Logga ut").click()

    sign_in(page, "medarbetare")
    expect(page.get_by_role("region", name="Rutin vid oro eller händelse")).to_contain_text("08-508 08 123")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Rapportera", exact=True
    ).click()
    expect(page.get_by_role("link", name="Ring 08-508 08 123")).to_be_visible()
    page.get_by_label("Visa rutinen för förvaltning").select_option(label="Farsta")
    page.get_by_role("button", name="Visa", exact=True).click()
    expect(page.get_by_text("Rutinen ovan gäller Farsta.")).to_be_visible()
    expect(page.get_by_role("link", name="Ring 112")).to_be_visible()
    expect(page.get_by_text("08-508 08 123")).to_have_count(0)
    check_a11y(page)
