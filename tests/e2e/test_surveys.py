"""A coordinator opens a survey round; the unit manager answers on a phone, saves, continues
and submits through the personal link from the e-mail."""

from __future__ import annotations

import datetime
import re

from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from varna.surveys.models import Response


def test_a_round_is_opened_and_answered_on_a_phone(page: Page, sign_in, check_a11y, browser, live_server):
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Enkäter", exact=True).click()
    check_a11y(page)
    page.get_by_role("link", name="Ny enkätomgång för Bromma").click()
    check_a11y(page)
    page.get_by_label("År", exact=True).fill("2026")
    page.get_by_label("Sista svarsdag").fill((timezone.localdate() + datetime.timedelta(days=14)).isoformat())
    page.get_by_role("checkbox", name=re.compile("Fritidsgården Blackeberg")).check()
    page.get_by_role("button", name="Öppna omgången och skicka enkäten").click()
    expect(page.get_by_role("status").first).to_contain_text("Enkäten är skickad till 1 mottagare")
    expect(page.get_by_text("0 av 1 har svarat")).to_be_visible()
    check_a11y(page)

    link = re.search(r"https?://\S+/enkater/svar/\S+/", mail.outbox[-1].body).group(0)
    path = "/" + link.split("/", 3)[3]

    phone = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport={"width": 375, "height": 740}
    )
    answer = phone.new_page()
    answer.set_default_timeout(10_000)
    answer.goto(path)
    expect(answer.get_by_role("heading", level=1)).to_have_text("Lägesbildsenkät om våldsbejakande extremism")
    check_a11y(answer)
    # The follow-up questions of part 1 appear only after "Ja".
    environments = answer.get_by_role("group", name=re.compile("Vilka miljöer"))
    expect(environments).to_be_hidden()
    observed = answer.get_by_role("group", name=re.compile("Har enheten uppmärksammat"))
    observed.get_by_label("Ja", exact=True).check()
    expect(environments).to_be_visible()
    environments.get_by_label("Våldsbejakande högerextremism (vit makt-miljön)").check()
    answer.get_by_role("button", name="Spara och fortsätt senare").click()
    expect(answer.get_by_role("status").first).to_contain_text("Dina svar är sparade")
    check_a11y(answer)
    assert answer.evaluate("document.documentElement.scrollWidth") <= 375

    answer.goto(path)  # continue later
    expect(environments.get_by_label("Våldsbejakande högerextremism (vit makt-miljön)")).to_be_checked()
    answer.get_by_role("group", name=re.compile("kunskapsnivån")).get_by_label("4", exact=True).check()
    answer.get_by_role("group", name=re.compile("rutinen vid oro")).get_by_label("Ja", exact=True).check()
    answer.get_by_role("group", name=re.compile("Känner du till blanketten")).get_by_label(
        "Ja", exact=True
    ).check()
    answer.get_by_role("group", name=re.compile("samordnare mot")).get_by_label("Ja", exact=True).check()
    answer.get_by_role("group", name=re.compile("Behöver enheten mer utbildning")).get_by_label(
        "Nej", exact=True
    ).check()
    answer.get_by_role("button", name="Skicka in svaren").click()
    expect(answer.get_by_role("heading", level=1)).to_have_text("Tack för dina svar")
    check_a11y(answer)
    phone.close()
    assert Response.objects.count() == 1

    page.reload()
    expect(page.get_by_text("1 av 1 har svarat")).to_be_visible()
