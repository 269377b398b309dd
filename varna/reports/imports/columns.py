"""The columns of each import template: their Swedish headings, what they hold, and examples.

One definition serves the parser (which heading means what), the upload page and the
downloadable templates, so that the three cannot drift apart. docs/import-templates.md
describes the same columns for people who prepare files outside Värna.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from varna.reports.constants import ImportKind, ReferenceKind

# What a column holds; decides how a cell is read.
DATE = "date"  # ÅÅÅÅ-MM-DD or ÅÅÅÅ-MM
UNIT = "unit"  # a unit of the administration, by name
AREA = "area"  # an area of the administration, by name
ONE = "one"  # one entry of a reference list, by code or label
MANY = "many"  # several entries of a reference list
AGE = "age"  # an age group, by code or label
COUNT = "count"  # a whole number, 0 or more
TEXT = "text"  # free text, checked for personal data


@dataclass(frozen=True)
class Column:
    key: str  # the key in a validated row
    heading: str  # the heading in the file's first row (Swedish, matched case-insensitively)
    holds: str
    required: bool
    help: str | Promise
    example: str
    reference_kind: str = ""  # for ONE and MANY: which reference list
    aliases: tuple[str, ...] = ()  # other headings people use for the same column


EVENT_COLUMNS: tuple[Column, ...] = (
    Column(
        "event_date",
        "Datum",
        DATE,
        True,
        _("När det hände: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM om bara månaden är känd. Inte i framtiden."),
        "2024-03",
        aliases=("När", "Händelsedatum"),
    ),
    Column("unit", "Enhet", UNIT, False, _("En enhet i förvaltningen, med namnet som i Värna."), ""),
    Column(
        "area",
        "Område",
        AREA,
        False,
        _("Ett område (stadsdel) i förvaltningen, med namnet som i Värna. Aldrig en adress."),
        "Blackeberg",
        aliases=("Stadsdel",),
    ),
    Column(
        "environments",
        "Miljö",
        MANY,
        False,
        _("En eller flera miljöer, kod eller benämning, åtskilda med semikolon."),
        "right_wing",
        reference_kind=ReferenceKind.ENVIRONMENT,
        aliases=("Miljöer",),
    ),
    Column(
        "event_types",
        "Typ av händelse",
        MANY,
        False,
        _("En eller flera typer av händelse, kod eller benämning, åtskilda med semikolon."),
        "Klotter och klistermärken",
        reference_kind=ReferenceKind.EVENT_TYPE,
        aliases=("Händelsetyp", "Typ"),
    ),
    Column(
        "age_group",
        "Åldersgrupp",
        AGE,
        False,
        _("Under 18 år, 18–20 år, 21 år och äldre eller Okänd ålder (tom: okänd)."),
        "Okänd ålder",
        aliases=("Ålder",),
    ),
    Column(
        "setting",
        "Sammanhang",
        ONE,
        False,
        _("Var det hände, kod eller benämning."),
        "public_space",
        reference_kind=ReferenceKind.SETTING,
    ),
    Column(
        "actions",
        "Vad som har gjorts",
        MANY,
        False,
        _("Ett eller flera val, kod eller benämning, åtskilda med semikolon."),
        "Polisen kontaktad",
        reference_kind=ReferenceKind.ACTION,
        aliases=("Åtgärder", "Åtgärd"),
    ),
    Column(
        "description",
        "Beskrivning",
        TEXT,
        False,
        _("Vad som hände, utan namn, personnummer, adresser eller annat som kan peka ut en person."),
        "Exempel: klistermärken med vit makt-symboler vid en busshållplats. Ta bort den här raden.",
        aliases=("Händelse", "Text"),
    ),
)

GRAFFITI_COLUMNS: tuple[Column, ...] = (
    Column(
        "area",
        "Område",
        AREA,
        False,
        _("Ett område i förvaltningen, med namnet som i Värna (tom: hela förvaltningen)."),
        "Blackeberg",
        aliases=("Stadsdel",),
    ),
    Column(
        "period_start",
        "Från",
        DATE,
        True,
        _("Periodens första dag, ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM för en hel månad."),
        "2024-03",
        aliases=("Från och med", "Period"),
    ),
    Column(
        "period_end",
        "Till",
        DATE,
        False,
        _("Periodens sista dag, ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM (månadens sista dag). Tom: samma som Från."),
        "2024-03",
        aliases=("Till och med",),
    ),
    Column("count", "Antal", COUNT, True, _("Antal klotter eller klistermärken, ett heltal."), "12"),
    Column(
        "environment",
        "Miljö",
        ONE,
        False,
        _("Miljön klottret kan knytas till, kod eller benämning (tom: okänd)."),
        "right_wing",
        reference_kind=ReferenceKind.ENVIRONMENT,
    ),
)

COLUMNS: dict[str, tuple[Column, ...]] = {
    ImportKind.IA: EVENT_COLUMNS,
    ImportKind.POLICE: EVENT_COLUMNS,
    ImportKind.GRAFFITI: GRAFFITI_COLUMNS,
}
