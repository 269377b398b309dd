"""Search in Swedish, the contact list from the organisation, and pages due for review."""

from __future__ import annotations

import datetime

from django.db import connection
from django.urls import reverse
from django.utils import timezone

from tests.knowledge.factories import make_page, make_symbol
from varna.knowledge.models import Page
from varna.organisation.models import Membership, User


def test_search_finds_pages_and_symbols(client_as):
    make_page(title="Klotter i trapphus", body="Så anmäler du klistermärken och klotter.")
    make_symbol(name="Tyrrunan", meaning="Används på klistermärken från vit makt-miljön.")
    html = client_as("medarbetare").get(reverse("knowledge_search"), {"q": "klistermärken"}).content.decode()
    assert "Klotter i trapphus" in html and "Tyrrunan" in html


def test_search_in_swedish_finds_other_forms_of_a_word_on_postgresql(client_as):
    make_page(title="Om klistermärken", body="Klistermärken sätts upp vid busshållplatser.")
    html = (
        client_as("medarbetare").get(reverse("knowledge_search"), {"q": "busshållplatsen"}).content.decode()
    )
    # PostgreSQL's Swedish stemming finds "busshållplatser" from "busshållplatsen"; SQLite's fallback
    # matches words as they are written.
    assert ("Om klistermärken" in html) == (connection.vendor == "postgresql")


def test_search_does_not_reveal_drafts(client_as):
    make_page(by="samordnare.bromma", administration="Bromma", status="draft", title="Hemligt utkast")
    html = client_as("medarbetare").get(reverse("knowledge_search"), {"q": "utkast"}).content.decode()
    assert "Hemligt utkast" not in html


def test_the_contact_list_follows_the_organisation(client_as, farsta):
    client = client_as("medarbetare")
    html = client.get(reverse("knowledge_contacts")).content.decode()
    assert "08-527 44 290" in html  # CVE, from the municipality's routine
    newcomer = User.objects.create_user("ny.samordnare", email="ny.samordnare@example.se", first_name="Nora")
    Membership.objects.create(user=newcomer, administration=farsta, role="coordinator")
    html = client.get(reverse("knowledge_contacts")).content.decode()
    assert "ny.samordnare@example.se" in html


def test_pages_not_reviewed_for_a_year_are_listed_for_their_owner(client_as):
    page = make_page(title="Gammal vägledning")
    Page.objects.filter(pk=page.pk).update(reviewed_on=timezone.localdate() - datetime.timedelta(days=400))
    client = client_as("central")
    assert "Gammal vägledning" in client.get(reverse("knowledge_review_list")).content.decode()
    assert (
        "Gammal vägledning"
        not in client_as("samordnare.bromma").get(reverse("knowledge_review_list")).content.decode()
    )
    client.post(reverse("page_review", args=[page.pk]))
    assert "Gammal vägledning" not in client.get(reverse("knowledge_review_list")).content.decode()
    page.refresh_from_db()
    assert page.reviewed_on == timezone.localdate()


def test_the_demo_loads_the_catalogue_with_pictures_and_text_alternatives(demo, settings, tmp_path):
    from varna.knowledge.demo import load_demo_knowledge
    from varna.knowledge.models import Symbol

    load_demo_knowledge()
    load_demo_knowledge()  # idempotent
    assert Symbol.objects.filter(name="Tyrrunan").count() == 1
    assert all(s.image_alt for s in Symbol.objects.exclude(image=""))
    assert Page.objects.filter(administration=None, status="published").count() == 5
