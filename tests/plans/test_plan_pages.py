"""The plan pages: create, read, edit a draft, the status steps, read-only after submission."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.plans.factories import activity
from varna.plans.demo import load_plan_template
from varna.plans.models import Plan


def test_a_coordinator_creates_a_plan_for_their_administration(client_as, bromma):
    load_plan_template()
    client = client_as("samordnare.bromma")
    page = client.get(reverse("plan_create"))
    assert page.status_code == 200 and "Bromma" in page.content.decode()
    response = client.post(reverse("plan_create"), {"administration": bromma.pk, "year": 2026})
    plan = Plan.objects.get(administration=bromma, year=2026)
    assert response.status_code == 302 and response["Location"] == reverse("plan_detail", args=[plan.pk])
    assert plan.sections.count() == 11


def test_a_coordinator_cannot_create_a_plan_for_another_administration(client_as, farsta):
    response = client_as("samordnare.bromma").post(
        reverse("plan_create"), {"administration": farsta.pk, "year": 2026}
    )
    assert response.status_code == 200  # the choice is not offered: the form says so
    assert not Plan.objects.filter(administration=farsta).exists()


def test_the_plan_page_shows_sections_and_activity_tables_in_the_layout_of_the_seeds(client_as, draft_plan):
    page = client_as("samordnare.bromma").get(reverse("plan_detail", args=[draft_plan.pk])).content.decode()
    assert (
        page.index("Förebyggande arbete</h2>")
        < page.index("Demokratiworkshop")
        < page.index("Kompetenshöjande insatser</h2>")
    )
    for column in ("Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"):
        assert f'<th scope="col">{column}</th>' in page
    assert "Överlämna till nämnden" in page
    # Coordination has no section of its own here: it closes the plan under "Aktiviteter".
    assert page.index('id="activities-title"') < page.index("Samordnaren deltar")


def test_an_activity_is_added_and_a_name_in_it_is_caught_without_losing_the_text(client_as, draft_plan):
    client = client_as("samordnare.bromma")
    url = reverse("activity_add", args=[draft_plan.pk])
    data = {
        "group": "training",
        "description": "Utbildning som Anna Svensson håller för personalen.",
        "responsible_role": "VBE-samordnare",
        "occasions": ["T1", "VB"],
    }
    refused = client.post(url, data)
    page = refused.content.decode()
    assert refused.status_code == 200 and "Möjliga personuppgifter" in page
    assert "Utbildning som Anna Svensson håller för personalen." in page  # nothing typed is lost
    data["description"] = "Utbildning för personalen."
    assert client.post(url, data).status_code == 302
    added = activity(draft_plan, "Utbildning för")
    assert (added.group, added.occasions) == ("training", ["T1", "VB"])


def test_moving_an_activity_works_without_javascript_and_with_htmx(client_as, draft_plan):
    client = client_as("samordnare.bromma")
    lecture = activity(draft_plan, "Föreläsning")
    url = reverse("activity_move", args=[draft_plan.pk, lecture.pk])
    response = client.post(url, {"direction": "up"})
    assert response.status_code == 302 and response["Location"].endswith(f"#activity-{lecture.pk}")
    assert draft_plan.activities.filter(group="training").order_by("order").first() == lecture
    # htmx follows the redirect and picks the group's table out of the page; the moved button keeps focus.
    page = client.post(
        url, {"direction": "down"}, follow=True, headers={"HX-Request": "true"}
    ).content.decode()
    assert 'id="group-training"' in page and "autofocus" in page


def test_moving_to_another_group_and_copying(client_as, draft_plan):
    client = client_as("samordnare.bromma")
    lecture = activity(draft_plan, "Föreläsning")
    client.post(reverse("activity_move", args=[draft_plan.pk, lecture.pk]), {"group": "coordination"})
    lecture.refresh_from_db()
    assert lecture.group == "coordination"
    response = client.post(reverse("activity_copy", args=[draft_plan.pk, lecture.pk]))
    copy = draft_plan.activities.exclude(pk=lecture.pk).get(description=lecture.description)
    assert response["Location"] == reverse("activity_edit", args=[draft_plan.pk, copy.pk])


def test_a_section_is_edited(client_as, draft_plan):
    section = draft_plan.sections.get(kind="situation")
    url = reverse("section_edit", args=[draft_plan.pk, section.pk])
    response = client_as("samordnare.bromma").post(
        url, {"kind": "situation", "heading": "Lokal lägesbild", "text": "Tre händelser.\n\nInga hot."}
    )
    assert response.status_code == 302
    section.refresh_from_db()
    assert section.paragraphs() == ["Tre händelser.", "Inga hot."]


def test_submit_adopt_and_the_plan_is_read_only(client_as, draft_plan):
    client = client_as("samordnare.bromma")
    client.post(reverse("plan_submit", args=[draft_plan.pk]))
    adopt = client.post(
        reverse("plan_adopt", args=[draft_plan.pk]),
        {"adopted_on": "2024-02-14", "decision_reference": "§ 12"},
    )
    assert adopt.status_code == 302
    draft_plan.refresh_from_db()
    assert (draft_plan.status, str(draft_plan.adopted_on)) == ("adopted", "2024-02-14")
    page = client.get(reverse("plan_detail", args=[draft_plan.pk])).content.decode()
    assert "kan inte ändras" in page and "Ändra avsnittet" not in page and "Skapa ny version" in page
    edit = client.get(reverse("section_edit", args=[draft_plan.pk, draft_plan.sections.first().pk]))
    assert edit.status_code == 302 and edit["Location"] == reverse("plan_detail", args=[draft_plan.pk])


def test_a_new_version_and_its_comparison(client_as, adopted_plan):
    client = client_as("samordnare.bromma")
    response = client.post(reverse("plan_new_version", args=[adopted_plan.pk]))
    new = Plan.objects.get(previous_version=adopted_plan)
    assert response["Location"] == reverse("plan_detail", args=[new.pk])
    section = new.sections.get(kind="situation")
    client.post(
        reverse("section_edit", args=[new.pk, section.pk]),
        {
            "kind": "situation",
            "heading": "Lokal lägesbild",
            "text": "Fyra händelser med klotter rapporterades.",
        },
    )
    client.post(reverse("activity_delete", args=[new.pk, activity(new, "Föreläsning").pk]))
    page = client.get(reverse("plan_compare", args=[new.pk])).content.decode()
    assert "Jämför version 1 med version 2" in page
    assert '<del><span class="visually-hidden">borttaget: </span>Två</del>' in page
    assert '<ins><span class="visually-hidden">tillagt: </span>Fyra</ins>' in page
    assert "Borttagen aktivitet:" in page and "Föreläsning om symboler" in page


def test_unit_managers_read_a_plan_only_once_it_is_submitted(client_as, draft_plan, user):
    client = client_as("enhetschef")
    assert client.get(reverse("plan_detail", args=[draft_plan.pk])).status_code == 403
    assert "Bromma" not in client.get(reverse("plan_list")).content.decode()
    from varna.plans import services

    services.submit_plan(plan=draft_plan, actor=user("samordnare.bromma"))
    assert client.get(reverse("plan_detail", args=[draft_plan.pk])).status_code == 200
    assert draft_plan.title in client.get(reverse("plan_list")).content.decode()


def test_a_committee_viewer_of_another_administration_does_not_find_the_plan(client_as, adopted_plan):
    assert client_as("namnd").get(reverse("plan_detail", args=[adopted_plan.pk])).status_code == 404


@pytest.mark.parametrize("username", ["central", "admin"])
def test_the_city_wide_roles_read_every_plan_but_the_central_coordinator_does_not_edit(
    username, client_as, draft_plan
):
    page = client_as(username).get(reverse("plan_detail", args=[draft_plan.pk])).content.decode()
    assert ("Överlämna till nämnden" in page) is (username == "admin")


def test_next_years_plan_from_the_page(client_as, adopted_plan):
    response = client_as("samordnare.bromma").post(reverse("plan_next_year", args=[adopted_plan.pk]))
    nxt = Plan.objects.get(based_on=adopted_plan)
    assert response["Location"] == reverse("plan_detail", args=[nxt.pk]) and nxt.year == 2025
