"""Opening and closing rounds, the personal links, reminders, drafts and submissions."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import Overrides, clean_text, ensure_clean
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, Unit
from varna.surveys.answers import Answers, texts_of, visible_answers
from varna.surveys.constants import QuestionKind, RoundStatus
from varna.surveys.models import Answer, Recipient, RecipientToken, Response, Round, SurveyTemplate


class SurveyStateError(Exception):
    """The round or the recipient does not allow the operation; the message is for the user."""


# --- Personal links --------------------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(recipient: Recipient) -> str:
    token = secrets.token_urlsafe(32)
    RecipientToken.objects.create(recipient=recipient, token_hash=hash_token(token))
    return token


def recipient_for_token(token: str) -> Recipient | None:
    """The recipient of a personal link, or None for an unknown token."""
    if not token or len(token) > 100:
        return None
    found = (
        RecipientToken.objects.filter(token_hash=hash_token(token))
        .select_related("recipient__round__administration", "recipient__round__template", "recipient__unit")
        .first()
    )
    return found.recipient if found else None


def answer_url(token: str) -> str:
    return settings.SITE_URL + reverse("survey_answer", args=[token])


# --- Opening a round -------------------------------------------------------------------------


@dataclass(frozen=True)
class Invitee:
    email: str
    unit: Unit | None = None
    user: Any = None


# Whoever holds one of these roles can read a round's results, so their addresses never count
# toward the three-unit rule, whatever unit they are attached to.
RESULT_READER_ROLES = (Role.COORDINATOR, Role.CENTRAL_COORDINATOR, Role.ADMIN)


def result_reader_addresses() -> set[str]:
    """The addresses of everyone who holds a role that can read survey results."""
    emails = Membership.objects.filter(role__in=RESULT_READER_ROLES).values_list("user__email", flat=True)
    return {email.strip().lower() for email in emails if email}


def registered_addresses(administration: Administration) -> set[tuple[int, str]]:
    """(unit, address) of each active unit manager of the administration's units: the only
    addresses the organisation register gives a unit."""
    rows = Membership.objects.filter(
        role=Role.UNIT_MANAGER,
        unit__administration=administration,
        user__is_active=True,
    ).values_list("unit_id", "user__email")
    return {(unit_id, email.strip().lower()) for unit_id, email in rows if email}


def _own_address(actor: Any) -> str:
    return (getattr(actor, "email", "") or "").strip().lower()


def unit_managers(units: Iterable[Unit]) -> tuple[list[Invitee], list[Unit]]:
    """The unit managers (with an e-mail address) of the units, and the units that have none."""
    units = list(units)
    memberships = Membership.objects.filter(
        role=Role.UNIT_MANAGER, unit__in=units, user__is_active=True
    ).select_related("user", "unit")
    invitees = [Invitee(m.user.email, m.unit, m.user) for m in memberships if m.user.email]
    covered = {i.unit.pk for i in invitees if i.unit}
    return invitees, [u for u in units if u.pk not in covered]


def open_round(
    *,
    administration: Administration,
    template: SurveyTemplate,
    year: int,
    deadline: datetime.date,
    anonymous: bool,
    invitees: Sequence[Invitee],
    actor: Any,
    request: HttpRequest | None = None,
) -> Round:
    """Open a round and e-mail each invitee a personal link (after the commit)."""
    if deadline < timezone.localdate():
        raise ValidationError(_("Sista svarsdag kan inte ha passerat."))
    unique: dict[str, Invitee] = {}
    for invitee in invitees:
        unique.setdefault(invitee.email.strip().lower(), invitee)
    if not unique:
        raise ValidationError(_("Välj minst en enhet med enhetschef eller ange minst en e-postadress."))
    registered = registered_addresses(administration)
    excluded = (result_reader_addresses() | {_own_address(actor)}) - {""}
    for email, invitee in unique.items():
        if invitee.unit is not None and invitee.unit.administration_id != administration.pk:
            raise ValidationError(
                _("Enheten %(unit)s hör inte till förvaltningen.") % {"unit": invitee.unit.name}
            )
        # Anonymous: a unit is reached only at its manager's registered address, so that no one
        # can answer in a real unit's name with an address of their own.
        if anonymous and invitee.unit is not None and (invitee.unit.pk, email) not in registered:
            raise ValidationError(
                _(
                    "I en anonym enkät kan en enhet bara få enkäten till enhetschefens adress i "
                    "organisationsregistret. %(email)s är inte registrerad som enhetschef för %(unit)s."
                )
                % {"email": email, "unit": invitee.unit.name}
            )
    with transaction.atomic():
        survey_round = Round(
            administration=administration,
            template=template,
            year=year,
            deadline=deadline,
            anonymous=anonymous,
            opened_by=actor if getattr(actor, "pk", None) else None,
        )
        survey_round.full_clean()
        survey_round.save()
        links = []
        for email, invitee in unique.items():
            recipient = Recipient(
                round=survey_round,
                email=email,
                unit=invitee.unit,
                user=invitee.user,
                invited_at=timezone.now(),
                counts=(
                    invitee.unit is not None
                    and (invitee.unit.pk, email) in registered
                    and email not in excluded
                ),
            )
            recipient.full_clean(exclude=["round"])
            recipient.save()
            links.append((recipient.email, issue_token(recipient)))
        record_event(
            action=Action.CREATED,
            actor=actor,
            request=request,
            administration=administration,
            obj=survey_round,
            summary=f"{survey_round.title}: {len(links)} mottagare",
        )
        transaction.on_commit(lambda: _send_links(survey_round, links, reminder=False))
    return survey_round


def _message(survey_round: Round, token: str, *, reminder: bool) -> tuple[str, str]:
    due = formats.date_format(survey_round.deadline, "j F Y")
    if reminder:
        subject = _("Påminnelse: %(title)s, svara senast %(due)s")
    else:
        subject = _("Enkät: %(title)s, svara senast %(due)s")
    subject = subject % {"title": survey_round.template.name, "due": due}
    body = [
        _("Hej!"),
        "",
        _(
            "%(administration)s samlar in underlag till den lokala lägesbilden för %(year)s. Svara på "
            "enkäten för din enhet senast %(due)s."
        )
        % {"administration": survey_round.administration.name, "year": survey_round.year, "due": due},
        "",
        _("Din personliga länk (du behöver inte logga in, och du kan spara och fortsätta senare):"),
        answer_url(token),
        "",
    ]
    if survey_round.anonymous:
        body += [_("Enkäten är anonym: svaren kopplas bara till enheten, inte till dig."), ""]
    body += [
        _("Länken är personlig. Vidarebefordra inte meddelandet."),
        _("Meddelandet skickas automatiskt av Värna."),
    ]
    return subject, "\n".join(body)


def _send_links(survey_round: Round, links: list[tuple[str, str]], *, reminder: bool) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        for email, token in links:
            subject, body = _message(survey_round, token, reminder=reminder)
            send_mail(subject, body, None, [email], fail_silently=False)


def close_round(*, survey_round: Round, actor: Any, request: HttpRequest | None = None) -> Round:
    with transaction.atomic():
        locked = Round.objects.select_for_update().get(pk=survey_round.pk)
        if locked.status == RoundStatus.CLOSED:
            return locked
        locked.status = RoundStatus.CLOSED
        locked.closed_at = timezone.now()
        locked.save(update_fields=["status", "closed_at"])
        # Drafts that were never sent are not answers: they go with the round's closing.
        locked.recipients.filter(has_answered=False).update(draft={}, draft_saved_at=None)
        record_event(
            action=Action.CHANGED, actor=actor, request=request, obj=locked, summary=f"{locked.title}: stängd"
        )
    return locked


# --- Reminders -------------------------------------------------------------------------------


def send_reminders(
    *, survey_round: Round, actor: Any = None, request: HttpRequest | None = None, automatic: bool = False
) -> int:
    """Remind those who have not answered, each with a fresh link (the first one still works)."""
    if not survey_round.accepts_answers():
        raise SurveyStateError(_("Omgången tar inte emot svar längre."))
    with transaction.atomic():
        locked = Round.objects.select_for_update().get(pk=survey_round.pk)
        if automatic:
            if locked.reminder_sent_at is not None:
                return 0
            locked.reminder_sent_at = timezone.now()
            locked.save(update_fields=["reminder_sent_at"])
        now = timezone.now()
        links = []
        for recipient in (
            locked.recipients.select_for_update(of=("self",)).filter(has_answered=False).order_by("pk")
        ):
            recipient.reminders_sent += 1
            recipient.last_reminded_at = now
            recipient.save(update_fields=["reminders_sent", "last_reminded_at"])
            links.append((recipient.email, issue_token(recipient)))
        record_event(
            action=Action.CHANGED,
            actor=actor,
            actor_name="" if actor else "send_survey_reminders",
            request=request,
            obj=locked,
            summary=f"{locked.title}: påminnelse till {len(links)}",
        )
        transaction.on_commit(lambda: _send_links(locked, links, reminder=True))
    return len(links)


def remind_before_deadline(today: datetime.date) -> list[tuple[Round, int]]:
    """For the cron command: each open round within SURVEY_REMINDER_DAYS_BEFORE of its deadline
    is reminded once, however often the command runs."""
    days = settings.SURVEY_REMINDER_DAYS_BEFORE
    due = Round.objects.filter(
        status=RoundStatus.OPEN,
        reminder_sent_at__isnull=True,
        deadline__gte=today,
        deadline__lte=today + datetime.timedelta(days=days),
    ).select_related("administration", "template")
    return [(r, send_reminders(survey_round=r, automatic=True)) for r in due]


# --- Answering -------------------------------------------------------------------------------


def _lock_open(recipient: Recipient) -> Recipient:
    locked = (
        Recipient.objects.select_for_update(of=("self",))
        .select_related("round__template")
        .get(pk=recipient.pk)
    )
    if locked.has_answered:
        raise SurveyStateError(_("Enkäten är redan besvarad."))
    if not locked.round.accepts_answers():
        raise SurveyStateError(_("Enkäten är stängd."))
    return locked


def save_draft(*, recipient: Recipient, answers: Answers, overridden: Overrides | None = None) -> Recipient:
    """Keep the answers so far; nothing is counted until the answer is submitted."""
    questions = list(recipient.round.template.questions())
    ensure_clean(texts_of(questions, answers), overridden)
    with transaction.atomic():
        locked = _lock_open(recipient)
        locked.draft = {q.code: answers[q.code] for q in questions if q.code in answers}
        locked.draft_saved_at = timezone.now()
        locked.save(update_fields=["draft", "draft_saved_at"])
    return locked


def submit_answers(
    *, recipient: Recipient, answers: Answers, overridden: Overrides | None = None
) -> Response:
    """Store the answers of the shown questions as the unit's response; the link then only thanks.

    In an anonymous round the response gets the unit and the date, nothing else: the recipient
    keeps only that it has answered, and the draft is emptied.
    """
    questions = list(recipient.round.template.questions())
    kept = visible_answers(questions, answers)
    ensure_clean(texts_of(questions, kept), overridden)
    with transaction.atomic():
        locked = _lock_open(recipient)
        survey_round = locked.round
        # Checked again now: a role that reads results may have been given since the round opened.
        counts = (
            locked.counts
            and locked.email.lower() not in result_reader_addresses()
            and locked.email.lower() != _own_address(survey_round.opened_by)
        )
        response = Response.objects.create(
            round=survey_round, unit=locked.unit, submitted_on=timezone.localdate(), counts=counts
        )
        rows = []
        for question in questions:
            if question.code not in kept:
                continue
            value = kept[question.code]
            answer = Answer(response=response, question=question)
            if question.kind in (QuestionKind.SCALE, QuestionKind.NUMBER):
                answer.number = int(value)
            elif question.kind == QuestionKind.TEXT:
                answer.text = clean_text(str(value))
            else:
                answer.choices = value if isinstance(value, list) else [value]
            rows.append(answer)
        Answer.objects.bulk_create(rows)
        locked.has_answered = True
        locked.draft = {}
        locked.draft_saved_at = None
        fields = ["has_answered", "draft", "draft_saved_at"]
        if not survey_round.anonymous:
            locked.answered_at = timezone.now()
            locked.response = response
            fields += ["answered_at", "response"]
        locked.save(update_fields=fields)
    return response
