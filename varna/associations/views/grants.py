"""Grant applications: register, screen with the checklist, decide, confirm, the letter, follow-up."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from varna.associations import decisions, letters, selectors, services
from varna.associations.constants import OUTCOMES_FROM, ApplicationStatus, DecisionState
from varna.associations.forms import ApplicationForm, DecisionForm, FollowUpForm, ScreeningForm
from varna.associations.models import Association, GrantApplication, GrantFollowUp
from varna.associations.views.loaders import (
    application_from,
    association_from,
    audit_overrides,
    follow_up_from,
)
from varna.associations.views.registry import _add_errors
from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.organisation.permissions import has_rule

PERSONAL_DATA = gettext_lazy("Texten innehåller uppgifter som kan identifiera en person.")


@requires("associations.manage", load=association_from)
def application_create(request: HttpRequest, association: Association) -> HttpResponse:
    form = ApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.create_application(
                association=association,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except services.AssociationStateError as error:
            form.add_error("year", str(error))
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, application)
            messages.success(request, _("Ansökan är registrerad."))
            return redirect("application_detail", pk=application.pk)
    context = {
        "form": form,
        "title": _("Ny bidragsansökan: %(name)s") % {"name": association.name},
        "back": association,
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "associations/form.html", context)


@requires("associations.view", load=application_from)
def application_detail(request: HttpRequest, application: GrantApplication) -> HttpResponse:
    user = request.user
    decisions = list(application.decisions.select_related("decided_by", "confirmed_by"))
    proposed = next((d for d in decisions if d.state == DecisionState.PROPOSED), None)
    context = {
        "application": application,
        "association": application.association,
        "items": application.screening_items.all(),
        "decisions": decisions,
        "proposed": proposed,
        "in_effect": letters.decision_in_effect(application),
        "follow_ups": application.follow_ups.all(),
        "can_manage": has_rule(user, "associations.manage", application),
        "can_decide": has_rule(user, "associations.decide", application)
        and application.status in OUTCOMES_FROM,
        "can_confirm": proposed is not None
        and has_rule(user, "associations.confirm", application)
        and proposed.decided_by_id != user.pk,
        "own_proposal": proposed is not None and proposed.decided_by_id == user.pk,
        "unmet": services.unmet_items(application),
        "statuses": ApplicationStatus,
    }
    return render(request, "associations/application_detail.html", context)


@require_POST
@requires("associations.manage", load=application_from)
def application_start_screening(request: HttpRequest, application: GrantApplication) -> HttpResponse:
    try:
        services.start_screening(application=application, actor=request.user, request=request)
    except services.AssociationStateError as error:
        messages.error(request, str(error))
        return redirect("application_detail", pk=application.pk)
    messages.success(request, _("Granskningen är påbörjad med kommunens checklista."))
    return redirect("application_screening", pk=application.pk)


@requires("associations.manage", load=application_from)
def application_screening(request: HttpRequest, application: GrantApplication) -> HttpResponse:
    if application.status != ApplicationStatus.SCREENING:
        messages.error(request, _("Kontrollpunkterna kan bara ändras medan ansökan granskas."))
        return redirect("application_detail", pk=application.pk)
    items = list(application.screening_items.all())
    form = ScreeningForm(request.POST or None, items=items)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_screening(
                application=application,
                results=form.results(),
                actor=request.user,
                request=request,
                overridden=form.overrides(),
            )
        except services.AssociationStateError as error:
            form.add_error(None, str(error))
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, application)
            messages.success(request, _("Granskningen är sparad."))
            return redirect("application_detail", pk=application.pk)
    context = {
        "form": form,
        "subject": application,
        "title": _("Granska ansökan: %(name)s %(year)s")
        % {"name": application.association.name, "year": application.year},
        "back_url": "application_detail",
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "associations/screening.html", context)


@requires("associations.decide", load=application_from)
def application_decide(request: HttpRequest, application: GrantApplication) -> HttpResponse:
    outcomes = sorted(OUTCOMES_FROM.get(application.status, ()))
    if not outcomes:
        messages.error(request, _("Ansökan kan inte beslutas i sin nuvarande status."))
        return redirect("application_detail", pk=application.pk)
    form = DecisionForm(request.POST or None, outcomes=outcomes)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            decision = decisions.decide(
                application=application,
                outcome=data["outcome"],
                justification=data["justification"],
                amount=data.get("amount"),
                override_reason=data.get("override_reason", ""),
                actor=request.user,
                request=request,
                overridden=form.overrides(),
            )
        except services.AssociationStateError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, decision)
            if decision.state == DecisionState.PROPOSED:
                messages.success(
                    request, _("Beslutet är registrerat och väntar på en andra handläggares bekräftelse.")
                )
            else:
                messages.success(request, _("Beslutet är registrerat och gäller."))
            return redirect("application_detail", pk=application.pk)
    context = {
        "form": form,
        "application": application,
        "items": application.screening_items.all(),
        "unmet": services.unmet_items(application),
        "four_eyes": decisions.four_eyes_required(application.association.administration.municipality),
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "associations/decide.html", context)


@require_POST
@requires("associations.confirm", load=application_from)
def decision_confirm(request: HttpRequest, application: GrantApplication) -> HttpResponse:
    confirm = request.POST.get("action") != "reject"
    try:
        decisions.confirm_decision(
            application=application, actor=request.user, confirm=confirm, request=request
        )
    except services.AssociationStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Beslutet är bekräftat och gäller.") if confirm else _("Beslutet är inte bekräftat.")
        )
    return redirect("application_detail", pk=application.pk)


@requires("associations.view", load=application_from)
def decision_letter(request: HttpRequest, application: GrantApplication) -> HttpResponse:
    file_format = request.GET.get("format", "docx")
    if file_format not in letters.FORMATS:
        raise Http404
    decision = letters.decision_in_effect(application)
    if decision is None:
        messages.error(request, _("Det finns inget beslut som gäller ännu."))
        return redirect("application_detail", pk=application.pk)
    content, content_type = letters.render(letters.decision_letter(application, decision), file_format)
    record_event(action=Action.VIEWED, request=request, obj=decision, summary=f"{application}: beslutsbrev")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{letters.file_name(application, file_format)}"'
    return response


@requires("associations.list")
def follow_up_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {
        "due": selectors.follow_ups_due(request.user, today),
        "today": today,
    }
    return render(request, "associations/follow_up_list.html", context)


@requires("associations.manage", load=follow_up_from)
def follow_up_record(request: HttpRequest, follow_up: GrantFollowUp) -> HttpResponse:
    form = FollowUpForm(request.POST or None, instance=follow_up)
    if request.method == "POST" and form.is_valid():
        try:
            decisions.record_follow_up(
                follow_up=follow_up,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except services.AssociationStateError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, follow_up)
            messages.success(request, _("Uppföljningen är registrerad."))
            return redirect("application_detail", pk=follow_up.application_id)
    context = {
        "form": form,
        "title": _("%(kind)s: %(application)s")
        % {"kind": follow_up.get_kind_display(), "application": follow_up.application},
        "back_application": follow_up.application,
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "associations/form.html", context)
