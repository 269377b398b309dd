"""Guidance pages: written by coordinators, versioned, drafts hidden, Markdown made safe."""

from __future__ import annotations

from django.urls import reverse

from tests.knowledge.factories import make_page
from varna.audit.models import AuditEvent
from varna.knowledge.markup import render_markdown
from varna.knowledge.models import Page


def page_form(**values):
    return {"title": "Rutin för klotter", "kind": "routine", "summary": "", "body": "Ta bort klottret.",
            "administration": "stad", "status": "published", **values}  # fmt: skip


def test_the_central_coordinator_writes_a_page_for_the_whole_city(client_as):
    response = client_as("central").post(reverse("page_create"), page_form())
    page = Page.objects.get(title="Rutin för klotter")
    assert response.status_code == 302
    assert page.administration is None and page.owner.username == "central"
    assert page.versions.count() == 1
    assert AuditEvent.objects.filter(object_type="sida", object_id=str(page.pk), action="created").exists()


def test_a_coordinator_writes_only_for_their_own_administration(client_as, bromma, farsta):
    client = client_as("samordnare.bromma")
    refused = client.post(reverse("page_create"), page_form(administration=str(farsta.pk)))
    assert refused.status_code == 200 and not Page.objects.filter(title="Rutin för klotter").exists()
    city = client.post(reverse("page_create"), page_form(administration="stad"))
    assert city.status_code == 200, "only the central coordinator writes for the whole city"
    client.post(reverse("page_create"), page_form(administration=str(bromma.pk)))
    assert Page.objects.get(title="Rutin för klotter").administration == bromma


def test_every_save_keeps_the_earlier_version(client_as):
    page = make_page(body="Första texten.")
    client = client_as("central")
    client.post(reverse("page_edit", args=[page.pk]), page_form(title=page.title, body="Andra texten."))
    page.refresh_from_db()
    assert page.version == 2 and page.body == "Andra texten."
    assert [v.body for v in page.versions.order_by("number")] == ["Första texten.", "Andra texten."]
    history = client.get(reverse("page_versions", args=[page.pk]))
    assert "Första texten." in history.content.decode()


def test_a_draft_is_found_only_by_those_who_may_change_it(client_as):
    draft = make_page(
        by="samordnare.bromma", administration="Bromma", status="draft", title="Utkast om Bromma"
    )
    assert client_as("samordnare.bromma").get(reverse("page_detail", args=[draft.pk])).status_code == 200
    assert client_as("medarbetare").get(reverse("page_detail", args=[draft.pk])).status_code == 404
    assert "Utkast om Bromma" not in client_as("medarbetare").get(reverse("knowledge_home")).content.decode()
    assert (
        "Utkast om Bromma" in client_as("samordnare.bromma").get(reverse("knowledge_home")).content.decode()
    )


def test_a_published_page_is_read_by_everyone_signed_in(client_as):
    page = make_page(title="Vägledning för alla")
    response = client_as("medarbetare").get(reverse("page_detail", args=[page.pk]))
    assert response.status_code == 200 and "Vägledning för alla" in response.content.decode()
    assert client_as("medarbetare").get(reverse("page_edit", args=[page.pk])).status_code == 403


def test_personal_data_in_a_page_is_refused_and_the_text_kept(client_as):
    body = "Ring Anna Andersson på 070-123 45 67 om du ser klistermärken."
    response = client_as("central").post(reverse("page_create"), page_form(body=body))
    assert response.status_code == 200
    assert not Page.objects.filter(title="Rutin för klotter").exists()
    html = response.content.decode()
    assert "Möjliga personuppgifter" in html and "om du ser klistermärken" in html


def test_markdown_is_rendered_without_scripts_or_unsafe_links():
    html = render_markdown(
        "# Rubrik\n\n<script>alert(1)</script> [länk](javascript:alert(1)) [bra](https://example.se)"
        '\n\n<img src=x onerror="alert(1)">'
    )
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "<h2>Rubrik</h2>" in html
    assert 'href="https://example.se"' in html and 'rel="noopener noreferrer"' in html
