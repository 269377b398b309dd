"""Lettings of premises: list, register, screen with the checklist, decide."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.associations import premises as services
from varna.associations import selectors
from varna.associations.common import AssociationStateError
from varna.associations.constants import LettingStatus
from varna.associations.forms import LettingDecisionForm, LettingForm, ScreeningForm
from varna.associations.models import Association, PremisesLetting
from varna.associations.services import unmet_items
from varna.associations.views.grants import PERSONAL_DATA
from varna.associations.views.loaders import audit_overrides, letting_from
from varna.associations.views.registry import _add_errors
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule


@requires("associations.list")
def letting_list(request: HttpRequest) -> HttpResponse:
    context = {
        "lettings": selectors.lettings_visible_to(request.user).order_by("-event_date", "-pk")[:200],
        "managed": selectors.managed_administrations(request.user),
    }
    return render(request, "associations/letting_list.html", context)


@requires("associations.manage", load=administration_from)
def letting_create(request: HttpRequest, administration: Administration) -> HttpResponse:
    associations = Association.objects.filter(administration=administration)
    form = LettingForm(request.POST or None, associations=associations)
    if request.method == "POST" and form.is_valid():
        try:
            letting = services.register_letting(
                administration=administration,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, letting)
            messages.success(request, _("Upplåtelsen är registrerad."))
            return redirect("letting_detail", pk=letting.pk)
    context = {
        "form": form,
        "title": _("Ny upplåtelse av lokal i %(name)s") % {"name": administration.name},
        "override_reasons": OverrideReason.choices,
        "back_lettings": True,
    }
    return render(request, "associations/form.html", context)


@requires("associations.view", load=letting_from)
def letting_detail(request: HttpRequest, letting: PremisesLetting) -> HttpResponse:
    can_manage = has_rule(request.user, "associations.manage", letting)
    context = {
        "letting": letting,
        "items": letting.screening_items.all(),
        "can_manage": can_manage,
        "can_decide": has_rule(request.user, "associations.decide", letting)
        and letting.status == LettingStatus.SCREENING,
        "unmet": unmet_items(letting),
        "statuses": LettingStatus,
    }
    return render(request, "associations/letting_detail.html", context)


@require_POST
@requires("associations.manage", load=letting_from)
def letting_start_screening(request: HttpRequest, letting: PremisesLetting) -> HttpResponse:
    try:
        services.start_letting_screening(letting=letting, actor=request.user, request=request)
    except AssociationStateError as error:
        messages.error(request, str(error))
        return redirect("letting_detail", pk=letting.pk)
    messages.success(request, _("Granskningen är påbörjad med kommunens checklista."))
    return redirect("letting_screening", pk=letting.pk)


@requires("associations.manage", load=letting_from)
def letting_screening(request: HttpRequest, letting: PremisesLetting) -> HttpResponse:
    if letting.status != LettingStatus.SCREENING:
        messages.error(request, _("Kontrollpunkterna kan bara ändras medan upplåtelsen granskas."))
        return redirect("letting_detail", pk=letting.pk)
    form = ScreeningForm(request.POST or None, items=list(letting.screening_items.all()))
    if request.method == "POST" and form.is_valid():
        try:
            services.record_letting_screening(
                letting=letting,
                results=form.results(),
                actor=request.user,
                request=request,
                overridden=form.overrides(),
            )
        except AssociationStateError as error:
            form.add_error(None, str(error))
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, letting)
            messages.success(request, _("Granskningen är sparad."))
            return redirect("letting_detail", pk=letting.pk)
    context = {
        "form": form,
        "subject": letting,
        "title": _("Granska upplåtelsen: %(premises)s") % {"premises": letting.premises},
        "back_url": "letting_detail",
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "associations/screening.html", context)


@requires("associations.decide", load=letting_from)
def letting_decide(request: HttpRequest, letting: PremisesLetting) -> HttpResponse:
    if letting.status != LettingStatus.SCREENING:
        messages.error(request, _("Beslut fattas när upplåtelsen har granskats."))
        return redirect("letting_detail", pk=letting.pk)
    form = LettingDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decide_letting(
                letting=letting,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except AssociationStateError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, PERSONAL_DATA)
        else:
            audit_overrides(request, form, letting)
            messages.success(request, _("Beslutet om upplåtelsen är registrerat."))
            return redirect("letting_detail", pk=letting.pk)
    context = {
        "form": form,
        "letting": letting,
        "items": letting.screening_items.all(),
        "unmet": unmet_items(letting),
        "override_reasons": OverrideReason.choices,
    }
    return render(request, "associations/letting_decide.html", context)
