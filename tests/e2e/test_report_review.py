"""A new report reaches Bromma's coordinator only; they open it, note it and classify it."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.reports.factories import make_report
from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.reports.constants import Classification, Status
from varna.reports.models import Report, ReportNote


def test_a_new_report_reaches_brommas_coordinator_who_classifies_it(page: Page, sign_in, check_a11y):
    report = make_report(description="Klistermärken med vit makt-symboler vid busshållplatsen.")

    # Socialförvaltningen's coordinator neither sees it in their inbox nor finds it.
    sign_in(page, "samordnare.soc")
    page.get_by_role("link", name="Rapporter", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporter – Socialförvaltningen")
    expect(page.get_by_role("table")).not_to_contain_text(report.reference)
    check_a11y(page)
    assert page.goto(f"/rapporter/{report.pk}/").status == 404
    page.get_by_role("button", name="Logga ut").click()

    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Bromma: inkomna rapporter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporter – Bromma")
    row = page.get_by_role("row").filter(has_text=report.reference)
    expect(row).to_contain_text("Oläst")
    expect(page.get_by_role("table")).not_to_contain_text("busshållplatsen")
    check_a11y(page)

    # Filtering refreshes the table in place and keeps the filter in the address.
    heading = page.get_by_role("heading", level=1).element_handle()
    page.get_by_label("Bedömning").select_option(label="Kopplad till VBE")
    page.get_by_role("button", name="Filtrera").click()
    expect(page.get_by_role("table")).to_contain_text("0 rapporter")
    assert heading.evaluate("element => element.isConnected")  # htmx swapped the results only
    expect(page).to_have_url(re.compile(r"/rapporter/forvaltning/\d+/\?.*classification=vbe"))
    check_a11y(page)
    page.get_by_role("link", name="Visa alla").click()

    page.get_by_role("link", name=report.reference).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Rapport {report.reference}")
    expect(page.get_by_text("busshållplatsen")).to_be_visible()
    expect(page.get_by_role("region", name="Kontakt")).not_to_contain_text("Medarbetare")
    check_a11y(page)

    # A note that names someone is refused and marked; one click cleans it.
    page.get_by_label("Anteckning", exact=True).fill("Har pratat med Kalle Svensson på fritidsgården.")
    page.get_by_role("button", name="Spara anteckningen").click()
    expect(page.get_by_role("alert")).to_contain_text("Texten innehåller uppgifter")
    check_a11y(page)
    page.get_by_role("button", name="Ersätt markerade uppgifter med platshållare").click()
    expect(page.get_by_label("Anteckning", exact=True)).to_have_value(
        "Har pratat med [NAMN] på fritidsgården."
    )
    page.get_by_role("button", name="Spara anteckningen").click()
    expect(page.get_by_role("status")).to_contain_text("Anteckningen är sparad.")
    assert ReportNote.objects.get(report=report).text == "Har pratat med [NAMN] på fritidsgården."

    page.get_by_label("Kopplad till VBE", exact=True).check()
    page.get_by_role("button", name="Spara bedömningen").click()
    expect(page.get_by_role("status")).to_contain_text("Bedömningen är sparad.")
    expect(page.get_by_text("Bedömning: Kopplad till VBE")).to_be_visible()
    check_a11y(page)
    report.refresh_from_db()
    assert report.classification == Classification.VBE and report.status == Status.IN_REVIEW
    assert AuditEvent.objects.filter(action=Action.VIEWED, object_id=str(report.pk)).count() >= 1

    page.get_by_role("link", name="Tillbaka till rapporterna – Bromma").click()
    row = page.get_by_role("row").filter(has_text=report.reference)
    expect(row).to_contain_text("Kopplad till VBE")
    expect(row).not_to_contain_text("Oläst")
    check_a11y(page)


def test_linked_reports_are_shown_both_ways_and_closed(page: Page, sign_in, check_a11y):
    first = make_report()
    second = make_report(source="ia")
    sign_in(page, "samordnare.bromma")
    page.goto(f"/rapporter/{first.pk}/")
    page.get_by_label("Referens för rapporten om samma händelse").fill(second.reference)
    page.get_by_role("button", name="Länka").click()
    expect(page.get_by_role("status")).to_contain_text(second.reference)
    page.get_by_role("link", name=second.reference).click()
    expect(page.get_by_role("region", name="Rapporter om samma händelse")).to_contain_text(first.reference)
    check_a11y(page)
    page.get_by_role("button", name="Avsluta rapporten").click()
    expect(page.get_by_role("status")).to_contain_text("Rapporten är avslutad.")
    expect(page.get_by_role("button", name="Öppna rapporten igen")).to_be_visible()
    check_a11y(page)
    assert Report.objects.get(pk=second.pk).status == Status.CLOSED
