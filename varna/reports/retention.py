"""Retention (gallring) of reports: old reports are reduced to statistics or deleted (ADR 0005).

A report is due when both its event and its submission lie before 1 January of the year
`REPORT_RETENTION_YEARS` years back, so that a calendar year is reduced as a whole and its
situation picture stays one consistent set. Reducing keeps every coded field the situation
picture counts (administration, unit, area, date, environments, event types, age group,
setting, actions, source, status, classification) and removes everything else a person wrote
or that points at a person: the description, the coordinator's notes, the reporter, the
reviewer, "contact me", the links between reports and the links other records (a support
consultation's linked reports) hold to them. Import batches of those years lose the
rows they still hold. Both operations are idempotent: a second run finds nothing to do.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.reports.models import ImportBatch, Report, ReportNote

ACTOR_NAME = "gallring (apply_retention)"


@dataclass(frozen=True)
class RetentionResult:
    cutoff: datetime.date
    reports: int  # reports reduced, or deleted with delete=True
    notes: int  # notes removed
    links: int  # links between reports removed (each pair once)
    other_links: int  # links from other records (e.g. support consultations) removed
    import_batches: int  # import batches whose remaining rows were removed
    deleted: bool
    applied: bool

    @property
    def nothing_to_do(self) -> bool:
        return not (self.reports or self.notes or self.links or self.other_links or self.import_batches)


def retention_cutoff(*, years: int | None = None, today: datetime.date | None = None) -> datetime.date:
    """1 January of the year `years` back: everything before it is due."""
    years = settings.REPORT_RETENTION_YEARS if years is None else years
    if years < 1:
        raise ValueError("the retention period must be at least one year")
    today = today or timezone.localdate()
    return datetime.date(today.year - years, 1, 1)


def due_reports(cutoff: datetime.date) -> QuerySet[Report]:
    start_of_cutoff = timezone.make_aware(datetime.datetime.combine(cutoff, datetime.time.min))
    return Report.objects.filter(event_date__lt=cutoff, submitted_at__lt=start_of_cutoff)


def _links_from_elsewhere() -> list[tuple[str, Any, str]]:
    """Links to reports kept by other apps (e.g. a support consultation's linked reports):
    (the reverse query name, the through model, its column pointing at the report)."""
    found = []
    for relation in Report._meta.related_objects:
        if relation.many_to_many and relation.related_model is not Report:
            through = relation.through
            column = next(f.name for f in through._meta.fields if f.related_model is Report)
            found.append((relation.get_accessor_name(), through, column))
    return found


def _identifying(reports: QuerySet[Report]) -> QuerySet[Report]:
    """The due reports that still hold something to remove (what makes a rerun do nothing)."""
    condition = (
        Q(description__gt="")
        | Q(submitted_by__isnull=False)
        | Q(reviewed_by__isnull=False)
        | Q(contact_requested=True)
        | Q(notes__isnull=False)
        | Q(linked__isnull=False)
    )
    for name, _through, _column in _links_from_elsewhere():
        condition |= Q(**{f"{name}__isnull": False})
    return reports.filter(condition).distinct()


def apply_retention(
    *,
    years: int | None = None,
    delete: bool = False,
    apply: bool = False,
    today: datetime.date | None = None,
) -> RetentionResult:
    """Reduce (or with `delete`, remove) the due reports; with `apply=False` only count them.

    One audit entry records what was done, with counts only.
    """
    cutoff = retention_cutoff(years=years, today=today)
    with transaction.atomic():
        due = due_reports(cutoff)
        if apply:  # the due reports stay as they are until this run has changed them
            list(due.select_for_update().values_list("pk", flat=True))
        target = due if delete else _identifying(due)
        ids = list(target.values_list("pk", flat=True))
        notes = ReportNote.objects.filter(report_id__in=ids)
        links = Report.linked.through.objects.filter(from_report_id__in=ids)
        elsewhere = [
            through.objects.filter(**{f"{column}_id__in": ids})
            for _, through, column in _links_from_elsewhere()
        ]
        batches = ImportBatch.objects.filter(
            created_at__lt=timezone.make_aware(datetime.datetime.combine(cutoff, datetime.time.min))
        ).exclude(rows=[])
        result = RetentionResult(
            cutoff=cutoff,
            reports=len(ids),
            notes=notes.count(),
            # A link is stored in both directions; a pair with one report kept counts once too.
            links=len({tuple(sorted(pair)) for pair in links.values_list("from_report_id", "to_report_id")}),
            other_links=sum(rows.count() for rows in elsewhere),
            import_batches=batches.count(),
            deleted=delete,
            applied=apply,
        )
        if not apply or result.nothing_to_do:
            return result
        notes.delete()
        Report.linked.through.objects.filter(Q(from_report_id__in=ids) | Q(to_report_id__in=ids)).delete()
        for rows in elsewhere:
            rows.delete()
        batches.update(rows=[])
        if delete:
            Report.objects.filter(pk__in=ids).delete()
        else:
            Report.objects.filter(pk__in=ids).update(
                description="", submitted_by=None, reviewed_by=None, contact_requested=False
            )
        record_event(
            action=Action.DELETED if delete else Action.CHANGED,
            actor_name=ACTOR_NAME,
            summary=summary(result),
        )
    return result


def summary(result: RetentionResult) -> str:
    """The audit entry's text: counts and the cutoff, nothing else."""
    what = "borttagna" if result.deleted else "reducerade till statistik"
    return (
        f"Gallring före {result.cutoff.isoformat()}: {result.reports} rapporter {what}, "
        f"{result.notes} anteckningar, {result.links} kopplingar mellan rapporter och "
        f"{result.other_links} kopplingar från andra ärenden borttagna, "
        f"{result.import_batches} importer tömda"
    )
