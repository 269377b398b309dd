"""Rutin 24 timmar: an employee logs a request to leave; the team sees it with its countdown and
logs the first contact."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.support.factories import make_team
from varna.support.models import FirstContactRequest


def test_a_request_to_leave_reaches_the_team_who_logs_the_first_contact(page: Page, sign_in, check_a11y):
    make_team("Bromma", "enhetschef", name="Första kontakt IFO Bromma")

    sign_in(page, "medarbetare")
    page.get_by_role("link", name="Registrera en begäran om första kontakt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Registrera en begäran om första kontakt")
    expect(page.get_by_text("Skriv inga namn eller kontaktuppgifter här.")).to_be_visible()
    check_a11y(page)
    page.get_by_label("Telefon").check()
    page.get_by_label("En anhörig").check()
    page.get_by_label("En kriminell livsstil").check()
    page.get_by_role("button", name="Registrera begäran").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Begäran är registrerad")
    reference = FirstContactRequest.objects.get().reference
    expect(page.get_by_text(reference)).to_be_visible()
    check_a11y(page)
    page.get_by_role("button", name="Logga ut").click()

    sign_in(page, "enhetschef")
    page.get_by_role("link", name="Bromma: inkorg för första kontakt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Första kontakt – Bromma")
    row = page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text(re.compile(r"Inom tiden: (23|24) h \d+ min kvar"))
    check_a11y(page)

    row.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Begäran {reference}")
    check_a11y(page)
    page.get_by_label("Resultat av kontakten").select_option(label="Möte bokat")
    page.get_by_role("button", name="Logga första kontakt").click()
    expect(page.get_by_text(f"Första kontakten för {reference} är loggad.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=reference)).to_contain_text("Kontakt tagen inom 24 timmar")
    check_a11y(page)
    assert FirstContactRequest.objects.get().first_contact_by.username == "enhetschef"
