"""Surveys in the API: rounds with their response rates, and a round's aggregated results.

The same rules as the pages: an anonymous round's results only when at least three units have
answered, and outside the administration only then for any round. Free texts are sorted, never
in the order they came. No `from __future__ import annotations`: ninja reads them.
"""

import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Schema

from varna.api.api import api
from varna.lib.years import check_year
from varna.organisation.access import api_rule, check
from varna.surveys.models import Round
from varna.surveys.results import round_results
from varna.surveys.selectors import (
    response_rate,
    response_rate_by_department,
    results_controlled,
    rounds_visible_to,
)

TAGS = ["enkäter"]


class SurveyRateOut(Schema):
    label: str
    answered: int
    invited: int
    percent: int


class SurveyRoundOut(Schema):
    id: int
    administration_id: int
    administration: str
    template: str
    year: int
    deadline: datetime.date
    anonymous: bool
    status: str
    answered: int
    invited: int
    percent: int


class SurveyRoundFilter(Schema):
    administration: int | None = None
    year: int | None = None


class SurveyOptionOut(Schema):
    code: str
    label: str
    count: int
    percent: int


class SurveyQuestionResultOut(Schema):
    number: int
    code: str
    text: str
    kind: str
    section: str
    answered: int | None = Field(..., description="null när färre än tre inbjudna enheter svarat.")
    withheld: bool = Field(..., description="Färre än tre inbjudna enheter har svarat på frågan.")
    options: list[SurveyOptionOut]
    mean: float | None
    total: int | None
    texts: list[str]


class SurveyResultsOut(Schema):
    round: SurveyRoundOut
    departments: list[SurveyRateOut]
    results_shown: bool
    units_answered: int
    questions: list[SurveyQuestionResultOut]


def _round(survey_round: Round) -> SurveyRoundOut:
    rate = response_rate(survey_round)
    return SurveyRoundOut(
        id=survey_round.pk,
        administration_id=survey_round.administration_id,
        administration=survey_round.administration.name,
        template=survey_round.template.name,
        year=survey_round.year,
        deadline=survey_round.deadline,
        anonymous=survey_round.anonymous,
        status=survey_round.status,
        answered=rate.answered,
        invited=rate.invited,
        percent=rate.percent,
    )


@api.get("/surveys/rounds", response=list[SurveyRoundOut], tags=TAGS, operation_id="list_survey_rounds")
@api_rule("surveys.list_rounds")
def list_survey_rounds(request: HttpRequest, filters: Query[SurveyRoundFilter]) -> list[SurveyRoundOut]:
    """Survey rounds the caller sees, with their response rates (e.g. 46 of 51)."""
    rounds = rounds_visible_to(request.user)
    if filters.administration is not None:
        rounds = rounds.filter(administration_id=filters.administration)
    if filters.year is not None:
        rounds = rounds.filter(year=check_year(filters.year))
    return [_round(r) for r in rounds]


@api.get(
    "/surveys/rounds/{round_id}/results",
    response=SurveyResultsOut,
    tags=TAGS,
    operation_id="survey_round_results",
)
@api_rule("surveys.view_results", object_level=True)
def survey_round_results(request: HttpRequest, round_id: int) -> SurveyResultsOut:
    """A round's results per question; empty until an anonymous round is closed with three
    invited units' answers. Controlled, a question answered by fewer than three is withheld."""
    survey_round = get_object_or_404(Round.objects.select_related("administration", "template"), pk=round_id)
    check(request.user, "surveys.view_results", survey_round)
    shown = survey_round.results_shown
    controlled = results_controlled(request.user, survey_round)
    questions = []
    if shown:
        for section in round_results(survey_round, controlled=controlled):
            for result in section.questions:
                questions.append(
                    SurveyQuestionResultOut(
                        number=result.number,
                        code=result.question.code,
                        text=result.question.text,
                        kind=result.question.kind,
                        section=section.title,
                        answered=None if result.withheld else result.answered,
                        withheld=result.withheld,
                        options=[
                            SurveyOptionOut(
                                code=row.code, label=row.label, count=row.count or 0, percent=share
                            )
                            for row, share in result.shares
                        ],
                        mean=result.mean_value,
                        total=result.total,
                        texts=result.texts,
                    )
                )
    return SurveyResultsOut(
        round=_round(survey_round),
        departments=[
            SurveyRateOut(**vars(rate), percent=rate.percent)
            for rate in response_rate_by_department(survey_round, controlled=controlled)
        ],
        results_shown=shown,
        units_answered=survey_round.units_answered(),
        questions=questions,
    )
