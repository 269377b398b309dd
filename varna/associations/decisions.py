"""Writes for decisions on grants and their follow-up: decide (with the override rule), confirm
under the four-eyes rule, record a follow-up. Status changes go through `services.move`."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.associations import conf
from varna.associations.common import AssociationStateError, audit, user_or_none
from varna.associations.constants import (
    OUTCOMES_FROM,
    ApplicationStatus,
    DecisionState,
    FollowUpKind,
    Outcome,
)
from varna.associations.models import AssociationSettings, Decision, GrantApplication, GrantFollowUp
from varna.associations.services import lock_application, move, unmet_items
from varna.audit.constants import Action
from varna.lib.personal_data import Overrides, ensure_clean
from varna.organisation.models import Municipality


def four_eyes_required(municipality: Municipality) -> bool:
    own = (
        AssociationSettings.objects.filter(municipality=municipality)
        .values_list("four_eyes", flat=True)
        .first()
    )
    return conf.four_eyes_default() if own is None else bool(own)


def decide(
    *,
    application: GrantApplication,
    outcome: str,
    justification: str,
    actor: Any,
    amount: int | None = None,
    override_reason: str = "",
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> Decision:
    """Grant, deny or stop payment. A grant despite unmet items needs an override reason; under
    the four-eyes rule the decision waits for another officer's confirmation."""
    ensure_clean({"justification": justification, "override_reason": override_reason}, overridden)
    if not justification.strip():
        raise ValidationError({"justification": _("Motivera beslutet.")})
    with transaction.atomic():
        locked = lock_application(application)
        if outcome not in OUTCOMES_FROM.get(locked.status, ()):
            raise AssociationStateError(
                _("Beslutet ”%(outcome)s” kan inte fattas när ansökan är ”%(status)s”.")
                % {"outcome": Outcome(outcome).label, "status": locked.get_status_display()}
            )
        unmet = unmet_items(locked) if outcome == Outcome.GRANTED else 0
        if outcome == Outcome.GRANTED:
            if amount is None or amount <= 0:
                raise ValidationError({"amount": _("Ange det beviljade beloppet i kronor.")})
            if unmet and not override_reason.strip():
                raise ValidationError(
                    {
                        "override_reason": _(
                            "%(n)s kontrollpunkter är inte uppfyllda eller inte kontrollerade. "
                            "Ange skälet att ändå bevilja bidraget."
                        )
                        % {"n": unmet}
                    }
                )
        else:
            amount = None
        pending = four_eyes_required(locked.association.administration.municipality)
        decision = Decision(
            application=locked,
            outcome=outcome,
            amount=amount,
            justification=justification.strip(),
            override_reason=override_reason.strip() if unmet else "",
            unmet_items=unmet,
            state=DecisionState.PROPOSED if pending else DecisionState.IN_EFFECT,
            decided_by=user_or_none(actor),
            previous_status=locked.status,
        )
        decision.full_clean()
        decision.save()
        if pending:
            move(locked, ApplicationStatus.AWAITING_CONFIRMATION)
            locked.save(update_fields=["status"])
        else:
            _take_effect(locked, decision)
        audit(Action.CHANGED, decision, actor=actor, request=request, summary=_decision_summary(decision))
    return decision


def _decision_summary(decision: Decision) -> str:
    parts = [
        str(decision.application),
        str(decision.get_outcome_display()),
        str(decision.get_state_display()),
    ]
    if decision.amount:
        parts.append(f"{decision.amount} kr")
    if decision.unmet_items:
        parts.append(_("åsidosatt granskning: %(n)s punkter") % {"n": decision.unmet_items})
    return ", ".join(parts)


def _take_effect(application: GrantApplication, decision: Decision) -> None:
    move(application, decision.outcome)
    application.save(update_fields=["status"])
    if decision.outcome == Outcome.GRANTED:
        _plan_follow_ups(application, decision)


def _plan_follow_ups(application: GrantApplication, decision: Decision) -> None:
    """A granted association is followed up during the year; from 2024 also the VBE control."""
    today = timezone.localdate()
    due = conf.follow_up_due(application.year)
    if due < today + datetime.timedelta(days=30):
        due = today + datetime.timedelta(days=90)  # granted late in the year: still followed up
    kinds = [FollowUpKind.REGULAR]
    if application.year >= conf.vbe_control_from():
        kinds.append(FollowUpKind.VBE_CONTROL)
    for kind in kinds:
        GrantFollowUp.objects.get_or_create(application=application, kind=kind, defaults={"due_on": due})


def confirm_decision(
    *, application: GrantApplication, actor: Any, confirm: bool = True, request: HttpRequest | None = None
) -> Decision:
    """The second officer confirms (or rejects) a proposed decision; never the one who proposed it."""
    with transaction.atomic():
        locked = lock_application(application)
        decision = (
            Decision.objects.select_for_update()
            .filter(application=locked, state=DecisionState.PROPOSED)
            .order_by("-decided_at")
            .first()
        )
        if decision is None or locked.status != ApplicationStatus.AWAITING_CONFIRMATION:
            raise AssociationStateError(_("Det finns inget beslut som väntar på bekräftelse."))
        if decision.decided_by_id is not None and decision.decided_by_id == getattr(actor, "pk", None):
            raise AssociationStateError(
                _(
                    "Samma handläggare kan inte bekräfta sitt eget beslut. "
                    "En annan handläggare måste bekräfta det."
                )
            )
        decision.confirmed_by, decision.confirmed_at = user_or_none(actor), timezone.now()
        if confirm:
            decision.state = DecisionState.IN_EFFECT
            decision.save(update_fields=["state", "confirmed_by", "confirmed_at"])
            _take_effect(locked, decision)
        else:
            decision.state = DecisionState.REJECTED
            decision.save(update_fields=["state", "confirmed_by", "confirmed_at"])
            move(locked, decision.previous_status)
            locked.save(update_fields=["status"])
        audit(Action.CHANGED, decision, actor=actor, request=request, summary=_decision_summary(decision))
    return decision


# --- Follow-up -------------------------------------------------------------------------------


def record_follow_up(
    *,
    follow_up: GrantFollowUp,
    done_on: datetime.date,
    outcome: str,
    note: str,
    actor: Any,
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> GrantFollowUp:
    ensure_clean({"note": note}, overridden)
    with transaction.atomic():
        locked = (
            GrantFollowUp.objects.select_for_update(of=("self",))
            .select_related("application")
            .get(pk=follow_up.pk)
        )
        if locked.application.status not in (ApplicationStatus.GRANTED, ApplicationStatus.STOPPED):
            raise AssociationStateError(_("Bara beviljade bidrag följs upp."))
        if done_on > timezone.localdate():
            raise ValidationError({"done_on": _("Datumet kan inte ligga i framtiden.")})
        locked.done_on, locked.outcome, locked.note = done_on, outcome, note
        locked.recorded_by = user_or_none(actor)
        locked.full_clean()
        locked.save()
        audit(
            Action.CHANGED,
            locked,
            actor=actor,
            request=request,
            summary=f"{locked.application}: {locked.get_kind_display()}, {locked.get_outcome_display()}",
        )
    return locked
