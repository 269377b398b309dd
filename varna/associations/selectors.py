"""Reads: what a person may see, the application's history, follow-ups that are due."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import QuerySet

from varna.associations import conf
from varna.associations.models import Association, GrantApplication, GrantFollowUp, PremisesLetting
from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import administration_ids_with_role, is_system_admin


def readable_administration_ids(user: Any) -> list[int] | None:
    """Administrations whose associations the user reads; None: all of them."""
    if is_system_admin(user):
        return None
    return sorted(
        set(administration_ids_with_role(user, Role.GRANTS_OFFICER))
        | set(administration_ids_with_role(user, Role.COORDINATOR))
    )


def managed_administrations(user: Any) -> QuerySet[Administration]:
    return Administration.objects.filter(pk__in=administration_ids_with_role(user, Role.GRANTS_OFFICER))


def _limit(queryset: QuerySet, user: Any, field: str) -> QuerySet:
    ids = readable_administration_ids(user)
    return queryset if ids is None else queryset.filter(**{f"{field}__in": ids})


def associations_visible_to(user: Any) -> QuerySet[Association]:
    return _limit(Association.objects.select_related("administration"), user, "administration_id")


def applications_visible_to(user: Any) -> QuerySet[GrantApplication]:
    return _limit(
        GrantApplication.objects.select_related("association__administration"),
        user,
        "association__administration_id",
    )


def lettings_visible_to(user: Any) -> QuerySet[PremisesLetting]:
    return _limit(
        PremisesLetting.objects.select_related("administration", "association"), user, "administration_id"
    )


def follow_ups_due(user: Any, today: datetime.date, days: int | None = None) -> QuerySet[GrantFollowUp]:
    """Follow-ups not done whose day is within `days` (default: the reminder setting) or past."""
    horizon = today + datetime.timedelta(days=conf.reminder_days_before() if days is None else days)
    return _limit(
        GrantFollowUp.objects.select_related("application__association__administration").filter(
            done_on__isnull=True, due_on__lte=horizon, application__status="granted"
        ),
        user,
        "application__association__administration_id",
    ).order_by("due_on", "pk")


def application_history(association: Association) -> QuerySet[GrantApplication]:
    return association.applications.prefetch_related("decisions").order_by("-year")
