"""The demo municipality: the City of Stockholm as the seed documents describe it.

Loaded by `python manage.py load_demo`; safe to run again (everything is get-or-create).
The demo people are named after their roles, never after real persons.
"""

from __future__ import annotations

from django.db import transaction

from varna.organisation.constants import AdministrationKind, Role
from varna.organisation.models import Administration, Area, Department, Membership, Municipality, Unit, User

DEMO_PASSWORD = "varna-demo"  # noqa: S105 - the published demo password

DISTRICT, SPECIALIST, EXECUTIVE = (
    AdministrationKind.DISTRICT,
    AdministrationKind.SPECIALIST,
    AdministrationKind.EXECUTIVE_OFFICE,
)


def _district(name: str, areas: list[str], school: str, youth_club: str) -> dict:
    return {
        "kind": DISTRICT,
        "committee": f"{name} stadsdelsnämnd",
        "departments": {
            "Avdelningen för individ- och familjeomsorg": [
                f"Socialtjänst barn och unga {name}",
                f"Försörjningsstöd {name}",
            ],
            "Avdelningen för kultur och fritid": [youth_club, f"Parklek {areas[1]}"],
            "Avdelningen för förskola och skola": [school, f"Förskolor {areas[2]}"],
        },
        "areas": areas,
    }


ADMINISTRATIONS: dict[str, dict] = {
    "Stadsledningskontoret": {
        "kind": EXECUTIVE,
        "committee": "Kommunstyrelsen",
        "departments": {
            "Avdelningen för säkerhet och trygghet": ["Enheten för trygghet och brottsförebyggande arbete"]
        },
        "areas": ["Hela staden"],
    },
    "Socialförvaltningen": {
        "kind": SPECIALIST,
        "committee": "Socialnämnden",
        "departments": {
            "Avdelningen för strategi och utveckling": ["Kompetenscenter barn och unga"],
            "Avdelningen för stadsövergripande sociala frågor": [
                "Behandlingsenheten",
                "Socialjouren",
                "Ungdomsjouren",
                "Enheten för hemlösa",
                "Enheten för stöd och skydd",
            ],
            "Administrativa avdelningen": ["Enheten för juridik, upphandling och föreningsstöd"],
        },
        "areas": ["Innerstaden", "Söderort", "Västerort"],
    },
    "Utbildningsförvaltningen": {
        "kind": SPECIALIST,
        "committee": "Utbildningsnämnden",
        "departments": {"Grundskoleavdelningen": ["Grundskolor Söderort", "Grundskolor Västerort"]},
        "areas": ["Söderort", "Västerort", "Innerstaden"],
    },
    "Arbetsmarknadsförvaltningen": {
        "kind": SPECIALIST,
        "committee": "Arbetsmarknadsnämnden",
        "departments": {"Avdelningen för arbete och vuxenutbildning": ["Jobbtorg Stockholm"]},
        "areas": ["Hela staden"],
    },
    "Kulturförvaltningen": {
        "kind": SPECIALIST,
        "committee": "Kulturnämnden",
        "departments": {"Stadsbiblioteket": ["Biblioteken i Söderort", "Biblioteken i Västerort"]},
        "areas": ["Hela staden"],
    },
    "Idrottsförvaltningen": {
        "kind": SPECIALIST,
        "committee": "Idrottsnämnden",
        "departments": {"Anläggningsavdelningen": ["Sim- och idrottshallar"]},
        "areas": ["Hela staden"],
    },
    "Bromma": _district(
        "Bromma",
        [
            "Blackeberg",
            "Abrahamsberg",
            "Alvik",
            "Beckomberga",
            "Traneberg",
            "Ulvsunda",
            "Ängby",
            "Åkeshov",
            "Bromma kyrka",
            "Nockeby",
        ],
        "Blackebergsskolan",
        "Fritidsgården Blackeberg",
    ),
    "Hägersten-Älvsjö": _district(
        "Hägersten-Älvsjö",
        ["Liljeholmen", "Midsommarkransen", "Fruängen", "Västertorp", "Älvsjö", "Solberga", "Aspudden"],
        "Midsommarkransens skola",
        "Fritidsgården Fruängen",
    ),
    # The district of seed 002 (2018); merged into Hägersten-Älvsjö in 2020, kept for its history.
    "Hägersten-Liljeholmen": _district(
        "Hägersten-Liljeholmen",
        ["Liljeholmen", "Hägersten", "Fruängen", "Västertorp", "Midsommarkransen", "Aspudden", "Mälarhöjden"],
        "Aspuddens skola",
        "Fritidsgården Mälarhöjden",
    ),
    "Farsta": _district(
        "Farsta",
        ["Farsta", "Hökarängen", "Sköndal", "Fagersjö", "Farsta strand", "Tallkrogen", "Gubbängen"],
        "Hökarängsskolan",
        "Fritidsgården Farsta",
    ),
    "Norra innerstaden": _district(
        "Norra innerstaden",
        ["Vasastaden", "Norrmalm", "Östermalm", "Kungsholmen", "Djurgården"],
        "Vasa Real",
        "Fritidsgården Kungsholmen",
    ),
    "Södermalm": _district(
        "Södermalm",
        ["Katarina", "Sofia", "Maria", "Högalid", "Gamla stan"],
        "Sofia skola",
        "Fritidsgården Hornstull",
    ),
    "Enskede-Årsta-Vantör": _district(
        "Enskede-Årsta-Vantör",
        ["Rågsved", "Hagsätra", "Högdalen", "Bandhagen", "Årsta", "Enskede", "Stureby"],
        "Rågsvedsskolan",
        "Fritidsgården Rågsved",
    ),
    "Hässelby-Vällingby": _district(
        "Hässelby-Vällingby",
        ["Vällingby", "Hässelby gård", "Hässelby strand", "Grimsta", "Råcksta", "Vinsta", "Kälvesta"],
        "Vällingbyskolan",
        "Fritidsgården Vällingby",
    ),
}

# username: (role, administration, unit or None, last name)
DEMO_USERS: dict[str, tuple[str, str, str | None, str]] = {
    "medarbetare": (Role.EMPLOYEE, "Bromma", "Fritidsgården Blackeberg", "Medarbetare"),
    "enhetschef": (Role.UNIT_MANAGER, "Bromma", "Fritidsgården Blackeberg", "Enhetschef"),
    "samordnare.bromma": (Role.COORDINATOR, "Bromma", None, "Samordnare Bromma"),
    "samordnare.soc": (
        Role.COORDINATOR,
        "Socialförvaltningen",
        "Kompetenscenter barn och unga",
        "Samordnare Socialförvaltningen",
    ),
    "central": (Role.CENTRAL_COORDINATOR, "Stadsledningskontoret", None, "Central samordnare"),
    "handlaggare": (
        Role.GRANTS_OFFICER,
        "Socialförvaltningen",
        "Enheten för juridik, upphandling och föreningsstöd",
        "Handläggare",
    ),
    "namnd": (Role.COMMITTEE_VIEWER, "Socialförvaltningen", None, "Nämndledamot"),
    "admin": (Role.ADMIN, "Stadsledningskontoret", None, "Systemförvaltare"),
}


@transaction.atomic
def load_organisation(municipality_name: str = "Stockholms stad") -> Municipality:
    municipality, _ = Municipality.objects.get_or_create(name=municipality_name)
    for name, spec in ADMINISTRATIONS.items():
        administration, _ = Administration.objects.get_or_create(
            municipality=municipality,
            name=name,
            defaults={"kind": spec["kind"], "committee": spec["committee"]},
        )
        for department_name, unit_names in spec["departments"].items():
            department, _ = Department.objects.get_or_create(
                administration=administration, name=department_name
            )
            for unit_name in unit_names:
                Unit.objects.get_or_create(
                    administration=administration, name=unit_name, defaults={"department": department}
                )
        for area_name in spec["areas"]:
            Area.objects.get_or_create(administration=administration, name=area_name)
    return municipality


@transaction.atomic
def load_demo_users() -> list[User]:
    users = []
    for username, (role, administration_name, unit_name, last_name) in DEMO_USERS.items():
        administration = Administration.objects.get(name=administration_name)
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": "Demo",
                "last_name": last_name,
                "email": f"{username}@demo.varna.example",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            if role == Role.ADMIN:
                user.is_staff = user.is_superuser = True
            user.save()
        unit = Unit.objects.get(administration=administration, name=unit_name) if unit_name else None
        Membership.objects.get_or_create(
            user=user, administration=administration, role=role, defaults={"unit": unit}
        )
        users.append(user)
    return users
