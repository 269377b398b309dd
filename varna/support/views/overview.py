"""The support log's start page, the teams, and the statistics (exact, controlled, city-wide)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule, is_central_coordinator, is_system_admin
from varna.situation.charts import bar_chart
from varna.support import selectors, services
from varna.support.forms import PeriodForm, TeamForm
from varna.support.models import SupportTeam
from varna.support.statistics import ROUTINE_COLUMNS, city_support, controlled_statistics, exact_statistics
from varna.support.views.loaders import team_from


@requires("support.start")
def start(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "support/start.html",
        {
            "inboxes": selectors.administrations_with_inbox(user),
            "logs": selectors.administrations_with_log(user),
            "city": is_central_coordinator(user) or is_system_admin(user),
        },
    )


# --- Teams --------------------------------------------------------------------------------------


@requires("support.manage_team", load=administration_from)
def teams(request: HttpRequest, administration: Administration) -> HttpResponse:
    members = services.members_allowed(administration)
    form = TeamForm(request.POST or None, members=members, initial={"active": True})
    if request.method == "POST" and form.is_valid() and _save_team(request, form, administration):
        messages.success(request, _("Teamet är skapat."))
        return redirect("support_teams", administration_id=administration.pk)
    return render(
        request,
        "support/teams.html",
        {"administration": administration, "teams": selectors.teams_of(administration), "form": form},
    )


@requires("support.manage_team", load=team_from)
def team_edit(request: HttpRequest, team: SupportTeam) -> HttpResponse:
    administration = team.administration
    initial = {
        "name": team.name,
        "active": team.active,
        "members": list(team.members.values_list("pk", flat=True)),
    }
    form = TeamForm(request.POST or None, members=services.members_allowed(administration), initial=initial)
    if request.method == "POST" and form.is_valid() and _save_team(request, form, administration, team=team):
        messages.success(request, _("Teamet är sparat."))
        return redirect("support_teams", administration_id=administration.pk)
    return render(
        request, "support/team_form.html", {"administration": administration, "team": team, "form": form}
    )


def _save_team(request: HttpRequest, form: TeamForm, administration: Administration, **extra: Any) -> bool:
    try:
        services.save_team(
            administration=administration,
            by=request.user,
            name=form.cleaned_data["name"],
            members=form.cleaned_data["members"],
            active=form.cleaned_data["active"],
            request=request,
            **extra,
        )
    except ValidationError as error:
        for name, errors in error.message_dict.items():
            for message in errors:
                form.add_error(name if name in form.fields else None, message)
        return False
    return True


# --- Statistics ---------------------------------------------------------------------------------


@requires("support.open_statistics", load=administration_from)
def statistics(request: HttpRequest, administration: Administration) -> HttpResponse:
    """Exact for the administration's coordinators, any period; a calendar year, disclosure-
    controlled, for the central coordinator and the system administrator."""
    exact = has_rule(request.user, "support.view_statistics", administration)
    form = PeriodForm(request.GET or None, any_period=exact)
    figures = None
    if form.is_valid() or not form.is_bound:
        period = form.period
        if period.start.year <= timezone.localdate().year:
            figures = (
                exact_statistics(administration, period)
                if exact
                else controlled_statistics(administration, period.start.year)
            )
    context: dict[str, Any] = {
        "administration": administration,
        "form": form,
        "figures": figures,
        "exact": exact,
    }
    if figures is not None:
        context["sections"] = [
            {
                "key": key,
                "title": title,
                "rows": rows,
                "chart": bar_chart(f"chart-{key}", f"{title}, {figures.period.label}", rows),
            }
            for key, title, rows in figures.titled_breakdowns
        ]
    return render(request, "support/statistics.html", context, status=400 if form.errors else 200)


@requires("support.view_city")
def city(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None, any_period=False)
    picture = None
    if (form.is_valid() or not form.is_bound) and form.period.start.year <= timezone.localdate().year:
        picture = city_support(form.period.start.year)
    rows = []
    if picture is not None:
        rows = [
            {
                "administration": a,
                "consultations": picture.consultations[a.pk],
                "requests": picture.requests[a.pk],
                "routine": picture.routine[a.pk],
            }
            for a in picture.administrations
        ]
    return render(
        request,
        "support/city.html",
        {"form": form, "picture": picture, "rows": rows, "routine_columns": ROUTINE_COLUMNS},
        status=400 if form.errors else 200,
    )
