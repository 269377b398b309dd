"""Demo training data from the seeds: the city's courses, and the social administration's 2020
figures (seed 004: "725 av totalt 955 anställda inom förvaltningen har genomgått utbildningen"),
its workshops and lectures, and the plan activity that follows the web course up.

The split per unit and the dates are made up so that the total is the seed's; employee ids are
invented and stored, as always, only as pseudonyms. Safe to run again.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction

from varna.organisation.models import Administration, Unit
from varna.plans.models import Activity
from varna.training.constants import CourseKind, EventKind
from varna.training.models import Completion, Course, Headcount, TrainingEvent
from varna.training.pseudonyms import pseudonym
from varna.training.selectors import INDICATOR_PREFIX

BASIC = "Webbaserad grundutbildning om våldsbejakande extremism"
ADVANCED = "Webbaserad fördjupningsutbildning om vit makt-miljön"
DEMO_ADMINISTRATION = "Socialförvaltningen"
HEADCOUNT_DAY = datetime.date(2020, 1, 1)
# unit: (staff, completed by the end of 2020); 955 staff and 725 completed in all (seed 004).
UNITS = {
    "Kompetenscenter barn och unga": (45, 44),
    "Behandlingsenheten": (260, 210),
    "Socialjouren": (120, 70),
    "Ungdomsjouren": (95, 80),
    "Enheten för hemlösa": (180, 140),
    "Enheten för stöd och skydd": (150, 101),
    "Enheten för juridik, upphandling och föreningsstöd": (105, 80),
}
FIRST_DAY, LAST_DAY = datetime.date(2019, 3, 1), datetime.date(2020, 11, 30)
EVENTS = [
    # Seed 004's training activities of 2020; attendance and evaluation are invented.
    (
        EventKind.WORKSHOP,
        "Workshop om rutiner och ansvar vid händelser med koppling till VBE",
        datetime.date(2020, 3, 18),
        "Jobbtorg Hässelby och ekonomiskt bistånd i Bromma",
        "Socialförvaltningen och arbetsmarknadsförvaltningen",
        24,
        Decimal("4.3"),
        "Bra med konkreta fall. Önskemål om en uppföljning till hösten.",
    ),
    (
        EventKind.WORKSHOP,
        "Workshop om rutiner och ansvar vid händelser med koppling till VBE",
        datetime.date(2020, 10, 7),
        "Jobbtorg Hässelby och ekonomiskt bistånd i Bromma",
        "Socialförvaltningen och arbetsmarknadsförvaltningen",
        19,
        Decimal("4.1"),
        "",
    ),
    (
        EventKind.LECTURE,
        "Anmälningsskyldigheten vid oro kopplad till VBE",
        datetime.date(2020, 2, 12),
        "Ledning och kuratorer i stadens skolor",
        "Kompetenscenter barn och unga och utbildningsförvaltningen",
        85,
        Decimal("4.5"),
        "Tydligt om när orosanmälan ska göras.",
    ),
    (
        EventKind.LECTURE,
        "Anmälningsskyldigheten vid oro kopplad till VBE",
        datetime.date(2020, 4, 22),
        "Ledning och kuratorer i stadens skolor",
        "Kompetenscenter barn och unga och utbildningsförvaltningen",
        62,
        Decimal("4.4"),
        "",
    ),
]


def load_courses() -> tuple[Course, Course]:
    basic, _created = Course.objects.get_or_create(
        administration=None,
        name=BASIC,
        defaults={
            "kind": CourseKind.BASIC_WEB,
            "description": "Stadens grundutbildning i alla anställdas utbildningsportal, framtagen av "
            "stadsledningskontoret. Målet är att alla medarbetare och chefer genomgår den.",
            "portal_names": "Grundutbildning VBE; Webbutbildning VBE",
            "target_percent": 100,
        },
    )
    advanced, _created = Course.objects.get_or_create(
        administration=None,
        name=ADVANCED,
        defaults={
            "kind": CourseKind.ADVANCED,
            "description": "Fördjupning om högerextremism, framtagen 2022. "
            "Berörd personal ska genomföra den.",
            "portal_names": "Fördjupningsutbildning VBE",
            "target_percent": 100,
        },
    )
    return basic, advanced


@transaction.atomic
def load_demo_training() -> None:
    basic, _advanced = load_courses()
    administration = Administration.objects.get(name=DEMO_ADMINISTRATION)
    units = {unit.name: unit for unit in Unit.objects.filter(administration=administration)}
    if not Completion.objects.filter(administration=administration, course=basic).exists():
        completions, number = [], 0
        total = sum(done for _staff, done in UNITS.values())
        span = (LAST_DAY - FIRST_DAY).days
        for name, (staff, done) in UNITS.items():
            Headcount.objects.get_or_create(
                administration=administration,
                unit=units[name],
                as_of=HEADCOUNT_DAY,
                defaults={"staff": staff},
            )
            for _index in range(done):
                number += 1
                completions.append(
                    Completion(
                        administration=administration,
                        course=basic,
                        unit=units[name],
                        pseudonym=pseudonym(f"DEMO-{number:05d}"),
                        # Spread evenly over the period, interleaving the units.
                        completed_on=FIRST_DAY
                        + datetime.timedelta(days=(number * 7919 % total) * span // total),
                    )
                )
        Completion.objects.bulk_create(completions)
    for kind, title, held_on, audience, organiser, attendance, score, comments in EVENTS:
        TrainingEvent.objects.get_or_create(
            administration=administration,
            title=title,
            held_on=held_on,
            defaults={
                "kind": kind,
                "audience": audience,
                "organiser": organiser,
                "attendance": attendance,
                "evaluation_score": score,
                "comments": comments,
            },
        )
    # The 2020 plan's activity "Alla medarbetare ... webbaserade grundutbildning" shows the rate;
    # the seed follows it up "Slut årsskifte", that is in the annual report (VB).
    Activity.objects.filter(
        plan__administration=administration,
        plan__year=2020,
        description__icontains="webbaserade grundutbildning",
        indicator_source__isnull=True,
    ).update(indicator_source=f"{INDICATOR_PREFIX}{basic.pk}", follows_up_vb=True)
