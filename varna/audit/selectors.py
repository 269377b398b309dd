"""Reading the audit log."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from varna.audit.models import AuditEvent
from varna.organisation.constants import Role
from varna.organisation.permissions import administration_ids_with_role, is_system_admin


def events_visible_to(user: Any) -> QuerySet[AuditEvent]:
    """A system administrator sees every entry; a coordinator their administrations' entries."""
    events = AuditEvent.objects.select_related("administration")
    if is_system_admin(user):
        return events
    own = administration_ids_with_role(user, Role.COORDINATOR)
    return events.filter(administration_id__in=own)
