"""Rounds of the default survey for tests, with their personal links (also for the matrix)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, Unit, User
from varna.surveys import services
from varna.surveys.default_template import load_default_template
from varna.surveys.models import Question, Recipient, Round, SurveyTemplate, TemplateSection
from varna.surveys.services import Invitee
from varna.surveys.template_services import copy_template

# Minimal answers to the default template's required questions: no events, part 2 answered.
REQUIRED_ANSWERS: dict[str, Any] = {
    "observed": "no",
    "knowledge": 3,
    "routine_known": "yes",
    "form_known": "yes",
    "coordinator_known": "yes",
    "training_needed": "no",
}


def bromma_units(count: int) -> list[Unit]:
    return list(Unit.objects.filter(administration__name="Bromma").order_by("name")[:count])


def unit_manager(unit: Unit, email: str) -> User:
    """A unit manager of the unit in the organisation register, with the address."""
    user, _created = User.objects.get_or_create(username=email.split("@")[0], defaults={"email": email})
    Membership.objects.get_or_create(
        user=user, administration=unit.administration, role=Role.UNIT_MANAGER, defaults={"unit": unit}
    )
    return user


def open_test_round(
    *,
    units: int = 3,
    anonymous: bool = False,
    deadline: datetime.date | None = None,
    year: int = 2025,
) -> tuple[Round, dict[str, str]]:
    """A Bromma round sent to the registered manager of each unit; returns the round and
    email -> a valid token."""
    invitees = []
    for i, unit in enumerate(bromma_units(units)):
        email = f"chef{i}@stad.example"
        invitees.append(Invitee(email, unit, unit_manager(unit, email)))
    survey_round = services.open_round(
        administration=Administration.objects.get(name="Bromma"),
        template=load_default_template(),
        year=year,
        deadline=deadline or timezone.localdate() + datetime.timedelta(days=14),
        anonymous=anonymous,
        invitees=invitees,
        actor=User.objects.get(username="samordnare.bromma"),
    )
    tokens = {r.email: services.issue_token(r) for r in survey_round.recipients.all()}
    return survey_round, tokens


def close(survey_round: Round) -> Round:
    return services.close_round(
        survey_round=survey_round, actor=User.objects.get(username="samordnare.bromma")
    )


def recipient(token: str) -> Recipient:
    found = services.recipient_for_token(token)
    assert found is not None
    return found


def post_data(answers: dict[str, Any], action: str = "submit") -> dict[str, Any]:
    """The answering form's POST for answers keyed by question code."""
    data: dict[str, Any] = {"action": action}
    for code, value in answers.items():
        data[f"q_{code}"] = [str(v) for v in value] if isinstance(value, list) else str(value)
    return data


def answer(token: str, answers: dict[str, Any] | None = None) -> None:
    services.submit_answers(recipient=recipient(token), answers={**REQUIRED_ANSWERS, **(answers or {})})


def matrix_objects() -> dict[str, Any]:
    """For tests/test_permission_matrix.py: an open, named Bromma round without answers (so its
    results are not for the central coordinator), a valid link to it, and an unlocked template."""
    survey_round, tokens = open_test_round(units=2)
    template = copy_template(
        template=load_default_template(), name="Matrismall", actor=User.objects.get(username="central")
    )
    section: TemplateSection = template.sections.order_by("order").last()
    question: Question = Question.objects.get(section__template=template, code="comments")
    return {
        "survey_round": survey_round,
        "survey_token": next(iter(tokens.values())),
        "survey_template": template,
        "survey_section": section,
        "survey_question": question,
    }


def default_template() -> SurveyTemplate:
    return load_default_template()
