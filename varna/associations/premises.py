"""Writes for lettings of the administration's premises: register, screen with the same
democratic-principles checklist, decide. An individual tenant is a role or description only."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.associations.common import AssociationStateError, audit, user_or_none
from varna.associations.constants import LETTING_TRANSITIONS, LettingStatus, Outcome, TenantKind
from varna.associations.models import Association, PremisesLetting
from varna.associations.services import save_screening_items, snapshot_checklist, unmet_items
from varna.audit.constants import Action
from varna.lib.personal_data import Overrides, ensure_clean
from varna.organisation.models import Administration


def register_letting(
    *,
    administration: Administration,
    premises: str,
    tenant_kind: str,
    event: str,
    event_date: datetime.date,
    actor: Any,
    association: Association | None = None,
    tenant_description: str = "",
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> PremisesLetting:
    ensure_clean({"event": event, "tenant_description": tenant_description, "premises": premises}, overridden)
    if tenant_kind == TenantKind.ASSOCIATION:
        if association is None or association.administration_id != administration.pk:
            raise ValidationError({"association": _("Välj en av förvaltningens föreningar.")})
    else:
        association = None
        if not tenant_description.strip():
            raise ValidationError(
                {"tenant_description": _("Beskriv den enskilda hyresgästen med en roll, inte ett namn.")}
            )
    with transaction.atomic():
        letting = PremisesLetting(
            administration=administration,
            premises=premises.strip(),
            tenant_kind=tenant_kind,
            association=association,
            tenant_description=tenant_description.strip(),
            event=event,
            event_date=event_date,
            created_by=user_or_none(actor),
        )
        letting.full_clean()
        letting.save()
        audit(Action.CREATED, letting, actor=actor, request=request, summary=letting.audit_summary())
    return letting


def _lock(letting: PremisesLetting) -> PremisesLetting:
    return (
        PremisesLetting.objects.select_for_update(of=("self",))
        .select_related("administration__municipality")
        .get(pk=letting.pk)
    )


def _move(letting: PremisesLetting, to: str) -> None:
    if to not in LETTING_TRANSITIONS[letting.status]:
        raise AssociationStateError(
            _("Upplåtelsen kan inte gå från ”%(from)s” till ”%(to)s”.")
            % {"from": letting.get_status_display(), "to": LettingStatus(to).label}
        )
    letting.status = to


def start_letting_screening(
    *, letting: PremisesLetting, actor: Any, request: HttpRequest | None = None
) -> PremisesLetting:
    with transaction.atomic():
        locked = _lock(letting)
        _move(locked, LettingStatus.SCREENING)
        snapshot_checklist(locked.administration.municipality, premises=True, letting=locked)
        locked.save(update_fields=["status"])
        audit(Action.CHANGED, locked, actor=actor, request=request, summary=locked.audit_summary())
    return locked


def record_letting_screening(
    *,
    letting: PremisesLetting,
    results: dict[int, tuple[str, str]],
    actor: Any,
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> int:
    with transaction.atomic():
        locked = _lock(letting)
        if locked.status != LettingStatus.SCREENING:
            raise AssociationStateError(_("Kontrollpunkterna kan bara ändras medan upplåtelsen granskas."))
        changed = save_screening_items(list(locked.screening_items.all()), results, actor, overridden)
        if changed:
            audit(Action.CHANGED, locked, actor=actor, request=request, summary=locked.audit_summary())
    return changed


def decide_letting(
    *,
    letting: PremisesLetting,
    outcome: str,
    justification: str,
    actor: Any,
    override_reason: str = "",
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> PremisesLetting:
    ensure_clean({"justification": justification, "override_reason": override_reason}, overridden)
    if not justification.strip():
        raise ValidationError({"justification": _("Motivera beslutet.")})
    if outcome not in (Outcome.GRANTED, Outcome.DENIED):
        raise AssociationStateError(_("En upplåtelse beviljas eller avslås."))
    with transaction.atomic():
        locked = _lock(letting)
        if locked.status != LettingStatus.SCREENING:
            raise AssociationStateError(_("Beslut fattas när upplåtelsen har granskats."))
        unmet = unmet_items(locked) if outcome == Outcome.GRANTED else 0
        if unmet and not override_reason.strip():
            raise ValidationError(
                {
                    "override_reason": _(
                        "%(n)s kontrollpunkter är inte uppfyllda eller inte kontrollerade. Ange skälet "
                        "att ändå upplåta lokalen."
                    )
                    % {"n": unmet}
                }
            )
        _move(locked, outcome)
        locked.justification = justification.strip()
        locked.override_reason = override_reason.strip() if unmet else ""
        locked.decided_at, locked.decided_by = timezone.now(), user_or_none(actor)
        locked.full_clean()
        locked.save()
        audit(Action.CHANGED, locked, actor=actor, request=request, summary=locked.audit_summary())
    return locked
