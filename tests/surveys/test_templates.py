"""The default template, conditional questions, and the template's lock once a round uses it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.surveys.factories import open_test_round
from varna.organisation.models import User
from varna.surveys.answers import shown_questions, visible_answers
from varna.surveys.default_template import DEFAULT_NAME, load_default_template
from varna.surveys.models import Question, SurveyTemplate
from varna.surveys.services import SurveyStateError
from varna.surveys.template_services import copy_template, save_question


def codes(questions):
    return [q.code for q in questions]


def test_the_default_template_has_the_citys_two_parts_and_is_loaded_once(db):
    load_default_template()
    template = SurveyTemplate.objects.get(name=DEFAULT_NAME)
    assert template.is_default
    assert [s.title[:6] for s in template.sections.all()] == ["Del 1.", "Del 2."]
    questions = {q.code: q for q in template.questions()}
    assert {
        "observed",
        "environments",
        "event_types",
        "knowledge",
        "routine_known",
        "form_known",
        "coordinator_known",
        "training_needed",
        "cooperation",
    } <= set(questions)
    # Part 1 offers the reports' environments and event types.
    assert ("right_wing", "Våldsbejakande högerextremism (vit makt-miljön)") in questions[
        "environments"
    ].options()
    assert "graffiti" in dict(questions["event_types"].options())
    assert questions["knowledge"].options()[0] == ("1", "1 – Mycket låg")
    assert load_default_template() == template
    assert SurveyTemplate.objects.filter(name=DEFAULT_NAME).count() == 1


def test_a_conditional_question_is_shown_only_after_the_answer_it_depends_on(db):
    questions = list(load_default_template().questions())
    assert "environments" not in codes(shown_questions(questions, {"observed": "no"}))
    assert "environments" in codes(shown_questions(questions, {"observed": "yes"}))
    assert "training_topics" in codes(shown_questions(questions, {"training_needed": "yes"}))


def test_answers_to_hidden_questions_are_dropped(db):
    questions = list(load_default_template().questions())
    kept = visible_answers(questions, {"observed": "no", "environments": ["right_wing"], "knowledge": 2})
    assert kept == {"observed": "no", "knowledge": 2}


def test_a_template_in_use_is_locked_and_a_copy_can_be_changed(demo):
    survey_round, _tokens = open_test_round(units=1)
    central = User.objects.get(username="central")
    question = Question.objects.get(section__template=survey_round.template, code="comments")
    question.text = "Något annat?"
    with pytest.raises(SurveyStateError):
        save_question(question=question, choices=None, actor=central)
    copy = copy_template(template=survey_round.template, name="Enkät 2026", actor=central)
    copied = {q.code: q for q in copy.questions()}
    # Conditions point into the copy, not back to the original.
    assert copied["environments"].condition_question == copied["observed"]
    copied["comments"].text = "Något annat?"
    save_question(question=copied["comments"], choices=None, actor=central)
    assert copy.questions().get(code="comments").text == "Något annat?"


def test_a_condition_must_refer_to_an_earlier_choice_question(demo):
    central = User.objects.get(username="central")
    copy = copy_template(template=load_default_template(), name="Villkor", actor=central)
    questions = {q.code: q for q in copy.questions()}
    observed = questions["observed"]
    observed.condition_question = questions["comments"]
    observed.condition_value = "yes"
    with pytest.raises(ValidationError):
        save_question(question=observed, choices=[("yes", "Ja"), ("no", "Nej")], actor=central)


def test_the_central_coordinator_adds_a_conditional_question_on_the_page(demo, client_as):
    central = User.objects.get(username="central")
    copy = copy_template(template=load_default_template(), name="Ny mall", actor=central)
    section = copy.sections.last()
    observed = copy.questions().get(code="training_needed")
    response = client_as("central").post(
        reverse("survey_question_create", args=[copy.pk]),
        {
            "section": section.pk,
            "code": "training_when",
            "text": "När passar utbildningen?",
            "kind": "single",
            "scale_min": 1,
            "scale_max": 5,
            "condition_question": observed.pk,
            "condition_value": "yes",
            "choices": "spring | Våren\nautumn | Hösten",
        },
    )
    assert response.status_code == 302
    question = copy.questions().get(code="training_when")
    assert question.options() == [("spring", "Våren"), ("autumn", "Hösten")]
    assert question.condition_question == observed
