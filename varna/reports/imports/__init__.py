"""Events of other sources from files: IA incident reports, police information, graffiti counts.

files.py reads a CSV or XLSX into a table, validation.py checks it against the reference lists,
services.py keeps a valid file as an ImportBatch and imports it on confirmation, summary.py
counts what a batch holds, template_files.py makes the templates from columns.py.
"""

from varna.reports.imports.columns import COLUMNS, Column
from varna.reports.imports.files import MAX_BYTES, MAX_ROWS, Table, read_table
from varna.reports.imports.problems import ImportRefused, Problem
from varna.reports.imports.services import (
    add_graffiti_count,
    cancel_import,
    confirm_import,
    confirm_import_steps,
    create_import_batch,
)
from varna.reports.imports.summary import Summary, summarise
from varna.reports.imports.template_files import template_csv, template_name, template_xlsx
from varna.reports.imports.validation import Lists, parse_when, validate_table

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "MAX_ROWS",
    "Column",
    "ImportRefused",
    "Lists",
    "Problem",
    "Summary",
    "Table",
    "add_graffiti_count",
    "cancel_import",
    "confirm_import",
    "confirm_import_steps",
    "create_import_batch",
    "parse_when",
    "read_table",
    "summarise",
    "template_csv",
    "template_name",
    "template_xlsx",
    "validate_table",
]
