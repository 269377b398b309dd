"""Figures per year: applications, granted, denied, stopped, follow-ups done; CSV and XLSX.

An administration's own officers and coordinators see exact counts. The central coordinator's
city-wide table is disclosure-controlled with `varna.situation.disclosure.suppress` (ADR 0003):
small counts, and enough others that they cannot be worked out, are shown as "–".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.associations.constants import ApplicationStatus
from varna.associations.models import GrantApplication, GrantFollowUp
from varna.lib.spreadsheets import append_row, safe_row
from varna.organisation.models import Administration
from varna.situation.disclosure import Table, suppress

SUPPRESSED = "–"
# The decided statuses as columns; with "undecided" they add up to the applications.
STATUS_COLUMNS = [
    (ApplicationStatus.GRANTED, gettext_lazy("Beviljade")),
    (ApplicationStatus.DENIED, gettext_lazy("Avslagna")),
    (ApplicationStatus.STOPPED, gettext_lazy("Stoppade")),
    ("undecided", gettext_lazy("Ej beslutade")),
]


@dataclass(frozen=True)
class Row:
    label: str
    applications: int | None
    by_status: list[int | None]  # in the order of STATUS_COLUMNS
    follow_ups_done: int | None


@dataclass(frozen=True)
class Figures:
    year: int
    rows: list[Row]
    total: Row | None
    controlled: bool

    def headers(self) -> list[str]:
        return [
            str(_("Förvaltning")),
            str(_("Ansökningar")),
            *[str(label) for _code, label in STATUS_COLUMNS],
            str(_("Gjorda uppföljningar")),
        ]

    def table_rows(self) -> list[list[object]]:
        rows = [*self.rows, *([self.total] if self.total else [])]
        return [
            [
                row.label,
                _shown(row.applications),
                *[_shown(v) for v in row.by_status],
                _shown(row.follow_ups_done),
            ]
            for row in rows
        ]


def _shown(value: int | None) -> object:
    return SUPPRESSED if value is None else value


def _counts(administration_ids: Iterable[int], year: int) -> tuple[dict, dict]:
    by_status: dict[tuple[int, str], int] = {}
    for row in (
        GrantApplication.objects.filter(association__administration_id__in=administration_ids, year=year)
        .values("association__administration_id", "status")
        .annotate(n=Count("pk"))
    ):
        status = row["status"] if row["status"] in dict(STATUS_COLUMNS) else "undecided"
        key = (row["association__administration_id"], status)
        by_status[key] = by_status.get(key, 0) + row["n"]
    done = dict(
        GrantFollowUp.objects.filter(
            application__association__administration_id__in=administration_ids,
            application__year=year,
            done_on__isnull=False,
        )
        .values("application__association__administration_id")
        .annotate(n=Count("pk"))
        .values_list("application__association__administration_id", "n")
    )
    return by_status, done


def administration_figures(administration: Administration, year: int) -> Figures:
    """Exact figures of one administration."""
    by_status, done = _counts([administration.pk], year)
    cells = [by_status.get((administration.pk, code), 0) for code, _label in STATUS_COLUMNS]
    row = Row(administration.name, sum(cells), cells, done.get(administration.pk, 0))
    return Figures(year=year, rows=[row], total=None, controlled=False)


def city_figures(year: int) -> Figures:
    """Every administration with applications that year, disclosure-controlled."""
    limit = settings.SITUATION_SUPPRESSION_THRESHOLD
    ids = list(
        GrantApplication.objects.filter(year=year)
        .values_list("association__administration_id", flat=True)
        .distinct()
    )
    administrations = list(Administration.objects.filter(pk__in=ids).order_by("name"))
    by_status, done = _counts(ids, year)
    if not administrations:
        empty = Row(str(_("Hela staden")), 0, [0] * len(STATUS_COLUMNS), 0)
        return Figures(year=year, rows=[], total=empty, controlled=True)
    cells = [[by_status.get((a.pk, code), 0) for code, _label in STATUS_COLUMNS] for a in administrations]
    row_totals = [sum(row) for row in cells]
    column_totals = [sum(column) for column in zip(*cells, strict=True)]
    grand = sum(row_totals)
    statuses = suppress(
        Table.of(cells, row_totals=row_totals, column_totals=column_totals, grand_total=grand), limit
    )
    done_cells = [[done.get(a.pk, 0)] for a in administrations]
    follow_ups = suppress(Table.of(done_cells, column_totals=[sum(r[0] for r in done_cells)]), limit)
    rows = [
        Row(
            a.name,
            statuses.row_total(i),
            [statuses.cell(i, j) for j in range(len(STATUS_COLUMNS))],
            follow_ups.cell(i, 0),
        )
        for i, a in enumerate(administrations)
    ]
    total = Row(
        str(_("Hela staden")),
        statuses.grand_total(),
        [statuses.column_total(j) for j in range(len(STATUS_COLUMNS))],
        follow_ups.column_total(0),
    )
    return Figures(year=year, rows=rows, total=total, controlled=True)


def to_csv(figures: Figures) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(safe_row(figures.headers()))
    writer.writerows(safe_row(row) for row in figures.table_rows())
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8


def to_xlsx(figures: Figures) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(figures.year)
    append_row(sheet, figures.headers())
    for row in figures.table_rows():
        append_row(sheet, row)
    if figures.controlled:
        sheet.append([])
        append_row(sheet, [str(_("– = dolt värde (röjandekontroll)."))])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
