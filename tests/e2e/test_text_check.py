"""An employee's text with a personnummer and a name is refused, marked, and cleaned in one click."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_a_text_with_personal_data_is_marked_and_redacted_with_one_click(page: Page, sign_in, check_a11y):
    sign_in(page, "medarbetare")
    page.get_by_role("link", name="Kontrollera text").click()
    text = "En 16-årig pojke, Ali Hassan (080512-3452), har visat IS-propaganda för andra elever."
    page.get_by_label("Text", exact=True).fill(text)
    page.get_by_role("button", name="Kontrollera").click()

    expect(page.get_by_role("alert")).to_contain_text("Texten innehåller uppgifter")
    marked = page.locator(".deid-marked mark")
    expect(marked).to_have_count(2)
    expect(marked.first).to_contain_text("Ali Hassan")
    expect(marked.nth(1)).to_contain_text("080512-3452")
    expect(page.get_by_label("Text", exact=True)).to_have_value(text)  # nothing typed is lost
    check_a11y(page)

    page.get_by_role("button", name="Ersätt markerade uppgifter med platshållare").click()
    expect(page.get_by_label("Text", exact=True)).to_have_value(
        "En 16-årig pojke, [NAMN] ([PERSONNUMMER]), har visat IS-propaganda för andra elever."
    )
    page.get_by_role("button", name="Kontrollera").click()
    expect(page.get_by_role("status")).to_contain_text("Inga personuppgifter hittades")
    check_a11y(page)


def test_a_name_that_is_not_personal_data_can_be_let_through_with_a_reason(page: Page, sign_in):
    sign_in(page, "samordnare.bromma")
    page.goto("/text/kontrollera/")
    page.get_by_label("Text", exact=True).fill("Mentorn Jonas Lindqvist har pratat med klassen.")
    page.get_by_role("button", name="Kontrollera").click()
    page.get_by_text("Något markerat är inte en person eller ett användarnamn").click()
    page.get_by_label("Jonas Lindqvist").check()
    page.get_by_label("Varför är det inte en personuppgift?").select_option("public")
    page.get_by_role("button", name="Kontrollera").click()
    expect(page.get_by_role("status")).to_contain_text("Inga personuppgifter hittades")
