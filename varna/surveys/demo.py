"""Demo surveys for Bromma: the 2024 round, answered and closed, and an open round this year.

The figures follow the seeds' picture (Bromma 2020 and the social administration 2020): few
events, mostly the white-power environment, graffiti and symbols; good awareness of the
coordinator among managers, weaker of the de-identified form; a wish for more training and to
cooperate with social services, police and psychiatry. Idempotent: a round that exists is left.

Each unit is asked at its manager's address in the organisation register (a demo manager account
without a password is added where a unit has none), so that the answers count toward the
three-unit rule (docs/disclosure-surveys-support.md).
"""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, Unit, User
from varna.surveys.constants import QuestionKind, RoundStatus
from varna.surveys.default_template import load_default_template
from varna.surveys.models import Answer, Recipient, RecipientToken, Response, Round, SurveyTemplate
from varna.surveys.services import hash_token, result_reader_addresses

NO_EVENTS = {
    "observed": "no",
    "knowledge": 3,
    "routine_known": "partly",
    "form_known": "no",
    "coordinator_known": "yes",
    "training_needed": "yes",
    "training_topics": ["basics", "signs"],
    "cooperation": ["social_services", "police"],
}

# Unit name -> answers (the 2024 round). The unit without answers did not respond.
ANSWERS_2024: dict[str, dict[str, Any] | None] = {
    "Fritidsgården Blackeberg": {
        "observed": "yes",
        "environments": ["right_wing"],
        "event_types": ["graffiti", "symbols"],
        "event_count": 3,
        "reported": "some",
        "observations": "Klistermärken från en vit makt-organisation vid entrén vid flera tillfällen under "
        "våren. Några besökare har burit symboler på kläderna.",
        "knowledge": 3,
        "routine_known": "yes",
        "form_known": "yes",
        "form_used": "yes",
        "coordinator_known": "yes",
        "plan_spread": ["apt"],
        "web_training": "most",
        "training_needed": "yes",
        "training_topics": ["signs", "conversation"],
        "cooperation": ["police", "social_services", "school"],
    },
    "Blackebergsskolan": {
        "observed": "yes",
        "environments": ["right_wing", "conspiracy"],
        "event_types": ["expressed_views", "propaganda_online"],
        "event_count": 2,
        "reported": "none",
        "knowledge": 2,
        "routine_known": "partly",
        "form_known": "no",
        "coordinator_known": "yes",
        "plan_spread": ["not"],
        "web_training": "few",
        "training_needed": "yes",
        "training_topics": ["basics", "online", "conversation"],
        "cooperation": ["social_services", "police", "psychiatry"],
    },
    "Socialtjänst barn och unga Bromma": {
        "observed": "unsure",
        "knowledge": 4,
        "routine_known": "yes",
        "form_known": "yes",
        "form_used": "no_reason",
        "coordinator_known": "yes",
        "plan_spread": ["apt", "discussion"],
        "web_training": "all",
        "training_needed": "yes",
        "training_topics": ["returnees"],
        "cooperation": ["police", "psychiatry", "relatives"],
    },
    "Försörjningsstöd Bromma": {**NO_EVENTS, "web_training": "most"},
    "Parklek Abrahamsberg": {
        **NO_EVENTS,
        "knowledge": 2,
        "coordinator_known": "no",
        "cooperation": ["social_services", "associations"],
    },
    "Förskolor Alvik": None,
}


def demo_unit_managers() -> list[User]:
    """The manager accounts the survey demo added (for the demo's tests)."""
    return list(
        User.objects.filter(username__startswith="enhetschef.", email__endswith="@demo.varna.example")
    )


def _manager(unit: Unit) -> User:
    """The unit's manager in the register; a demo account without a password if it has none."""
    manager = User.objects.filter(
        memberships__role=Role.UNIT_MANAGER, memberships__unit=unit, email__gt=""
    ).first()
    if manager is None:
        slug = slugify(unit.name)
        manager, created = User.objects.get_or_create(
            username=f"enhetschef.{slug}"[:150], defaults={"email": f"enhetschef.{slug}@demo.varna.example"}
        )
        if created:
            manager.set_unusable_password()
            manager.save(update_fields=["password"])
        Membership.objects.get_or_create(
            user=manager, administration=unit.administration, role=Role.UNIT_MANAGER, defaults={"unit": unit}
        )
    return manager


def _recipient(survey_round: Round, unit: Unit) -> Recipient:
    manager = _manager(unit)
    email = manager.email.lower()
    recipient = Recipient.objects.create(
        round=survey_round,
        unit=unit,
        user=manager,
        email=email,
        invited_at=survey_round.opened_at,
        counts=email not in result_reader_addresses(),
    )
    # The demo's links are never mailed: a random token whose hash nobody can reverse.
    RecipientToken.objects.create(recipient=recipient, token_hash=hash_token(secrets.token_urlsafe(32)))
    return recipient


def _answer(survey_round: Round, recipient: Recipient, values: dict[str, Any], on: datetime.date) -> None:
    response = Response.objects.create(
        round=survey_round, unit=recipient.unit, submitted_on=on, counts=recipient.counts
    )
    for question in survey_round.template.questions():
        value = values.get(question.code)
        if value is None:
            continue
        answer = Answer(response=response, question=question)
        if question.kind in (QuestionKind.SCALE, QuestionKind.NUMBER):
            answer.number = value
        elif question.kind == QuestionKind.TEXT:
            answer.text = value
        else:
            answer.choices = value if isinstance(value, list) else [value]
        answer.save()
    recipient.has_answered = True
    if not survey_round.anonymous:
        recipient.answered_at = timezone.make_aware(datetime.datetime.combine(on, datetime.time(10)))
        recipient.response = response
    recipient.save()


@transaction.atomic
def load_demo_surveys() -> int:
    """Create Bromma's demo rounds that are missing; return how many were created."""
    bromma = Administration.objects.filter(name="Bromma").first()
    if bromma is None:
        return 0
    template: SurveyTemplate = load_default_template()
    coordinator = User.objects.filter(username="samordnare.bromma").first()
    units = {u.name: u for u in Unit.objects.filter(administration=bromma)}
    created = 0
    if not Round.objects.filter(administration=bromma, year=2024).exists():
        opened = timezone.make_aware(datetime.datetime(2024, 2, 1, 9))
        survey_round = Round.objects.create(
            administration=bromma,
            template=template,
            year=2024,
            deadline=datetime.date(2024, 3, 1),
            opened_by=coordinator,
            opened_at=opened,
            status=RoundStatus.CLOSED,
            closed_at=timezone.make_aware(datetime.datetime(2024, 3, 8, 9)),
            reminder_sent_at=timezone.make_aware(datetime.datetime(2024, 2, 26, 7)),
        )
        for day, (name, values) in enumerate(ANSWERS_2024.items()):
            if name not in units:
                continue
            recipient = _recipient(survey_round, units[name])
            if values is not None:
                _answer(survey_round, recipient, values, datetime.date(2024, 2, 5 + 3 * day))
        created += 1
    this_year = timezone.localdate().year
    if not Round.objects.filter(administration=bromma, year=this_year).exists():
        survey_round = Round.objects.create(
            administration=bromma,
            template=template,
            year=this_year,
            anonymous=True,
            deadline=timezone.localdate() + datetime.timedelta(days=30),
            opened_by=coordinator,
        )
        for index, name in enumerate(ANSWERS_2024):
            if name not in units:
                continue
            recipient = _recipient(survey_round, units[name])
            if index in (2, 3):
                _answer(
                    survey_round, recipient, {**NO_EVENTS, "knowledge": 3 + index % 2}, timezone.localdate()
                )
        created += 1
    return created
