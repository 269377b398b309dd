"""A coordinator drafts, orders, submits, adopts and exports an action plan; a unit manager
reports the T1 follow-up of an activity; the central coordinator sees the overview."""

from __future__ import annotations

import docx
from playwright.sync_api import Page, expect

from tests.plans.factories import activity, make_plan
from varna.organisation.models import User
from varna.plans.demo import load_plan_template
from varna.plans.models import FollowUp, Plan


def add_activity(page: Page, group: str, description: str) -> None:
    page.get_by_role("link", name=f"Ny aktivitet: {group}").click()
    page.get_by_label("Aktivitet", exact=True).fill(description)
    page.get_by_label("Ansvarig", exact=True).fill("VBE-samordnare")
    page.get_by_label("Återkommer").fill("4 ggr/år")
    page.get_by_label("Tertialrapport 1").check()
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Aktiviteten är tillagd")


def test_a_coordinator_drafts_submits_adopts_and_exports_a_plan(page: Page, sign_in, check_a11y, tmp_path):
    load_plan_template()
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Handlingsplaner", exact=True).click()
    check_a11y(page)
    page.get_by_role("link", name="Ny handlingsplan").click()
    check_a11y(page)
    page.get_by_label("År").fill("2026")
    page.get_by_role("button", name="Skapa utkast").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Handlingsplan mot våldsbejakande extremism 2026 – Bromma"
    )
    check_a11y(page)

    add_activity(page, "Kompetenshöjande insatser", "Webbutbildning för alla medarbetare.")
    check_a11y(page)
    add_activity(page, "Kompetenshöjande insatser", "Föreläsning om symboler för chefer.")
    table = page.locator("#group-training table")
    expect(table.locator("tbody tr").first).to_contain_text("Webbutbildning")

    # Up with htmx: the table is swapped in place and the focus stays on the moved activity.
    page.get_by_role("button", name="Flytta upp: Föreläsning om symboler för chefer.").click()
    expect(table.locator("tbody tr").first).to_contain_text("Föreläsning om symboler")
    expect(page.get_by_role("button", name="Flytta ned: Föreläsning om symboler för chefer.")).to_be_focused()
    check_a11y(page)

    page.get_by_role("button", name="Överlämna till nämnden").click()
    expect(page.get_by_role("status").first).to_contain_text("överlämnad till nämnden")
    page.get_by_role("link", name="Registrera nämndens beslut").click()
    check_a11y(page)
    page.get_by_label("Datum för nämndens beslut").fill("2026-02-12")
    page.get_by_label("Nämndens beslut", exact=True).fill("§ 7")
    page.get_by_role("button", name="Spara").click()

    expect(page.get_by_text("Planen är antagen av nämnden och kan inte ändras.")).to_be_visible()
    expect(page.get_by_role("link", name="Ändra avsnittet: Inledning och syfte")).to_have_count(0)
    expect(page.get_by_role("button", name="Skapa ny version")).to_be_visible()
    check_a11y(page)
    plan = Plan.objects.get(administration__name="Bromma", year=2026)
    assert (plan.status, plan.decision_reference) == ("adopted", "§ 7")

    with page.expect_download() as download:
        page.get_by_role("link", name="Word (DOCX)", exact=True).click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "handlingsplan-bromma-2026.docx"
    text = [p.text for p in docx.Document(str(path)).paragraphs]
    assert plan.title in text and "Antagen av nämnden 12 februari 2026 (§ 7)" in text

    # A change after adoption is a new version, compared with the adopted one.
    page.get_by_role("button", name="Skapa ny version").click()
    page.get_by_role("link", name="Ändra: Föreläsning om symboler för chefer.").click()
    check_a11y(page)
    page.get_by_label("Aktivitet", exact=True).fill("Föreläsning om symboler för alla chefer.")
    page.get_by_role("button", name="Spara", exact=True).click()
    page.get_by_role("link", name="Jämför med föregående version").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jämför version 1 med version 2")
    expect(page.locator("ins")).to_contain_text("alla")
    check_a11y(page)


def test_a_unit_manager_reports_a_t1_follow_up_of_their_activity(page: Page, sign_in, check_a11y):
    plan = make_plan(status="adopted")
    training = activity(plan, "Alla medarbetare")
    training.responsible_user = User.objects.get(username="enhetschef")
    training.save()

    sign_in(page, "enhetschef")
    page.get_by_role("link", name="Mina aktiviteter i handlingsplanerna").click()
    check_a11y(page)
    page.get_by_role("link", name="T1: rapportera: Alla medarbetare genomgår").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Följ upp aktiviteten: Tertialrapport 1")
    check_a11y(page)
    page.get_by_label("Pågående").check()
    page.get_by_label("Kommentar").fill("Två enheter har kvar att gå utbildningen.")
    page.get_by_label("Indikatorns värde").fill("410 av 520")
    page.get_by_role("button", name="Spara uppföljningen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Uppföljning: Tertialrapport 1 2024")
    row = page.get_by_role("row").filter(has_text="Alla medarbetare genomgår")
    expect(row).to_contain_text("Pågående")
    expect(row).to_contain_text("410 av 520")
    check_a11y(page)
    follow_up = FollowUp.objects.get(activity=training, occasion="T1")
    assert (follow_up.status, follow_up.recorded_by.username) == ("ongoing", "enhetschef")


def test_the_central_coordinator_sees_every_administration_at_a_glance(page: Page, sign_in, check_a11y):
    plan = make_plan(status="adopted")
    sign_in(page, "central")
    page.get_by_role("link", name="Översikt över handlingsplanerna och uppföljningen").click()
    page.get_by_label("År").fill("2024")
    page.get_by_label("Uppföljning", exact=True).select_option("T1")
    page.get_by_role("button", name="Visa").click()
    bromma = page.get_by_role("row").filter(has_text="Bromma")
    expect(bromma).to_contain_text("Antagen av nämnden")
    check_a11y(page)
    bromma.get_by_role("link", name="Uppföljning T1: Bromma").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uppföljning: Tertialrapport 1 2024")
    check_a11y(page)
    page.get_by_role("link", name="Tillbaka till planen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(plan.title)
    check_a11y(page)

    # The template every new plan starts from.
    load_plan_template()
    page.goto("/")
    page.get_by_role("link", name="Mall för handlingsplaner").click()
    check_a11y(page)
    page.get_by_role("link", name="Analys").click()
    page.get_by_label("Text").fill("Vad visar lägesbilden? Kontakta Anna Svensson.")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_contain_text("Texten innehåller uppgifter")
    check_a11y(page)
