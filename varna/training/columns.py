"""Which column of a portal export holds what: the fields, guessing them, and checking the rows.

The user chooses the columns (a preview step); the choice is remembered per administration and
kind of file. Columns not chosen are never read: a column of names is ignored, and never stored.
Rows are checked as a whole; every problem is reported with its row number, in Swedish.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.lib.tables import CellError, Problem, normal, parse_when, quoted
from varna.organisation.models import Administration, Unit
from varna.training.constants import ImportKind
from varna.training.files import Table
from varna.training.pseudonyms import normal_id, pseudonym, pseudonym_key
from varna.training.selectors import courses_for

MAX_ID = 64
MAX_STAFF = 100_000
SHOWN_CHOICES = 30
# Headings of columns that hold a person's name or contact details: never read, never shown.
PERSONAL_HEADING = re.compile(
    r"(^|[\s_-])(namn|förnamn|efternamn|fornamn|name|first ?name|last ?name|e-?post|e-?mail|mejl|"
    r"telefon|mobil)($|[\s_-])",
    re.IGNORECASE,
)
DATETIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(:\d{2})?$")


@dataclass(frozen=True)
class Field:
    key: str
    label: str | Promise
    required: bool
    help: str | Promise
    aliases: tuple[str, ...]


FIELDS: dict[str, tuple[Field, ...]] = {
    ImportKind.COMPLETIONS: (
        Field(
            "employee_id",
            gettext_lazy("Anställnings-id"),
            True,
            gettext_lazy("Personens id i utbildningsportalen. Lagras bara som pseudonym."),
            (
                "anställnings-id",
                "anställningsnummer",
                "anst.nr",
                "medarbetar-id",
                "användar-id",
                "id",
                "employee id",
            ),
        ),
        Field(
            "course",
            gettext_lazy("Kurs"),
            False,
            gettext_lazy("Kursens namn. Saknas kolumnen, välj kursen nedanför."),
            ("kurs", "kursnamn", "utbildning", "course"),
        ),
        Field(
            "unit",
            gettext_lazy("Enhet"),
            True,
            gettext_lazy("Enheten med namnet som i Värna."),
            ("enhet", "organisationsenhet", "arbetsplats", "unit"),
        ),
        Field(
            "completed_on",
            gettext_lazy("Genomförd"),
            True,
            gettext_lazy("Datum då kursen genomfördes, ÅÅÅÅ-MM-DD."),
            ("genomförd", "slutförd", "datum", "klar", "completion date", "completed"),
        ),
    ),
    ImportKind.HEADCOUNTS: (
        Field(
            "unit",
            gettext_lazy("Enhet"),
            True,
            gettext_lazy("Enheten med namnet som i Värna."),
            ("enhet", "organisationsenhet", "arbetsplats", "unit"),
        ),
        Field(
            "staff",
            gettext_lazy("Antal anställda"),
            True,
            gettext_lazy("Antal anställda på enheten, ett heltal."),
            ("antal anställda", "anställda", "antal", "personal", "headcount"),
        ),
        Field(
            "as_of",
            gettext_lazy("Per datum"),
            False,
            gettext_lazy("Dagen antalet gäller. Saknas kolumnen, ange datumet nedanför."),
            ("per datum", "datum", "as of", "date"),
        ),
    ),
}


def is_personal_heading(heading: str) -> bool:
    return bool(PERSONAL_HEADING.search(heading))


def guess_columns(kind: str, headings: list[str], remembered: dict[str, str] | None = None) -> dict[str, str]:
    """field -> heading: the remembered choice where the file has that heading, else by alias."""
    by_normal = {normal(h): h for h in headings if h}
    chosen: dict[str, str] = {}
    for spec in FIELDS[kind]:
        heading = (remembered or {}).get(spec.key)
        if heading and normal(heading) in by_normal:
            chosen[spec.key] = by_normal[normal(heading)]
            continue
        for alias in (str(spec.label), *spec.aliases):
            found = by_normal.get(normal(alias))
            if found and found not in chosen.values() and not is_personal_heading(found):
                chosen[spec.key] = found
                break
    return chosen


@dataclass
class Lists:
    administration: str
    units: dict[str, int]
    unit_names: tuple[str, ...]
    courses: dict[str, int]  # normal(name or portal name) -> course id
    course_names: tuple[str, ...]

    @classmethod
    def load(cls, administration: Administration) -> Lists:
        units = Unit.objects.filter(administration=administration).order_by("name").values_list("pk", "name")
        courses = list(courses_for(administration))
        return cls(
            administration=administration.name,
            units={normal(name): pk for pk, name in units},
            unit_names=tuple(name for _pk, name in units),
            courses={normal(name): course.pk for course in courses for name in course.names()},
            course_names=tuple(course.name for course in courses),
        )


@dataclass
class Checked:
    """The rows ready to store, and what was found on the way."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: int = 0
    read: int = 0


def _date(text: str, today: datetime.date) -> datetime.date:
    if match := DATETIME.match(text.strip()):
        text = match.group(1)
    day, _precision = parse_when(text)
    if day > today:
        raise CellError(_("datumet ligger i framtiden."))
    return day


def _pick(names: dict[str, int], shown: tuple[str, ...], text: str, message: str, where: str) -> int:
    pk = names.get(normal(text))
    if pk is None:
        raise CellError(
            message
            % {"value": quoted(text), "where": where, "choices": ", ".join(shown[:SHOWN_CHOICES]) or "–"}
        )
    return pk


def check_rows(
    kind: str,
    table: Table,
    columns: dict[str, str],
    lists: Lists,
    *,
    today: datetime.date,
    course_id: int | None = None,
    as_of: datetime.date | None = None,
) -> Checked:
    """Check every row against the chosen columns; duplicates of a person and course count once."""
    checked = Checked(problems=list(table.problems))
    index = {heading: position for position, heading in enumerate(table.headings)}
    choice_problems = [
        Problem(_("Välj vilken kolumn som är %(label)s.") % {"label": str(spec.label).lower()})
        for spec in FIELDS[kind]
        if spec.required and columns.get(spec.key) not in index
    ]
    if kind == ImportKind.COMPLETIONS and columns.get("course") not in index and course_id is None:
        choice_problems.append(Problem(_("Välj kolumnen med kursen, eller vilken kurs hela filen gäller.")))
    if kind == ImportKind.HEADCOUNTS and columns.get("as_of") not in index and as_of is None:
        choice_problems.append(Problem(_("Välj kolumnen med datum, eller ange vilken dag antalen gäller.")))
    chosen = [heading for heading in columns.values() if heading]
    if len(set(chosen)) != len(chosen):
        choice_problems.append(Problem(_("Samma kolumn är vald för två uppgifter.")))
    if choice_problems:
        checked.problems = choice_problems
        return checked
    labels = {spec.key: str(spec.label) for spec in FIELDS[kind]}
    at = {key: index[heading] for key, heading in columns.items() if heading in index}
    key = pseudonym_key()
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    unit_message = _("%(value)s är ingen enhet i %(where)s. Välj en av: %(choices)s.")
    course_message = _("%(value)s är ingen kurs i Värna. Kurserna är: %(choices)s.")
    for number, cells in table.rows:
        checked.read += 1
        values: dict[str, Any] = {"row": number}
        for name, position in at.items():
            text = cells[position]
            column = table.headings[position]
            if not text:
                if (
                    name in ("employee_id", "unit", "completed_on", "staff")
                    or (name == "course" and course_id is None)
                    or (name == "as_of" and as_of is None)
                ):
                    checked.problems.append(Problem(_("uppgiften saknas."), number, column))
                continue
            try:
                if name == "employee_id":
                    if len(normal_id(text)) > MAX_ID:
                        raise CellError(_("id:t är längre än %(n)s tecken.") % {"n": MAX_ID})
                    # The id itself goes no further than this line.
                    values["pseudonym"] = pseudonym(text, key)
                elif name == "unit":
                    values["unit"] = _pick(
                        lists.units, lists.unit_names, text, unit_message, lists.administration
                    )
                elif name == "course":
                    values["course"] = _pick(lists.courses, lists.course_names, text, course_message, "")
                elif name in ("completed_on", "as_of"):
                    values[name] = _date(text, today)
                elif name == "staff":
                    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
                    if not (digits.isascii() and digits.isdigit()) or int(digits) > MAX_STAFF:
                        raise CellError(_("%(value)s är inte ett rimligt antal.") % {"value": quoted(text)})
                    values["staff"] = int(digits)
            except CellError as error:
                checked.problems.append(Problem(str(error), number, column or labels[name]))
        values.setdefault("course", course_id)
        values.setdefault("as_of", as_of)
        if kind == ImportKind.COMPLETIONS:
            if not all(values.get(name) for name in ("pseudonym", "unit", "completed_on", "course")):
                continue
            person = (values["pseudonym"], values["course"])
            earlier = seen.get(person)
            if earlier is not None:
                checked.duplicates += 1
                if values["completed_on"] < earlier["completed_on"]:
                    earlier.update(completed_on=values["completed_on"], unit=values["unit"])
                continue
            seen[person] = values
        else:
            if values.get("unit") is None or values.get("staff") is None or values.get("as_of") is None:
                continue
            place = (values["unit"], values["as_of"])
            if place in seen:
                checked.problems.append(
                    Problem(
                        _("enheten finns redan på rad %(row)s med samma datum.")
                        % {"row": seen[place]["row"]},
                        number,
                        columns.get("unit", ""),
                    )
                )
                continue
            seen[place] = values
    checked.rows = list(seen.values())
    return checked
