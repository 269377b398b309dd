"""Template helpers of the support log: durations in hours and minutes, and the start-page links."""

from __future__ import annotations

from typing import Any

from django import template

from varna.organisation.permissions import is_central_coordinator, is_system_admin
from varna.support import selectors
from varna.support.countdown import hours_and_minutes

register = template.Library()


@register.filter
def minutes_as_duration(minutes: int | None) -> str:
    """ "5 h 12 min" for 312; a dash for None (not computable or suppressed)."""
    return "–" if minutes is None else hours_and_minutes(minutes)


@register.simple_tag
def support_links(user: Any) -> dict[str, Any]:
    """Where the person works with the support log (for the start page)."""
    if not getattr(user, "is_authenticated", False):
        return {}
    return {
        "inboxes": list(selectors.administrations_with_inbox(user)),
        "logs": list(selectors.administrations_with_log(user)),
        "city": is_central_coordinator(user) or is_system_admin(user),
    }
