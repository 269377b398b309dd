"""Reading reports: whose reports a person sees, the inbox and its filters, reference lists."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Count, QuerySet

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


def inbox(
    administration_id: int,
    *,
    status: str = "",
    classification: str = "",
    environment: str = "",
    event_type: str = "",
    area: int | None = None,
    source: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[Report]:
    """One administration's reports, newest first, filtered. Codes are reference-list codes."""
    reports = Report.objects.filter(administration_id=administration_id).with_lists()
    if status:
        reports = reports.filter(status=status)
    if classification:
        reports = reports.filter(classification=classification)
    if environment:
        reports = reports.filter(environments__code=environment)
    if event_type:
        reports = reports.filter(event_types__code=event_type)
    if area:
        reports = reports.filter(area_id=area)
    if source:
        reports = reports.filter(source=source)
    if date_from:
        reports = reports.filter(event_date__gte=date_from)
    if date_to:
        reports = reports.filter(event_date__lte=date_to)
    return reports.distinct().order_by("-submitted_at")


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
