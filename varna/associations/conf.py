"""The app's settings with their defaults (documented in the README's environment table)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def max_upload_mb() -> int:
    return int(getattr(settings, "ASSOCIATIONS_MAX_UPLOAD_MB", 10))


def four_eyes_default() -> bool:
    return bool(getattr(settings, "ASSOCIATIONS_FOUR_EYES", False))


def vbe_control_from() -> int:
    """The first grant year whose follow-up includes the VBE control step (seed 000: 2024)."""
    return int(getattr(settings, "ASSOCIATIONS_VBE_CONTROL_FROM", 2024))


def reminder_days_before() -> int:
    return int(getattr(settings, "ASSOCIATIONS_REMINDER_DAYS_BEFORE", 14))


def follow_up_due(year: int) -> datetime.date:
    """The day in the grant year by which a granted association is followed up."""
    value = str(getattr(settings, "ASSOCIATIONS_FOLLOW_UP_DUE", "10-31"))
    try:
        month, day = (int(part) for part in value.split("-"))
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise ImproperlyConfigured(f"ASSOCIATIONS_FOLLOW_UP_DUE must be MM-DD, not {value!r}") from exc
