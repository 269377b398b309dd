"""The written sections of the situation picture: kartläggning and analys, saved per year."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from varna import deid
from varna.audit.models import AuditEvent
from varna.lib.personal_data import PersonalDataError
from varna.situation.figures import exact_figures
from varna.situation.models import Draft
from varna.situation.services import save_draft
from varna.situation.snapshots import mapping_suggestion
from varna.situation.statistics import Filters, Period

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(hagersten_coordinator) -> Client:
    client = Client()
    client.force_login(hagersten_coordinator)
    return client


def test_the_mapping_is_prefilled_with_the_sources_that_have_counts(
    seed_reports, hagersten, coordinator_client
):
    response = coordinator_client.get(reverse("situation_texts", args=[hagersten.pk]), {"ar": "2018"})
    assert response.status_code == 200
    mapping = response.context["form"].initial["mapping"]
    assert "Lägesbilden för 2018 bygger på följande källor" in mapping
    assert "rapport från medarbetare (" in mapping  # the employees' reports, as the release shows them
    assert "Svarsfrekvens" in mapping


def test_the_prefill_is_written_from_the_release_and_shows_no_hidden_count(
    seed_reports, hagersten, coordinator_client
):
    # The issue: "polisen (2), incidentrapport (ia) (3)" went unchanged into the published PDF.
    response = coordinator_client.get(reverse("situation_texts", args=[hagersten.pk]), {"ar": "2018"})
    mapping = response.context["form"].initial["mapping"].lower()
    exact = {
        r.code: r.count for r in exact_figures(hagersten, Period.year(2018), Filters()).breakdowns["source"]
    }
    assert exact["police"] == 2
    assert "polisen (färre än 3 eller dolt)" in mapping
    assert "(2)" not in mapping and "(1)" not in mapping and "(0)" not in mapping


def test_the_suggestion_holds_no_personal_data(seed_reports, hagersten):
    suggestion = mapping_suggestion(exact_figures(hagersten, Period.year(2018), Filters()))
    assert deid.scan(suggestion) == []


def test_the_coordinator_saves_a_draft_per_year(seed_reports, hagersten, coordinator_client):
    url = reverse("situation_texts", args=[hagersten.pk])
    response = coordinator_client.post(
        url, {"ar": "2018", "mapping": "Polisen och medarbetare.", "analysis": "Klotter dominerar."}
    )
    assert response.status_code == 302
    draft = Draft.objects.get(administration=hagersten, year=2018)
    assert (draft.mapping, draft.analysis) == ("Polisen och medarbetare.", "Klotter dominerar.")
    assert draft.updated_by.username == "samordnare.hl"
    # Saving again changes the same draft; another year is another draft.
    coordinator_client.post(url, {"ar": "2018", "mapping": "Ny text.", "analysis": ""})
    coordinator_client.post(url, {"ar": "2017", "mapping": "Året innan.", "analysis": ""})
    assert Draft.objects.get(administration=hagersten, year=2018).mapping == "Ny text."
    assert Draft.objects.filter(administration=hagersten).count() == 2
    again = coordinator_client.get(url, {"ar": "2018"})
    assert again.context["form"].initial["mapping"] == "Ny text."
    assert AuditEvent.objects.filter(object_type="utkast till lägesbild").count() == 3


def test_personal_data_in_the_analysis_is_refused_and_marked(seed_reports, hagersten, coordinator_client):
    response = coordinator_client.post(
        reverse("situation_texts", args=[hagersten.pk]),
        {"ar": "2018", "mapping": "", "analysis": "Eleven 080512-3452 uttryckte åsikter."},
    )
    assert response.status_code == 200
    assert "analysis" in response.context["form"].deid_results
    assert "Möjliga personuppgifter" in response.content.decode()
    assert not Draft.objects.filter(administration=hagersten).exists()


def test_the_service_refuses_personal_data_too(hagersten, hagersten_coordinator):
    with pytest.raises(PersonalDataError):
        save_draft(
            administration=hagersten,
            year=2018,
            mapping="Enkät till Rektor Lindqvist.",
            analysis="",
            actor=hagersten_coordinator,
        )


def test_only_the_coordinator_of_the_administration_writes(seed_reports, hagersten, client_as):
    url = reverse("situation_texts", args=[hagersten.pk])
    assert client_as("central").get(url).status_code == 403
    assert client_as("samordnare.bromma").get(url).status_code == 404
    assert (
        client_as("central")
        .post(reverse("situation_freeze", args=[hagersten.pk]), {"ar": "2018"})
        .status_code
        == 403
    )


def test_the_situation_page_links_to_the_texts_snapshots_and_downloads(
    seed_reports, hagersten, coordinator_client
):
    html = coordinator_client.get(reverse("situation", args=[hagersten.pk]), {"ar": "2018"}).content.decode()
    assert reverse("situation_texts", args=[hagersten.pk]) + "?ar=2018" in html
    assert reverse("situation_snapshots", args=[hagersten.pk]) in html
    assert reverse("situation_export", args=[hagersten.pk, "docx"]) in html
    assert "publicering=1" in html
