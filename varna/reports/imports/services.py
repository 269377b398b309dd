"""Importing a file of another source, and registering graffiti counts by hand.

An upload is read and validated as a whole; only a file without problems becomes an
ImportBatch in preview, holding its validated rows. Confirming creates every row in one
transaction (the batch locked, so a second confirmation finds it imported and does nothing);
the rows are then dropped from the batch, as they are when it is cancelled: the text lives on
only in the reports.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from varna import deid
from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import clean_text
from varna.organisation.models import Administration, Area, Unit, User
from varna.reports.constants import ImportKind, ImportStatus, ReferenceKind
from varna.reports.imports.files import read_table
from varna.reports.imports.problems import ImportRefused, Problem
from varna.reports.imports.validation import Lists, personal_data_message, validate_table
from varna.reports.models import GraffitiCount, ImportBatch, ReferenceItem, Report
from varna.reports.services import REFERENCE_ALPHABET

CHUNK = 500  # rows created per step of a confirmation (and per progress report)


def stored_file_name(name: str) -> str:
    """The name kept on the batch: no path, and no personal data (file names often hold a name)."""
    path = PurePath(name.replace("\\", "/"))
    stem, suffix = path.stem[:150], path.suffix.lower()[:10]
    spaced = stem.replace("_", " ").replace("-", " ")
    return (deid.redact(spaced) if deid.scan(spaced) else stem) + suffix


@transaction.atomic
def create_import_batch(
    *,
    administration: Administration,
    kind: str,
    file_name: str,
    data: bytes,
    created_by: User,
    request: Any = None,
    today: datetime.date | None = None,
) -> ImportBatch:
    """Validate the file as a whole: an ImportBatch in preview, or ImportRefused (nothing stored)."""
    if kind not in ImportKind.values:
        raise ValueError(kind)
    table = read_table(file_name, data)
    rows, problems = validate_table(
        kind, table, Lists.load(administration), today=today or timezone.localdate()
    )
    if problems:
        raise ImportRefused(problems, rows_read=len(table.rows))
    batch = ImportBatch(
        administration=administration,
        kind=kind,
        file_name=stored_file_name(file_name),
        row_count=len(rows),
        rows=rows,
        created_by=created_by,
    )
    batch.full_clean()
    batch.save()
    record_event(
        action=Action.CREATED,
        actor=created_by,
        request=request,
        obj=batch,
        summary=f"import {kind}: {len(rows)} rader",
    )
    return batch


class _Resolver:
    """Turns a stored row's codes and ids back into objects; a row whose entries have gone
    since the upload (an area removed, say) refuses the whole import."""

    def __init__(self, administration: Administration) -> None:
        self.items = {(item.kind, item.code): item for item in ReferenceItem.objects.all()}
        self.areas = {area.pk: area for area in Area.objects.filter(administration=administration)}
        self.units = {unit.pk: unit for unit in Unit.objects.filter(administration=administration)}

    def _gone(self, row: dict[str, Any], column: str) -> ImportRefused:
        return ImportRefused(
            [Problem(_("valet finns inte längre i Värna. Ladda upp filen igen."), row.get("row"), column)]
        )

    def item(self, row: dict[str, Any], kind: str, code: str | None, column: str) -> ReferenceItem | None:
        if code is None:
            return None
        try:
            return self.items[(kind, code)]
        except KeyError:
            raise self._gone(row, column) from None

    def part(self, row: dict[str, Any], parts: dict[int, Any], pk: int | None, column: str) -> Any:
        if pk is None:
            return None
        try:
            return parts[pk]
        except KeyError:
            raise self._gone(row, column) from None


def _unique_references(count: int) -> list[str]:
    """`count` new report references in a few queries (services.new_reference asks per code)."""
    found: set[str] = set()
    while len(found) < count:
        candidates = set()
        while len(candidates) < count - len(found):
            code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
            candidates.add(f"R-{code[:4]}-{code[4:]}")
        taken = set(Report.objects.filter(reference__in=candidates).values_list("reference", flat=True))
        found |= candidates - taken - found
    return sorted(found)[:count]


def _full_clean(obj: Any, row: dict[str, Any], exclude: list[str]) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        raise ImportRefused([Problem(" ".join(str(m) for m in error.messages), row.get("row"))]) from None


def _create_events(batch: ImportBatch, rows: list[dict[str, Any]], resolve: _Resolver, by: User) -> None:
    reports, lists = [], []
    for row, reference in zip(rows, _unique_references(len(rows)), strict=True):
        description = clean_text(row.get("description") or "").strip()
        # Checked at upload; checked again because the rows waited in the database since.
        if message := personal_data_message(description):
            raise ImportRefused([Problem(message, row.get("row"), "Beskrivning")])
        report = Report(
            reference=reference,
            administration=batch.administration,
            unit=resolve.part(row, resolve.units, row.get("unit"), "Enhet"),
            area=resolve.part(row, resolve.areas, row.get("area"), "Område"),
            event_date=datetime.date.fromisoformat(row["event_date"]),
            date_precision=row["date_precision"],
            age_group=row["age_group"],
            setting=resolve.item(row, ReferenceKind.SETTING, row.get("setting"), "Sammanhang"),
            description=description,
            source=batch.kind,
            import_batch=batch,
            submitted_by=by,
        )
        # Relations are resolved above; leaving them out spares a query per relation and row.
        _full_clean(
            report,
            row,
            ["reference", "administration", "unit", "area", "setting", "import_batch", "submitted_by"],
        )
        reports.append(report)
        lists.append(
            {
                "environments": [
                    resolve.item(row, ReferenceKind.ENVIRONMENT, code, "Miljö")
                    for code in row["environments"]
                ],
                "event_types": [
                    resolve.item(row, ReferenceKind.EVENT_TYPE, code, "Typ av händelse")
                    for code in row["event_types"]
                ],
                "actions": [
                    resolve.item(row, ReferenceKind.ACTION, code, "Vad som har gjorts")
                    for code in row["actions"]
                ],
            }
        )
    Report.objects.bulk_create(reports)
    for relation in ("environments", "event_types", "actions"):
        through = getattr(Report, relation).through
        through.objects.bulk_create(
            through(report_id=report.pk, referenceitem_id=item.pk)
            for report, chosen in zip(reports, lists, strict=True)
            for item in chosen[relation]
        )


def _create_graffiti(batch: ImportBatch, rows: list[dict[str, Any]], resolve: _Resolver, by: User) -> None:
    counts = []
    for row in rows:
        count = GraffitiCount(
            administration=batch.administration,
            area=resolve.part(row, resolve.areas, row.get("area"), "Område"),
            period_start=datetime.date.fromisoformat(row["period_start"]),
            period_end=datetime.date.fromisoformat(row["period_end"]),
            count=row["count"],
            environment=resolve.item(row, ReferenceKind.ENVIRONMENT, row.get("environment"), "Miljö"),
            import_batch=batch,
        )
        _full_clean(count, row, ["administration", "area", "environment", "import_batch"])
        counts.append(count)
    GraffitiCount.objects.bulk_create(counts)


def confirm_import_steps(*, batch: ImportBatch, by: User, request: Any = None) -> Iterator[tuple[int, int]]:
    """Import every row of the batch in one transaction, yielding (rows done, rows in all) as
    it goes. The transaction commits only when the generator runs to its end; a generator
    closed early (a client that went away) rolls everything back. A batch that is no longer
    in preview yields nothing: confirming twice imports once."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().select_related("administration").get(pk=batch.pk)
        if locked.status != ImportStatus.PREVIEW:
            return
        rows = locked.rows
        create = _create_graffiti if locked.kind == ImportKind.GRAFFITI else _create_events
        resolve = _Resolver(locked.administration)
        yield 0, len(rows)
        for start in range(0, len(rows), CHUNK):
            create(locked, rows[start : start + CHUNK], resolve, by)
            yield min(start + CHUNK, len(rows)), len(rows)
        locked.status = ImportStatus.IMPORTED
        locked.imported_at = timezone.now()
        locked.rows = []
        locked.save(update_fields=["status", "imported_at", "rows"])
        record_event(
            action=Action.CHANGED,
            actor=by,
            request=request,
            obj=locked,
            summary=f"import {locked.kind} bekräftad: {len(rows)} rader",
        )


def confirm_import(*, batch: ImportBatch, by: User, request: Any = None) -> int:
    """Import the batch at once; the number of rows imported (0 if it was not in preview)."""
    done = 0
    for done, _total in confirm_import_steps(batch=batch, by=by, request=request):  # noqa: B007
        pass
    batch.refresh_from_db()
    return done


@transaction.atomic
def cancel_import(*, batch: ImportBatch, by: User, request: Any = None) -> ImportBatch:
    """Drop a batch in preview with its rows; cancelling twice is harmless."""
    locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if locked.status == ImportStatus.IMPORTED:
        raise ValidationError(_("Importen är redan genomförd och kan inte avbrytas."))
    if locked.status == ImportStatus.PREVIEW:
        locked.status = ImportStatus.CANCELLED
        locked.rows = []
        locked.save(update_fields=["status", "rows"])
        record_event(
            action=Action.CHANGED,
            actor=by,
            request=request,
            obj=locked,
            summary=f"import {locked.kind} avbruten",
        )
    return locked


@transaction.atomic
def add_graffiti_count(
    *,
    administration: Administration,
    by: User,
    period_start: datetime.date,
    period_end: datetime.date,
    count: int,
    area: Area | None = None,
    environment: ReferenceItem | None = None,
    request: Any = None,
) -> GraffitiCount:
    """Register graffiti counted in an area (or the whole administration) over a period."""
    errors = {}
    if area is not None and area.administration_id != administration.pk:
        errors["area"] = _("Området hör inte till förvaltningen.")
    if environment is not None and environment.kind != ReferenceKind.ENVIRONMENT:
        errors["environment"] = _("Ogiltigt val.")
    if period_start > timezone.localdate():
        errors["period_start"] = _("Perioden kan inte börja i framtiden.")
    if period_end < period_start:
        errors["period_end"] = _("Perioden slutar innan den börjar.")
    if errors:
        raise ValidationError(errors)
    graffiti = GraffitiCount(
        administration=administration,
        area=area,
        period_start=period_start,
        period_end=period_end,
        count=count,
        environment=environment,
    )
    graffiti.full_clean()
    graffiti.save()
    record_event(action=Action.CREATED, actor=by, request=request, obj=graffiti, summary="klotter")
    return graffiti
