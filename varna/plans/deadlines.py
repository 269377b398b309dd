"""When each follow-up is due and when reminders go out, from settings that fail loudly."""

from __future__ import annotations

import datetime
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from varna.plans.constants import PERIOD_END, Occasion

_DEADLINE = re.compile(r"^(T1|T2|VB)=(\+1:)?(\d{2})-(\d{2})$")


def deadline_rules(raw: str | None = None) -> dict[str, tuple[int, int, int]]:
    """occasion -> (years after the plan's year, month, day), from PLAN_FOLLOW_UP_DEADLINES."""
    raw = settings.PLAN_FOLLOW_UP_DEADLINES if raw is None else raw
    found: dict[str, tuple[int, int, int]] = {}
    for item in (part.strip() for part in raw.split(",") if part.strip()):
        match = _DEADLINE.match(item)
        if not match:
            raise ImproperlyConfigured(
                f"PLAN_FOLLOW_UP_DEADLINES: {item!r} is not OCCASION=MM-DD or OCCASION=+1:MM-DD"
            )
        occasion, next_year, month, day = match.groups()
        try:
            datetime.date(2023, int(month), int(day))  # not a leap year: 29 February is refused
        except ValueError as exc:
            raise ImproperlyConfigured(f"PLAN_FOLLOW_UP_DEADLINES: {item!r} is not a date") from exc
        found[occasion] = (1 if next_year else 0, int(month), int(day))
    missing = set(Occasion.values) - set(found)
    if missing:
        raise ImproperlyConfigured(f"PLAN_FOLLOW_UP_DEADLINES lacks {sorted(missing)}")
    return found


def reminder_days(raw: str | None = None) -> list[int]:
    """Days before a deadline on which reminders go out, largest first."""
    raw = settings.PLAN_REMINDER_DAYS_BEFORE if raw is None else raw
    try:
        days = sorted({int(part) for part in raw.split(",") if part.strip()}, reverse=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"PLAN_REMINDER_DAYS_BEFORE must be whole days, got {raw!r}") from exc
    if any(day < 0 for day in days):
        raise ImproperlyConfigured("PLAN_REMINDER_DAYS_BEFORE cannot hold negative days")
    return days


def deadline(occasion: str, year: int) -> datetime.date:
    """The day the follow-up of the plan for `year` is due at `occasion`."""
    offset, month, day = deadline_rules()[occasion]
    return datetime.date(year + offset, month, day)


def period_end(occasion: str, year: int) -> datetime.date:
    month, day = PERIOD_END[occasion]
    return datetime.date(year, month, day)


def latest_occasion(year: int, today: datetime.date) -> str:
    """The occasion of `year` whose period ended last by `today` (T1 if none has yet)."""
    ended = [o for o in (Occasion.T1, Occasion.T2, Occasion.VB) if period_end(o, year) < today]
    return str(ended[-1]) if ended else str(Occasion.T1)
