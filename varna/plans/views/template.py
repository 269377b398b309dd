"""The section template new plans start from, kept by the central coordinator."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.plans import services
from varna.plans.forms import TemplateSectionForm
from varna.plans.models import SectionTemplate


@requires("plans.manage_template")
def template_list(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/template_list.html", {"sections": SectionTemplate.objects.all()})


@requires("plans.manage_template")
def template_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    section = get_object_or_404(SectionTemplate, pk=pk) if pk else None
    form = TemplateSectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_template_section(
                section=form.instance, actor=request.user, overridden=form.overrides(), request=request
            )
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        else:
            for label, reason in form.deid_overrides:
                record_event(action=Action.OVERRIDDEN, request=request, summary=f"{label}: {reason}")
            messages.success(request, _("Mallen är sparad."))
            return redirect("plan_template")
    context = {"form": form, "section": section, "override_reasons": OverrideReason.choices}
    return render(request, "plans/template_form.html", context)


@require_POST
@requires("plans.manage_template")
def template_delete(request: HttpRequest, pk: int) -> HttpResponse:
    section = get_object_or_404(SectionTemplate, pk=pk)
    services.delete_template_section(section=section, actor=request.user, request=request)
    messages.success(request, _("Avsnittet är borttaget ur mallen."))
    return redirect("plan_template")
