"""Issue 21: no median from fewer than five requests, no split outsiders see that moves with the
clock alone, and requests planted from outside the administration do not count outside."""

from __future__ import annotations

import datetime
import zoneinfo

from django.urls import reverse

from tests.support.factories import make_team
from varna.support.models import FirstContactRequest
from varna.support.services import log_request
from varna.support.statistics import Period, city_support, controlled_statistics, exact_statistics

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
YEAR = 2024
START = datetime.datetime(YEAR, 3, 4, 9, 0, tzinfo=STOCKHOLM)


def log(team, user, requested, contacted_after_hours=None, by="medarbetare"):
    item = log_request(
        by=user(by), team=team, requested_at=requested, channel="phone", requester="self", notify=False
    )
    if contacted_after_hours is not None:
        FirstContactRequest.objects.filter(pk=item.pk).update(
            first_contact_at=requested + datetime.timedelta(hours=contacted_after_hours)
        )
    return item


def test_no_median_from_three_contacted_requests_but_from_five(bromma, user, client_as):
    team = make_team("Bromma", "enhetschef")
    for hours in (1, 2, 5):
        log(team, user, START, hours)
    for routine in (
        exact_statistics(bromma, Period.year(YEAR)).routine,
        city_support(YEAR).routine[bromma.pk],
    ):
        assert routine.median_minutes is None and routine.median_withheld
    page = client_as("samordnare.bromma").get(reverse("support_statistics", args=[bromma.pk]), {"ar": YEAR})
    assert "för få ärenden (färre än 5)" in page.text
    api = client_as("central").get(
        f"/api/v1/support/{bromma.pk}/statistics?from={YEAR}-01-01&to={YEAR}-12-31"
    )
    assert api.json()["first_contact"]["median_minutes_to_first_contact"] is None
    assert api.json()["first_contact"]["median_withheld"] is True

    for hours in (3, 4):
        log(team, user, START, hours)
    assert exact_statistics(bromma, Period.year(YEAR)).routine.median_minutes == 180
    outside = city_support(YEAR).routine[bromma.pk]
    assert outside.median_minutes == 180 and not outside.median_withheld
    city = client_as("central").get(reverse("support_city"), {"ar": YEAR}).text
    assert "3 h 0 min" in city


def test_what_outsiders_see_does_not_change_when_only_the_clock_moves(bromma, user):
    team = make_team("Bromma", "enhetschef")
    late_in_year = datetime.datetime(YEAR, 12, 30, 20, 0, tzinfo=STOCKHOLM)
    for _ in range(3):
        log(team, user, START, 2)  # in time
        log(team, user, START, 30)  # late
        log(team, user, late_in_year)  # open: within the time on the 31st, overdue on 1 January
    before = datetime.datetime(YEAR, 12, 31, 8, 0, tzinfo=STOCKHOLM)
    after = before + datetime.timedelta(days=2)
    # Inside, the split moves with the clock: that is what the team works from.
    assert exact_statistics(bromma, Period.year(YEAR), now=before).routine.pending == 3
    assert exact_statistics(bromma, Period.year(YEAR), now=after).routine.overdue == 3
    seen = [controlled_statistics(bromma, YEAR, now=now).routine for now in (before, after)]
    assert seen[0] == seen[1]
    assert (seen[0].in_time, seen[0].late, seen[0].open) == (3, 3, 3)
    assert seen[0].overdue is None and seen[0].pending is None
    assert seen[0].share_in_time == 3 / 9


def test_requests_planted_from_outside_the_administration_do_not_count_outside(bromma, user):
    team = make_team("Bromma", "enhetschef")
    for _ in range(3):
        log(team, user, START, 2)
    for _ in range(2):
        log(team, user, START, 30)
    before = city_support(YEAR)
    assert before.requests[bromma.pk] == 5
    # The central coordinator holds no role in Bromma: their requests are planted.
    for _ in range(3):
        log(team, user, START, 40, by="central")
    after = city_support(YEAR)
    assert after.requests[bromma.pk] == 5
    assert after.routine[bromma.pk] == before.routine[bromma.pk]
    # Inside, every request counts: the team has them in its inbox.
    assert exact_statistics(bromma, Period.year(YEAR)).routine.requests == 8


def test_fewer_than_three_requests_outside_zero_included_show_as_fewer_than_three(bromma, user):
    assert city_support(YEAR).requests[bromma.pk] is None
    team = make_team("Bromma", "enhetschef")
    log(team, user, START, 2)
    assert city_support(YEAR).requests[bromma.pk] is None
    # Planted ones do not lift it over the threshold either.
    for _ in range(2):
        log(team, user, START, 2, by="central")
    assert city_support(YEAR).requests[bromma.pk] is None
