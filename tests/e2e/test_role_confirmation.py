"""A city-wide role in the browser: one system administrator asks, another confirms (issue 22)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import DEMO_PASSWORD
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, User


def test_a_second_system_administrator_confirms_a_central_coordinator(page: Page, sign_in, check_a11y):
    city_office = Administration.objects.get(name="Stadsledningskontoret")
    second = User.objects.create_user(username="admin2", password=DEMO_PASSWORD, first_name="Demo")
    Membership.objects.create(user=second, administration=city_office, role=Role.ADMIN)

    sign_in(page, "admin")
    page.goto(f"/organisation/{city_office.pk}/roller/ny/")
    role_options = page.get_by_label("Roll").locator("option").all_inner_texts()
    assert "Samordnare" not in role_options  # a role that reads reports: not for the administrator
    page.get_by_label("Användarnamn").fill("medarbetare")
    page.get_by_label("Roll").select_option(label="Central samordnare")
    page.get_by_role("button", name="Lägg till").click()
    expect(page.get_by_role("status")).to_contain_text("väntar på bekräftelse")
    page.goto("/organisation/bekraftelser/")
    expect(page.get_by_role("table")).to_contain_text("Väntar på en annan systemförvaltare")
    check_a11y(page)
    page.get_by_role("button", name="Logga ut").click()

    sign_in(page, "admin2")
    page.get_by_role("link", name="Roller som väntar på bekräftelse").click()
    check_a11y(page)
    page.get_by_role("button", name="Bekräfta medarbetare, Central samordnare").click()
    expect(page.get_by_role("status")).to_contain_text("Rollen är bekräftad")
    assert Membership.objects.filter(user__username="medarbetare", role=Role.CENTRAL_COORDINATOR).exists()

    page.goto(f"/organisation/konton/{User.objects.get(username='medarbetare').pk}/koppla-inloggning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Koppla konto till inloggning")
    check_a11y(page)
