"""Every table of a situation picture as CSV (one table) and XLSX (one sheet per table).

The same `Figures` the page shows, live or from a snapshot, exact or disclosure-controlled: the
caller decides which (views_snapshots.py). A suppressed count is written as "–", as on the page,
and a disclosure-controlled workbook says so on its first sheet.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from varna.lib.spreadsheets import append_row, safe_row
from varna.situation.charts import SUPPRESSED
from varna.situation.figures import Figures
from varna.situation.statistics import Row

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExportTable:
    key: str
    title: str
    columns: list[str]
    rows: list[list[str | int | None]]  # None: suppressed


def _breakdown(key: str, title: str, rows: list[Row], count_label: str) -> ExportTable:
    return ExportTable(key, title, [title, count_label], [[row.label, row.count] for row in rows])


def export_tables(figures: Figures) -> list[ExportTable]:
    """The tables of the picture, in the page's order. Too few reports (controlled): the total only."""
    count_label = _("Antal")
    tables = [
        ExportTable(
            "summary",
            _("Sammanfattning"),
            [_("Uppgift"), count_label],
            [[_("Händelser totalt"), figures.total], [_("Klotter totalt"), figures.graffiti_total]],
        )
    ]
    if not figures.small:
        tables += [
            _breakdown(key, title, rows, count_label) for key, title, rows in figures.titled_breakdowns
        ]
    tables.append(
        ExportTable(
            "graffiti",
            _("Klotter per område"),
            [_("Område"), _("Antal klotter")],
            [[row.label, row.count] for row in figures.graffiti_by_area],
        )
    )
    trend = figures.trend
    tables.append(
        ExportTable(
            "trend",
            _("Utveckling över tid"),
            [_("Miljö"), *[p.short_label for p in trend.periods]],
            [[label, *counts] for _code, label, counts in trend.environments]
            + [[_("Händelser totalt"), *trend.totals]],
        )
    )
    return tables


def table_keys(figures: Figures) -> list[tuple[str, str]]:
    return [(table.key, table.title) for table in export_tables(figures)]


def _cell(value: str | int | None) -> str | int:
    return SUPPRESSED if value is None else value


def to_csv(table: ExportTable) -> bytes:
    """One table; semicolons and a byte-order mark, as Swedish Excel expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(safe_row(table.columns))
    for row in table.rows:
        writer.writerow(safe_row(_cell(value) for value in row))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def about_lines(figures: Figures, *, title: str, status: str, publication: bool) -> list[str]:
    """What the export is: shown on the workbook's first sheet and in the documents."""
    lines = [
        title,
        _("Förvaltning: %(name)s") % {"name": figures.administration.name},
        _("Period: %(period)s") % {"period": figures.period.label},
        status,
    ]
    if figures.controlled:
        lines.append(
            _(
                "Röjandekontrollerad: antal under %(threshold)s visas inte, och inte heller uppgifter "
                "som skulle avslöja dem. Dolda antal visas som ”–”."
            )
            % {"threshold": figures.threshold}
        )
    else:
        lines.append(_("Exakta antal: för förvaltningens eget arbete, inte för publicering."))
    if publication:
        lines.append(_("Markerad för publicering."))
    lines.append(_("En rapport med flera miljöer eller typer av händelse räknas en gång för varje."))
    return lines


def to_xlsx(figures: Figures, *, about: list[str]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    info = workbook.active
    info.title = _("Om lägesbilden")[:31]
    for line in about:
        append_row(info, [line])
    info["A1"].font = Font(bold=True)
    info.column_dimensions["A"].width = 100
    used: set[str] = {info.title}
    for table in export_tables(figures):
        sheet = workbook.create_sheet(_sheet_name(table.title, used))
        append_row(sheet, table.columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            append_row(sheet, [_cell(value) for value in row])
        sheet.column_dimensions["A"].width = 50
        sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel: at most 31 characters, none of []:*?/\\, unique."""
    name = "".join("-" if ch in "[]:*?/\\" else ch for ch in title)[:31]
    base, n = name, 2
    while name in used:
        suffix = f" {n}"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name


def file_stem(figures: Figures, *, snapshot_number: int | None = None, publication: bool = False) -> str:
    period = figures.period
    when = str(period.start.year) if period.is_year else f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
    stem = f"lagesbild-{slugify(figures.administration.name)}-{when}"
    if snapshot_number is not None:
        stem += f"-faststalld-{snapshot_number}"
    if publication:
        stem += "-publicering"
    return stem


def frozen_line(frozen_at: datetime.datetime, author: str) -> str:
    when = date_format(timezone.localtime(frozen_at), "j F Y")
    if author:
        return _("Fastställd %(date)s av %(author)s.") % {"date": when, "author": author}
    return _("Fastställd %(date)s.") % {"date": when}
