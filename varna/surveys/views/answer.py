"""The answering page behind a recipient's personal link: no sign-in, the token is the key.

An unknown token answers 404. After submission the link shows only a thank-you page; after the
round has closed, a page saying so (410). Every form works without JavaScript; surveys.js only
hides the questions that the answers so far do not ask.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import public
from varna.surveys import services
from varna.surveys.answers import Answers
from varna.surveys.constants import QuestionKind
from varna.surveys.forms import AnswerForm, field_name
from varna.surveys.models import Question, Recipient


def _kept_draft(form: AnswerForm, recipient: Recipient) -> Answers:
    """The answers that are valid now, and the stored draft's answer where a field has an error."""
    valid = form.answers()
    kept: Answers = {}
    for question in form.questions:
        if field_name(question) in form.errors:
            if question.code in recipient.draft:
                kept[question.code] = recipient.draft[question.code]
        elif question.code in valid:
            kept[question.code] = valid[question.code]
    return kept


def _overrides(form: AnswerForm) -> dict[str, list[tuple[str, str]]]:
    return {q.code: form._overridden(field_name(q)) for q in form.questions if q.kind == QuestionKind.TEXT}


def _items(form: AnswerForm, questions: list[Question]) -> list[dict]:
    """The questions with their fields and numbers, grouped by section for the template."""
    numbers = {q.code: i for i, q in enumerate(questions, start=1)}
    sections: list[dict] = []
    for question in questions:
        if not sections or sections[-1]["section"].pk != question.section_id:
            sections.append({"section": question.section, "items": []})
        name = field_name(question)
        sections[-1]["items"].append(
            {
                "question": question,
                "number": numbers[question.code],
                "field": form[name],
                "grouped": question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.SCALE),
                "deid": form.deid_results.get(name),
                "condition_number": numbers.get(question.condition_question.code)
                if question.is_conditional
                else None,
                "condition_field": field_name(question.condition_question) if question.is_conditional else "",
            }
        )
    return sections


@public
@never_cache
def survey_answer(request: HttpRequest, token: str) -> HttpResponse:
    recipient = services.recipient_for_token(token)
    if recipient is None:
        raise Http404
    survey_round = recipient.round
    context = {"round": survey_round, "recipient": recipient}
    if recipient.has_answered:
        return render(request, "surveys/answer_thanks.html", context)
    if not survey_round.accepts_answers():
        return render(request, "surveys/answer_closed.html", context, status=410)
    questions = list(survey_round.template.questions())
    # Bound on every POST, an empty one too: an unbound form has no answers to keep.
    data = request.POST if request.method == "POST" else None
    form = AnswerForm(data, questions=questions, draft=recipient.draft)
    if request.method == "POST" and not form.redaction_applied:
        # In an anonymous round no address is logged with an override: it could tell who answered.
        audit_request = None if survey_round.anonymous else request
        try:
            if form.is_valid():
                if form.submitting:
                    services.submit_answers(
                        recipient=recipient, answers=form.answers(), overridden=_overrides(form)
                    )
                else:
                    services.save_draft(
                        recipient=recipient, answers=form.answers(), overridden=_overrides(form)
                    )
                    messages.success(
                        request, _("Dina svar är sparade. Du kan fortsätta senare med samma länk.")
                    )
                for label, reason in form.deid_overrides:
                    record_event(
                        action=Action.OVERRIDDEN,
                        request=audit_request,
                        obj=survey_round,
                        summary=f"{label}: {reason}",
                    )
                return redirect("survey_answer", token=token)
            # Not valid: what is valid is saved, so that nothing already answered is lost.
            recipient = services.save_draft(
                recipient=recipient, answers=_kept_draft(form, recipient), overridden=_overrides(form)
            )
        except services.SurveyStateError:
            return redirect("survey_answer", token=token)
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
    context.update(
        {
            "form": form,
            "sections": _items(form, questions),
            "override_reasons": OverrideReason.choices,
            "draft_saved_at": recipient.draft_saved_at,
        }
    )
    return render(request, "surveys/answer.html", context, status=200)
