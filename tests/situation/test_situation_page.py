"""The situation-picture page: who sees exact counts, who sees them disclosure-controlled."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from tests.reports.factories import make_report
from tests.situation.releases import release, vouch_all
from varna.organisation.constants import Role
from varna.organisation.models import Membership, User

pytestmark = pytest.mark.django_db

D = datetime.date


def bromma_2024() -> None:
    """Bromma 2024: five right-wing events in Alvik, one Islamist in Ängby (a count of one)."""
    from varna.organisation.models import Area

    alvik = Area.objects.get(administration__name="Bromma", name="Alvik")
    angby = Area.objects.get(administration__name="Bromma", name="Ängby")
    for day in range(1, 6):
        make_report(event_date=D(2024, 3, day), area=alvik)
    make_report(event_date=D(2024, 4, 1), area=angby, environments=("islamist",))


def released_2024() -> None:
    """Bromma 2024 reviewed and frozen: what outsiders see is that release."""
    bromma_2024()
    vouch_all()
    release("Bromma", 2024)


def page(client, administration, **query):
    return client.get(reverse("situation", args=[administration.pk]), query)


def test_the_coordinator_sees_exact_counts_for_any_period(client_as, bromma):
    bromma_2024()
    response = page(client_as("samordnare.bromma"), bromma, **{"from": "2024-04-01", "to": "2024-04-30"})
    figures = response.context["figures"]
    assert figures.controlled is False
    assert figures.total == 1
    assert {r.code: r.count for r in figures.breakdowns["environment"]}["islamist"] == 1


def test_the_central_coordinator_sees_small_counts_suppressed(client_as, bromma):
    released_2024()
    response = page(client_as("central"), bromma, ar="2024")
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures.controlled is True
    assert figures.total == 6  # administrations' totals of at least the threshold are shown
    environments = {r.code: r for r in figures.breakdowns["environment"]}
    assert environments["islamist"].count is None and environments["islamist"].suppressed
    # One suppressed cell in a line with a shown total would give itself away.
    assert sum(1 for r in figures.breakdowns["environment"] if r.suppressed) >= 2
    areas = [r for r in figures.breakdowns["area"] if r.suppressed]
    assert len(areas) >= 2
    html = response.content.decode()
    assert "röjandeskydd" in html
    assert ">1<" not in html.replace(" ", "")


def test_outside_the_administration_only_whole_years_are_shown(client_as, bromma):
    released_2024()
    response = page(client_as("central"), bromma, **{"from": "2024-01-01", "to": "2024-06-30"})
    assert response.status_code == 400  # the page with the Swedish error (issue 22)
    assert response.context["figures"] is None
    assert "bara för hela kalenderår" in response.content.decode()
    whole = page(client_as("central"), bromma, **{"from": "2024-01-01", "to": "2024-12-31"})
    assert whole.context["figures"].period.is_year


def test_outside_the_administration_filters_are_ignored(client_as, bromma):
    released_2024()
    response = page(client_as("admin"), bromma, ar="2024", environment="islamist", classification="not_vbe")
    assert response.context["figures"].total == 6


def test_an_administration_with_fewer_events_than_the_threshold_shows_no_breakdown(client_as, bromma):
    make_report(event_date=D(2024, 3, 1))
    vouch_all()
    release("Bromma", 2024)
    response = page(client_as("central"), bromma, ar="2024")
    figures = response.context["figures"]
    assert figures.small and figures.total is None
    assert all(r.count is None for rows in figures.breakdowns.values() for r in rows if r.code != "graffiti")
    assert "färre än 3" in response.content.decode()


def test_the_threshold_is_a_setting(client_as, bromma, settings):
    bromma_2024()
    vouch_all()
    settings.SITUATION_SUPPRESSION_THRESHOLD = 1
    release("Bromma", 2024)
    figures = page(client_as("central"), bromma, ar="2024").context["figures"]
    assert {r.code: r.count for r in figures.breakdowns["environment"]}["islamist"] == 1
    settings.SITUATION_SUPPRESSION_THRESHOLD = 7
    release("Bromma", 2024)
    figures = page(client_as("central"), bromma, ar="2024").context["figures"]
    assert figures.total is None  # 6 < 7


def test_the_committee_sees_its_own_administration_exactly(client_as, socialforvaltningen, bromma):
    # The committee is inside its administration (ADR 0006): exact and live, nothing frozen needed.
    response = page(client_as("namnd"), socialforvaltningen, ar="2024")
    assert response.status_code == 200
    assert response.context["figures"].controlled is False
    assert page(client_as("namnd"), bromma).status_code == 404


def test_outsiders_see_not_published_yet_for_a_year_without_a_release(client_as, bromma):
    bromma_2024()
    vouch_all()
    response = page(client_as("central"), bromma, ar="2024")
    assert response.context["figures"] is None and response.context["unpublished"]
    assert "inte publicerad ännu" in response.content.decode()


def test_inside_unreviewed_reports_count_and_are_marked(client_as, bromma):
    bromma_2024()
    response = page(client_as("samordnare.bromma"), bromma, ar="2024")
    assert response.context["figures"].total == 6
    assert "varav 6 ogranskade" in response.content.decode()


def test_an_employee_gets_403_at_home_and_404_elsewhere(client_as, bromma, farsta):
    assert page(client_as("medarbetare"), bromma).status_code == 403
    assert page(client_as("medarbetare"), farsta).status_code == 404
    assert page(client_as("samordnare.bromma"), farsta).status_code == 404


def test_a_coordinator_who_is_also_central_sees_their_own_exactly(client_as, bromma):
    central = User.objects.get(username="central")
    Membership.objects.create(user=central, administration=bromma, role=Role.COORDINATOR)
    bromma_2024()
    figures = page(client_as("central"), bromma, ar="2024").context["figures"]
    assert figures.controlled is False


def test_an_empty_selection_of_classifications_is_an_error_that_keeps_the_input(client_as, bromma):
    response = page(
        client_as("samordnare.bromma"), bromma, visa="1", **{"from": "2024-02-01", "to": "2024-03-01"}
    )
    assert response.context["figures"] is None
    html = response.content.decode()
    assert "Kryssa i minst en bedömning" in html
    assert 'value="2024-02-01"' in html


def test_a_period_that_ends_before_it_starts_is_an_error(client_as, bromma):
    response = page(client_as("samordnare.bromma"), bromma, **{"from": "2024-05-01", "to": "2024-04-01"})
    assert response.context["figures"] is None
    assert "kan inte ligga före" in response.content.decode()


def test_the_default_is_this_year_and_links_go_to_the_year_before(client_as, bromma):
    response = page(client_as("samordnare.bromma"), bromma)
    figures = response.context["figures"]
    assert figures.period.is_year
    assert figures.period.start.year == datetime.date.today().year
    assert f"ar={figures.period.start.year - 1}" in response.context["years"]["previous"]
    assert response.context["years"]["next"] is None


def test_every_chart_is_an_image_named_by_its_title_with_a_table_beside_it(client_as, bromma):
    bromma_2024()
    html = page(client_as("samordnare.bromma"), bromma, ar="2024").content.decode()
    charts = html.count('<svg role="img" aria-labelledby="chart-')
    assert charts == 7 + 2  # seven breakdowns, graffiti, trend
    assert html.count("<caption") == charts
    assert 'id="chart-environment-title"' in html
