"""The 24-hour deadline of a request to leave, in words and numbers ("12 h 5 min kvar").

Pure functions of aware datetimes. The deadline is 24 elapsed hours after the request, so on
the days the clocks change (Europe/Stockholm) it falls at 11.00 or 09.00 local time for a
request made at 10.00; remaining time is always real time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from varna.support.constants import FIRST_CONTACT_DEADLINE, URGENT_WITHIN, Timeliness


@dataclass(frozen=True)
class Countdown:
    status: str  # a Timeliness value
    deadline: datetime.datetime
    minutes: int  # left (pending, urgent), over (overdue) or taken (contacted): whole minutes
    text: str

    @property
    def label(self) -> str:
        return str(Timeliness(self.status).label)

    @property
    def is_overdue(self) -> bool:
        return self.status in (Timeliness.OVERDUE, Timeliness.CONTACTED_LATE)

    @property
    def is_open(self) -> bool:
        return self.status in (Timeliness.PENDING, Timeliness.URGENT, Timeliness.OVERDUE)


def hours_and_minutes(minutes: int) -> str:
    """ "12 h 5 min" for 725 minutes."""
    return _("%(hours)d h %(minutes)d min") % {"hours": minutes // 60, "minutes": minutes % 60}


def _whole_minutes_up(delta: datetime.timedelta) -> int:
    seconds = int(delta.total_seconds())
    return -(-seconds // 60)


def _whole_minutes_down(delta: datetime.timedelta) -> int:
    return int(delta.total_seconds()) // 60


def countdown(
    *,
    requested_at: datetime.datetime,
    now: datetime.datetime,
    first_contact_at: datetime.datetime | None = None,
) -> Countdown:
    """Where a request stands at `now`. Time left is rounded up (never "0 min" while some is
    left), time over and time taken are rounded down to whole minutes."""
    # In UTC: Python adds and subtracts datetimes of the same zone by the wall clock, which
    # would make the 24 hours 23 or 25 on the days the clocks change.
    requested_at, now = requested_at.astimezone(datetime.UTC), now.astimezone(datetime.UTC)
    deadline = requested_at + FIRST_CONTACT_DEADLINE
    if first_contact_at is not None:
        first_contact_at = first_contact_at.astimezone(datetime.UTC)
        taken = _whole_minutes_down(first_contact_at - requested_at)
        in_time = first_contact_at <= deadline
        return Countdown(
            status=Timeliness.CONTACTED if in_time else Timeliness.CONTACTED_LATE,
            deadline=deadline,
            minutes=taken,
            text=_("Kontakt efter %(duration)s") % {"duration": hours_and_minutes(taken)},
        )
    if now > deadline:
        over = _whole_minutes_down(now - deadline)
        return Countdown(
            status=Timeliness.OVERDUE,
            deadline=deadline,
            minutes=over,
            text=_("Försenad: %(duration)s över tiden") % {"duration": hours_and_minutes(over)},
        )
    left = _whole_minutes_up(deadline - now)
    return Countdown(
        status=Timeliness.URGENT if deadline - now <= URGENT_WITHIN else Timeliness.PENDING,
        deadline=deadline,
        minutes=left,
        text=_("%(duration)s kvar") % {"duration": hours_and_minutes(left)},
    )
