"""Demo associations of the social services committee (seeds 000 and 004: grants decided by its
organisation and associations committee, screened by the unit for law, procurement and support
to associations), with applications in every state, follow-ups with the VBE control from 2024,
and lettings of premises. Idempotent: an association already registered is left as it is."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from varna.associations import decisions, premises, services
from varna.associations.checklist import ensure_default_checklist
from varna.associations.constants import CheckResult, FollowUpOutcome, TenantKind
from varna.associations.models import Association, Decision, GrantApplication
from varna.associations.orgnr import luhn_check_digit
from varna.organisation.models import Administration, User

ADMINISTRATION = "Socialförvaltningen"
OFFICER = "handlaggare"
UNMET = {"skatteverket"}  # the item left unchecked where a grant is given with an override

# name, first nine digits, contact role, [(year (0: this year), state, requested, granted)]
ASSOCIATIONS: list[tuple[str, str, str, list[tuple[int, str, int, int]]]] = [
    (
        "Föreningen Anhörigstöd Stockholm",
        "802412345",
        "Ordförande",
        [(2024, "granted", 250_000, 220_000), (0, "granted", 260_000, 240_000)],
    ),
    (
        "Ungdomens hus i Söderort",
        "802433221",
        "Verksamhetsledare",
        [(2024, "granted", 180_000, 150_000), (0, "screening", 200_000, 0)],
    ),
    ("Kvinnojouren Västerort", "802455110", "Kassör", [(0, "granted_override", 400_000, 350_000)]),
    ("Idrottsföreningen Framåt", "802467789", "Sekreterare", [(0, "received", 90_000, 0)]),
    ("Kulturföreningen Gemenskap", "802470012", "Ordförande", [(0, "denied", 120_000, 0)]),
    ("Föreningen Trygga kvarter", "802481234", "Ordförande", [(2024, "stopped", 75_000, 60_000)]),
]


def _number(first_nine: str) -> str:
    return f"{first_nine[:6]}-{first_nine[6:]}{luhn_check_digit(first_nine)}"


def _aware(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def _screen(application: GrantApplication, officer: User, *, unmet: set[str] | None = None) -> None:
    services.start_screening(application=application, actor=officer)
    results = {
        item.pk: (
            CheckResult.NOT_CHECKED if item.code in (unmet or set()) else CheckResult.FULFILLED,
            "Framgår av stadgarna." if item.code == "oppet-medlemskap" else "",
        )
        for item in application.screening_items.all()
    }
    services.record_screening(application=application, results=results, actor=officer)


def _decided_on(decision: Decision, day: datetime.date) -> None:
    Decision.objects.filter(pk=decision.pk).update(decided_at=_aware(day))


def _application(
    association: Association, officer: User, year: int, state: str, requested: int, amount: int
) -> None:
    year = year or timezone.localdate().year
    application = services.create_application(
        association=association,
        year=year,
        received_on=datetime.date(year - 1, 10, 15),
        amount_requested=requested,
        purpose="Öppen verksamhet för barn och unga samt stödsamtal i grupp.",
        registration_number=f"3.5-{100 + association.pk}/{year - 1}",
        actor=officer,
    )
    if state == "received":
        return
    _screen(application, officer, unmet=UNMET if state == "granted_override" else None)
    if state == "screening":
        return
    decided = datetime.date(year - 1, 12, 10)
    if state == "denied":
        decision = decisions.decide(
            application=application,
            outcome="denied",
            justification=(
                "Föreningen har inte visat att den tar avstånd från våldsbejakande uttryck och åsikter, och "
                "stadgarna saknar krav på öppet medlemskap."
            ),
            actor=officer,
        )
        _decided_on(decision, decided)
        return
    decision = decisions.decide(
        application=application,
        outcome="granted",
        amount=amount,
        justification="Föreningen uppfyller socialnämndens riktlinjer för bidrag till ideella föreningar.",
        override_reason=(
            "Uppgifterna från Skatteverket är begärda och kompletteras; verksamheten är akut och föreningen "
            "har fått bidrag tidigare år utan anmärkning."
            if state == "granted_override"
            else ""
        ),
        actor=officer,
    )
    _decided_on(decision, decided)
    if year >= timezone.localdate().year:
        return
    for follow_up in application.follow_ups.all():
        outcome = FollowUpOutcome.STOP_RECOMMENDED if state == "stopped" else FollowUpOutcome.NO_REMARKS
        decisions.record_follow_up(
            follow_up=follow_up,
            done_on=datetime.date(year, 10, 20),
            outcome=outcome,
            note=(
                "Föreningen har anlitat en föreläsare som uttryckt stöd för våld i sociala medier."
                if state == "stopped"
                else "Verksamheten bedrivs enligt verksamhetsplanen."
            ),
            actor=officer,
        )
    if state == "stopped":
        stop = decisions.decide(
            application=application,
            outcome="stopped",
            justification=(
                "Föreningen samverkar med en aktör som uttrycker åsikter i strid med riktlinjerna. "
                "Resterande utbetalning stoppas."
            ),
            actor=officer,
        )
        _decided_on(stop, datetime.date(year, 11, 5))


@transaction.atomic
def load_demo_associations() -> None:
    administration = Administration.objects.filter(name=ADMINISTRATION).select_related("municipality").first()
    officer = User.objects.filter(username=OFFICER).first()
    if administration is None or officer is None:
        return
    ensure_default_checklist(administration.municipality)
    registered: dict[str, Any] = {}
    for name, digits, role, applications in ASSOCIATIONS:
        number = _number(digits)
        if Association.objects.filter(administration=administration, organisation_number=number).exists():
            continue
        association = services.register_association(
            administration=administration,
            name=name,
            organisation_number=number,
            contact_role=role,
            actor=officer,
        )
        registered[name] = association
        for year, state, requested, amount in applications:
            _application(association, officer, year, state, requested, amount)
    if not registered:
        return
    today = timezone.localdate()
    letting = premises.register_letting(
        administration=administration,
        premises="Kompetenscenter barn och unga, konferenssalen",
        tenant_kind=TenantKind.ASSOCIATION,
        association=registered["Föreningen Anhörigstöd Stockholm"],
        event="Temakväll för anhöriga om stöd och samtal, öppen för alla.",
        event_date=today + datetime.timedelta(days=21),
        actor=officer,
    )
    premises.start_letting_screening(letting=letting, actor=officer)
    premises.record_letting_screening(
        letting=letting,
        results={item.pk: (CheckResult.FULFILLED, "") for item in letting.screening_items.all()},
        actor=officer,
    )
    premises.decide_letting(
        letting=letting,
        outcome="granted",
        justification="Föreningen och arrangemanget vilar på demokratisk grund.",
        actor=officer,
    )
    premises.register_letting(
        administration=administration,
        premises="Behandlingsenheten, samlingslokalen",
        tenant_kind=TenantKind.INDIVIDUAL,
        tenant_description="Privatperson, boende i området, som arrangerar en föreläsning",
        event="Föreläsning om samhällsfrågor med efterföljande samtal.",
        event_date=today + datetime.timedelta(days=35),
        actor=officer,
    )
