"""Changing the support log: teams, consultations and their links, requests and first contacts.

Every function is one transaction. Free text is checked by varna.deid before anything is
written (PersonalDataError otherwise). E-mail goes out after the commit and carries only the
reference, times and a link: e-mail is not a channel for secret information.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mass_mail
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import Overrides, ensure_clean
from varna.organisation.models import Administration, Membership, Unit, User
from varna.reports.constants import AgeGroup, ReferenceKind
from varna.reports.models import ReferenceItem, Report
from varna.reports.services import REFERENCE_ALPHABET, coordinator_addresses
from varna.support.constants import FIRST_CONTACT_DEADLINE, Leaving, SupportKind
from varna.support.models import Consultation, ConsultationSupport, FirstContactRequest, SupportTeam

CLOCK_SKEW = datetime.timedelta(minutes=5)  # a time typed "now" may be a little ahead of the server


def new_reference() -> str:
    """A pseudonymous code such as "L-7KQ2-M9XD", read aloud and typed by hand like report codes."""
    while True:
        code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
        reference = f"L-{code[:4]}-{code[4:]}"
        if not FirstContactRequest.objects.filter(reference=reference).exists():
            return reference


def _forget_teams(users: Iterable[Any]) -> None:
    for user in users:
        user.__dict__.pop("_varna_support_teams", None)


# --- Teams --------------------------------------------------------------------------------------


def members_allowed(administration: Administration) -> Any:
    """Who can be in an administration's team: active users with a role there."""
    ids = Membership.objects.filter(administration=administration).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("last_name", "first_name", "username")


def _check_members(administration: Administration, members: Iterable[User]) -> list[User]:
    members = list(members)
    allowed = set(members_allowed(administration).values_list("pk", flat=True))
    if any(member.pk not in allowed for member in members):
        raise ValidationError(
            {"members": _("Bara medarbetare med en roll i förvaltningen kan vara med i teamet.")}
        )
    return members


@transaction.atomic
def save_team(
    *,
    administration: Administration,
    by: User,
    name: str,
    members: Iterable[User] = (),
    active: bool = True,
    team: SupportTeam | None = None,
    request: Any = None,
) -> SupportTeam:
    """Create a team (team=None) or change its name, members and whether it takes requests."""
    members = _check_members(administration, members)
    created = team is None
    if team is None:
        team = SupportTeam(administration=administration)
    else:
        team = SupportTeam.objects.select_for_update().get(pk=team.pk, administration=administration)
    team.name = name.strip()
    team.active = active
    team.full_clean()
    team.save()
    before = list(team.members.all())
    team.members.set(members)
    _forget_teams([*before, *members, by])
    record_event(
        action=Action.CREATED if created else Action.CHANGED,
        actor=by,
        request=request,
        obj=team,
        summary=f"{len(members)} members",
    )
    return team


# --- Consultations ------------------------------------------------------------------------------


def _check_consultation(
    administration: Administration,
    asking_administration: Administration,
    asking_unit: Unit | None,
    environments: Iterable[ReferenceItem],
    support_given: Iterable[str],
    date: datetime.date,
    follow_up_on: datetime.date | None,
) -> tuple[list[ReferenceItem], list[str]]:
    errors: dict[str, str] = {}
    if asking_administration.municipality_id != administration.municipality_id:
        errors["asking_administration"] = _("Förvaltningen hör inte till kommunen.")
    if asking_unit is not None and asking_unit.administration_id != asking_administration.pk:
        errors["asking_unit"] = _("Enheten hör inte till den frågande förvaltningen.")
    environments = list(environments)
    if any(item.kind != ReferenceKind.ENVIRONMENT for item in environments):
        errors["environments"] = _("Ogiltigt val.")
    support = sorted(set(support_given))
    if any(kind not in SupportKind.values for kind in support):
        errors["support_given"] = _("Ogiltigt val.")
    if date > timezone.localdate():
        errors["date"] = _("Datumet kan inte ligga i framtiden.")
    if follow_up_on is not None and follow_up_on < date:
        errors["follow_up_on"] = _("Uppföljningen kan inte ligga före konsultationen.")
    if errors:
        raise ValidationError(errors)
    return environments, support


@transaction.atomic
def save_consultation(
    *,
    administration: Administration,
    by: User,
    date: datetime.date,
    asking_administration: Administration,
    subject: str,
    asking_unit: Unit | None = None,
    asking_other: str = "",
    age_group: str = AgeGroup.UNKNOWN,
    environments: Iterable[ReferenceItem] = (),
    support_given: Iterable[str] = (),
    question: str = "",
    outcome: str = "",
    follow_up_on: datetime.date | None = None,
    consultation: Consultation | None = None,
    overridden: Overrides | None = None,
    request: Any = None,
) -> Consultation:
    """Record a consultation (consultation=None) or change one. Refused with PersonalDataError
    if a free text could identify a person; `overridden` are the findings let through per field."""
    ensure_clean({"asking_other": asking_other, "question": question, "outcome": outcome}, overridden)
    environments, support = _check_consultation(
        administration, asking_administration, asking_unit, environments, support_given, date, follow_up_on
    )
    created = consultation is None
    if consultation is None:
        consultation = Consultation(administration=administration, created_by=by)
    else:
        consultation = Consultation.objects.select_for_update().get(
            pk=consultation.pk, administration=administration
        )
    consultation.date = date
    consultation.asking_administration = asking_administration
    consultation.asking_unit = asking_unit
    consultation.asking_other = asking_other.strip()
    consultation.age_group = age_group
    consultation.subject = subject
    consultation.question = question.strip()
    consultation.outcome = outcome.strip()
    if follow_up_on != consultation.follow_up_on:
        consultation.followed_up_on = None  # a new follow-up date is due again
    consultation.follow_up_on = follow_up_on
    consultation.full_clean()
    consultation.save()
    consultation.environments.set(environments)
    consultation.support_given.exclude(kind__in=support).delete()
    have = set(consultation.support_given.values_list("kind", flat=True))
    ConsultationSupport.objects.bulk_create(
        [ConsultationSupport(consultation=consultation, kind=kind) for kind in support if kind not in have]
    )
    record_event(
        action=Action.CREATED if created else Action.CHANGED,
        actor=by,
        request=request,
        obj=consultation,
        summary=consultation.subject,
    )
    return consultation


@transaction.atomic
def mark_followed_up(
    *, consultation: Consultation, by: User, on: datetime.date | None = None, request: Any = None
) -> Consultation:
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    consultation.followed_up_on = on or timezone.localdate()
    consultation.save(update_fields=["followed_up_on", "updated_at"])
    record_event(action=Action.CHANGED, actor=by, request=request, obj=consultation, summary="followed up")
    return consultation


def find_report(consultation: Consultation, reference: str) -> Report:
    """A report of the consultation's administration by its reference (as the coordinator types it)."""
    reference = reference.strip().upper()
    report = Report.objects.filter(
        reference=reference, administration_id=consultation.administration_id
    ).first()
    if report is None:
        raise ValidationError(
            {
                "reference": _("Det finns ingen rapport med referensen %(reference)s i förvaltningen.")
                % {"reference": reference}
            }
        )
    return report


@transaction.atomic
def link_report(*, consultation: Consultation, report: Report, by: User, request: Any = None) -> None:
    """Link a report of the same administration to the consultation (e.g. the school's report)."""
    if report.administration_id != consultation.administration_id:
        raise ValidationError({"reference": _("Rapporten finns inte i samma förvaltning.")})
    consultation.reports.add(report)
    record_event(
        action=Action.CHANGED, actor=by, request=request, obj=consultation, summary=f"link {report.reference}"
    )


@transaction.atomic
def unlink_report(*, consultation: Consultation, report: Report, by: User, request: Any = None) -> None:
    consultation.reports.remove(report)
    record_event(
        action=Action.CHANGED,
        actor=by,
        request=request,
        obj=consultation,
        summary=f"unlink {report.reference}",
    )


# --- Requests to leave and first contact --------------------------------------------------------


def teams_for_requests() -> Any:
    """The teams a request can be sent to: every active team of the municipality."""
    return SupportTeam.objects.filter(active=True).select_related("administration")


@transaction.atomic
def log_request(
    *,
    by: User,
    team: SupportTeam,
    requested_at: datetime.datetime,
    channel: str,
    requester: str,
    leaving: str = Leaving.UNKNOWN,
    age_group: str = AgeGroup.UNKNOWN,
    note: str = "",
    receiving_administration: Administration | None = None,
    receiving_unit: Unit | None = None,
    overridden: Overrides | None = None,
    notify: bool = True,
    request: Any = None,
) -> FirstContactRequest:
    """Log a request to leave with the responsible team; the 24 hours run from `requested_at`."""
    ensure_clean({"note": note}, overridden)
    errors: dict[str, str] = {}
    if not team.active:
        errors["team"] = _("Teamet tar inte emot begäran.")
    if requested_at > timezone.now() + CLOCK_SKEW:
        errors["requested_at"] = _("Tiden kan inte ligga i framtiden.")
    if receiving_unit is not None and receiving_unit.administration_id != getattr(
        receiving_administration, "pk", None
    ):
        errors["receiving_unit"] = _("Enheten hör inte till den mottagande förvaltningen.")
    if errors:
        raise ValidationError(errors)
    item = FirstContactRequest(
        reference=new_reference(),
        administration_id=team.administration_id,
        team=team,
        requested_at=requested_at,
        channel=channel,
        requester=requester,
        leaving=leaving,
        age_group=age_group,
        note=note.strip(),
        receiving_administration=receiving_administration,
        receiving_unit=receiving_unit,
        logged_by=by,
    )
    item.full_clean(exclude=["reference"])
    item.save()
    record_event(action=Action.CREATED, actor=by, request=request, obj=item, summary=item.reference)
    if notify:
        transaction.on_commit(lambda: notify_team(item))
    return item


@transaction.atomic
def record_first_contact(
    *,
    item: FirstContactRequest,
    by: User,
    at: datetime.datetime,
    outcome: str = "",
    request: Any = None,
) -> FirstContactRequest:
    """Log when the first contact was made. It can be corrected later, never removed."""
    item = FirstContactRequest.objects.select_for_update().get(pk=item.pk)
    if at < item.requested_at:
        raise ValidationError({"first_contact_at": _("Kontakten kan inte ligga före begäran.")})
    if at > timezone.now() + CLOCK_SKEW:
        raise ValidationError({"first_contact_at": _("Tiden kan inte ligga i framtiden.")})
    item.first_contact_at = at
    item.first_contact_by = by
    item.contact_outcome = outcome
    item.full_clean()
    item.save(update_fields=["first_contact_at", "first_contact_by", "contact_outcome"])
    record_event(action=Action.CHANGED, actor=by, request=request, obj=item, summary="first contact")
    return item


def _local(moment: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y H:i")


def team_addresses(team: SupportTeam) -> list[str]:
    return sorted({u.email for u in team.members.filter(is_active=True) if u.email})


def notify_team(item: FirstContactRequest) -> int:
    """Tell the team a request has come in: reference, deadline and link, nothing else."""
    addresses = team_addresses(item.team)
    if not addresses:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        link = settings.SITE_URL + reverse("first_contact_detail", args=[item.pk])
        subject = _("Ny begäran om första kontakt: %(reference)s") % {"reference": item.reference}
        body = _(
            "En begäran om första kontakt (Rutin 24 timmar) har registrerats för %(team)s.\n\n"
            "Referens: %(reference)s\nBegäran kom in: %(requested)s\nFörsta kontakt senast: %(deadline)s\n\n"
            "Öppna den i Värna: %(link)s\n\nInnehållet skickas inte med e-post."
        ) % {
            "team": item.team.name,
            "reference": item.reference,
            "requested": _local(item.requested_at),
            "deadline": _local(item.deadline),
            "link": link,
        }
    return send_mass_mail([(subject, body, None, [a]) for a in addresses], fail_silently=True)


def _escalation_message(item: FirstContactRequest) -> tuple[str, str]:
    link = settings.SITE_URL + reverse("first_contact_detail", args=[item.pk])
    subject = _("Försenad första kontakt: %(reference)s") % {"reference": item.reference}
    body = _(
        "Begäran %(reference)s har passerat 24 timmar utan att första kontakt har loggats.\n\n"
        "Begäran kom in: %(requested)s\nFörsta kontakt senast: %(deadline)s\n\n"
        "Öppna den i Värna: %(link)s\n\nMeddelandet skickas automatiskt av Värna, en gång per begäran."
    ) % {
        "reference": item.reference,
        "requested": _local(item.requested_at),
        "deadline": _local(item.deadline),
        "link": link,
    }
    return subject, body


def escalate_overdue(
    *, now: datetime.datetime | None = None, dry_run: bool = False
) -> list[FirstContactRequest]:
    """E-mail the coordinators once about each request past its deadline without first contact.

    Safe to run concurrently and as often as wanted: a request is claimed by a conditional
    update of `escalated_at`, so only one run sends its e-mail. The e-mail is sent inside the
    claiming transaction, not after it: if sending fails, the claim is rolled back and the next
    run tries again, rather than an overdue request never being escalated.
    """
    now = now or timezone.now()
    due = list(
        FirstContactRequest.objects.open()
        .filter(escalated_at__isnull=True, requested_at__lt=now - FIRST_CONTACT_DEADLINE)
        .select_related("administration", "team")
        .order_by("requested_at")
    )
    if dry_run:
        return due
    escalated = []
    with translation.override(settings.LANGUAGE_CODE):
        for item in due:
            with transaction.atomic():
                claimed = FirstContactRequest.objects.filter(
                    pk=item.pk, escalated_at__isnull=True, first_contact_at__isnull=True
                ).update(escalated_at=now)
                if not claimed:
                    continue
                subject, body = _escalation_message(item)
                addresses = coordinator_addresses(item.administration)
                send_mass_mail(
                    [(subject, body, None, [address]) for address in addresses], fail_silently=False
                )
                record_event(
                    action=Action.CHANGED, obj=item, summary="escalated", actor_name="escalate_first_contacts"
                )
                escalated.append(item)
    return escalated
