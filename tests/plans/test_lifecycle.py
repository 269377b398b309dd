"""A plan's lifecycle: draft → submitted → adopted → approved, read-only after submission,
new versions, next year's plan."""

from __future__ import annotations

import datetime

import pytest

from tests.plans.factories import activity
from varna.audit.models import AuditEvent
from varna.plans import services
from varna.plans.constants import ALLOWED_TRANSITIONS, FollowUpStatus, PlanStatus, SectionKind
from varna.plans.demo import load_plan_template
from varna.plans.models import Plan


def test_a_new_plan_starts_as_a_draft_with_the_templates_sections(bromma, user):
    load_plan_template()
    plan = services.create_plan(administration=bromma, year=2026, actor=user("samordnare.bromma"))
    assert plan.status == PlanStatus.DRAFT
    assert plan.title == "Handlingsplan mot våldsbejakande extremism 2026 – Bromma"
    kinds = list(plan.sections.values_list("kind", flat=True))
    assert kinds[0] == SectionKind.INTRODUCTION
    assert SectionKind.SITUATION in kinds and kinds[-1] == SectionKind.FOLLOW_UP
    assert "samlingsbegrepp" in plan.sections.first().text


def test_an_administration_has_one_plan_a_year(draft_plan, bromma, user):
    with pytest.raises(services.PlanStateError, match="finns redan"):
        services.create_plan(administration=bromma, year=2024, actor=user("samordnare.bromma"))


def test_the_allowed_transitions_are_the_lifecycle():
    lifecycle = {
        "draft": {"submitted"},
        "submitted": {"draft", "adopted"},
        "adopted": {"approved"},
        "approved": set(),
    }
    assert lifecycle == ALLOWED_TRANSITIONS


def test_a_plan_goes_from_draft_to_approved_and_each_step_is_logged(draft_plan, user):
    actor = user("samordnare.bromma")
    plan = services.submit_plan(plan=draft_plan, actor=actor, submitted_on=datetime.date(2024, 1, 20))
    plan = services.adopt_plan(
        plan=plan, actor=actor, adopted_on=datetime.date(2024, 2, 14), decision_reference="§ 12"
    )
    plan = services.approve_plan(plan=plan, actor=actor, approved_on=datetime.date(2024, 3, 20))
    plan.refresh_from_db()
    assert (plan.status, plan.adopted_on, plan.decision_reference) == (
        "approved",
        datetime.date(2024, 2, 14),
        "§ 12",
    )
    summaries = list(AuditEvent.objects.filter(object_id=str(plan.pk)).values_list("summary", flat=True))
    assert "Bromma 2024 v1: Antagen av nämnden" in summaries
    assert "Bromma 2024 v1: Godkänd av kommunstyrelsen" in summaries


def test_a_draft_cannot_be_adopted_without_going_to_the_committee(draft_plan, user):
    with pytest.raises(services.PlanStateError, match="utkast kan inte bli antagen"):
        services.adopt_plan(
            plan=draft_plan, actor=user("samordnare.bromma"), adopted_on=datetime.date(2024, 2, 1)
        )


@pytest.mark.parametrize("state", ["submitted_plan", "adopted_plan"])
def test_a_plan_that_has_gone_to_the_committee_cannot_be_changed(state, request, user):
    plan = request.getfixturevalue(state)
    actor = user("samordnare.bromma")
    section = plan.sections.first()
    with pytest.raises(services.PlanStateError, match="kan inte ändras"):
        services.update_section(section=section, actor=actor, heading="Ny", text="Ny text")
    with pytest.raises(services.PlanStateError):
        services.add_activity(
            plan=plan, actor=actor, data={"group": "training", "description": "X", "responsible_role": "Y"}
        )
    with pytest.raises(services.PlanStateError):
        services.move_activity(activity=plan.activities.first(), actor=actor, direction="down")
    section.refresh_from_db()
    assert section.heading == "Inledning och syfte"


def test_a_submitted_plan_can_be_taken_back_to_draft(submitted_plan, user):
    plan = services.withdraw_plan(plan=submitted_plan, actor=user("samordnare.bromma"))
    assert plan.status == PlanStatus.DRAFT and plan.submitted_on is None
    services.update_plan(
        plan=plan, actor=user("samordnare.bromma"), title="Ändrad titel", registration_number=""
    )


def test_changing_an_adopted_plan_makes_a_new_draft_version(adopted_plan, user):
    actor = user("samordnare.bromma")
    new = services.create_new_version(plan=adopted_plan, actor=actor)
    assert (new.version, new.status, new.previous_version_id) == (2, "draft", adopted_plan.pk)
    assert new.sections.count() == adopted_plan.sections.count()
    assert new.activities.count() == adopted_plan.activities.count()
    services.update_section(
        section=new.sections.first(), actor=actor, heading="Inledning", text="Ny inledning."
    )
    adopted_plan.refresh_from_db()
    assert adopted_plan.sections.first().text.startswith("Planen gäller 2024.")  # the decided text stays
    with pytest.raises(services.PlanStateError, match="nyare version"):
        services.create_new_version(plan=adopted_plan, actor=actor)


def test_only_an_adopted_plan_gets_a_new_version(draft_plan, user):
    with pytest.raises(services.PlanStateError, match="ändras direkt"):
        services.create_new_version(plan=draft_plan, actor=user("samordnare.bromma"))


def test_follow_ups_reported_while_a_new_version_was_drafted_move_to_it_when_adopted(adopted_plan, user):
    actor = user("samordnare.bromma")
    new = services.create_new_version(plan=adopted_plan, actor=actor)
    services.record_follow_up(
        activity=activity(adopted_plan, "Alla medarbetare"),
        occasion="T1",
        status="ongoing",
        actor=actor,
        comment="Hälften klara.",
    )
    new = services.submit_plan(plan=new, actor=actor)
    new = services.adopt_plan(plan=new, actor=actor, adopted_on=datetime.date(2024, 6, 1))
    carried = activity(new, "Alla medarbetare").follow_ups.get()
    assert (carried.occasion, carried.status, carried.comment) == ("T1", "ongoing", "Hälften klara.")
    with pytest.raises(services.PlanStateError, match="nyare antagen version"):
        services.record_follow_up(
            activity=activity(adopted_plan, "Alla"), occasion="T2", status="done", actor=actor
        )


def test_next_years_plan_takes_unfinished_and_recurring_activities_and_reports_last_year(adopted_plan, user):
    actor = user("samordnare.bromma")
    done = {"Demokratiworkshop": FollowUpStatus.DONE, "Föreläsning": FollowUpStatus.DONE}
    for text, status in done.items():
        services.record_follow_up(
            activity=activity(adopted_plan, text), occasion="T1", status=status, actor=actor
        )
    services.record_follow_up(
        activity=activity(adopted_plan, "Alla medarbetare"),
        occasion="VB",
        status="done",
        actor=actor,
        comment="Klart.",
    )

    nxt = services.create_next_year_plan(plan=adopted_plan, actor=actor)

    assert (nxt.year, nxt.status, nxt.based_on_id) == (2025, "draft", adopted_plan.pk)
    assert nxt.title.endswith("2025")
    descriptions = set(nxt.activities.values_list("description", flat=True))
    # Done and one-off: left behind. Done but over the whole year, or recurring: carried on.
    assert descriptions == {
        "Alla medarbetare genomgår webbutbildningen om våldsbejakande extremism.",
        "Samordnaren deltar i stadens nätverk för samordnare.",
    }
    training = activity(nxt, "Alla medarbetare")
    assert (training.schedule_start, training.schedule_end) == (
        datetime.date(2025, 1, 1),
        datetime.date(2025, 12, 31),
    )
    assert not training.follow_ups.exists()
    kinds = list(nxt.sections.values_list("kind", flat=True))
    assert kinds[-2:] == [SectionKind.PREVIOUS_YEAR, SectionKind.FOLLOW_UP]
    assert nxt.sections.get(kind=SectionKind.PREVIOUS_YEAR).heading == "Uppföljning av 2024 års aktiviteter"
    with pytest.raises(services.PlanStateError, match="finns redan"):
        services.create_next_year_plan(plan=adopted_plan, actor=actor)


def test_plan_versions_are_unique_per_administration_and_year(draft_plan):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Plan.objects.create(administration=draft_plan.administration, year=2024, version=1, title="Dubblett")
