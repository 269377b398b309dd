"""Demo reports and source events, taken from the figures of the seed documents.

- Hägersten-Liljeholmen 2018 (seed 002): five events — four in the white-power environment
  (two graffiti, two expressed views), one violent Islamist (expressed views).
- Socialförvaltningen, August 2023 – February 2024 (seed 000): two events in the administration's
  own units and six in district administrations: undue influence, Islamist and right-wing
  extremism, worry about school shootings.
- Bromma 2019 (seed 003): IA reports said to be VBE-related that the review found were not, and
  white-power graffiti mainly in Blackeberg; no de-identified form that year.
- Bromma this year: a few unreviewed reports, so that the coordinator's inbox has something new.

Loaded once per administration: an administration that already has reports is left alone.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from varna.organisation.models import Administration, Area, Unit, User
from varna.reports.constants import AgeGroup, Classification, DatePrecision, ReferenceKind, Source, Status
from varna.reports.models import GraffitiCount, ReferenceItem, Report
from varna.reports.services import submit_report

# (administration, date, environments, event types, setting, age group, source, classification, text)
Event = tuple[str, str, tuple[str, ...], tuple[str, ...], str, str, str, str, str]

SEED_EVENTS: list[Event] = [
    # Seed 002: Hägersten-Liljeholmen, 2018.
    *[
        (
            "Hägersten-Liljeholmen",
            f"2018-{month:02d}-01",
            ("right_wing",),
            ("graffiti",),
            "public_space",
            AgeGroup.UNKNOWN,
            Source.POLICE,
            Classification.VBE,
            "Klotter med vit makt-symboler.",
        )
        for month in (3, 9)
    ],
    *[
        (
            "Hägersten-Liljeholmen",
            f"2018-{month:02d}-01",
            ("right_wing",),
            ("expressed_views",),
            "school",
            AgeGroup.UNDER_18,
            Source.REPORT,
            Classification.VBE,
            "Elev uttryckte våldsbejakande åsikter.",
        )
        for month in (4, 10)
    ],
    (
        "Hägersten-Liljeholmen",
        "2018-11-01",
        ("islamist",),
        ("expressed_views",),
        "youth_club",
        AgeGroup.AGE_18_20,
        Source.REPORT,
        Classification.VBE,
        "Ung vuxen gav uttryck för våldsbejakande åsikter.",
    ),
    # Seed 000: Socialförvaltningen's own units, August 2023 – February 2024.
    (
        "Socialförvaltningen",
        "2023-10-01",
        (),
        ("undue_influence",),
        "social_services",
        AgeGroup.AGE_21_PLUS,
        Source.REPORT,
        Classification.VBE,
        "Försök att påverka beslut genom antidemokratiskt agerande.",
    ),
    (
        "Socialförvaltningen",
        "2024-01-01",
        ("islamist",),
        ("expressed_views",),
        "social_services",
        AgeGroup.UNDER_18,
        Source.REPORT,
        Classification.VBE,
        "Oro för minderårig med normbrytande beteende.",
    ),
    # ... and the six in district administrations.
    (
        "Bromma",
        "2023-09-01",
        ("right_wing",),
        ("symbols",),
        "school",
        AgeGroup.UNDER_18,
        Source.REPORT,
        Classification.VBE,
        "Elev bar symboler från vit makt-miljön.",
    ),
    (
        "Norra innerstaden",
        "2023-11-01",
        ("islamist",),
        ("expressed_views",),
        "school",
        AgeGroup.UNDER_18,
        Source.REPORT,
        Classification.VBE,
        "Oro för minderårig som sprider våldsbejakande budskap.",
    ),
    (
        "Farsta",
        "2023-12-01",
        (),
        ("school_attack",),
        "school",
        AgeGroup.UNDER_18,
        Source.REPORT,
        Classification.UNCLEAR,
        "Oro för skolskjutning efter uttalanden i klassen.",
    ),
    (
        "Enskede-Årsta-Vantör",
        "2024-01-01",
        ("right_wing",),
        ("propaganda_online",),
        "online",
        AgeGroup.UNDER_18,
        Source.REPORT,
        Classification.VBE,
        "Propaganda delad i en elevgrupp på nätet.",
    ),
    (
        "Hässelby-Vällingby",
        "2024-02-01",
        (),
        ("undue_influence",),
        "social_services",
        AgeGroup.AGE_21_PLUS,
        Source.REPORT,
        Classification.VBE,
        "Hot mot handläggare för att påverka ett beslut.",
    ),
    (
        "Södermalm",
        "2024-02-01",
        (),
        ("school_attack",),
        "school",
        AgeGroup.UNDER_18,
        Source.REPORT,
        Classification.UNCLEAR,
        "Oro för attentat kopplat till skolmiljö.",
    ),
    # Seed 003: Bromma 2019, IA reports flagged as VBE that were not.
    *[
        (
            "Bromma",
            f"2019-{month:02d}-01",
            ("hybrid",),
            ("violence",),
            "youth_club",
            AgeGroup.UNDER_18,
            Source.IA,
            Classification.NOT_VBE,
            "Incident med våld mellan besökare, ingen koppling till VBE.",
        )
        for month in (2, 5, 9, 11)
    ],
]

# Bromma 2019: white-power graffiti per area and quarter, mainly in Blackeberg (seed 003).
BROMMA_GRAFFITI_2019 = {"Blackeberg": [6, 4, 7, 5], "Ängby": [1, 0, 2, 1], "Alvik": [0, 1, 0, 1]}

# This year's unreviewed reports in Bromma: (days ago, environments, types, setting, age group, text).
BROMMA_RECENT = [
    (
        3,
        ("right_wing",),
        ("graffiti",),
        "public_space",
        AgeGroup.UNKNOWN,
        "Klistermärken från en vit makt-organisation på lyktstolpar vid tunnelbanan.",
    ),
    (
        9,
        ("right_wing",),
        ("recruitment", "symbols"),
        "youth_club",
        AgeGroup.UNDER_18,
        "Besökare delade ut flygblad och bjöd in yngre besökare till träningar.",
    ),
    (
        20,
        ("conspiracy",),
        ("expressed_views",),
        "school",
        AgeGroup.AGE_18_20,
        "Elev på gymnasiet uttryckte att våld mot myndigheter är befogat.",
    ),
]


def _items(kind: str, codes: tuple[str, ...]) -> list[ReferenceItem]:
    return list(ReferenceItem.objects.filter(kind=kind, code__in=codes))


def _file(administration: Administration, by: User | None, **fields: Any) -> Report:
    return submit_report(submitted_by=by, administration=administration, notify=False, **fields)


@transaction.atomic
def load_demo_reports() -> int:
    administrations = {a.name: a for a in Administration.objects.all()}
    coordinator = User.objects.filter(username="samordnare.bromma").first()
    employee = User.objects.filter(username="medarbetare").first()
    done = set(Report.objects.values_list("administration__name", flat=True).distinct())
    created = 0
    for name, date, environments, types, setting, age, source, classification, text in SEED_EVENTS:
        administration = administrations.get(name)
        if administration is None or name in done:
            continue
        report = _file(
            administration,
            None,
            event_date=datetime.date.fromisoformat(date),
            date_precision=DatePrecision.MONTH,
            environments=_items(ReferenceKind.ENVIRONMENT, environments),
            event_types=_items(ReferenceKind.EVENT_TYPE, types),
            setting=ReferenceItem.objects.get(kind=ReferenceKind.SETTING, code=setting),
            age_group=age,
            source=source,
            description=text,
        )
        Report.objects.filter(pk=report.pk).update(
            classification=classification,
            status=Status.CLOSED,
            first_opened_at=timezone.now(),
            reviewed_at=timezone.now(),
            closed_at=timezone.now(),
        )
        created += 1
    bromma = administrations.get("Bromma")
    if bromma is not None and "Bromma" not in done:
        created += _load_bromma(bromma, employee, coordinator)
    return created


def _load_bromma(bromma: Administration, employee: User | None, coordinator: User | None) -> int:
    areas = {area.name: area for area in Area.objects.filter(administration=bromma)}
    right_wing = ReferenceItem.objects.get(kind=ReferenceKind.ENVIRONMENT, code="right_wing")
    for area_name, quarters in BROMMA_GRAFFITI_2019.items():
        for quarter, count in enumerate(quarters):
            start = datetime.date(2019, quarter * 3 + 1, 1)
            end = (
                datetime.date(2019, quarter * 3 + 4, 1) - datetime.timedelta(days=1)
                if quarter < 3
                else datetime.date(2019, 12, 31)
            )
            GraffitiCount.objects.create(
                administration=bromma,
                area=areas.get(area_name),
                period_start=start,
                period_end=end,
                count=count,
                environment=right_wing,
            )
    unit = Unit.objects.filter(administration=bromma, name="Fritidsgården Blackeberg").first()
    today = timezone.localdate()
    for days_ago, environments, types, setting, age, text in BROMMA_RECENT:
        _file(
            bromma,
            employee,
            unit=unit,
            area=areas.get("Blackeberg"),
            event_date=today - datetime.timedelta(days=days_ago),
            environments=_items(ReferenceKind.ENVIRONMENT, environments),
            event_types=_items(ReferenceKind.EVENT_TYPE, types),
            setting=ReferenceItem.objects.get(kind=ReferenceKind.SETTING, code=setting),
            age_group=age,
            actions=_items(ReferenceKind.ACTION, ("manager",)),
            description=text,
        )
    return len(BROMMA_RECENT)
