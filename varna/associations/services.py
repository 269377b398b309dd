"""Writes for associations and grants: register, upload, apply, screen, decide, confirm, follow up.

Every function is keyword-only, validates, runs in a transaction and is audited. The grant
lifecycle is the table `ALLOWED_TRANSITIONS` in constants.py; nothing else changes a status.
"""

from __future__ import annotations

import datetime
import hashlib
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.associations import checklist, orgnr
from varna.associations.common import AssociationStateError, audit, user_or_none
from varna.associations.constants import (
    ALLOWED_TRANSITIONS,
    ApplicationStatus,
    CheckResult,
)
from varna.associations.models import (
    Association,
    AssociationDocument,
    GrantApplication,
    ScreeningItem,
)
from varna.associations.uploads import check_upload
from varna.audit.constants import Action
from varna.lib.personal_data import Overrides, ensure_clean
from varna.organisation.models import Administration, Municipality

__all__ = ["AssociationStateError"]


# --- The register ----------------------------------------------------------------------------


ORGNR_MESSAGES = {
    "format": gettext_lazy("Ett organisationsnummer har tio siffror, till exempel 802400-1235."),
    "personnummer": gettext_lazy(
        "Numret ser ut som ett personnummer. Ange föreningens organisationsnummer (tredje siffran är 2 eller "
        "högre)."
    ),
    "checksum": gettext_lazy("Organisationsnumret stämmer inte: kontrollsiffran är fel."),
}


def clean_organisation_number(value: str) -> str:
    try:
        return orgnr.normalise(value)
    except orgnr.InvalidOrganisationNumber as exc:
        raise ValidationError({"organisation_number": ORGNR_MESSAGES[exc.code]}, code=exc.code) from exc


def _unique_number(administration_id: int, number: str, exclude: int | None = None) -> None:
    taken = Association.objects.filter(administration_id=administration_id, organisation_number=number)
    if exclude:
        taken = taken.exclude(pk=exclude)
    if taken.exists():
        raise ValidationError(
            {
                "organisation_number": _(
                    "En förening med detta organisationsnummer finns redan i förvaltningen."
                )
            }
        )


def register_association(
    *,
    administration: Administration,
    name: str,
    organisation_number: str,
    contact_role: str,
    actor: Any,
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> Association:
    ensure_clean({"contact_role": contact_role}, overridden)
    number = clean_organisation_number(organisation_number)
    with transaction.atomic():
        _unique_number(administration.pk, number)
        association = Association(
            administration=administration,
            name=name.strip(),
            organisation_number=number,
            contact_role=contact_role.strip(),
            created_by=user_or_none(actor),
        )
        association.full_clean()
        try:
            with transaction.atomic():
                association.save()
        except IntegrityError as exc:  # registered at the same moment by someone else
            raise ValidationError(
                {
                    "organisation_number": _(
                        "En förening med detta organisationsnummer finns redan i förvaltningen."
                    )
                }
            ) from exc
        audit(Action.CREATED, association, actor=actor, request=request, summary=association.audit_summary())
    return association


def update_association(
    *,
    association: Association,
    name: str,
    organisation_number: str,
    contact_role: str,
    actor: Any,
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> Association:
    ensure_clean({"contact_role": contact_role}, overridden)
    number = clean_organisation_number(organisation_number)
    with transaction.atomic():
        locked = Association.objects.select_for_update().get(pk=association.pk)
        _unique_number(locked.administration_id, number, exclude=locked.pk)
        locked.name, locked.organisation_number, locked.contact_role = (
            name.strip(),
            number,
            contact_role.strip(),
        )
        locked.full_clean()
        locked.save()
        audit(Action.CHANGED, locked, actor=actor, request=request, summary=locked.audit_summary())
    return locked


def upload_document(
    *, association: Association, kind: str, upload: Any, actor: Any, request: HttpRequest | None = None
) -> AssociationDocument:
    """Store a statute, activity plan or annual report; UploadRefused if it is not one."""
    checked = check_upload(upload)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    document = AssociationDocument(
        association=association,
        kind=kind,
        original_name=checked.display_name,
        content_type=checked.content_type,
        size=checked.size,
        sha256=digest.hexdigest(),
        uploaded_by=user_or_none(actor),
    )
    # The name given here only carries the detected type: upload_to generates the stored path.
    document.file.save(f"upload.{checked.kind}", upload, save=False)
    try:
        document.full_clean()
        with transaction.atomic():
            document.save()
            audit(
                Action.CREATED,
                document,
                actor=actor,
                request=request,
                summary=f"{association.name}: {document.get_kind_display()}",
            )
    except Exception:
        document.file.delete(save=False)
        raise
    return document


# --- Applications ----------------------------------------------------------------------------


def create_application(
    *,
    association: Association,
    year: int,
    received_on: datetime.date,
    actor: Any,
    amount_requested: int | None = None,
    purpose: str = "",
    registration_number: str = "",
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> GrantApplication:
    ensure_clean({"purpose": purpose}, overridden)
    with transaction.atomic():
        if GrantApplication.objects.filter(association=association, year=year).exists():
            raise AssociationStateError(_("Föreningen har redan en ansökan för %(year)s.") % {"year": year})
        application = GrantApplication(
            association=association,
            year=year,
            received_on=received_on,
            amount_requested=amount_requested,
            purpose=purpose,
            registration_number=registration_number,
            created_by=user_or_none(actor),
        )
        application.full_clean()
        application.save()
        audit(Action.CREATED, application, actor=actor, request=request, summary=application.audit_summary())
    return application


def lock_application(application: GrantApplication) -> GrantApplication:
    return (
        GrantApplication.objects.select_for_update(of=("self",))
        .select_related("association__administration__municipality")
        .get(pk=application.pk)
    )


def move(application: GrantApplication, to: str) -> None:
    """The one place a status changes: only along ALLOWED_TRANSITIONS."""
    if to not in ALLOWED_TRANSITIONS[application.status]:
        raise AssociationStateError(
            _("Ansökan kan inte gå från ”%(from)s” till ”%(to)s”.")
            % {"from": application.get_status_display(), "to": ApplicationStatus(to).label}
        )
    application.status = to


def snapshot_checklist(municipality: Municipality, *, premises: bool, **subject: Any) -> None:
    items = list(checklist.items_for(municipality, premises=premises))
    if not items:
        raise AssociationStateError(checklist.no_items_message())
    ScreeningItem.objects.bulk_create(
        ScreeningItem(order=i + 1, code=item.code, text=item.text, **subject) for i, item in enumerate(items)
    )


def start_screening(
    *, application: GrantApplication, actor: Any, request: HttpRequest | None = None
) -> GrantApplication:
    """Copy the municipality's checklist onto the application: later edits do not rewrite it."""
    with transaction.atomic():
        locked = lock_application(application)
        move(locked, ApplicationStatus.SCREENING)
        snapshot_checklist(locked.association.administration.municipality, premises=False, application=locked)
        locked.screening_started_at = timezone.now()
        locked.save(update_fields=["status", "screening_started_at"])
        audit(Action.CHANGED, locked, actor=actor, request=request, summary=locked.audit_summary())
    return locked


def save_screening_items(
    items: list[ScreeningItem], results: dict[int, tuple[str, str]], actor: Any, overridden: Overrides | None
) -> int:
    """Write (result, note) by item id; returns how many changed."""
    ensure_clean({f"note_{pk}": note for pk, (_result, note) in results.items()}, overridden)
    changed = 0
    for item in items:
        if item.pk not in results:
            continue
        result, note = results[item.pk]
        if result not in CheckResult.values:
            raise AssociationStateError(_("Okänd bedömning."))
        if (item.result, item.note) != (result, note):
            item.result, item.note = result, note
            item.checked_at, item.checked_by = timezone.now(), user_or_none(actor)
            item.full_clean()
            item.save()
            changed += 1
    return changed


def record_screening(
    *,
    application: GrantApplication,
    results: dict[int, tuple[str, str]],
    actor: Any,
    request: HttpRequest | None = None,
    overridden: Overrides | None = None,
) -> int:
    with transaction.atomic():
        locked = lock_application(application)
        if locked.status != ApplicationStatus.SCREENING:
            raise AssociationStateError(_("Kontrollpunkterna kan bara ändras medan ansökan granskas."))
        changed = save_screening_items(list(locked.screening_items.all()), results, actor, overridden)
        if changed:
            audit(
                Action.CHANGED,
                locked,
                actor=actor,
                request=request,
                summary=_("%(subject)s: %(n)s kontrollpunkter bedömda") % {"subject": locked, "n": changed},
            )
    return changed


def unmet_items(subject: Any) -> int:
    """Items not fulfilled or not checked."""
    return subject.screening_items.exclude(result=CheckResult.FULFILLED).count()
