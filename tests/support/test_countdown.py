"""The 24-hour deadline: elapsed time, in words and numbers, across the DST changes."""

from __future__ import annotations

import datetime
import zoneinfo

from varna.support.constants import Timeliness
from varna.support.countdown import countdown

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def local(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=STOCKHOLM)


def test_the_remaining_time_is_shown_in_hours_and_minutes():
    state = countdown(requested_at=local(2024, 5, 6, 8, 0), now=local(2024, 5, 6, 19, 55))
    assert state.status == Timeliness.PENDING
    assert state.text == "12 h 5 min kvar"


def test_some_seconds_left_are_never_shown_as_no_time():
    state = countdown(requested_at=local(2024, 5, 6, 8, 0), now=local(2024, 5, 7, 7, 59, 30))
    assert state.text == "0 h 1 min kvar"
    assert state.status == Timeliness.URGENT


def test_a_request_past_its_deadline_is_overdue_in_words():
    state = countdown(requested_at=local(2024, 5, 6, 8, 0), now=local(2024, 5, 7, 11, 10))
    assert state.status == Timeliness.OVERDUE
    assert state.label == "Försenad"
    assert state.text == "Försenad: 3 h 10 min över tiden"


def test_the_deadline_is_24_hours_of_real_time_over_the_spring_change():
    # Clocks go from 02:00 to 03:00 on 31 March 2024: 24 hours after 10:00 is 11:00 local.
    requested = local(2024, 3, 30, 10, 0)
    state = countdown(requested_at=requested, now=local(2024, 3, 31, 9, 0))
    assert state.deadline.astimezone(STOCKHOLM).hour == 11
    assert state.text == "2 h 0 min kvar"


def test_the_deadline_is_24_hours_of_real_time_over_the_autumn_change():
    # Clocks go from 03:00 back to 02:00 on 27 October 2024: 24 hours after 10:00 is 09:00 local.
    requested = local(2024, 10, 26, 10, 0)
    state = countdown(requested_at=requested, now=local(2024, 10, 27, 8, 30))
    assert state.deadline.astimezone(STOCKHOLM).hour == 9
    assert state.text == "0 h 30 min kvar"


def test_a_contact_at_the_deadline_counts_as_within_24_hours():
    requested = local(2024, 3, 30, 10, 0)
    on_time = countdown(
        requested_at=requested, now=local(2024, 4, 2), first_contact_at=local(2024, 3, 31, 11, 0)
    )
    late = countdown(
        requested_at=requested, now=local(2024, 4, 2), first_contact_at=local(2024, 3, 31, 11, 1)
    )
    assert on_time.status == Timeliness.CONTACTED
    assert on_time.text == "Kontakt efter 24 h 0 min"
    assert late.status == Timeliness.CONTACTED_LATE
