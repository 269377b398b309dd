"""Comparing two versions of a plan: what changed in the plan, its sections and its activities."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from varna.plans.models import Activity, Plan, Section
from varna.plans.services.contents import ACTIVITY_FIELDS as EDITABLE_ACTIVITY_FIELDS

PLAN_FIELDS = ("title", "registration_number", "status", "adopted_on", "decision_reference")
# The description is compared word by word on its own; the other fields as values.
ACTIVITY_FIELDS = tuple(name for name in EDITABLE_ACTIVITY_FIELDS if name != "description")

_WORDS = re.compile(r"(\s+)")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) pieces: kind is "same", "added" or "removed"."""
    a, b = _WORDS.split(old), _WORDS.split(new)
    pieces: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("added", "".join(b[j1:j2])))
    return pieces


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class SectionChange:
    heading: str
    kind: str  # "added", "removed" or "changed"
    diff: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ActivityChange:
    description: str
    kind: str  # "added", "removed" or "changed"
    diff: list[tuple[str, str]] = field(default_factory=list)
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class Comparison:
    old: Plan
    new: Plan
    plan_fields: list[FieldChange]
    sections: list[SectionChange]
    activities: list[ActivityChange]

    @property
    def unchanged(self) -> bool:
        return not (self.plan_fields or self.sections or self.activities)


def _shown(instance: Any, name: str) -> str:
    value = getattr(instance, name)
    field_ = instance._meta.get_field(name)
    if field_.choices:
        return str(getattr(instance, f"get_{name}_display")())
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return "" if value is None else str(value)


def _field_changes(old: Any, new: Any, names: tuple[str, ...]) -> list[FieldChange]:
    return [
        FieldChange(str(old._meta.get_field(name).verbose_name), _shown(old, name), _shown(new, name))
        for name in names
        if _shown(old, name) != _shown(new, name)
    ]


def _ancestor_in(activity: Activity, old_ids: set[int], parents: dict[int, int | None]) -> int | None:
    """The activity of the old version this one descends from, through copies between versions."""
    current: int | None = activity.copied_from_id
    seen = set()
    while current is not None and current not in old_ids and current not in seen:
        seen.add(current)
        current = parents.get(current)
    return current if current in old_ids else None


def compare_versions(old: Plan, new: Plan) -> Comparison:
    sections = _compare_sections(list(old.sections.all()), list(new.sections.all()))
    old_activities = {a.pk: a for a in old.activities.select_related("responsible_unit", "responsible_user")}
    parents = dict(
        Activity.objects.filter(
            plan__administration_id=new.administration_id, plan__year=new.year
        ).values_list("pk", "copied_from_id")
    )
    activities: list[ActivityChange] = []
    matched: set[int] = set()
    for activity in new.activities.select_related("responsible_unit", "responsible_user"):
        ancestor = _ancestor_in(activity, set(old_activities), parents)
        if ancestor is None or ancestor in matched:
            activities.append(ActivityChange(activity.description, "added"))
            continue
        matched.add(ancestor)
        before = old_activities[ancestor]
        changes = _field_changes(before, activity, ACTIVITY_FIELDS)
        if changes or before.description != activity.description:
            diff = word_diff(before.description, activity.description)
            activities.append(ActivityChange(activity.description, "changed", diff, changes))
    activities += [
        ActivityChange(a.description, "removed") for pk, a in old_activities.items() if pk not in matched
    ]
    return Comparison(old, new, _field_changes(old, new, PLAN_FIELDS), sections, activities)


def _compare_sections(old: list[Section], new: list[Section]) -> list[SectionChange]:
    remaining = list(old)
    changes = []
    for section in new:
        match = next((s for s in remaining if (s.kind, s.heading) == (section.kind, section.heading)), None)
        if match is None:
            changes.append(SectionChange(section.heading, "added", [("added", section.text)]))
            continue
        remaining.remove(match)
        if match.text != section.text:
            changes.append(SectionChange(section.heading, "changed", word_diff(match.text, section.text)))
    changes += [SectionChange(s.heading, "removed", [("removed", s.text)]) for s in remaining]
    return changes
