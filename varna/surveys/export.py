"""A round's results as an XLSX workbook: response rates, counts per question, and for a named
round one row per response. An anonymous round exports only aggregates, and controlled results
(anonymous, or outside the administration) follow the three-unit rule per question."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from varna.lib.spreadsheets import append_row
from varna.surveys.constants import MIN_UNITS_FOR_RESULTS, QuestionKind
from varna.surveys.models import Response, Round
from varna.surveys.results import round_results
from varna.surveys.selectors import response_rate, response_rate_by_department

BOLD = Font(bold=True)


def fewer_than_three() -> str:
    return _("färre än %(n)s svar") % {"n": MIN_UNITS_FOR_RESULTS}


def _header(sheet, *titles: str) -> None:  # type: ignore[no-untyped-def]
    append_row(sheet, titles)
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD


def results_workbook(survey_round: Round, *, controlled: bool) -> bytes:
    book = Workbook()
    rates = book.active
    rates.title = _("Svarsfrekvens")
    append_row(rates, [survey_round.title])
    append_row(rates, [])
    _header(rates, _("Avdelning"), _("Svarat"), _("Tillfrågade"), _("Andel (%)"))
    departments = response_rate_by_department(survey_round, controlled=controlled)
    for rate in [*departments, response_rate(survey_round)]:
        label = rate.label if rate.label != str(survey_round) else _("Totalt")
        append_row(rates, [label, rate.answered, rate.invited, rate.percent])

    results = book.create_sheet(_("Resultat"))
    _header(results, _("Nr"), _("Fråga"), _("Svarsalternativ"), _("Antal"), _("Andel av svarande (%)"))
    for section in round_results(survey_round, controlled=controlled):
        append_row(results, [section.title])
        results.cell(row=results.max_row, column=1).font = BOLD
        for result in section.questions:
            question = result.question
            if result.withheld:
                append_row(results, [result.number, question.text, fewer_than_three(), None, None])
                continue
            if question.kind == QuestionKind.TEXT:
                for text in result.texts:
                    append_row(results, [result.number, question.text, text, None, None])
                continue
            if question.kind == QuestionKind.NUMBER:
                append_row(results, [result.number, question.text, _("Summa"), result.total, None])
                append_row(results, [result.number, question.text, _("Antal svar"), result.answered, None])
                continue
            for row, share in result.shares:
                append_row(results, [result.number, question.text, row.label, row.count, share])
            if result.mean_value is not None:
                mean = round(result.mean_value, 2)
                append_row(results, [result.number, question.text, _("Medelvärde"), mean, None])
    results.column_dimensions["B"].width = 60
    results.column_dimensions["C"].width = 45

    if not survey_round.anonymous and not controlled:
        _answers_sheet(book, survey_round)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _answers_sheet(book: Workbook, survey_round: Round) -> None:
    sheet = book.create_sheet(_("Svar"))
    questions = list(survey_round.template.questions())
    _header(sheet, _("Enhet"), _("Avdelning"), _("Inskickad"), *[q.code for q in questions])
    responses = (
        Response.objects.filter(round=survey_round)
        .select_related("unit__department")
        .prefetch_related("answers")
    )
    for response in responses:
        by_question = {a.question_id: a for a in response.answers.all()}
        row: list[object] = [
            response.unit.name if response.unit else "",
            response.unit.department.name if response.unit and response.unit.department else "",
            response.submitted_on,
        ]
        for question in questions:
            answer = by_question.get(question.pk)
            if answer is None:
                row.append(None)
            elif question.kind in (QuestionKind.SCALE, QuestionKind.NUMBER):
                row.append(answer.number)
            elif question.kind == QuestionKind.TEXT:
                row.append(answer.text)
            else:
                row.append(", ".join(answer.choices))
        append_row(sheet, row)
