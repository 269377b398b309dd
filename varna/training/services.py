"""Changing training data: courses, events, and imports of headcounts and completions.

An import has two steps. `start_import` reads the file far enough to show its columns and keeps
it sealed (files.py); `run_import_steps` opens it with the user's key, checks every row with the
chosen columns and, only if no row has a problem, writes everything in one transaction while
it reports its progress. The chosen columns are remembered for the administration's next file.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import Overrides, ensure_clean
from varna.lib.tables import ImportRefused
from varna.organisation.models import Administration, User
from varna.reports.imports.services import stored_file_name
from varna.training import files
from varna.training.columns import Checked, Lists, check_rows
from varna.training.constants import ImportKind, ImportStatus
from varna.training.models import ColumnMapping, Completion, Course, Headcount, TrainingEvent, TrainingImport

CHUNK = 1_000  # rows written per step (and per progress report)
PENDING_HOURS = 24  # a sealed file not imported within this time is dropped
COURSE_FIELDS = (
    "administration",
    "name",
    "kind",
    "description",
    "portal_names",
    "target_percent",
    "target_date",
    "active",
)
EVENT_FIELDS = (
    "kind",
    "title",
    "held_on",
    "audience",
    "organiser",
    "attendance",
    "evaluation_score",
    "comments",
)
EVENT_FREE_TEXT = ("title", "audience", "organiser", "comments")


# --- Courses and events -----------------------------------------------------------------------


@transaction.atomic
def save_course(
    *, actor: User, data: Mapping[str, Any], course: Course | None = None, request: Any = None
) -> Course:
    unknown = set(data) - set(COURSE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown course fields: {sorted(unknown)}")
    course = Course.objects.select_for_update().get(pk=course.pk) if course else Course()
    for name, value in data.items():
        setattr(course, name, value)
    course.full_clean()
    created = course.pk is None
    course.save()
    record_event(
        action=Action.CREATED if created else Action.CHANGED,
        actor=actor,
        request=request,
        obj=course,
        summary=f"kurs: {course.name}"[:300],
    )
    return course


@transaction.atomic
def save_event(
    *,
    administration: Administration,
    actor: User,
    data: Mapping[str, Any],
    event: TrainingEvent | None = None,
    overridden: Overrides | None = None,
    request: Any = None,
) -> TrainingEvent:
    """Record (or change) a workshop or lecture; its free texts must hold no personal data."""
    unknown = set(data) - set(EVENT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown event fields: {sorted(unknown)}")
    ensure_clean({name: data.get(name) or "" for name in EVENT_FREE_TEXT}, overridden)
    if event is not None:
        event = TrainingEvent.objects.select_for_update().get(pk=event.pk, administration=administration)
    else:
        event = TrainingEvent(administration=administration)
    for name, value in data.items():
        setattr(event, name, value)
    event.full_clean()
    created = event.pk is None
    event.save()
    record_event(
        action=Action.CREATED if created else Action.CHANGED,
        actor=actor,
        request=request,
        obj=event,
        summary=f"utbildningstillfälle {event.held_on}",
    )
    return event


@transaction.atomic
def delete_event(*, event: TrainingEvent, actor: User, request: Any = None) -> None:
    record_event(action=Action.DELETED, actor=actor, request=request, obj=event, summary=f"{event.held_on}")
    event.delete()


# --- Imports ------------------------------------------------------------------------------------


def drop_stale_imports(now: datetime.datetime | None = None) -> int:
    """Forget sealed files left waiting for their columns longer than PENDING_HOURS."""
    limit = (now or timezone.now()) - datetime.timedelta(hours=PENDING_HOURS)
    return TrainingImport.objects.filter(status=ImportStatus.PENDING, created_at__lt=limit).update(
        status=ImportStatus.CANCELLED, sealed_file=b""
    )


def start_import(
    *,
    administration: Administration,
    kind: str,
    file_name: str,
    data: bytes,
    created_by: User,
    request: Any = None,
) -> tuple[TrainingImport, str, files.Table]:
    """Read the file's headings and first rows (ImportRefused if it cannot be read) and keep it
    sealed: the import, the key to open it, and the preview table (never stored)."""
    if kind not in ImportKind.values:
        raise ValueError(kind)
    drop_stale_imports()
    preview = files.read_table(file_name, data, headings_only=True)
    sealed, key = files.seal(data)
    batch = TrainingImport.objects.create(
        administration=administration,
        kind=kind,
        file_name=stored_file_name(file_name)[:200],
        sealed_file=sealed,
        created_by=created_by,
    )
    record_event(
        action=Action.CREATED, actor=created_by, request=request, obj=batch, summary=f"utbildning {kind}"
    )
    return batch, key, preview


def preview_table(*, batch: TrainingImport, key: str) -> files.Table:
    if batch.status != ImportStatus.PENDING or not batch.sealed_file:
        raise files.refuse("Filen finns inte längre. Ladda upp den igen.")
    return files.read_table(batch.file_name, files.unseal(batch.sealed_file, key), headings_only=True)


def remembered_columns(administration: Administration, kind: str) -> dict[str, str]:
    mapping = ColumnMapping.objects.filter(administration=administration, kind=kind).first()
    return dict(mapping.columns) if mapping else {}


def check_import(
    *,
    batch: TrainingImport,
    key: str,
    columns: dict[str, str],
    course: Course | None = None,
    as_of: datetime.date | None = None,
    today: datetime.date | None = None,
) -> Checked:
    """Every row checked with the chosen columns; ImportRefused listing the problems, if any."""
    if batch.status != ImportStatus.PENDING or not batch.sealed_file:
        raise files.refuse("Filen finns inte längre. Ladda upp den igen.")
    table = files.read_table(batch.file_name, files.unseal(batch.sealed_file, key))
    checked = check_rows(
        batch.kind,
        table,
        columns,
        Lists.load(batch.administration),
        today=today or timezone.localdate(),
        course_id=course.pk if course else None,
        as_of=as_of,
    )
    if checked.problems:
        raise ImportRefused(checked.problems, rows_read=checked.read)
    return checked


def run_import_steps(
    *,
    batch: TrainingImport,
    key: str,
    columns: dict[str, str],
    by: User,
    course: Course | None = None,
    as_of: datetime.date | None = None,
    request: Any = None,
    today: datetime.date | None = None,
) -> Iterator[tuple[int, int]]:
    """Check, then import every row in one transaction, yielding (rows done, rows in all). The
    transaction commits only when the generator runs to its end; closed early, it rolls back.
    An import no longer waiting yields nothing: importing twice imports once."""
    checked = check_import(batch=batch, key=key, columns=columns, course=course, as_of=as_of, today=today)
    rows = checked.rows
    with transaction.atomic():
        locked = TrainingImport.objects.select_for_update().select_related("administration").get(pk=batch.pk)
        if locked.status != ImportStatus.PENDING:
            return
        yield 0, len(rows)
        write = _write_completions if locked.kind == ImportKind.COMPLETIONS else _write_headcounts
        created = updated = 0
        for done, (new, changed) in write(locked, rows):
            created, updated = created + new, updated + changed
            yield done, len(rows)
        ColumnMapping.objects.update_or_create(
            administration=locked.administration, kind=locked.kind, defaults={"columns": columns}
        )
        locked.status = ImportStatus.IMPORTED
        locked.imported_at = timezone.now()
        locked.sealed_file = b""
        locked.row_count = checked.read
        locked.created_count, locked.updated_count = created, updated
        locked.duplicate_count = checked.duplicates
        locked.save()
        record_event(
            action=Action.CHANGED,
            actor=by,
            request=request,
            obj=locked,
            summary=f"utbildning {locked.kind} importerad: {checked.read} rader",
        )


def import_file(**kwargs: Any) -> TrainingImport:
    """Run an import to its end (tests, the demo, callers without progress)."""
    for _progress in run_import_steps(**kwargs):
        pass
    batch = kwargs["batch"]
    batch.refresh_from_db()
    return batch


def _write_completions(
    batch: TrainingImport, rows: list[dict[str, Any]]
) -> Iterator[tuple[int, tuple[int, int]]]:
    """A person already counted for a course keeps the earlier date; the unit follows the file."""
    courses = {row["course"] for row in rows}
    existing = {
        (pseudonym, course_id): (pk, unit_id, completed_on)
        for pk, pseudonym, course_id, unit_id, completed_on in Completion.objects.filter(
            administration=batch.administration, course_id__in=courses
        ).values_list("pk", "pseudonym", "course_id", "unit_id", "completed_on")
    }
    for start in range(0, len(rows), CHUNK):
        new, changed = [], []
        for row in rows[start : start + CHUNK]:
            found = existing.get((row["pseudonym"], row["course"]))
            if found is None:
                new.append(
                    Completion(
                        administration=batch.administration,
                        course_id=row["course"],
                        unit_id=row["unit"],
                        pseudonym=row["pseudonym"],
                        completed_on=row["completed_on"],
                        training_import=batch,
                    )
                )
            elif found[1] != row["unit"] or row["completed_on"] < found[2]:
                changed.append(
                    Completion(
                        pk=found[0], unit_id=row["unit"], completed_on=min(found[2], row["completed_on"])
                    )
                )
        Completion.objects.bulk_create(new, batch_size=CHUNK)
        Completion.objects.bulk_update(changed, ["unit", "completed_on"], batch_size=CHUNK)
        yield min(start + CHUNK, len(rows)), (len(new), len(changed))


def _write_headcounts(
    batch: TrainingImport, rows: list[dict[str, Any]]
) -> Iterator[tuple[int, tuple[int, int]]]:
    existing = {
        (unit_id, as_of): pk
        for pk, unit_id, as_of in Headcount.objects.filter(administration=batch.administration).values_list(
            "pk", "unit_id", "as_of"
        )
    }
    for start in range(0, len(rows), CHUNK):
        new, changed = [], []
        for row in rows[start : start + CHUNK]:
            pk = existing.get((row["unit"], row["as_of"]))
            if pk is None:
                new.append(
                    Headcount(
                        administration=batch.administration,
                        unit_id=row["unit"],
                        as_of=row["as_of"],
                        staff=row["staff"],
                        training_import=batch,
                    )
                )
            else:
                changed.append(Headcount(pk=pk, staff=row["staff"], training_import=batch))
        Headcount.objects.bulk_create(new, batch_size=CHUNK)
        Headcount.objects.bulk_update(changed, ["staff", "training_import"], batch_size=CHUNK)
        yield min(start + CHUNK, len(rows)), (len(new), len(changed))


@transaction.atomic
def cancel_import(*, batch: TrainingImport, by: User, request: Any = None) -> TrainingImport:
    locked = TrainingImport.objects.select_for_update().get(pk=batch.pk)
    if locked.status == ImportStatus.PENDING:
        locked.status = ImportStatus.CANCELLED
        locked.sealed_file = b""
        locked.save(update_fields=["status", "sealed_file"])
        record_event(
            action=Action.CHANGED, actor=by, request=request, obj=locked, summary="utbildning avbruten"
        )
    return locked
