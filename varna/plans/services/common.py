"""What the plan services share: the state error, the personal-data check, locking, audit."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from varna.audit.services import record_event
from varna.organisation.models import Administration
from varna.plans.models import Plan


class PlanStateError(Exception):
    """The plan's status does not allow the operation; the message is shown to the user."""


def default_title(administration: Administration, year: int) -> str:
    return _("Handlingsplan mot våldsbejakande extremism %(year)s – %(name)s") % {
        "year": year,
        "name": administration.name,
    }


def audit_plan(action: str, plan: Plan, actor: Any, request: HttpRequest | None, obj: Any = None) -> None:
    record_event(
        action=action,
        actor=actor,
        request=request,
        administration=plan.administration,
        obj=obj if obj is not None else plan,
        summary=plan.audit_summary(),
    )


def lock_plan(plan: Plan, *, draft: bool = True) -> Plan:
    locked = Plan.objects.select_for_update().select_related("administration").get(pk=plan.pk)
    if draft and not locked.is_editable:
        raise PlanStateError(
            _("Planen är %(status)s och kan inte ändras. Skapa en ny version för att ändra den.")
            % {"status": locked.get_status_display().lower()}
        )
    return locked
