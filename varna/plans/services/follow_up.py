"""Follow-up of activities at T1, T2 and VB, and the section template for new plans."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import Overrides, ensure_clean
from varna.plans.constants import (
    IN_FORCE,
    Occasion,
)
from varna.plans.models import Activity, FollowUp, Plan, SectionTemplate
from varna.plans.services.common import PlanStateError, audit_plan, lock_plan

# --- Follow-up -------------------------------------------------------------------------------


def record_follow_up(
    *,
    activity: Activity,
    occasion: str,
    status: str,
    actor: Any,
    comment: str = "",
    indicator_value: str = "",
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> FollowUp:
    """Record (or correct) the status of an activity at T1, T2 or VB, on the plan in force."""
    ensure_clean({"comment": comment}, overridden)
    with transaction.atomic():
        locked = lock_plan(activity.plan, draft=False)
        if locked.status not in IN_FORCE:
            raise PlanStateError(_("Aktiviteter följs upp när planen är antagen av nämnden."))
        if Plan.objects.filter(
            administration_id=locked.administration_id,
            year=locked.year,
            version__gt=locked.version,
            status__in=IN_FORCE,
        ).exists():
            raise PlanStateError(_("Det finns en nyare antagen version av planen; följ upp i den."))
        if occasion not in Occasion.values:
            raise PlanStateError(_("Okänt uppföljningstillfälle."))
        follow_up = FollowUp.objects.select_for_update().filter(activity=activity, occasion=occasion).first()
        follow_up = follow_up or FollowUp(activity=activity, occasion=occasion)
        created = follow_up.pk is None
        follow_up.status, follow_up.comment, follow_up.indicator_value = status, comment, indicator_value
        follow_up.recorded_by = actor if getattr(actor, "pk", None) else None
        follow_up.full_clean()
        follow_up.save()
        audit_plan(Action.CREATED if created else Action.CHANGED, locked, actor, request, obj=follow_up)
    return follow_up


# --- The template ----------------------------------------------------------------------------


def save_template_section(
    *,
    section: SectionTemplate,
    actor: Any,
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> SectionTemplate:
    ensure_clean({"text": section.text}, overridden)
    created = section.pk is None
    with transaction.atomic():
        if created and not section.order:
            section.order = (SectionTemplate.objects.aggregate(m=Max("order"))["m"] or 0) + 1
        section.full_clean()
        section.save()
        record_event(
            action=Action.CREATED if created else Action.CHANGED,
            actor=actor,
            request=request,
            obj=section,
            summary=section.get_kind_display(),
        )
    return section


def delete_template_section(
    *, section: SectionTemplate, actor: Any, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        record_event(
            action=Action.DELETED,
            actor=actor,
            request=request,
            obj=section,
            summary=section.get_kind_display(),
        )
        section.delete()
