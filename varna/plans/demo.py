"""Demo data of the action plans: the four seed plans and the section template.

`load_demo_plans()` turns `seed_plans.SEED_PLANS` into plans through the services (so the same
checks apply as in the app, the de-identification check included); `load_plan_template()` builds
the template from the texts the seed plans share. Both are idempotent.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from django.db import transaction

from varna.organisation.models import Administration
from varna.plans import services
from varna.plans.constants import PlanStatus, SectionKind
from varna.plans.models import Plan, SectionTemplate
from varna.plans.seed_plans import SEED_PLANS

# The template: (kind, heading, where its text comes from). A source is (administration, year,
# heading) of a seed section whose text recurs, nearly word for word, in another administration's
# plan; a plain string is guidance for a section that is each administration's own.
TEMPLATE: list[tuple[str, str, list[tuple[str, int, str] | str]]] = [
    (SectionKind.INTRODUCTION, "Inledning och syfte", [("Bromma", 2020, "Inledning och syfte")]),
    (
        SectionKind.RESPONSIBILITY,
        "Ansvar och samverkan",
        [("Bromma", 2020, "Ansvar"), ("Bromma", 2020, "Samverkan kring individer i risk att radikaliseras")],
    ),
    (
        SectionKind.OTHER,
        "Rutin vid oro/händelse rörande våldsbejakande extremism",
        [("Bromma", 2020, "Rutin vid oro/händelse rörande våldsbejakande extremism")],
    ),
    (
        SectionKind.OTHER,
        "Blankett för avidentifierad information",
        [("Bromma", 2020, "Blankett för avidentifierad information")],
    ),
    (
        SectionKind.SITUATION,
        "Lokal lägesbild",
        [
            "Lägesbilden beskriver våldsbejakande extremism i förhållande till nämndens verksamheter: "
            "vilka händelser och iakttagelser som har rapporterats, problemens karaktär och under vilka "
            "förhållanden de uppstår. Den är underlag för att välja och planera aktiviteter.",
            "Ange vilka källor lägesbilden bygger på, till exempel enkäten till enhetscheferna, "
            "blanketter för avidentifierad information, klotterstatistik, incidentrapporter och "
            "polisens lokala lägesbild. Små antal redovisas så att ingen enskild kan pekas ut.",
        ],
    ),
    (
        SectionKind.ANALYSIS,
        "Analys",
        [
            "Vilka slutsatser drar förvaltningen av lägesbilden? Beskriv vilka behov som finns och "
            "vilka aktiviteter som därför prioriteras under året."
        ],
    ),
    (SectionKind.PREVENTIVE, "Förebyggande arbete", [("Bromma", 2020, "Förebyggande arbete")]),
    (SectionKind.PREVENTS_ACTS, "Förhindrande arbete", [("Bromma", 2020, "Förhindrande arbete")]),
    (
        SectionKind.ASSOCIATIONS,
        "Föreningsbidrag och upplåtande av lokaler",
        [("Socialförvaltningen", 2024, "Föreningsbidrag och upplåtande av lokaler")],
    ),
    (
        SectionKind.TRAINING,
        "Kompetenshöjande insatser",
        [("Bromma", 2020, "Kompetenshöjande insatser inom förvaltningen")],
    ),
    (SectionKind.FOLLOW_UP, "Uppföljning", [("Bromma", 2020, "Uppföljning")]),
]


def _seed_text(plans: list[dict], administration: str, year: int, heading: str) -> str:
    for plan in plans:
        if (plan["administration"], plan["year"]) == (administration, year):
            for section in plan["sections"]:
                if section["heading"] == heading:
                    return section["text"]
    raise LookupError(f"No seed section {heading!r} in {administration} {year}")


def template_sections(plans: list[dict] | None = None) -> list[dict[str, str]]:
    plans = SEED_PLANS if plans is None else plans
    found = []
    for kind, heading, sources in TEMPLATE:
        texts = [source if isinstance(source, str) else _seed_text(plans, *source) for source in sources]
        found.append({"kind": str(kind), "heading": heading, "text": "\n\n".join(texts)})
    return found


@transaction.atomic
def load_plan_template(plans: list[dict] | None = None) -> int:
    """Fill an empty template; a template the central coordinator has edited is left alone."""
    if SectionTemplate.objects.exists():
        return 0
    for order, spec in enumerate(template_sections(plans), start=1):
        services.save_template_section(section=SectionTemplate(order=order, **spec), actor=None)
    return len(TEMPLATE)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def activity_data(spec: Mapping[str, Any]) -> dict[str, Any]:
    """One seed activity as the fields `services.add_activity` takes."""
    schedule = spec.get("schedule") or {}
    occasions = set(spec.get("follow_up") or [])
    return {
        "group": spec["group"],
        "description": spec["description"],
        "responsible_role": spec["responsible"],
        "schedule_start": _date(schedule.get("start")),
        "schedule_end": _date(schedule.get("end")),
        "schedule_recurrence": schedule.get("recurrence", ""),
        "schedule_text": schedule.get("text", ""),
        "follows_up_t1": "T1" in occasions,
        "follows_up_t2": "T2" in occasions,
        "follows_up_vb": "VB" in occasions,
        "indicator": spec.get("indicator", ""),
        "target": spec.get("target", ""),
        "other_actors": spec.get("other_actors", ""),
        "status_note": spec.get("status_note", ""),
    }


@transaction.atomic
def load_plan(spec: Mapping[str, Any]) -> tuple[Plan, bool]:
    """One seed plan: (plan, created). An existing plan for the administration and year is kept."""
    administration = Administration.objects.get(name=spec["administration"])
    existing = (
        Plan.objects.filter(administration=administration, year=spec["year"]).order_by("version").first()
    )
    if existing is not None:
        return existing, False
    plan = services.create_plan(
        administration=administration,
        year=spec["year"],
        title=spec["title"],
        registration_number=spec.get("registration_number", ""),
        sections=spec["sections"],
        actor=None,
    )
    for activity in spec["activities"]:
        services.add_activity(plan=plan, actor=None, data=activity_data(activity))
    status = spec.get("status", PlanStatus.DRAFT)
    if status != PlanStatus.DRAFT:
        plan = services.submit_plan(plan=plan, actor=None)
    if status in (PlanStatus.ADOPTED, PlanStatus.APPROVED):
        plan = services.adopt_plan(
            plan=plan,
            actor=None,
            adopted_on=_date(spec.get("adopted_on")),
            decision_reference=spec.get("decision_reference", ""),
        )
    if status == PlanStatus.APPROVED:
        plan = services.approve_plan(plan=plan, actor=None, approved_on=None)
    return plan, True


def load_demo_plans(plans: list[dict] | None = None) -> list[Plan]:
    """Every seed plan (the list given, or SEED_PLANS); safe to run again."""
    return [load_plan(spec)[0] for spec in (SEED_PLANS if plans is None else plans)]
