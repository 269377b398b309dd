"""A coordinator manages their administration in the browser; every page passes axe."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from varna.audit.models import AuditEvent
from varna.organisation.models import Unit


def test_a_coordinator_adds_a_unit_and_the_log_shows_it(page: Page, sign_in, check_a11y):
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Organisation").click()
    check_a11y(page)
    page.get_by_role("link", name="Bromma").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bromma")
    check_a11y(page)

    page.get_by_role("link", name="Ny enhet").click()
    page.get_by_role("button", name="Spara").click()  # empty: the error summary appears
    expect(page.get_by_role("alert")).to_contain_text("Namn")
    check_a11y(page)
    page.get_by_label("Namn").fill("Fritidsgården Alvik")
    page.get_by_label("Avdelning").select_option(label="Avdelningen för kultur och fritid")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Fritidsgården Alvik")
    assert Unit.objects.filter(name="Fritidsgården Alvik", administration__name="Bromma").exists()

    page.get_by_role("link", name="Logg").click()
    expect(page.get_by_role("table")).to_contain_text("Fritidsgården Alvik")
    check_a11y(page)
    assert AuditEvent.objects.filter(summary="Fritidsgården Alvik").count() == 1


def test_a_coordinator_gives_a_new_person_a_role(page: Page, sign_in, check_a11y):
    sign_in(page, "samordnare.bromma")
    page.goto("/organisation/")
    page.get_by_role("link", name="Bromma").click()
    page.get_by_role("link", name="Lägg till roll").click()
    check_a11y(page)
    role_options = page.get_by_label("Roll").locator("option").all_inner_texts()
    assert "Systemförvaltare" not in role_options  # only a system administrator hands that out
    page.get_by_label("Användarnamn").fill("ny.medarbetare")
    page.get_by_label("E-postadress").fill("ny.medarbetare@demo.varna.example")
    page.get_by_label("Roll").select_option(label="Medarbetare")
    page.get_by_label("Enhet").select_option(label="Fritidsgården Blackeberg")
    page.get_by_role("button", name="Lägg till").click()
    expect(page.get_by_role("table", name="Personer med roll i förvaltningen")).to_contain_text(
        "ny.medarbetare"
    )


def test_a_person_creates_and_revokes_an_api_token(page: Page, sign_in, check_a11y):
    sign_in(page, "samordnare.soc")
    page.get_by_role("link", name="Mitt konto").click()
    page.get_by_label("Namn").fill("Statistikexport")
    page.get_by_role("button", name="Skapa nyckel").click()
    secret = page.locator("code.secret").inner_text()
    assert secret.startswith("varna_")
    check_a11y(page)
    response = page.request.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert response.json()["username"] == "samordnare.soc"
    page.get_by_role("button", name="Återkalla Statistikexport").click()
    expect(page.get_by_role("status")).to_contain_text("återkallad")
    assert page.request.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status == 401


def test_public_pages_pass_axe(page: Page, check_a11y):
    for path in ["/konto/logga-in/", "/konto/losenord/nytt/", "/konto/losenord/skickat/"]:
        page.goto(path)
        check_a11y(page)


def test_the_api_documentation_is_served_by_the_app(page: Page, sign_in):
    sign_in(page, "admin")
    external = []
    page.on(
        "request",
        lambda request: (
            external.append(request.url)
            if not request.url.startswith(page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2])
            and not request.url.startswith("data:")
            else None
        ),
    )
    page.goto("/api/v1/docs")
    expect(page.get_by_text("Värna API").first).to_be_visible()
    assert external == []
