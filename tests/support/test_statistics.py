"""Statistics of the support log: counts by category, share within 24 hours and median time."""

from __future__ import annotations

import datetime
import zoneinfo

from django.urls import reverse

from tests.support.factories import make_consultation, make_team
from varna.reports.models import ReferenceItem
from varna.support.models import FirstContactRequest
from varna.support.services import log_request
from varna.support.statistics import Period, exact_statistics

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
NOW = datetime.datetime(2024, 6, 30, 12, 0, tzinfo=STOCKHOLM)


def request(team, user, requested, contacted_after_hours=None):
    item = log_request(
        by=user("medarbetare"),
        team=team,
        requested_at=requested,
        channel="phone",
        requester="self",
        notify=False,
    )
    if contacted_after_hours is not None:
        FirstContactRequest.objects.filter(pk=item.pk).update(
            first_contact_at=requested + datetime.timedelta(hours=contacted_after_hours)
        )
    return item


def test_share_within_24_hours_and_median_time_to_first_contact(bromma, user):
    team = make_team("Bromma", "enhetschef")
    day = datetime.datetime(2024, 5, 1, 9, 0, tzinfo=STOCKHOLM)
    request(team, user, day, 2)  # in time, 120 min
    request(team, user, day, 6)  # in time, 360 min
    request(team, user, day, 30)  # late, 1800 min
    request(team, user, day)  # open, past the deadline
    request(
        team, user, NOW - datetime.timedelta(hours=1)
    )  # open, within the deadline: not counted in the share
    figures = exact_statistics(bromma, Period.year(2024), now=NOW)
    routine = figures.routine
    assert (routine.requests, routine.in_time, routine.late, routine.overdue, routine.pending) == (
        5,
        2,
        1,
        1,
        1,
    )
    assert routine.share_in_time == 0.5
    # Three contacted requests: the median would be one request's exact time.
    assert routine.median_minutes is None and routine.median_withheld
    request(team, user, day, 1)  # in time, 60 min
    request(team, user, day, 3)  # in time, 180 min
    routine = exact_statistics(bromma, Period.year(2024), now=NOW).routine
    assert routine.median_minutes == 180 and not routine.median_withheld


def test_requests_are_counted_by_the_local_day_they_came_in(bromma, user):
    team = make_team("Bromma", "enhetschef")
    # 00:30 on 1 January in Stockholm is still 31 December in UTC.
    request(team, user, datetime.datetime(2025, 1, 1, 0, 30, tzinfo=STOCKHOLM), 1)
    assert exact_statistics(bromma, Period.year(2025), now=NOW.replace(year=2025)).routine.requests == 1
    assert exact_statistics(bromma, Period.year(2024), now=NOW).routine.requests == 0


def test_consultations_are_counted_by_subject_age_group_environment_and_support(bromma):
    islamist = ReferenceItem.objects.get(kind="environment", code="islamist")
    right = ReferenceItem.objects.get(kind="environment", code="right_wing")
    day = datetime.date(2024, 3, 5)
    make_consultation(
        date=day,
        subject="returnee",
        age_group="under_18",
        environments=[islamist, right],
        support_given=["advice", "police_contact"],
    )
    make_consultation(date=day, subject="returnee", age_group="21_plus", support_given=[])
    make_consultation(date=datetime.date(2023, 12, 31), subject="other")
    figures = exact_statistics(bromma, Period.year(2024), now=NOW)
    rows = {key: {r.code: r.count for r in rows} for key, rows in figures.breakdowns.items()}
    assert figures.consultations == 2
    assert rows["subject"]["returnee"] == 2 and rows["subject"]["other"] == 0
    assert rows["age_group"]["under_18"] == 1 and rows["age_group"]["21_plus"] == 1
    assert rows["environment"]["islamist"] == 1 and rows["environment"]["right_wing"] == 1
    assert rows["environment"]["none"] == 1
    assert (
        rows["support"]["advice"] == 1
        and rows["support"]["police_contact"] == 1
        and rows["support"]["none"] == 1
    )


def test_the_coordinator_sees_exact_figures_for_any_period(client_as, bromma):
    make_consultation(date=datetime.date(2024, 3, 5))
    response = client_as("samordnare.bromma").get(
        reverse("support_statistics", args=[bromma.pk]), {"fran": "2024-03-01", "till": "2024-03-31"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "1 konsultation." in page
