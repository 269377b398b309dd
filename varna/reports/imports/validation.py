"""Checking a table row by row against the reference lists and the administration's areas.

Pure: given the table, the lists (`Lists.load` reads them once from the database) and today's
date, it returns the validated rows (plain JSON: codes and ids, ready to store in the batch) and
every problem found. A description with personal data is a problem of its row that names the
kind of finding, never the text found.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna import deid
from varna.lib.tables import CellError, Problem, Table, normal, parse_when, quoted
from varna.organisation.models import Administration, Area, Unit
from varna.reports.constants import AgeGroup, DatePrecision, ImportKind
from varna.reports.imports.columns import (
    AGE,
    AREA,
    COLUMNS,
    COUNT,
    DATE,
    MANY,
    ONE,
    TEXT,
    UNIT,
    Column,
)
from varna.reports.models import ReferenceItem

MAX_DESCRIPTION = 5_000
MAX_COUNT = 1_000_000
SHOWN_CHOICES = 30

# What each kind of finding is called in a row's message: the kind, never the text found.
FINDING_NAMES = {
    "PERSON": gettext_lazy("ett namn"),
    "ID_NUMBER": gettext_lazy("ett personnummer eller samordningsnummer"),
    "PHONE": gettext_lazy("ett telefonnummer"),
    "EMAIL": gettext_lazy("en e-postadress"),
    "ADDRESS": gettext_lazy("en adress"),
    "PLATE": gettext_lazy("ett registreringsnummer"),
    "HANDLE": gettext_lazy("ett användarnamn"),
    "BIRTHDATE": gettext_lazy("ett födelsedatum"),
}


@dataclass(frozen=True)
class Lists:
    """What the rows are checked against, read once per file."""

    administration: str
    choices: dict[str, dict[str, str]]  # reference kind (or "age") -> normal(code or label) -> code
    labels: dict[str, dict[str, str]]  # reference kind (or "age") -> code -> label, in list order
    areas: dict[str, int]  # normal(name) -> pk
    units: dict[str, int]
    area_names: tuple[str, ...] = ()
    unit_names: tuple[str, ...] = ()

    @classmethod
    def load(cls, administration: Administration) -> Lists:
        choices: dict[str, dict[str, str]] = {}
        labels: dict[str, dict[str, str]] = {}
        for item in ReferenceItem.objects.filter(active=True).order_by("kind", "order", "label"):
            choices.setdefault(item.kind, {}).update(
                {normal(item.code): item.code, normal(item.label): item.code}
            )
            labels.setdefault(item.kind, {})[item.code] = item.label
        ages = {normal(code): code for code in AgeGroup.values}
        # Files are written in Swedish whatever language the coordinator reads Värna in.
        for language in ("sv", translation.get_language() or "sv"):
            with translation.override(language):
                ages.update({normal(str(label)): code for code, label in AgeGroup.choices})
        choices[AGE] = ages
        labels[AGE] = {code: str(label) for code, label in AgeGroup.choices}
        areas = Area.objects.filter(administration=administration).order_by("name").values_list("pk", "name")
        units = Unit.objects.filter(administration=administration).order_by("name").values_list("pk", "name")
        return cls(
            administration=administration.name,
            choices=choices,
            labels=labels,
            areas={normal(name): pk for pk, name in areas},
            units={normal(name): pk for pk, name in units},
            area_names=tuple(name for _pk, name in areas),
            unit_names=tuple(name for _pk, name in units),
        )


def month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def personal_data_message(text: str) -> str | None:
    """The row's message if the text holds personal data: which kinds, never what was found."""
    labels = list(dict.fromkeys(finding.label for finding in deid.scan(text)))
    if not labels:
        return None
    kinds = ", ".join(f"{FINDING_NAMES.get(label, label)} ({label})" for label in labels)
    return _(
        "texten innehåller något som ser ut att kunna identifiera en person: %(kinds)s. "
        "Ta bort det i filen och ladda upp den igen."
    ) % {"kinds": kinds}


class _RowReader:
    def __init__(self, lists: Lists) -> None:
        self.lists = lists

    def _choice(self, kind: str, text: str) -> str:
        code = self.lists.choices.get(kind, {}).get(normal(text))
        if code is None:
            shown = list(self.lists.labels.get(kind, {}).values())
            raise CellError(
                _("%(value)s finns inte i listan. Välj en av: %(choices)s.")
                % {"value": quoted(text), "choices": ", ".join(shown[:SHOWN_CHOICES])}
            )
        return code

    def _part(self, holds: str, text: str) -> int:
        names, shown = (
            (self.lists.units, self.lists.unit_names)
            if holds == UNIT
            else (self.lists.areas, self.lists.area_names)
        )
        pk = names.get(normal(text))
        if pk is None:
            message = (
                _("%(value)s är ingen enhet i %(administration)s. Välj en av: %(choices)s.")
                if holds == UNIT
                else _("%(value)s är inget område i %(administration)s. Välj ett av: %(choices)s.")
            )
            raise CellError(
                message
                % {
                    "value": quoted(text),
                    "administration": self.lists.administration,
                    "choices": ", ".join(shown[:SHOWN_CHOICES]) or "–",
                }
            )
        return pk

    def value(self, column: Column, text: str) -> Any:
        """The validated value of one non-empty cell."""
        if column.holds == DATE:
            return parse_when(text)
        if column.holds in (UNIT, AREA):
            return self._part(column.holds, text)
        if column.holds == ONE:
            return self._choice(column.reference_kind, text)
        if column.holds == AGE:
            return self._choice(AGE, text)
        if column.holds == MANY:
            if normal(text) in self.lists.choices.get(column.reference_kind, {}):
                return [self._choice(column.reference_kind, text)]
            parts = [part for part in re.split(r"[;,\n]", text) if part.strip()]
            return list(dict.fromkeys(self._choice(column.reference_kind, part) for part in parts))
        if column.holds == COUNT:
            digits = re.sub(r"[\s\u00a0\u202f]", "", text)
            if digits.startswith("-") and digits[1:].isdigit():
                raise CellError(_("antalet kan inte vara negativt."))
            if not (digits.isascii() and digits.isdigit()):
                raise CellError(_("%(value)s är inte ett heltal.") % {"value": quoted(text)})
            if int(digits) > MAX_COUNT:
                raise CellError(_("antalet är orimligt stort."))
            return int(digits)
        if column.holds == TEXT:
            if len(text) > MAX_DESCRIPTION:
                raise CellError(_("texten är längre än %(n)s tecken.") % {"n": f"{MAX_DESCRIPTION:,}"})
            if message := personal_data_message(text):
                raise CellError(message)
            return text
        raise AssertionError(column.holds)


def _headings(kind: str, headings: list[str]) -> tuple[dict[int, Column], list[Problem]]:
    columns = COLUMNS[kind]
    known = {normal(name): column for column in columns for name in (column.heading, *column.aliases)}
    found: dict[int, Column] = {}
    problems = []
    names = ", ".join(column.heading for column in columns)
    for index, heading in enumerate(headings):
        if not heading:
            continue
        column = known.get(normal(heading))
        if column is None:
            problems.append(
                Problem(
                    _("Kolumnen %(heading)s finns inte i mallen för %(kind)s. Kolumnerna är: %(names)s.")
                    % {"heading": quoted(heading), "kind": ImportKind(kind).label, "names": names}
                )
            )
        elif column in found.values():
            problems.append(
                Problem(_("Kolumnen %(heading)s finns två gånger.") % {"heading": quoted(heading)})
            )
        else:
            found[index] = column
    for column in columns:
        if column.required and column not in found.values():
            problems.append(
                Problem(
                    _("Kolumnen %(heading)s saknas. Den första raden ska vara mallens rubrikrad: %(names)s.")
                    % {"heading": quoted(column.heading), "names": names}
                )
            )
    return found, problems


def validate_table(
    kind: str, table: Table, lists: Lists, *, today: datetime.date
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The validated rows and every problem (file-level problems first)."""
    columns, problems = _headings(kind, table.headings)
    if problems:
        return [], problems
    problems = list(table.problems)
    reader = _RowReader(lists)
    rows = []
    for number, cells in table.rows:
        values: dict[str, Any] = {}
        for index, column in columns.items():
            text = cells[index]
            if not text:
                if column.required:
                    problems.append(Problem(_("uppgiften saknas."), number, column.heading))
                continue
            try:
                values[column.key] = reader.value(column, text)
            except CellError as error:
                problems.append(Problem(str(error), number, column.heading))
        row, row_problems = (_graffiti_row if kind == ImportKind.GRAFFITI else _event_row)(
            number, values, today
        )
        problems += row_problems
        rows.append(row)
    return rows, problems


def _event_row(
    number: int, values: dict[str, Any], today: datetime.date
) -> tuple[dict[str, Any], list[Problem]]:
    problems = []
    day, precision = values.get("event_date", (None, DatePrecision.DAY))
    if day is not None and day > today:
        problems.append(Problem(_("datumet ligger i framtiden."), number, "Datum"))
    row = {
        "row": number,
        "event_date": day.isoformat() if day else None,
        "date_precision": precision,
        "unit": values.get("unit"),
        "area": values.get("area"),
        "environments": values.get("environments", []),
        "event_types": values.get("event_types", []),
        "age_group": values.get("age_group", AgeGroup.UNKNOWN.value),
        "setting": values.get("setting"),
        "actions": values.get("actions", []),
        "description": values.get("description", ""),
    }
    return row, problems


def _graffiti_row(
    number: int, values: dict[str, Any], today: datetime.date
) -> tuple[dict[str, Any], list[Problem]]:
    problems = []
    start, start_precision = values.get("period_start", (None, DatePrecision.DAY))
    end = None
    if "period_end" in values:
        end, end_precision = values["period_end"]
        end = month_end(end) if end_precision == DatePrecision.MONTH else end
    elif start is not None:
        end = month_end(start) if start_precision == DatePrecision.MONTH else start
    if start is not None and start > today:
        problems.append(Problem(_("perioden börjar i framtiden."), number, "Från"))
    if start is not None and end is not None and end < start:
        problems.append(Problem(_("perioden slutar innan den börjar."), number, "Till"))
    row = {
        "row": number,
        "area": values.get("area"),
        "period_start": start.isoformat() if start else None,
        "period_end": end.isoformat() if end else None,
        "count": values.get("count"),
        "environment": values.get("environment"),
    }
    return row, problems
