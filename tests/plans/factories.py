"""A small plan in the schema of varna/plans/seed_plans.py, and plans made from it for tests
(also for the permission matrix)."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from varna.organisation.models import User
from varna.plans import services
from varna.plans.demo import load_plan
from varna.plans.models import Activity, Plan, SectionTemplate

# A plan in the schema of varna/plans/seed_plans.py, small enough to read in a test.
SMALL_PLAN: dict[str, Any] = {
    "administration": "Bromma",
    "year": 2024,
    "title": "Bromma stadsdelsnämnds handlingsplan mot våldsbejakande extremism 2024",
    "registration_number": "1.2.3-45/2024",
    "status": "draft",
    "adopted_on": None,
    "decision_reference": "",
    "sections": [
        {
            "kind": "introduction",
            "heading": "Inledning och syfte",
            "text": "Planen gäller 2024.\n\nDen revideras årligen.",
        },
        {
            "kind": "situation",
            "heading": "Lokal lägesbild",
            "text": "Två händelser med klotter rapporterades.",
        },
        {"kind": "preventive", "heading": "Förebyggande arbete", "text": "Universella insatser i skolan."},
        {"kind": "training", "heading": "Kompetenshöjande insatser", "text": "Webbutbildningen för alla."},
        {"kind": "follow_up", "heading": "Uppföljning", "text": "Planen följs upp i T1, T2 och VB."},
    ],
    "activities": [
        {
            "group": "preventive_universal",
            "description": "Demokratiworkshop i alla klasser i årskurs 8.",
            "responsible": "Rektor, Blackebergsskolan",
            "schedule": {"text": "Under våren 2024"},
            "follow_up": ["T1", "VB"],
            "indicator": "",
            "target": "",
            "other_actors": "Fältassistenterna",
            "status_note": "",
        },
        {
            "group": "training",
            "description": "Alla medarbetare genomgår webbutbildningen om våldsbejakande extremism.",
            "responsible": "Enhetschef Fritidsgården Blackeberg",
            "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
            "follow_up": ["T1", "T2", "VB"],
            "indicator": "antal medarbetare som genomgått utbildningen",
            "target": "100 %",
            "other_actors": "",
            "status_note": "",
        },
        {
            "group": "coordination",
            "description": "Samordnaren deltar i stadens nätverk för samordnare.",
            "responsible": "VBE-samordnare",
            "schedule": {"recurrence": "4 ggr/år"},
            "follow_up": ["VB"],
            "indicator": "",
            "target": "",
            "other_actors": "",
            "status_note": "",
        },
        {
            "group": "training",
            "description": "Föreläsning om symboler för chefer.",
            "responsible": "VBE-samordnare",
            "schedule": {"start": "2024-02-01", "end": "2024-03-31"},
            "follow_up": ["T1"],
            "indicator": "",
            "target": "",
            "other_actors": "",
            "status_note": "",
        },
    ],
}


def make_plan(*, year: int = 2024, status: str = "draft") -> Plan:
    """Bromma's small plan for `year`, taken through the services to `status`."""
    spec = copy.deepcopy(SMALL_PLAN)
    spec["year"] = year
    plan, _created = load_plan(spec)
    actor = User.objects.get(username="samordnare.bromma")
    if status != "draft":
        plan = services.submit_plan(plan=plan, actor=actor, submitted_on=datetime.date(year, 1, 20))
    if status in ("adopted", "approved"):
        plan = services.adopt_plan(
            plan=plan, actor=actor, adopted_on=datetime.date(year, 2, 14), decision_reference="§ 12"
        )
    if status == "approved":
        plan = services.approve_plan(plan=plan, actor=actor, approved_on=datetime.date(year, 3, 20))
    return plan


def matrix_objects() -> dict[str, Any]:
    """For tests/test_permission_matrix.py: Bromma's adopted plan for 2024 (its training activity
    has the unit manager as responsible user) and a draft second version of it."""
    adopted = make_plan(status="adopted")
    responsible = adopted.activities.get(group="training", order=1)
    responsible.responsible_user = User.objects.get(username="enhetschef")
    responsible.save()
    draft = services.create_new_version(plan=adopted, actor=User.objects.get(username="samordnare.bromma"))
    return {
        "plan": draft,
        "adopted_plan": adopted,
        "section": draft.sections.first(),
        "activity": draft.activities.get(group="training", order=1),
        "responsible_activity": responsible,
        "template_section": SectionTemplate.objects.create(kind="analysis", heading="Analys", order=1),
    }


def activity(plan: Plan, text: str) -> Activity:
    """The plan's activity whose description starts with `text`."""
    return plan.activities.get(description__startswith=text)
