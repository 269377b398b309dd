"""Changing reports: submitting, opening, reviewing, noting, linking and closing.

Every function here is one transaction. Free text is checked by varna.deid before anything is
written (PersonalDataError otherwise), and e-mail goes out only after the commit, without any
text of the report: e-mail is not a channel for secret information.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import secrets
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mass_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import clean_text, ensure_clean
from varna.lib.years import before_first_year, first_year
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Area, Unit, User
from varna.reports.constants import (
    ALLOWED_STATUS_CHANGES,
    AgeGroup,
    Classification,
    DatePrecision,
    ReferenceKind,
    Source,
    Status,
)
from varna.reports.models import ReferenceItem, Report, ReportNote, SubmissionToken

# No 0/O, 1/I/L: a reference is read aloud on the phone and typed by hand.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference() -> str:
    """A short code such as "R-7KQ2-M9XD": 31^8 ≈ 850 billion, checked for uniqueness."""
    while True:
        code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
        reference = f"R-{code[:4]}-{code[4:]}"
        if not Report.objects.filter(reference=reference).exists():
            return reference


def _check_lists(items: Iterable[ReferenceItem], kind: str, field: str) -> list[ReferenceItem]:
    items = list(items)
    if any(item.kind != kind for item in items):
        raise ValidationError({field: _("Ogiltigt val.")})
    return items


def _check_parts(administration: Administration, unit: Unit | None, area: Area | None) -> None:
    errors = {}
    if unit is not None and unit.administration_id != administration.pk:
        errors["unit"] = _("Enheten hör inte till den valda förvaltningen.")
    if area is not None and area.administration_id != administration.pk:
        errors["area"] = _("Området hör inte till den valda förvaltningen.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def submit_report(
    *,
    submitted_by: User | None,
    administration: Administration,
    event_date: datetime.date,
    date_precision: str = DatePrecision.DAY,
    unit: Unit | None = None,
    area: Area | None = None,
    environments: Iterable[ReferenceItem] = (),
    event_types: Iterable[ReferenceItem] = (),
    age_group: str = AgeGroup.UNKNOWN,
    setting: ReferenceItem | None = None,
    actions: Iterable[ReferenceItem] = (),
    symbols: Iterable[Any] = (),
    description: str = "",
    contact_requested: bool = False,
    source: str = Source.REPORT,
    import_batch: Any = None,
    notify: bool = True,
    overridden: Iterable[tuple[str, str]] = (),
) -> Report:
    """File a report (or an event of another source) with the administration's coordinators.

    `overridden`: (label, value) findings the reporter said are not personal data in the form.
    """
    ensure_clean({"description": description}, {"description": overridden})
    # What is stored drops invisible characters; the scan saw through them.
    description = clean_text(description)
    _check_parts(administration, unit, area)
    if event_date > timezone.localdate():
        raise ValidationError({"event_date": _("Datumet kan inte ligga i framtiden.")})
    if event_date.year < first_year():
        raise ValidationError({"event_date": before_first_year()})
    if date_precision == DatePrecision.MONTH:
        event_date = event_date.replace(day=1)
    if setting is not None and setting.kind != ReferenceKind.SETTING:
        raise ValidationError({"setting": _("Ogiltigt val.")})
    report = Report(
        reference=new_reference(),
        administration=administration,
        unit=unit,
        area=area,
        event_date=event_date,
        date_precision=date_precision,
        age_group=age_group,
        setting=setting,
        description=description.strip(),
        contact_requested=contact_requested,
        source=source,
        import_batch=import_batch,
        submitted_by=submitted_by,
    )
    report.full_clean(exclude=["reference"])
    report.save()
    report.environments.set(_check_lists(environments, ReferenceKind.ENVIRONMENT, "environments"))
    report.event_types.set(_check_lists(event_types, ReferenceKind.EVENT_TYPE, "event_types"))
    report.actions.set(_check_lists(actions, ReferenceKind.ACTION, "actions"))
    if symbols := list(symbols):
        if any(not symbol.is_published for symbol in symbols):
            raise ValidationError({"symbols": _("Ogiltigt val.")})
        report.symbols.set(symbols)
    if notify:
        transaction.on_commit(lambda: notify_coordinators(report))
    return report


# --- Sent once: the report form's one-time token ------------------------------------------------

TOKEN = re.compile(r"[A-Za-z0-9_-]{20,100}")


def new_submission_token() -> str:
    return secrets.token_urlsafe(32)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def earlier_submission(*, token: str, submitted_by: User) -> Report | None:
    """The report this person already sent with this form's token, if any."""
    if not TOKEN.fullmatch(token or ""):
        return None
    found = SubmissionToken.objects.filter(submitted_by=submitted_by, token_hash=_token_hash(token)).first()
    return found.report if found else None


def submit_report_once(
    *,
    token: str,
    submitted_by: User,
    request: Any = None,
    deid_overrides: Iterable[tuple[str, str]] = (),
    **fields: Any,
) -> tuple[Report, bool]:
    """submit_report for the report form: (the report, whether it had been sent already).

    The same token again (a double click, or back and send once more) gives the first report and
    stores nothing. Report, audit events and token are one transaction; when two posts of one
    form race, the token's unique constraint makes the second wait for the first and fail, and
    it is answered with the first report. A form without a valid token is simply submitted.
    """
    valid = bool(TOKEN.fullmatch(token or ""))
    if valid and (earlier := earlier_submission(token=token, submitted_by=submitted_by)) is not None:
        return earlier, True
    try:
        with transaction.atomic():
            report = submit_report(submitted_by=submitted_by, **fields)
            for label, reason in deid_overrides:
                record_event(
                    action=Action.OVERRIDDEN,
                    request=request,
                    administration=report.administration,
                    obj=report,
                    summary=f"{label}: {reason}",
                )
            if valid:
                SubmissionToken.objects.create(
                    token_hash=_token_hash(token), submitted_by=submitted_by, report=report
                )
    except IntegrityError:
        earlier = earlier_submission(token=token, submitted_by=submitted_by) if valid else None
        if earlier is None:
            raise
        return earlier, True
    return report, False


def coordinator_addresses(administration: Administration) -> list[str]:
    return sorted(
        {
            email
            for email in User.objects.filter(
                memberships__administration=administration,
                memberships__role=Role.COORDINATOR,
                is_active=True,
            ).values_list("email", flat=True)
            if email
        }
    )


def notify_coordinators(report: Report) -> int:
    """Tell the administration's coordinators that a report has arrived: a link, no content."""
    addresses = coordinator_addresses(report.administration)
    if not addresses:
        return 0
    link = settings.SITE_URL + reverse("report_detail", args=[report.pk])
    subject = _("Ny rapport i Värna: %(reference)s") % {"reference": report.reference}
    body = _(
        "En ny avidentifierad rapport har kommit in till %(administration)s.\n\n"
        "Öppna den i Värna: %(link)s\n\n"
        "Innehållet skickas inte med e-post."
    ) % {"administration": report.administration.name, "link": link}
    messages = [(subject, body, None, [address]) for address in addresses]
    return send_mass_mail(messages, fail_silently=True)


@transaction.atomic
def open_report(*, report: Report, user: User, request: Any = None) -> Report:
    """Record that a coordinator opened a report's details (every opening is audited)."""
    if report.first_opened_at is None:
        Report.objects.filter(pk=report.pk, first_opened_at__isnull=True).update(
            first_opened_at=timezone.now()
        )
        report.refresh_from_db(fields=["first_opened_at"])
    record_event(action=Action.VIEWED, actor=user, request=request, obj=report, summary=report.reference)
    return report


def _locked(report: Report) -> Report:
    return Report.objects.select_for_update().get(pk=report.pk)


def _change_status(report: Report, status: str) -> None:
    if status == report.status:
        return
    if status not in ALLOWED_STATUS_CHANGES[report.status]:
        raise ValidationError(
            {
                "status": _("En rapport kan inte gå från ”%(old)s” till ”%(new)s”.")
                % {"old": report.get_status_display(), "new": Status(status).label}
            }
        )
    report.status = status
    report.closed_at = timezone.now() if status == Status.CLOSED else None


@transaction.atomic
def review_report(
    *,
    report: Report,
    by: User,
    classification: str | None = None,
    environments: Iterable[ReferenceItem] | None = None,
    event_types: Iterable[ReferenceItem] | None = None,
    status: str | None = None,
    request: Any = None,
) -> Report:
    """Classify a report and correct its environments and types; optionally change status."""
    report = _locked(report)
    changed = []
    if classification is not None and classification != report.classification:
        if classification not in Classification.values:
            raise ValidationError({"classification": _("Ogiltig bedömning.")})
        report.classification = classification
        changed.append("classification")
    if environments is not None:
        report.environments.set(_check_lists(environments, ReferenceKind.ENVIRONMENT, "environments"))
        changed.append("environments")
    if event_types is not None:
        report.event_types.set(_check_lists(event_types, ReferenceKind.EVENT_TYPE, "event_types"))
        changed.append("event_types")
    if status is None and report.status == Status.NEW and changed:
        status = Status.IN_REVIEW
    if status is not None and status != report.status:
        _change_status(report, status)
        changed.append("status")
    report.reviewed_by = by
    report.reviewed_at = timezone.now()
    report.save()
    record_event(
        action=Action.CHANGED, actor=by, request=request, obj=report, summary=", ".join(changed) or "-"
    )
    return report


@transaction.atomic
def close_report(*, report: Report, by: User, request: Any = None) -> Report:
    return review_report(report=report, by=by, status=Status.CLOSED, request=request)


@transaction.atomic
def reopen_report(*, report: Report, by: User, request: Any = None) -> Report:
    return review_report(report=report, by=by, status=Status.IN_REVIEW, request=request)


@transaction.atomic
def add_note(
    *,
    report: Report,
    author: User,
    text: str,
    request: Any = None,
    overridden: Iterable[tuple[str, str]] = (),
) -> ReportNote:
    """Add an internal note. `overridden`: (label, value) findings the author let through in the form."""
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Skriv en anteckning.")})
    ensure_clean({"text": text}, {"text": overridden})
    note = ReportNote.objects.create(report=report, author=author, text=text)
    record_event(action=Action.CREATED, actor=author, request=request, obj=report, summary="note")
    return note


@transaction.atomic
def link_reports(*, report: Report, other: Report, by: User, request: Any = None) -> None:
    """Mark two reports of the same administration as concerning the same event."""
    if other.pk == report.pk:
        raise ValidationError({"other": _("En rapport kan inte länkas till sig själv.")})
    if other.administration_id != report.administration_id:
        raise ValidationError({"other": _("Rapporten finns inte i samma förvaltning.")})
    report.linked.add(other)
    record_event(
        action=Action.CHANGED, actor=by, request=request, obj=report, summary=f"link {other.reference}"
    )


@transaction.atomic
def unlink_reports(*, report: Report, other: Report, by: User, request: Any = None) -> None:
    report.linked.remove(other)
    record_event(
        action=Action.CHANGED, actor=by, request=request, obj=report, summary=f"unlink {other.reference}"
    )
