"""Answers as plain values keyed by question code, and which questions a set of answers shows.

Single choice: the option's code; multiple choice: a list of codes; scale and number: an int;
free text: a string. Drafts (on the recipient) and the form use this shape; the services turn it
into Answer rows on submission.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from varna.surveys.constants import QuestionKind
from varna.surveys.models import Question

Answers = dict[str, Any]


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def condition_met(question: Question, answers: Mapping[str, Any], shown: set[str]) -> bool:
    """Whether a conditional question is shown: its condition question is shown and answered so."""
    if not question.is_conditional:
        return True
    source = question.condition_question
    if source.code not in shown:
        return False
    value = answers.get(source.code)
    if isinstance(value, list):
        return question.condition_value in value
    return value is not None and str(value) == question.condition_value


def shown_questions(questions: Iterable[Question], answers: Mapping[str, Any]) -> list[Question]:
    """The questions these answers show, in order. A condition refers to an earlier question."""
    shown: list[Question] = []
    codes: set[str] = set()
    for question in questions:
        if condition_met(question, answers, codes):
            shown.append(question)
            codes.add(question.code)
    return shown


def visible_answers(questions: Iterable[Question], answers: Mapping[str, Any]) -> Answers:
    """Only the answers to shown questions: a hidden question's earlier answer is dropped."""
    return {
        q.code: answers[q.code]
        for q in shown_questions(questions, answers)
        if not is_empty(answers.get(q.code))
    }


def texts_of(questions: Iterable[Question], answers: Mapping[str, Any]) -> dict[str, str]:
    return {
        q.code: answers[q.code]
        for q in questions
        if q.kind == QuestionKind.TEXT and isinstance(answers.get(q.code), str) and answers[q.code]
    }
