"""The plan's lifecycle: create, change, submit, adopt, approve, new version, next year."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import transaction
from django.db.models import F, Max
from django.http import HttpRequest
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.lib.personal_data import ensure_clean
from varna.organisation.models import Administration
from varna.plans.constants import (
    ALLOWED_TRANSITIONS,
    IN_FORCE,
    FollowUpStatus,
    Occasion,
    PlanStatus,
    SectionKind,
)
from varna.plans.models import Activity, FollowUp, Plan, Section, SectionTemplate
from varna.plans.services.common import PlanStateError, audit_plan, default_title, lock_plan

# --- Plans -----------------------------------------------------------------------------------


def create_plan(
    *,
    administration: Administration,
    year: int,
    actor: Any,
    title: str = "",
    registration_number: str = "",
    sections: Sequence[Mapping[str, str]] | None = None,
    request: HttpRequest | None = None,
) -> Plan:
    """A new draft for the administration and year, with the template's sections unless given."""
    if sections is None:
        sections = [
            {"kind": t.kind, "heading": t.heading, "text": t.text} for t in SectionTemplate.objects.all()
        ]
    ensure_clean({f"sections[{i}].text": s.get("text", "") for i, s in enumerate(sections)})
    with transaction.atomic():
        # Lock the administration so that two coordinators cannot both create the year's plan.
        Administration.objects.select_for_update().get(pk=administration.pk)
        if Plan.objects.filter(administration=administration, year=year).exists():
            raise PlanStateError(
                _("Det finns redan en handlingsplan för %(name)s %(year)s.")
                % {"name": administration.name, "year": year}
            )
        plan = Plan(
            administration=administration,
            year=year,
            title=title or default_title(administration, year),
            registration_number=registration_number,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        plan.full_clean()
        plan.save()
        for order, spec in enumerate(sections, start=1):
            section = Section(
                plan=plan, kind=spec["kind"], heading=spec["heading"], text=spec.get("text", ""), order=order
            )
            section.full_clean()
            section.save()
        audit_plan(Action.CREATED, plan, actor, request)
    return plan


def update_plan(
    *, plan: Plan, actor: Any, title: str, registration_number: str, request: HttpRequest | None = None
) -> Plan:
    with transaction.atomic():
        locked = lock_plan(plan)
        locked.title, locked.registration_number = title, registration_number
        locked.full_clean()
        locked.save()
        audit_plan(Action.CHANGED, locked, actor, request)
    return locked


def _transition(plan: Plan, to: str, actor: Any, request: HttpRequest | None, **changes: Any) -> Plan:
    with transaction.atomic():
        locked = lock_plan(plan, draft=False)
        if to not in ALLOWED_TRANSITIONS[locked.status]:
            raise PlanStateError(
                _("En plan som är %(current)s kan inte bli %(wanted)s.")
                % {"current": locked.get_status_display().lower(), "wanted": PlanStatus(to).label.lower()}
            )
        locked.status = to
        for name, value in changes.items():
            setattr(locked, name, value)
        locked.full_clean()
        locked.save()
        audit_plan(Action.CHANGED, locked, actor, request)
    return locked


def submit_plan(
    *, plan: Plan, actor: Any, submitted_on: datetime.date | None = None, request: HttpRequest | None = None
) -> Plan:
    """The draft goes to the committee: from now on it is read-only."""
    return _transition(plan, PlanStatus.SUBMITTED, actor, request, submitted_on=submitted_on)


def withdraw_plan(*, plan: Plan, actor: Any, request: HttpRequest | None = None) -> Plan:
    """Take a submitted plan back to draft before the committee has decided."""
    return _transition(plan, PlanStatus.DRAFT, actor, request, submitted_on=None)


def adopt_plan(
    *,
    plan: Plan,
    actor: Any,
    adopted_on: datetime.date | None,
    decision_reference: str = "",
    request: HttpRequest | None = None,
) -> Plan:
    """Record the committee's decision. A new version takes over its predecessor's follow-ups."""
    with transaction.atomic():
        adopted = _transition(
            plan,
            PlanStatus.ADOPTED,
            actor,
            request,
            adopted_on=adopted_on,
            decision_reference=decision_reference,
        )
        if adopted.previous_version_id:
            _carry_follow_ups_over(adopted)
    return adopted


def approve_plan(
    *,
    plan: Plan,
    actor: Any,
    approved_on: datetime.date | None,
    approval_reference: str = "",
    request: HttpRequest | None = None,
) -> Plan:
    """Record the city board's approval of an adopted plan."""
    return _transition(
        plan,
        PlanStatus.APPROVED,
        actor,
        request,
        approved_on=approved_on,
        approval_reference=approval_reference,
    )


def _carry_follow_ups_over(plan: Plan) -> None:
    """Follow-ups reported on the version in force while this one was drafted move along."""
    for activity in plan.activities.filter(copied_from__plan_id=plan.previous_version_id):
        have = set(activity.follow_ups.values_list("occasion", flat=True))
        for old in FollowUp.objects.filter(activity_id=activity.copied_from_id).exclude(occasion__in=have):
            FollowUp.objects.create(
                activity=activity,
                occasion=old.occasion,
                status=old.status,
                comment=old.comment,
                indicator_value=old.indicator_value,
                recorded_by=old.recorded_by,
            )


def _copy_contents(source: Plan, target: Plan, *, activities: Iterable[Activity], shift_year: bool) -> None:
    for section in source.sections.all():
        if shift_year and section.kind == SectionKind.PREVIOUS_YEAR:
            continue  # written anew for the new year
        Section.objects.create(
            plan=target,
            kind=section.kind,
            heading=section.heading,
            text=section.text,
            order=section.order,
            situation_snapshot_id=None if shift_year else section.situation_snapshot_id,
        )
    for activity in activities:
        original_pk = activity.pk
        activity.pk = None
        activity.plan = target
        activity.copied_from_id = original_pk
        if shift_year:
            activity.schedule_start = _a_year_later(activity.schedule_start)
            activity.schedule_end = _a_year_later(activity.schedule_end)
        activity.save()


def _a_year_later(day: datetime.date | None) -> datetime.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def create_new_version(*, plan: Plan, actor: Any, request: HttpRequest | None = None) -> Plan:
    """A new draft of an adopted plan, to change it; the adopted version stays as decided."""
    with transaction.atomic():
        locked = lock_plan(plan, draft=False)
        if locked.status not in IN_FORCE:
            raise PlanStateError(_("Bara en antagen plan får en ny version; ett utkast ändras direkt."))
        if Plan.objects.filter(
            administration=locked.administration, year=locked.year, version__gt=locked.version
        ).exists():
            raise PlanStateError(_("Det finns redan en nyare version av planen."))
        new = Plan.objects.create(
            administration=locked.administration,
            year=locked.year,
            version=locked.version + 1,
            previous_version=locked,
            based_on=locked.based_on,
            title=locked.title,
            registration_number=locked.registration_number,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        _copy_contents(locked, new, activities=locked.activities.all(), shift_year=False)
        audit_plan(Action.CREATED, new, actor, request)
    return new


def latest_status(activity: Activity) -> str | None:
    """The status at the latest occasion reported (VB after T2 after T1), or None."""
    by_occasion = {f.occasion: f.status for f in activity.follow_ups.all()}
    for occasion in (Occasion.VB, Occasion.T2, Occasion.T1):
        if occasion in by_occasion:
            return by_occasion[occasion]
    return None


def create_next_year_plan(*, plan: Plan, actor: Any, request: HttpRequest | None = None) -> Plan:
    """Next year's draft: the sections, the activities not finished or recurring (dates moved a
    year on), and a section that reports the status of this year's activities."""
    year = plan.year + 1
    activities = [
        a
        for a in plan.activities.prefetch_related("follow_ups")
        if a.is_recurring or latest_status(a) not in (FollowUpStatus.DONE, FollowUpStatus.CANCELLED)
    ]
    with transaction.atomic():
        Administration.objects.select_for_update().get(pk=plan.administration_id)
        if Plan.objects.filter(administration_id=plan.administration_id, year=year).exists():
            raise PlanStateError(
                _("Det finns redan en handlingsplan för %(name)s %(year)s.")
                % {"name": plan.administration.name, "year": year}
            )
        new = Plan.objects.create(
            administration=plan.administration,
            year=year,
            based_on=plan,
            title=plan.title.replace(str(plan.year), str(year)),
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        _copy_contents(plan, new, activities=activities, shift_year=True)
        follow_up = new.sections.filter(kind=SectionKind.FOLLOW_UP).order_by("order").first()
        order = follow_up.order if follow_up else (new.sections.aggregate(m=Max("order"))["m"] or 0) + 1
        new.sections.filter(order__gte=order).update(order=F("order") + 1)
        Section.objects.create(
            plan=new,
            kind=SectionKind.PREVIOUS_YEAR,
            heading=_("Uppföljning av %(year)s års aktiviteter") % {"year": plan.year},
            text=_(
                "Tabellen redovisar status för aktiviteterna i %(year)s års handlingsplan enligt den "
                "senaste uppföljningen. Aktiviteter som inte är genomförda, eller som återkommer varje "
                "år, finns med i årets plan."
            )
            % {"year": plan.year},
            order=order,
        )
        audit_plan(Action.CREATED, new, actor, request)
    return new
