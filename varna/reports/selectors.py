"""Reading reports: whose reports a person sees, the inbox and its filters, reference lists."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Count, Q, QuerySet

from varna.organisation.constants import Role
from varna.organisation.permissions import administration_ids_with_role
from varna.reports.constants import ReferenceKind, Status
from varna.reports.models import ReferenceItem, Report


def own_reports(user: Any) -> QuerySet[Report]:
    """The reports a person submitted themselves: all an employee ever sees of reports."""
    if not getattr(user, "is_authenticated", False):
        return Report.objects.none()
    return Report.objects.filter(submitted_by=user).with_lists()


def reviewable_reports(user: Any) -> QuerySet[Report]:
    """Every report of the administrations where the user is coordinator, with its free text.

    The central coordinator and the system administrator are not here on purpose: they see
    other administrations' reports only as statistics.
    """
    return Report.objects.filter(
        administration_id__in=administration_ids_with_role(user, Role.COORDINATOR)
    ).with_lists()


def visible_reports(user: Any) -> QuerySet[Report]:
    """The person's own reports and every report of the administrations they coordinate."""
    if not getattr(user, "is_authenticated", False):
        return Report.objects.none()
    coordinated = administration_ids_with_role(user, Role.COORDINATOR)
    return Report.objects.filter(Q(submitted_by=user) | Q(administration_id__in=coordinated)).with_lists()


def filter_reports(
    reports: QuerySet[Report],
    *,
    status: str | None = None,
    classification: str | None = None,
    environment: str | None = None,
    event_type: str | None = None,
    area: int | None = None,
    source: str | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[Report]:
    """Reports narrowed by the inbox's and the API's filters, newest first. Codes are
    reference-list codes; an empty filter is no filter."""
    exact = {
        "status": status,
        "classification": classification,
        "environments__code": environment,
        "event_types__code": event_type,
        "area_id": area,
        "source": source,
        "event_date__gte": date_from,
        "event_date__lte": date_to,
    }
    reports = reports.filter(**{key: value for key, value in exact.items() if value})
    return reports.distinct().order_by("-submitted_at", "-pk")


def inbox(administration_id: int, **filters: Any) -> QuerySet[Report]:
    """One administration's reports, newest first, filtered (see filter_reports)."""
    return filter_reports(Report.objects.filter(administration_id=administration_id).with_lists(), **filters)


def status_counts(reports: QuerySet[Report]) -> dict[str, int]:
    """How many of `reports` have each status, and how many no coordinator has opened ("unread")."""
    matching = Report.objects.filter(pk__in=reports.values("pk"))
    rows = matching.values_list("status").annotate(n=Count("pk")).order_by()
    counts = dict.fromkeys(Status.values, 0) | dict(rows)
    counts["unread"] = matching.filter(first_opened_at__isnull=True).count()
    return counts


def reference_list(kind: str, *, include_inactive: bool = False) -> QuerySet[ReferenceItem]:
    items = ReferenceItem.objects.filter(kind=kind)
    return items if include_inactive else items.filter(active=True)


def reference_lists() -> dict[str, list[ReferenceItem]]:
    lists: dict[str, list[ReferenceItem]] = {kind: [] for kind in ReferenceKind.values}
    for item in ReferenceItem.objects.filter(active=True):
        lists[item.kind].append(item)
    return lists
