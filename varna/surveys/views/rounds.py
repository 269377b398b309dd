"""The coordinator's pages: rounds, response rates, reminders, results and their export."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation.access import administration_from, requires
from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import administration_ids_with_role, has_rule
from varna.surveys import services
from varna.surveys.export import results_workbook
from varna.surveys.forms import RoundForm
from varna.surveys.models import Round
from varna.surveys.results import round_results
from varna.surveys.selectors import (
    response_rate,
    response_rate_by_department,
    results_controlled,
    rounds_visible_to,
)
from varna.surveys.views.loaders import round_from


@requires("surveys.list_rounds")
def round_list(request: HttpRequest) -> HttpResponse:
    rounds = [
        {
            "round": r,
            "rate": response_rate(r),
            "manage": has_rule(request.user, "surveys.manage_round", r),
            "results": has_rule(request.user, "surveys.view_results", r),
        }
        for r in rounds_visible_to(request.user)
    ]
    own = Administration.objects.filter(pk__in=administration_ids_with_role(request.user, Role.COORDINATOR))
    context = {
        "rounds": rounds,
        "own_administrations": own,
        "can_manage_templates": has_rule(request.user, "surveys.manage_templates"),
    }
    return render(request, "surveys/round_list.html", context)


@requires("surveys.manage_round", load=administration_from)
def round_create(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = RoundForm(request.POST or None, administration=administration)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            survey_round = services.open_round(
                administration=administration,
                template=data["template"],
                year=data["year"],
                deadline=data["deadline"],
                anonymous=data["anonymous"],
                invitees=form.invitees,
                actor=request.user,
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Enkäten är skickad till %(n)s mottagare.") % {"n": survey_round.recipients.count()},
            )
            return redirect("survey_round_detail", round_id=survey_round.pk)
    return render(request, "surveys/round_form.html", {"form": form, "administration": administration})


@requires("surveys.manage_round", load=round_from)
def round_detail(request: HttpRequest, survey_round: Round) -> HttpResponse:
    # Anonymous: who has answered is not shown per recipient (nor their reminders or the order,
    # which tell the same), and department rates only under the three-unit rule.
    order = ["unit__department__name", "unit__name", "email"]
    if not survey_round.anonymous:
        order.insert(0, "has_answered")
    recipients = survey_round.recipients.select_related("unit__department").order_by(*order)
    departments = response_rate_by_department(survey_round, controlled=survey_round.anonymous)
    context = {
        "round": survey_round,
        "rate": response_rate(survey_round),
        "departments": departments,
        "departments_withheld": not departments,
        "recipients": recipients,
        "accepts": survey_round.accepts_answers(),
        "waiting": sum(1 for r in recipients if not r.has_answered),
        "can_view_results": has_rule(request.user, "surveys.view_results", survey_round),
    }
    return render(request, "surveys/round_detail.html", context)


@require_POST
@requires("surveys.manage_round", load=round_from)
def round_remind(request: HttpRequest, survey_round: Round) -> HttpResponse:
    try:
        sent = services.send_reminders(survey_round=survey_round, actor=request.user, request=request)
    except services.SurveyStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Påminnelse skickad till %(n)s som inte har svarat.") % {"n": sent})
    return redirect("survey_round_detail", round_id=survey_round.pk)


@require_POST
@requires("surveys.manage_round", load=round_from)
def round_close(request: HttpRequest, survey_round: Round) -> HttpResponse:
    services.close_round(survey_round=survey_round, actor=request.user, request=request)
    messages.success(request, _("Omgången är stängd. Länkarna tar inte emot fler svar."))
    return redirect("survey_round_detail", round_id=survey_round.pk)


@requires("surveys.view_results", load=round_from)
def round_results_page(request: HttpRequest, survey_round: Round) -> HttpResponse:
    controlled = results_controlled(request.user, survey_round)
    shown = survey_round.results_shown
    record_event(
        action=Action.VIEWED, request=request, obj=survey_round, summary=f"{survey_round.title}: resultat"
    )
    departments = response_rate_by_department(survey_round, controlled=controlled)
    context = {
        "round": survey_round,
        "rate": response_rate(survey_round),
        "departments": departments,
        "departments_withheld": not departments,
        "shown": shown,
        "sections": round_results(survey_round, controlled=controlled) if shown else [],
        "can_manage": has_rule(request.user, "surveys.manage_round", survey_round),
    }
    return render(request, "surveys/round_results.html", context)


@requires("surveys.view_results", load=round_from)
def round_export(request: HttpRequest, survey_round: Round) -> HttpResponse:
    if not survey_round.results_shown:
        messages.error(
            request,
            _("Resultaten kan exporteras när omgången är stängd och minst tre inbjudna enheter har svarat."),
        )
        return redirect("survey_round_results", round_id=survey_round.pk)
    record_event(
        action=Action.VIEWED, request=request, obj=survey_round, summary=f"{survey_round.title}: export"
    )
    content = results_workbook(survey_round, controlled=results_controlled(request.user, survey_round))
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    name = f"enkat-{survey_round.administration.name}-{survey_round.year}.xlsx".replace(" ", "-").lower()
    response["Content-Disposition"] = f'attachment; filename="{name.encode("ascii", "ignore").decode()}"'
    return response
