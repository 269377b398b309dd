"""Reading the audit log."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from varna.audit.models import AuditEvent
from varna.organisation.constants import Role
from varna.organisation.permissions import is_system_admin, memberships_of


def events_visible_to(user: Any) -> QuerySet[AuditEvent]:
    """A system administrator sees every entry; a coordinator their administrations' entries."""
    events = AuditEvent.objects.select_related("administration")
    if is_system_admin(user):
        return events
    own = [adm for adm, role, _ in memberships_of(user) if role == Role.COORDINATOR]
    return events.filter(administration_id__in=own)
