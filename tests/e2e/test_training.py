"""A coordinator uploads the learning portal's completions, chooses the columns and sees the progress."""

from __future__ import annotations

import datetime

from playwright.sync_api import Page, expect

from tests.training.factories import basic_course, xlsx
from varna.organisation.models import Administration, Unit
from varna.training.models import Completion, Headcount


def test_upload_completions_choose_columns_and_see_progress(page: Page, sign_in, check_a11y):
    bromma = Administration.objects.get(name="Bromma")
    course = basic_course()
    unit = Unit.objects.get(administration=bromma, name="Fritidsgården Blackeberg")
    Headcount.objects.create(administration=bromma, unit=unit, as_of=datetime.date(2024, 1, 1), staff=10)
    rows = [["Medarb.nr", "Namn", "Kursnamn", "Org.enhet", "Klar"]] + [
        [f"E{n}", f"Anna Andersson {n}", course.name, unit.name, "2024-03-01"] for n in (1, 2, 2)
    ]

    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Bromma: utbildning och import från utbildningsportalen").click()
    check_a11y(page)
    page.get_by_role("link", name="Importera från utbildningsportalen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Importera från utbildningsportalen")
    check_a11y(page)

    page.get_by_label("Genomförda utbildningar").check()
    page.get_by_label("Fil från utbildningsportalen").set_input_files(
        {"name": "export.xlsx", "mimeType": "application/octet-stream", "buffer": xlsx(rows)}
    )
    page.get_by_role("button", name="Ladda upp och välj kolumner").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Välj vilken kolumn som är vad")
    expect(page.get_by_text("Personuppgifter: kolumnen läses inte och lagras aldrig.")).to_be_visible()
    check_a11y(page)

    page.get_by_label("Anställnings-id").select_option("Medarb.nr")
    page.get_by_label("Kurs", exact=True).select_option("Kursnamn")
    page.get_by_label("Enhet").select_option("Org.enhet")
    page.get_by_label("Genomförd").select_option("Klar")
    page.get_by_role("button", name="Importera", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Importen är klar: 3 rader lästes.")
    check_a11y(page)
    assert Completion.objects.count() == 2

    page.get_by_role("link", name="Se hur långt förvaltningen har kommit").click()
    page.get_by_label("År", exact=True).fill("2024")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_text("Förvaltningen: 2 av 10 = 20 % av personalen")).to_be_visible()
    expect(page.get_by_role("table", name=f"{course.name} per enhet")).to_contain_text(
        "Fritidsgården Blackeberg"
    )
    check_a11y(page)
