"""The audit log page: read-only, filtered to what the reader may see.

It lives here, not in audit, because who sees which entries is an organisation rule; audit
only writes and stores the entries.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from varna.audit.constants import Action
from varna.organisation.access import requires
from varna.organisation.selectors import administrations_visible_to, audit_events_visible_to


@requires("audit.view_logs")
def event_list(request: HttpRequest) -> HttpResponse:
    events = audit_events_visible_to(request.user)
    action = request.GET.get("action", "")
    if action in Action.values:
        events = events.filter(action=action)
    administration = request.GET.get("administration", "")
    if administration.isdigit() and len(administration) < 19:  # beyond that no id, but an overflow
        events = events.filter(administration_id=int(administration))
    page = Paginator(events, 50).get_page(request.GET.get("sida"))
    return render(
        request,
        "audit/event_list.html",
        {
            "page": page,
            "actions": Action.choices,
            "action": action,
            "administrations": administrations_visible_to(request.user),
            "administration": administration,
        },
    )
