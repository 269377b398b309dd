"""A plan's "Lokal lägesbild" section shows a frozen situation picture of its administration."""

from __future__ import annotations

import io

import docx
import pytest
from django.urls import reverse

from tests.plans.factories import make_plan
from tests.situation.snapshot_factories import make_snapshot
from varna.organisation.models import User
from varna.plans import services
from varna.reports.demo import load_demo_reports

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan_and_snapshot(demo):
    load_demo_reports()
    plan = make_plan(year=2024)
    return plan, make_snapshot("Bromma", year=2019)


def situation_section(plan):
    return plan.sections.get(kind="situation")


def test_the_coordinator_picks_a_snapshot_for_the_situation_section(plan_and_snapshot, client_as):
    plan, snapshot = plan_and_snapshot
    section = situation_section(plan)
    client = client_as("samordnare.bromma")
    url = reverse("section_edit", args=[plan.pk, section.pk])
    form = client.get(url).context["form"]
    choices = dict(form.fields["situation_snapshot_id"].choices)
    assert choices[snapshot.pk].startswith("2019, version 1 (fastställd ")
    response = client.post(
        url,
        {
            "kind": "situation",
            "heading": section.heading,
            "text": section.text,
            "situation_snapshot_id": snapshot.pk,
        },
    )
    assert response.status_code == 302
    section.refresh_from_db()
    assert section.situation_snapshot_id == snapshot.pk
    page = client.get(reverse("plan_detail", args=[plan.pk])).content.decode()
    assert "Ur den fastställda lägesbilden 2019 (version 1" in page
    assert reverse("situation_snapshot", args=[plan.administration_id, snapshot.pk]) in page


def test_the_plan_document_has_the_snapshots_main_tables(plan_and_snapshot, client_as):
    plan, snapshot = plan_and_snapshot
    section = situation_section(plan)
    services.update_section(
        section=section,
        actor=User.objects.get(username="samordnare.bromma"),
        heading=section.heading,
        text=section.text,
        situation_snapshot_id=snapshot.pk,
    )
    response = client_as("samordnare.bromma").get(
        reverse("plan_document", args=[plan.pk]), {"format": "docx"}
    )
    document = docx.Document(io.BytesIO(response.content))
    headers = [table.cell(0, 0).text for table in document.tables]
    assert "Uppgift" in headers and "Miljö" in headers
    summary = document.tables[headers.index("Uppgift")]
    assert summary.cell(1, 0).text == "Händelser totalt"


def test_a_snapshot_of_another_administration_is_refused(plan_and_snapshot):
    plan, _snapshot = plan_and_snapshot
    section = situation_section(plan)
    other = make_snapshot("Socialförvaltningen", year=2023, by="samordnare.soc")
    with pytest.raises(services.PlanStateError):
        services.update_section(
            section=section,
            actor=User.objects.get(username="samordnare.bromma"),
            heading=section.heading,
            text=section.text,
            situation_snapshot_id=other.pk,
        )


def test_a_section_of_another_kind_keeps_no_snapshot(plan_and_snapshot):
    plan, snapshot = plan_and_snapshot
    section = plan.sections.get(kind="introduction")
    updated = services.update_section(
        section=section,
        actor=User.objects.get(username="samordnare.bromma"),
        heading=section.heading,
        text=section.text,
        situation_snapshot_id=snapshot.pk,
    )
    assert updated.situation_snapshot_id is None


def _document_text(response) -> str:
    document = docx.Document(io.BytesIO(response.content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_plan_document_says_whether_its_situation_figures_are_exact_or_controlled(
    plan_and_snapshot, client_as
):
    plan, snapshot = plan_and_snapshot
    section = situation_section(plan)
    services.update_section(
        section=section,
        actor=User.objects.get(username="samordnare.bromma"),
        heading=section.heading,
        text=section.text,
        situation_snapshot_id=snapshot.pk,
    )
    url = reverse("plan_document", args=[plan.pk])
    client = client_as("samordnare.bromma")
    internal = _document_text(client.get(url, {"format": "docx"}))
    public = _document_text(client.get(url, {"format": "docx", "publicering": "1"}))
    assert "Exakta siffror (internt dokument)." in internal
    assert "Siffror med röjandeskydd: värden under 3 visas som färre än 3." in public
    assert "Exakta siffror" not in public
    exact_total = str(snapshot.figures["total"])
    assert exact_total in internal
    # Outside the administration the document is always the one for publication.
    central = _document_text(client_as("central").get(url, {"format": "docx"}))
    assert "Siffror med röjandeskydd" in central and "Exakta siffror" not in central


def test_seed_000s_adopted_plan_keeps_its_exact_words_inside(demo, client_as):
    """Seed 000 publishes "två" and "sex" in an adopted plan: the plan's own text is exact."""
    from varna.plans.demo import load_demo_plans

    plan = next(
        p for p in load_demo_plans() if (p.administration.name, p.year) == ("Socialförvaltningen", 2024)
    )
    for who in ("samordnare.soc", "namnd"):  # the committee is inside too
        text = _document_text(client_as(who).get(reverse("plan_document", args=[plan.pk])))
        assert "två" in text and "sex" in text
