"""Freezing the situation picture ("Fastställ"): what is stored, who reads it, and that it stays."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from tests.reports.factories import make_report
from varna.audit.models import AuditEvent
from varna.organisation.models import User
from varna.situation.models import Snapshot
from varna.situation.services import EXTRA_SECTIONS, SituationError, freeze_situation, save_draft
from varna.situation.snapshots import snapshot_figures

pytestmark = pytest.mark.django_db


def counts(rows) -> dict[str, int | None]:
    return {row.code: row.count for row in rows if row.count != 0}


@pytest.fixture
def frozen_2018(seed_reports, hagersten, hagersten_coordinator) -> Snapshot:
    save_draft(
        administration=hagersten,
        year=2018,
        mapping="Rapporter från medarbetare och polisen.",
        analysis="Vit makt-miljön syns mest genom klotter.",
        actor=hagersten_coordinator,
    )
    return freeze_situation(administration=hagersten, year=2018, actor=hagersten_coordinator)


def test_a_frozen_snapshot_holds_exactly_the_seed_counts(frozen_2018):
    figures = snapshot_figures(frozen_2018, exact=True)
    assert figures.total == 5
    assert counts(figures.breakdowns["environment"]) == {"right_wing": 4, "islamist": 1}
    assert counts(figures.breakdowns["event_type"]) == {"graffiti": 2, "expressed_views": 3}
    assert counts(figures.breakdowns["source"]) == {"police": 2, "report": 3}
    assert figures.trend.totals[-1] == 5
    assert frozen_2018.mapping == "Rapporter från medarbetare och polisen."
    assert frozen_2018.number == 1 and frozen_2018.frozen_by_name == "samordnare.hl"


def test_the_controlled_version_hides_the_small_counts(frozen_2018):
    figures = snapshot_figures(frozen_2018, exact=False)
    assert figures.controlled and figures.total == 5
    environment = {row.code: row for row in figures.breakdowns["environment"]}
    assert environment["islamist"].count is None and environment["islamist"].suppressed
    # 4 beside a hidden 1 under a shown total of 5 would tell the 1: it is hidden too.
    assert environment["right_wing"].count is None


def test_later_changes_to_reports_do_not_change_a_frozen_snapshot(frozen_2018, hagersten, client):
    make_report(
        administration="Hägersten-Liljeholmen",
        event_date=datetime.date(2018, 6, 1),
        environments=("islamist",),
        event_types=("expressed_views",),
    )
    frozen_2018.refresh_from_db()
    assert snapshot_figures(frozen_2018, exact=True).total == 5
    coordinator = User.objects.get(username="samordnare.hl")
    client.force_login(coordinator)
    page = client.get(reverse("situation_snapshot", args=[hagersten.pk, frozen_2018.pk]))
    assert page.context["figures"].total == 5
    live = client.get(reverse("situation", args=[hagersten.pk]), {"ar": "2018"})
    assert live.context["figures"].total == 6
    # Freezing again makes a new version with the new count; the first stays.
    second = freeze_situation(administration=hagersten, year=2018, actor=coordinator)
    assert second.number == 2
    assert snapshot_figures(second, exact=True).total == 6
    assert snapshot_figures(Snapshot.objects.get(pk=frozen_2018.pk), exact=True).total == 5


def test_freezing_is_audited(frozen_2018, hagersten):
    event = AuditEvent.objects.get(object_type="fastställd lägesbild", object_id=str(frozen_2018.pk))
    assert event.actor.username == "samordnare.hl"
    assert event.administration_id == hagersten.pk
    assert "Hägersten-Liljeholmen 2018" in event.summary


def test_a_future_year_cannot_be_frozen(hagersten, hagersten_coordinator):
    with pytest.raises(SituationError):
        freeze_situation(
            administration=hagersten, year=datetime.date.today().year + 1, actor=hagersten_coordinator
        )


def test_other_apps_can_add_sections_to_a_snapshot(
    seed_reports, hagersten, hagersten_coordinator, monkeypatch
):
    monkeypatch.setitem(EXTRA_SECTIONS, "survey", lambda administration, period: {"responses": 12})
    monkeypatch.setitem(EXTRA_SECTIONS, "training", lambda administration, period: None)
    snapshot = freeze_situation(administration=hagersten, year=2018, actor=hagersten_coordinator)
    assert snapshot.extra == {"survey": {"responses": 12}}


def test_the_coordinator_freezes_from_the_page_and_finds_it_listed(
    seed_reports, hagersten, hagersten_coordinator
):
    client = Client()
    client.force_login(hagersten_coordinator)
    response = client.post(reverse("situation_freeze", args=[hagersten.pk]), {"ar": "2018"})
    snapshot = Snapshot.objects.get(administration=hagersten, year=2018)
    assert response.status_code == 302
    assert response["Location"] == reverse("situation_snapshot", args=[hagersten.pk, snapshot.pk])
    listing = client.get(reverse("situation_snapshots", args=[hagersten.pk])).content.decode()
    assert "Lägesbild 2018, version 1" in listing
    page = client.get(response["Location"]).content.decode()
    assert "5 händelser under perioden" in page


def test_the_central_coordinator_reads_the_snapshot_without_small_counts(frozen_2018, hagersten, client_as):
    response = client_as("central").get(reverse("situation_snapshot", args=[hagersten.pk, frozen_2018.pk]))
    assert response.status_code == 200
    assert response.context["exact"] is False
    environment = {row.code: row.count for row in response.context["figures"].breakdowns["environment"]}
    assert environment["islamist"] is None
    assert "röjandeskydd" in response.content.decode()
    assert "Vit makt-miljön syns mest genom klotter." in response.content.decode()


def test_two_snapshots_are_compared_row_by_row(frozen_2018, hagersten, hagersten_coordinator):
    make_report(
        administration="Hägersten-Liljeholmen",
        event_date=datetime.date(2018, 6, 1),
        environments=("islamist",),
        event_types=("expressed_views",),
    )
    second = freeze_situation(administration=hagersten, year=2018, actor=hagersten_coordinator)
    client = Client()
    client.force_login(hagersten_coordinator)
    response = client.get(
        reverse("situation_snapshot_compare", args=[hagersten.pk]), {"a": frozen_2018.pk, "b": second.pk}
    )
    assert response.status_code == 200
    tables = {table.key: table for table in response.context["tables"]}
    islamist = next(
        row for row in tables["environment"].rows if row.label.startswith("Våldsbejakande islamism")
    )
    assert (islamist.first, islamist.second, islamist.difference) == (1, 2, 1)
    total = tables["total"].rows[0]
    assert (total.first, total.second, total.difference) == (5, 6, 1)
    assert tables["environment"].changed == 1


def test_a_snapshot_of_another_administration_is_not_found(frozen_2018, client_as, bromma):
    response = client_as("samordnare.bromma").get(
        reverse("situation_snapshot", args=[bromma.pk, frozen_2018.pk])
    )
    assert response.status_code == 404


def test_the_city_view_shows_which_administrations_froze_the_year(frozen_2018, client_as):
    response = client_as("central").get(reverse("situation_city"), {"ar": "2018"})
    rows = {row["administration"].name: row["snapshot"] for row in response.context["administration_rows"]}
    assert rows["Hägersten-Liljeholmen"] == frozen_2018
    assert rows["Bromma"] is None
    html = response.content.decode()
    assert "Lägesbild 2018 fastställd" in html


def test_the_api_lists_the_snapshots(frozen_2018, hagersten, client_as):
    response = client_as("central").get(f"/api/v1/situation/{hagersten.pk}/snapshots")
    assert response.status_code == 200
    assert [(s["year"], s["number"], s["frozen_by"]) for s in response.json()] == [(2018, 1, "samordnare.hl")]
