"""Activities in a draft: added last in their group, moved, reordered, copied, between groups;
their free texts refused when they hold personal data."""

from __future__ import annotations

import datetime

import pytest

from tests.plans.factories import activity
from varna.lib.personal_data import PersonalDataError
from varna.plans import services


def descriptions(plan, group):
    return [a.description[:12] for a in plan.activities.filter(group=group).order_by("order")]


def test_an_activity_is_added_last_in_its_group(draft_plan, user):
    services.add_activity(
        plan=draft_plan,
        actor=user("samordnare.bromma"),
        data={
            "group": "training",
            "description": "Workshop om näthat.",
            "responsible_role": "VBE-samordnare",
        },
    )
    assert descriptions(draft_plan, "training") == ["Alla medarbe", "Föreläsning ", "Workshop om "]


def test_activities_move_up_and_down_within_their_group(draft_plan, user):
    actor = user("samordnare.bromma")
    lecture = activity(draft_plan, "Föreläsning")
    services.move_activity(activity=lecture, actor=actor, direction="up")
    assert descriptions(draft_plan, "training") == ["Föreläsning ", "Alla medarbe"]
    services.move_activity(activity=lecture, actor=actor, direction="up")  # already first: stays
    assert descriptions(draft_plan, "training") == ["Föreläsning ", "Alla medarbe"]


def test_an_activity_moved_to_another_group_goes_last_there(draft_plan, user):
    lecture = activity(draft_plan, "Föreläsning")
    moved = services.move_activity(activity=lecture, actor=user("samordnare.bromma"), group="coordination")
    assert moved.group == "coordination"
    assert descriptions(draft_plan, "coordination") == ["Samordnaren ", "Föreläsning "]
    assert [a.order for a in draft_plan.activities.filter(group="training")] == [1]


def test_a_group_can_be_put_in_a_new_order_but_only_with_all_its_activities(draft_plan, user):
    actor = user("samordnare.bromma")
    ids = list(draft_plan.activities.filter(group="training").values_list("pk", flat=True))
    services.reorder_activities(plan=draft_plan, group="training", activity_ids=ids[::-1], actor=actor)
    assert descriptions(draft_plan, "training") == ["Föreläsning ", "Alla medarbe"]
    with pytest.raises(services.PlanStateError, match="Ladda om"):
        services.reorder_activities(plan=draft_plan, group="training", activity_ids=ids[:1], actor=actor)


def test_a_copy_lands_right_after_its_original(draft_plan, user):
    original = activity(draft_plan, "Alla medarbetare")
    copy = services.copy_activity(activity=original, actor=user("samordnare.bromma"))
    assert copy.pk != original.pk and copy.description == original.description
    assert copy.indicator == original.indicator and copy.occasions == ["T1", "T2", "VB"]
    assert descriptions(draft_plan, "training") == ["Alla medarbe", "Alla medarbe", "Föreläsning "]


def test_changing_the_group_in_an_update_moves_the_activity(draft_plan, user):
    lecture = activity(draft_plan, "Föreläsning")
    data = {"group": "preventive_universal", "description": lecture.description, "responsible_role": "Rektor"}
    services.update_activity(activity=lecture, actor=user("samordnare.bromma"), data=data)
    assert descriptions(draft_plan, "preventive_universal") == ["Demokratiwor", "Föreläsning "]


def test_a_name_in_an_activity_is_refused_unless_the_coordinator_lets_it_through(draft_plan, user):
    actor = user("samordnare.bromma")
    data = {"group": "training", "description": "Utbildning.", "responsible_role": "Rektor Lindqvist"}
    with pytest.raises(PersonalDataError) as refused:
        services.add_activity(plan=draft_plan, actor=actor, data=data)
    assert refused.value.payload()["findings"][0]["field"] == "responsible_role"
    assert "Lindqvist" not in str(refused.value.payload())
    overridden = {"responsible_role": [("PERSON", "Lindqvist")]}
    added = services.add_activity(plan=draft_plan, actor=actor, data=data, overridden=overridden)
    assert added.responsible_role == "Rektor Lindqvist"


def test_a_personnummer_in_a_section_is_refused(draft_plan, user):
    section = draft_plan.sections.first()
    with pytest.raises(PersonalDataError):
        services.update_section(
            section=section,
            actor=user("samordnare.bromma"),
            heading="Inledning",
            text="Eleven 080512-3452 har.",
        )


def test_an_end_date_before_the_start_is_refused(draft_plan, user):
    from django.core.exceptions import ValidationError

    data = {
        "group": "training",
        "description": "Kurs.",
        "responsible_role": "Samordnare",
        "schedule_start": datetime.date(2024, 5, 1),
        "schedule_end": datetime.date(2024, 4, 1),
    }
    with pytest.raises(ValidationError):
        services.add_activity(plan=draft_plan, actor=user("samordnare.bromma"), data=data)


def test_the_schedule_reads_as_in_the_seed_plans(draft_plan):
    assert activity(draft_plan, "Alla medarbetare").schedule_display == "2024-01-01 – 2024-12-31"
    assert activity(draft_plan, "Samordnaren").schedule_display == "4 ggr/år"
    assert activity(draft_plan, "Demokrati").schedule_display == "Under våren 2024"


def test_sections_can_be_added_moved_and_removed(draft_plan, user):
    actor = user("samordnare.bromma")
    added = services.add_section(
        plan=draft_plan, actor=actor, kind="analysis", heading="Analys", text="Behov."
    )
    assert draft_plan.sections.last() == added
    services.move_section(section=added, actor=actor, direction="up")
    assert list(draft_plan.sections.values_list("heading", flat=True))[-2:] == ["Analys", "Uppföljning"]
    services.delete_section(section=added, actor=actor)
    assert not draft_plan.sections.filter(heading="Analys").exists()
