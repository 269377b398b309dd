"""A draft plan's contents: its sections and its activities, in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import EllipsisType
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.lib.personal_data import Overrides, ensure_clean
from varna.plans.constants import SectionKind
from varna.plans.models import Activity, Plan, Section
from varna.plans.services.common import PlanStateError, audit_plan, lock_plan
from varna.situation.models import Snapshot

# What an activity holds, as model field names: the keys `add_activity` and `update_activity` take.
ACTIVITY_FIELDS = (
    "group",
    "description",
    "responsible_role",
    "responsible_unit",
    "responsible_user",
    "schedule_start",
    "schedule_end",
    "schedule_recurrence",
    "schedule_text",
    "follows_up_t1",
    "follows_up_t2",
    "follows_up_vb",
    "indicator",
    "indicator_source",
    "target",
    "finding",
    "other_actors",
    "status_note",
)
ACTIVITY_FREE_TEXT = ("description", "responsible_role", "finding", "other_actors", "status_note")


# --- Sections --------------------------------------------------------------------------------


def add_section(
    *,
    plan: Plan,
    actor: Any,
    kind: str,
    heading: str,
    text: str = "",
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
    situation_snapshot_id: int | None = None,
) -> Section:
    ensure_clean({"text": text}, overridden)
    with transaction.atomic():
        locked = lock_plan(plan)
        last = locked.sections.aggregate(m=Max("order"))["m"] or 0
        section = Section(plan=locked, kind=kind, heading=heading, text=text, order=last + 1)
        section.situation_snapshot_id = _situation_snapshot(locked, section.kind, situation_snapshot_id)
        section.full_clean()
        section.save()
        audit_plan(Action.CREATED, locked, actor, request, obj=section)
    return section


def update_section(
    *,
    section: Section,
    actor: Any,
    heading: str,
    text: str,
    kind: str | None = None,
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
    situation_snapshot_id: int | EllipsisType | None = ...,
) -> Section:
    ensure_clean({"text": text}, overridden)
    with transaction.atomic():
        locked = lock_plan(section.plan)
        section = Section.objects.get(pk=section.pk, plan=locked)
        section.heading, section.text = heading, text
        if kind:
            section.kind = kind
        if situation_snapshot_id is not ...:  # left out: unchanged
            section.situation_snapshot_id = situation_snapshot_id
        snapshot_id = section.situation_snapshot_id
        section.situation_snapshot_id = _situation_snapshot(locked, section.kind, snapshot_id)
        section.full_clean()
        section.save()
        audit_plan(Action.CHANGED, locked, actor, request, obj=section)
    return section


def _situation_snapshot(plan: Plan, kind: str, snapshot_id: int | None) -> int | None:
    """A frozen situation picture belongs in a situation section, of the plan's administration."""
    if not snapshot_id or kind != SectionKind.SITUATION:
        return None
    if not Snapshot.objects.filter(pk=snapshot_id, administration_id=plan.administration_id).exists():
        raise PlanStateError(_("Den fastställda lägesbilden hör inte till planens förvaltning."))
    return snapshot_id


def delete_section(*, section: Section, actor: Any, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        locked = lock_plan(section.plan)
        audit_plan(Action.DELETED, locked, actor, request, obj=section)
        section.delete()


def move_section(*, section: Section, actor: Any, direction: str, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        locked = lock_plan(section.plan)
        ids = list(locked.sections.values_list("pk", flat=True))
        _renumber(Section, _moved(ids, section.pk, direction))
        audit_plan(Action.CHANGED, locked, actor, request, obj=section)


def _moved(ids: list[int], pk: int, direction: str) -> list[int]:
    position = ids.index(pk)
    other = position - 1 if direction == "up" else position + 1
    if 0 <= other < len(ids):
        ids[position], ids[other] = ids[other], ids[position]
    return ids


def _renumber(model: type[Section] | type[Activity], ids: Sequence[int]) -> None:
    for order, pk in enumerate(ids, start=1):
        model.objects.filter(pk=pk).update(order=order)


# --- Activities ------------------------------------------------------------------------------


def _activity_values(data: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(data) - set(ACTIVITY_FIELDS)
    if unknown:
        raise TypeError(f"Unknown activity fields: {sorted(unknown)}")
    return dict(data)


def _end_of_group(plan: Plan, group: str) -> int:
    return (plan.activities.filter(group=group).aggregate(m=Max("order"))["m"] or 0) + 1


def add_activity(
    *,
    plan: Plan,
    actor: Any,
    data: Mapping[str, Any],
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> Activity:
    """Add an activity at the end of its group. `data` holds fields named in ACTIVITY_FIELDS."""
    values = _activity_values(data)
    ensure_clean({name: values.get(name) or "" for name in ACTIVITY_FREE_TEXT}, overridden)
    with transaction.atomic():
        locked = lock_plan(plan)
        activity = Activity(plan=locked, **values)
        activity.order = _end_of_group(locked, activity.group)
        activity.full_clean()
        activity.save()
        audit_plan(Action.CREATED, locked, actor, request, obj=activity)
    return activity


def update_activity(
    *,
    activity: Activity,
    actor: Any,
    data: Mapping[str, Any],
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> Activity:
    """Change an activity; a new group puts it last in that group."""
    values = _activity_values(data)
    ensure_clean({name: values.get(name) or "" for name in ACTIVITY_FREE_TEXT}, overridden)
    with transaction.atomic():
        locked = lock_plan(activity.plan)
        activity = Activity.objects.get(pk=activity.pk, plan=locked)
        old_group = activity.group
        for name, value in values.items():
            setattr(activity, name, value)
        if activity.group != old_group:
            activity.order = _end_of_group(locked, activity.group)
        activity.full_clean()
        activity.save()
        if activity.group != old_group:
            _renumber(Activity, locked.activities.filter(group=old_group).values_list("pk", flat=True))
        audit_plan(Action.CHANGED, locked, actor, request, obj=activity)
    return activity


def move_activity(
    *,
    activity: Activity,
    actor: Any,
    direction: str | None = None,
    group: str | None = None,
    request: HttpRequest | None = None,
) -> Activity:
    """Move an activity one step up or down in its group, or to the end of another group."""
    with transaction.atomic():
        locked = lock_plan(activity.plan)
        activity = Activity.objects.get(pk=activity.pk, plan=locked)
        if group and group != activity.group:
            old_group, activity.group = activity.group, group
            activity.order = _end_of_group(locked, group)
            activity.full_clean()
            activity.save()
            _renumber(Activity, locked.activities.filter(group=old_group).values_list("pk", flat=True))
        elif direction in ("up", "down"):
            ids = list(locked.activities.filter(group=activity.group).values_list("pk", flat=True))
            _renumber(Activity, _moved(ids, activity.pk, direction))
        audit_plan(Action.CHANGED, locked, actor, request, obj=activity)
    activity.refresh_from_db()
    return activity


def reorder_activities(
    *, plan: Plan, group: str, activity_ids: Sequence[int], actor: Any, request: HttpRequest | None = None
) -> None:
    """Put a group's activities in the given order; the ids must be exactly the group's."""
    with transaction.atomic():
        locked = lock_plan(plan)
        current = set(locked.activities.filter(group=group).values_list("pk", flat=True))
        if set(activity_ids) != current or len(activity_ids) != len(current):
            raise PlanStateError(_("Ordningen stämmer inte med aktiviteterna i gruppen. Ladda om sidan."))
        _renumber(Activity, activity_ids)
        audit_plan(Action.CHANGED, locked, actor, request)


def copy_activity(*, activity: Activity, actor: Any, request: HttpRequest | None = None) -> Activity:
    """A copy of the activity right after it, to adapt (for another unit, say)."""
    with transaction.atomic():
        locked = lock_plan(activity.plan)
        original = Activity.objects.get(pk=activity.pk, plan=locked)
        ids = list(locked.activities.filter(group=original.group).values_list("pk", flat=True))
        copy = Activity.objects.get(pk=original.pk)
        copy.pk = None
        copy.copied_from = None
        copy.save()
        ids.insert(ids.index(original.pk) + 1, copy.pk)
        _renumber(Activity, ids)
        audit_plan(Action.CREATED, locked, actor, request, obj=copy)
    copy.refresh_from_db()
    return copy


def delete_activity(*, activity: Activity, actor: Any, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        locked = lock_plan(activity.plan)
        audit_plan(Action.DELETED, locked, actor, request, obj=activity)
        group = activity.group
        activity.delete()
        _renumber(Activity, locked.activities.filter(group=group).values_list("pk", flat=True))
