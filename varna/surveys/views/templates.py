"""Survey templates, kept by the central coordinator (and the system administrator)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.surveys import template_services as services
from varna.surveys.forms import CopyTemplateForm, QuestionForm, SectionForm, TemplateForm
from varna.surveys.models import Question, SurveyTemplate, TemplateSection
from varna.surveys.services import SurveyStateError

RULE = "surveys.manage_templates"
PERSONAL = _("Texten innehåller uppgifter som kan identifiera en person.")


@requires(RULE)
def template_list(request: HttpRequest) -> HttpResponse:
    templates = SurveyTemplate.objects.all()
    return render(request, "surveys/template_list.html", {"templates": templates})


@requires(RULE)
def template_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """A new template (no pk) or a template's name and description, with its questions below."""
    template = get_object_or_404(SurveyTemplate, pk=pk) if pk else None
    form = TemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.save_template(template=form.instance, actor=request.user, request=request)
        except (SurveyStateError, PersonalDataError) as error:
            form.add_error(None, str(error) if isinstance(error, SurveyStateError) else PERSONAL)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Mallen är sparad."))
            return redirect("survey_template_edit", pk=saved.pk)
    context = {
        "form": form,
        "template": template,
        "questions": list(template.questions()) if template else [],
        "sections": template.sections.all() if template else [],
        "copy_form": CopyTemplateForm(initial={"name": _("Kopia av %(name)s") % {"name": template.name}})
        if template
        else None,
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "surveys/template_form.html", context)


@require_POST
@requires(RULE)
def template_copy(request: HttpRequest, pk: int) -> HttpResponse:
    template = get_object_or_404(SurveyTemplate, pk=pk)
    form = CopyTemplateForm(request.POST)
    if form.is_valid():
        try:
            copy = services.copy_template(
                template=template, name=form.cleaned_data["name"], actor=request.user, request=request
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Kopian är skapad. Ändra den här."))
            return redirect("survey_template_edit", pk=copy.pk)
    else:
        messages.error(request, _("Ange ett namn på kopian."))
    return redirect("survey_template_edit", pk=template.pk)


@requires(RULE)
def section_edit(request: HttpRequest, pk: int, section_id: int | None = None) -> HttpResponse:
    template = get_object_or_404(SurveyTemplate, pk=pk)
    section = get_object_or_404(TemplateSection, pk=section_id, template=template) if section_id else None
    form = SectionForm(request.POST or None, instance=section or TemplateSection(template=template))
    if request.method == "POST" and form.is_valid():
        try:
            services.save_section(section=form.instance, actor=request.user, request=request)
        except SurveyStateError as error:
            form.add_error(None, str(error))
        except PersonalDataError:
            form.add_error(None, PERSONAL)
        else:
            messages.success(request, _("Delen är sparad."))
            return redirect("survey_template_edit", pk=template.pk)
    context = {
        "form": form,
        "template": template,
        "override_reasons": OverrideReason.choices,
        "title": _("Ändra delen") if section else _("Ny del"),
    }
    return render(request, "surveys/template_part_form.html", context)


@require_POST
@requires(RULE)
def section_delete(request: HttpRequest, pk: int, section_id: int) -> HttpResponse:
    section = get_object_or_404(TemplateSection, pk=section_id, template_id=pk)
    try:
        services.delete_section(section=section, actor=request.user, request=request)
    except SurveyStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Delen är borttagen."))
    return redirect("survey_template_edit", pk=pk)


@requires(RULE)
def question_edit(request: HttpRequest, pk: int, question_id: int | None = None) -> HttpResponse:
    template = get_object_or_404(SurveyTemplate, pk=pk)
    question = (
        get_object_or_404(Question, pk=question_id, section__template=template) if question_id else None
    )
    form = QuestionForm(request.POST or None, instance=question, template=template)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_question(
                question=form.instance,
                choices=form.cleaned_data["choices"] if form.instance.is_choice else None,
                actor=request.user,
                request=request,
            )
        except SurveyStateError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Frågan är sparad."))
            return redirect("survey_template_edit", pk=template.pk)
    context = {"form": form, "template": template, "title": _("Ändra frågan") if question else _("Ny fråga")}
    return render(request, "surveys/template_part_form.html", context)


@require_POST
@requires(RULE)
def question_delete(request: HttpRequest, pk: int, question_id: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=question_id, section__template_id=pk)
    try:
        services.delete_question(question=question, actor=request.user, request=request)
    except SurveyStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Frågan är borttagen."))
    return redirect("survey_template_edit", pk=pk)
