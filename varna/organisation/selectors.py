"""Reading the organisation."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from varna.audit.models import AuditEvent
from varna.organisation.constants import Role, RoleGrantStatus
from varna.organisation.models import Administration, Membership, RoleGrant
from varna.organisation.permissions import (
    administration_ids_with_role,
    is_central_coordinator,
    is_system_admin,
)


def administrations_visible_to(user: Any) -> QuerySet[Administration]:
    """Administrations whose organisation pages the user may open."""
    everything = Administration.objects.select_related("municipality")
    if is_system_admin(user) or is_central_coordinator(user):
        return everything
    own = administration_ids_with_role(user, Role.COORDINATOR)
    return everything.filter(pk__in=own)


def memberships_for_user(user: Any) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("administration", "unit")


def administration_overview(administration: Administration) -> dict[str, Any]:
    return {
        "departments": administration.departments.prefetch_related("units"),
        "units": administration.units.select_related("department"),
        "areas": administration.areas.all(),
        "memberships": administration.memberships.select_related("user", "unit", "administration"),
    }


def start_page_for(user: Any) -> dict[str, Any]:
    """What the start page offers: one block per role the person holds, most local first."""
    memberships = list(memberships_for_user(user))
    roles = {m.role for m in memberships}
    by_role: dict[str, list[Administration]] = {}
    for membership in memberships:
        by_role.setdefault(membership.role, []).append(membership.administration)
    return {
        "memberships": memberships,
        "roles": roles,
        "reporter": bool(roles & {Role.EMPLOYEE, Role.UNIT_MANAGER, Role.COORDINATOR}) or not roles,
        "unit_manager_of": [m for m in memberships if m.role == Role.UNIT_MANAGER],
        "coordinator_of": by_role.get(Role.COORDINATOR, []),
        "central": Role.CENTRAL_COORDINATOR in roles,
        "all_administrations": (
            Administration.objects.order_by("kind", "name")
            if Role.CENTRAL_COORDINATOR in roles or is_system_admin(user)
            else []
        ),
        "grants_officer_of": by_role.get(Role.GRANTS_OFFICER, []),
        "committee_of": by_role.get(Role.COMMITTEE_VIEWER, []),
        "admin": is_system_admin(user),
    }


def pending_role_grants() -> QuerySet[RoleGrant]:
    return RoleGrant.objects.filter(status=RoleGrantStatus.PENDING).select_related(
        "user", "administration", "requested_by", "unit"
    )


def audit_events_visible_to(user: Any) -> QuerySet[AuditEvent]:
    """A system administrator sees every entry; a coordinator their administrations' entries."""
    events = AuditEvent.objects.select_related("administration")
    if is_system_admin(user):
        return events
    own = administration_ids_with_role(user, Role.COORDINATOR)
    return events.filter(administration_id__in=own)
