"""Outside the administration: whole years, small counts suppressed, one publication for all."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from tests.support.factories import make_consultation, make_request, make_team
from varna.support.selectors import support_summary_for_situation
from varna.support.statistics import city_support, controlled_statistics

YEAR = timezone.localdate().year


def day(n: int) -> datetime.date:
    return datetime.date(YEAR, 1, 1) + datetime.timedelta(days=n)


def test_an_administration_with_few_consultations_shows_only_fewer_than_the_threshold(bromma, client_as):
    make_consultation(date=day(0), subject="returnee")
    make_consultation(date=day(0), subject="returnee")
    figures = controlled_statistics(bromma, YEAR)
    assert figures.consultations is None
    assert all(row.count is None for row in figures.breakdowns["subject"])
    page = (
        client_as("central")
        .get(reverse("support_statistics", args=[bromma.pk]), {"ar": YEAR})
        .content.decode()
    )
    assert "Färre än 3 konsultationer." in page
    exact = (
        client_as("samordnare.bromma").get(reverse("support_statistics", args=[bromma.pk])).content.decode()
    )
    assert "2 konsultationer." in exact


def test_small_cells_are_hidden_and_cannot_be_worked_out(bromma):
    for subject in ["returnee"] * 5 + ["radicalisation"]:
        make_consultation(date=day(0), subject=subject)
    figures = controlled_statistics(bromma, YEAR)
    counts = {row.code: row.count for row in figures.breakdowns["subject"]}
    assert figures.consultations == 6
    assert counts["radicalisation"] is None  # 1 < 3
    assert counts["returnee"] is None  # 5 would give away the 1 (6 - 5)
    assert counts["other"] == 0  # zero points out nobody


def test_the_central_coordinator_gets_no_period_but_a_whole_year(bromma, client_as):
    page = client_as("central").get(reverse("support_statistics", args=[bromma.pk]))
    assert 'name="fran"' not in page.content.decode()
    api = client_as("central").get(
        f"/api/v1/support/{bromma.pk}/statistics?from={YEAR}-01-01&to={YEAR}-03-31"
    )
    assert api.status_code == 422
    whole = client_as("central").get(
        f"/api/v1/support/{bromma.pk}/statistics?from={YEAR}-01-01&to={YEAR}-12-31"
    )
    assert whole.json()["disclosure_controlled"] is True


def test_the_share_within_24_hours_is_hidden_when_a_part_is_small(bromma, user):
    team = make_team("Bromma", "enhetschef")
    start = timezone.make_aware(datetime.datetime(YEAR, 1, 2, 9, 0))
    for _ in range(4):
        item = make_request(team, requested_at=start)
        item.first_contact_at = start + datetime.timedelta(hours=3)
        item.save()
    make_request(team, requested_at=start)  # overdue: 1 of 5, small
    routine = city_support(YEAR).routine[bromma.pk]
    assert routine.requests == 5
    assert routine.overdue is None and routine.open is None  # 4, 0, 1: the whole split is hidden
    assert routine.share_in_time is None
    assert routine.median_minutes is None and routine.median_withheld  # four contacted: fewer than 5


def test_the_city_page_is_for_the_central_coordinator(client_as):
    make_consultation(date=day(0))
    assert client_as("central").get(reverse("support_city")).status_code == 200
    assert client_as("samordnare.bromma").get(reverse("support_city")).status_code == 403


def test_the_situation_summary_is_controlled_unless_asked_otherwise(bromma):
    assert support_summary_for_situation(administration=bromma, year=YEAR) is None
    make_consultation(date=day(0), subject="returnee")
    controlled = support_summary_for_situation(administration=bromma, year=YEAR)
    exact = support_summary_for_situation(administration=bromma, year=YEAR, controlled=False)
    assert controlled.controlled and controlled.consultations is None
    assert not exact.controlled and exact.consultations == 1


def test_the_situation_include_renders(bromma):
    from django.template.loader import render_to_string

    make_consultation(date=day(0), subject="returnee")
    html = render_to_string(
        "support/_situation.html",
        {"support": support_summary_for_situation(administration=bromma, year=YEAR, controlled=False)},
    )
    assert "1 konsultation i enskilda ärenden" in html
    assert "Rutin 24 timmar" in html
