"""Changes to survey templates by the central coordinator. A template in use by a round is
locked (its answers refer to its questions); a copy is the way to change it for next year."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import ensure_no_personal_data
from varna.surveys.models import Choice, Question, SurveyTemplate, TemplateSection
from varna.surveys.services import SurveyStateError


def _unlocked(template: SurveyTemplate) -> SurveyTemplate:
    locked = SurveyTemplate.objects.select_for_update().get(pk=template.pk)
    if locked.in_use:
        raise SurveyStateError(
            _("Mallen används av en enkätomgång och kan inte ändras. Gör en kopia och ändra kopian.")
        )
    return locked


def _audit(action: str, obj: Any, actor: Any, request: HttpRequest | None, summary: str) -> None:
    record_event(action=action, actor=actor, request=request, obj=obj, summary=summary)


def save_template(
    *, template: SurveyTemplate, actor: Any, request: HttpRequest | None = None
) -> SurveyTemplate:
    ensure_no_personal_data(description=template.description)
    with transaction.atomic():
        if template.pk:
            _unlocked(template)
        if template.is_default:
            SurveyTemplate.objects.exclude(pk=template.pk).update(is_default=False)
        template.full_clean()
        template.save()
        _audit(Action.CHANGED, template, actor, request, template.name)
    return template


def copy_template(
    *, template: SurveyTemplate, name: str, actor: Any, request: HttpRequest | None = None
) -> SurveyTemplate:
    """A new, unlocked template with the same sections, questions, choices and conditions."""
    if SurveyTemplate.objects.filter(name=name).exists():
        raise ValidationError(_("Det finns redan en mall med det namnet."))
    with transaction.atomic():
        copy = SurveyTemplate.objects.create(name=name, description=template.description)
        copies: dict[int, Question] = {}
        for section in template.sections.all():
            new_section = TemplateSection.objects.create(
                template=copy, title=section.title, description=section.description, order=section.order
            )
            for question in section.questions.all().order_by("order", "pk"):
                choices = list(question.choices.all())
                old_pk = question.pk
                question.pk = None
                question.section = new_section
                question.condition_question = copies.get(question.condition_question_id)
                question.save()
                copies[old_pk] = question
                Choice.objects.bulk_create(
                    Choice(question=question, code=c.code, label=c.label, order=c.order) for c in choices
                )
        _audit(Action.CREATED, copy, actor, request, f"{copy.name} (kopia av {template.name})")
    return copy


def save_section(
    *, section: TemplateSection, actor: Any, request: HttpRequest | None = None
) -> TemplateSection:
    ensure_no_personal_data(description=section.description)
    with transaction.atomic():
        _unlocked(section.template)
        if section.pk is None and not section.order:
            last = section.template.sections.aggregate(m=Max("order"))["m"] or 0
            section.order = last + 10
        section.full_clean()
        section.save()
        _audit(Action.CHANGED, section.template, actor, request, section.title)
    return section


def delete_section(*, section: TemplateSection, actor: Any, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        _unlocked(section.template)
        section.delete()
        _audit(Action.DELETED, section.template, actor, request, section.title)


def check_condition(question: Question) -> None:
    """A condition refers to an earlier choice question of the same template, and one of its options."""
    source = question.condition_question
    if source is None:
        question.condition_value = ""
        return
    if source.section.template_id != question.section.template_id or not source.is_choice:
        raise ValidationError({"condition_question": _("Villkoret måste gälla en val-fråga i samma mall.")})
    if question.pk and source.pk == question.pk:
        raise ValidationError({"condition_question": _("En fråga kan inte bero på sig själv.")})
    earlier = (source.section.order, source.section.pk, source.order, source.pk) < (
        question.section.order,
        question.section.pk,
        question.order,
        question.pk or 10**9,
    )
    if not earlier:
        raise ValidationError({"condition_question": _("Villkoret måste gälla en fråga som kommer före.")})
    if question.condition_value not in dict(source.options()):
        raise ValidationError({"condition_value": _("Välj ett av frågans svarsalternativ.")})


def save_question(
    *,
    question: Question,
    choices: Sequence[tuple[str, str]] | None,
    actor: Any,
    request: HttpRequest | None = None,
) -> Question:
    """Save a question and, for a choice question with its own options, replace its options."""
    with transaction.atomic():
        template = _unlocked(question.section.template)
        if question.pk is None and not question.order:
            last = Question.objects.filter(section__template=template).aggregate(m=Max("order"))["m"] or 0
            question.order = last + 10
        duplicate = Question.objects.filter(section__template=template, code=question.code).exclude(
            pk=question.pk
        )
        if duplicate.exists():
            raise ValidationError({"code": _("Koden används redan av en annan fråga i mallen.")})
        if question.is_choice and not question.reference_list and not choices:
            raise ValidationError({"choices": _("Ange minst ett svarsalternativ.")})
        if question.kind == "scale" and question.scale_max <= question.scale_min:
            raise ValidationError({"scale_max": _("Högsta värdet måste vara större än lägsta.")})
        question.full_clean(exclude=["condition_question"])
        check_condition(question)
        question.save()
        if choices is not None:
            question.choices.all().delete()
            Choice.objects.bulk_create(
                Choice(question=question, code=code, label=label, order=i * 10)
                for i, (code, label) in enumerate(choices)
            )
        _audit(Action.CHANGED, template, actor, request, question.code)
    return question


def delete_question(*, question: Question, actor: Any, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        template = _unlocked(question.section.template)
        if question.dependent_questions.exists():
            raise SurveyStateError(_("Andra frågor visas beroende på den här frågan. Ändra dem först."))
        question.delete()
        _audit(Action.DELETED, template, actor, request, question.code)
