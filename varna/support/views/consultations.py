"""The coordinator's log of consultations: list, follow-ups due, record, change, link reports."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.support import selectors, services
from varna.support.constants import Subject
from varna.support.forms import ConsultationForm, LinkReportForm, PeriodForm
from varna.support.models import Consultation
from varna.support.views.loaders import consultation_from


@requires("support.consultations", load=administration_from)
def consultation_list(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    period = form.period if form.is_valid() or not form.is_bound else PeriodForm().period
    subject = request.GET.get("amne", "")
    subject = subject if subject in Subject.values else ""
    consultations = selectors.consultations_of(administration, period=period, subject=subject)
    record_event(
        action=Action.VIEWED, request=request, administration=administration, summary="consultations"
    )
    return render(
        request,
        "support/consultation_list.html",
        {
            "administration": administration,
            "form": form,
            "period": period,
            "subject": subject,
            "subjects": Subject.choices,
            "consultations": consultations,
            "follow_ups": selectors.follow_ups_due(administration),
        },
        status=400 if form.errors else 200,
    )


def _save(
    request: HttpRequest, form: ConsultationForm, administration: Administration, **extra: Any
) -> Consultation | None:
    try:
        with transaction.atomic():
            consultation = services.save_consultation(
                administration=administration,
                by=request.user,
                request=request,
                **form.service_arguments(),
                **extra,
            )
            for label, reason in form.deid_overrides:
                record_event(
                    action=Action.OVERRIDDEN, request=request, obj=consultation, summary=f"{label}: {reason}"
                )
    except PersonalDataError as error:
        for field in error.findings:
            form.add_error(
                field if field in form.fields else None,
                _("Texten innehåller uppgifter som kan identifiera en person."),
            )
        return None
    except ValidationError as error:
        for name, errors in error.message_dict.items():
            for message in errors:
                form.add_error(name if name in form.fields else None, message)
        return None
    return consultation


def _form_page(
    request: HttpRequest, form: ConsultationForm, administration: Administration, **extra: Any
) -> HttpResponse:
    context = {
        "form": form,
        "administration": administration,
        "override_reasons": OverrideReason.choices,
        **extra,
    }
    return render(request, "support/consultation_form.html", context)


@requires("support.consultations", load=administration_from)
def consultation_create(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = ConsultationForm(request.POST or None, administration=administration)
    if request.method == "POST" and form.is_valid():
        consultation = _save(request, form, administration)
        if consultation is not None:
            messages.success(request, _("Konsultationen är sparad."))
            return redirect("consultation_detail", pk=consultation.pk)
    return _form_page(request, form, administration)


@requires("support.consultations", load=consultation_from)
def consultation_edit(request: HttpRequest, consultation: Consultation) -> HttpResponse:
    administration = consultation.administration
    initial = {
        "date": consultation.date,
        "asking_administration": consultation.asking_administration_id,
        "asking_unit": consultation.asking_unit_id,
        "asking_other": consultation.asking_other,
        "subject": consultation.subject,
        "age_group": consultation.age_group,
        "environments": list(consultation.environments.values_list("pk", flat=True)),
        "support_given": consultation.support_kinds,
        "question": consultation.question,
        "outcome": consultation.outcome,
        "follow_up_on": consultation.follow_up_on,
    }
    form = ConsultationForm(request.POST or None, administration=administration, initial=initial)
    saved = (
        request.method == "POST"
        and form.is_valid()
        and _save(request, form, administration, consultation=consultation)
    )
    if saved:
        messages.success(request, _("Konsultationen är sparad."))
        return redirect("consultation_detail", pk=consultation.pk)
    return _form_page(request, form, administration, consultation=consultation)


@requires("support.consultations", load=consultation_from)
def consultation_detail(request: HttpRequest, consultation: Consultation) -> HttpResponse:
    record_event(action=Action.VIEWED, request=request, obj=consultation, summary="consultation")
    return _detail_page(request, consultation, LinkReportForm())


def _detail_page(request: HttpRequest, consultation: Consultation, link_form: LinkReportForm) -> HttpResponse:
    return render(
        request,
        "support/consultation_detail.html",
        {
            "consultation": consultation,
            "administration": consultation.administration,
            "environments": consultation.environments.all(),
            "support_given": consultation.support_given.all(),
            "reports": consultation.reports.order_by("-submitted_at"),
            "link_form": link_form,
        },
    )


@require_POST
@requires("support.consultations", load=consultation_from)
def consultation_link(request: HttpRequest, consultation: Consultation) -> HttpResponse:
    """Link a report of the same administration by its reference."""
    form = LinkReportForm(request.POST)
    if form.is_valid():
        try:
            report = services.find_report(consultation, form.cleaned_data["reference"])
            services.link_report(consultation=consultation, report=report, by=request.user, request=request)
        except ValidationError as error:
            for message in error.message_dict.get("reference", error.messages):
                form.add_error("reference", message)
        else:
            messages.success(
                request, _("Rapporten %(reference)s är kopplad.") % {"reference": report.reference}
            )
            return redirect("consultation_detail", pk=consultation.pk)
    return _detail_page(request, consultation, form)


@require_POST
@requires("support.consultations", load=consultation_from)
def consultation_unlink(request: HttpRequest, consultation: Consultation, report_pk: int) -> HttpResponse:
    report = get_object_or_404(consultation.reports.all(), pk=report_pk)
    services.unlink_report(consultation=consultation, report=report, by=request.user, request=request)
    messages.success(
        request, _("Kopplingen till %(reference)s är borttagen.") % {"reference": report.reference}
    )
    return redirect("consultation_detail", pk=consultation.pk)


@require_POST
@requires("support.consultations", load=consultation_from)
def consultation_followed_up(request: HttpRequest, consultation: Consultation) -> HttpResponse:
    services.mark_followed_up(consultation=consultation, by=request.user, request=request)
    messages.success(request, _("Konsultationen är markerad som uppföljd."))
    return redirect("consultation_detail", pk=consultation.pk)
