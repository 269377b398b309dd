"""Every demo role signs in and finds, on its start page, what that role can do."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

START_PAGE_SECTIONS = {
    "medarbetare": "Rutin vid oro eller händelse",
    "enhetschef": "Som enhetschef",
    "samordnare.bromma": "Som samordnare",
    "samordnare.soc": "Som samordnare",
    "central": "Som central samordnare",
    "handlaggare": "Som handläggare av föreningsbidrag",
    "namnd": "Som förtroendevald",
    "admin": "Som systemförvaltare",
}


@pytest.mark.parametrize("username", list(START_PAGE_SECTIONS))
def test_each_role_signs_in_and_sees_its_start_page(page: Page, sign_in, check_a11y, username):
    sign_in(page, username)
    expect(page.get_by_role("heading", name=START_PAGE_SECTIONS[username])).to_be_visible()
    check_a11y(page)
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("heading", name="Logga in i Värna")).to_be_visible()


def test_the_employee_is_told_whom_to_call(page: Page, sign_in):
    sign_in(page, "medarbetare")
    routine = page.get_by_role("region", name="Rutin vid oro eller händelse")
    expect(routine).to_contain_text("112")
    expect(routine).to_contain_text("114 14")
    expect(routine).to_contain_text("08-527 44 290")
    expect(page.get_by_role("link", name="Organisation")).to_have_count(0)


def test_a_wrong_password_shows_an_error_summary(page: Page, check_a11y):
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("medarbetare")
    page.get_by_label("Lösenord").fill("fel-lösenord")
    page.get_by_role("button", name="Logga in").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Något behöver rättas")
    expect(summary).to_be_focused()
    check_a11y(page)


def test_the_start_page_fits_a_320_pixel_screen(page: Page, sign_in):
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, "samordnare.bromma")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    expect(page.get_by_role("button", name="Logga ut")).to_be_visible()


def test_the_skip_link_moves_to_the_content(page: Page, sign_in):
    sign_in(page, "medarbetare")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    skip.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_english_can_be_chosen(page: Page, sign_in, check_a11y):
    sign_in(page, "medarbetare")
    page.get_by_label("Språk").select_option("en")
    page.get_by_role("button", name="Byt språk").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    check_a11y(page)
