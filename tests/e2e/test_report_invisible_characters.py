"""A personnummer hidden by a zero-width space is refused in the browser, and nothing typed is lost."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.test_report_employee import description_box, fill_report, open_form
from varna.reports.models import Report

# U+200B between "0809" and "15": invisible on screen, still a personnummer.
HIDDEN = "Eleven med nummer 0809\u200b15-6672 visade propaganda på rasten."


def test_a_personnummer_with_a_zero_width_space_is_refused_and_kept_as_typed(page: Page, sign_in, check_a11y):
    sign_in(page, "medarbetare")
    open_form(page)
    fill_report(page, "")
    description_box(page).press_sequentially(HIDDEN)
    page.get_by_role("button", name="Skicka rapporten").click()

    expect(page.get_by_role("alert")).to_contain_text(
        "Texten innehåller uppgifter som kan identifiera en person."
    )
    marked = page.locator(".deid-marked mark")
    expect(marked).to_have_count(1)
    expect(marked.first).to_have_attribute("title", "Ser ut som ett personnummer eller samordningsnummer.")
    expect(description_box(page)).to_have_value(HIDDEN)  # what was typed, the hidden character too
    assert Report.objects.count() == 0
    check_a11y(page)
