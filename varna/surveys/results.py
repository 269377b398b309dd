"""A round's results per question: counts per option with a chart, means, sums and free texts.

Controlled results (an anonymous round, or any round seen outside its administration) apply the
three-unit rule per question: a question answered by fewer than three invited units (a follow-up
shown only after "Ja", say) shows "färre än 3 svar" and nothing else, free text included.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.utils.formats import number_format

from varna.situation.charts import BarChart, bar_chart
from varna.situation.statistics import Row
from varna.surveys.constants import MIN_UNITS_FOR_RESULTS, QuestionKind
from varna.surveys.models import Answer, Question, Round


@dataclass
class QuestionResult:
    question: Question
    number: int  # the question's number in the survey, from 1
    answered: int  # responses with an answer to it
    withheld: bool = False  # fewer than MIN_UNITS_FOR_RESULTS invited units answered it
    rows: list[Row] = field(default_factory=list)
    chart: BarChart | None = None
    mean_value: float | None = None
    total: int | None = None
    texts: list[str] = field(default_factory=list)

    @property
    def mean(self) -> str:
        return "" if self.mean_value is None else number_format(round(self.mean_value, 1), decimal_pos=1)

    @property
    def shares(self) -> list[tuple[Row, int]]:
        return [
            (row, round(100 * (row.count or 0) / self.answered) if self.answered else 0) for row in self.rows
        ]


@dataclass
class SectionResult:
    title: str
    questions: list[QuestionResult]


def reference_rows(answers: list[Answer], code: str, kind: str) -> list[Row]:
    """Counts of a multiple-choice question on a reference list, in the list's order (all items)."""
    from varna.reports.models import ReferenceItem

    counts: Counter[str] = Counter()
    for answer in answers:
        if answer.question.code == code:
            counts.update(set(answer.choices))
    items = ReferenceItem.objects.filter(kind=kind).order_by("order", "label")
    return [
        Row(item.code, item.label, counts[item.code]) for item in items if item.active or counts[item.code]
    ]


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def question_result(question: Question, number: int, answers: list[Answer]) -> QuestionResult:
    result = QuestionResult(question=question, number=number, answered=len(answers))
    if question.kind == QuestionKind.TEXT:
        # Sorted, not in the order they came: the order could tell who wrote what.
        result.texts = sorted(a.text for a in answers if a.text.strip())
        return result
    if question.kind == QuestionKind.NUMBER:
        values = [a.number for a in answers if a.number is not None]
        result.total = sum(values)
        result.mean_value = _mean(values)
        return result
    counts: Counter[str] = Counter()
    for answer in answers:
        if question.kind == QuestionKind.SCALE:
            counts[str(answer.number)] += 1
        else:
            counts.update(set(answer.choices))
    if question.kind == QuestionKind.SCALE:
        result.mean_value = _mean([a.number for a in answers if a.number is not None])
    result.rows = [Row(code, label, counts[code]) for code, label in question.options()]
    known = {code for code, _label in question.options()}
    # An option removed from a reference list since: still counted.
    result.rows += [Row(code, code, n) for code, n in sorted(counts.items()) if code not in known]
    result.chart = bar_chart(f"q-{question.code}", question.text, result.rows)
    return result


def withheld_result(question: Question, number: int) -> QuestionResult:
    return QuestionResult(question=question, number=number, answered=0, withheld=True)


def counted_units_per_question(survey_round: Round) -> dict[int, int]:
    """Question -> invited units whose counted response answers it."""
    units: dict[int, set[int]] = {}
    rows = Answer.objects.filter(
        response__round=survey_round, response__counts=True, response__unit__isnull=False
    ).values_list("question_id", "response__unit_id")
    for question_id, unit_id in rows:
        units.setdefault(question_id, set()).add(unit_id)
    return {question_id: len(found) for question_id, found in units.items()}


def round_results(survey_round: Round, *, controlled: bool) -> list[SectionResult]:
    """Every question's result; `controlled` applies the three-unit rule per question."""
    answers: dict[int, list[Answer]] = {}
    for answer in Answer.objects.filter(response__round=survey_round).only(
        "question_id", "choices", "number", "text"
    ):
        answers.setdefault(answer.question_id, []).append(answer)
    units = counted_units_per_question(survey_round) if controlled else {}
    sections: list[SectionResult] = []
    for number, question in enumerate(survey_round.template.questions(), start=1):
        if not sections or sections[-1].title != question.section.title:
            sections.append(SectionResult(question.section.title, []))
        if controlled and units.get(question.pk, 0) < MIN_UNITS_FOR_RESULTS:
            result = withheld_result(question, number)
        else:
            result = question_result(question, number, answers.get(question.pk, []))
        sections[-1].questions.append(result)
    return sections
