"""The 24-hour routine: logging a request to leave, the team's inbox and the first contact."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.reports.routine import home_membership
from varna.support import selectors, services
from varna.support.countdown import countdown
from varna.support.forms import FirstContactForm, RequestForm
from varna.support.models import FirstContactRequest
from varna.support.views.loaders import request_from


def _add_errors(form: RequestForm | FirstContactForm, error: ValidationError) -> None:
    for name, errors in (
        error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
    ).items():
        for message in errors:
            form.add_error(name if name in form.fields else None, message)


@requires("support.log_request")
def request_create(request: HttpRequest) -> HttpResponse:
    """Quick to fill in: the team, when, how and who. Nothing that says who the person is."""
    teams = services.teams_for_requests()
    membership = home_membership(request.user)
    if membership is not None and "team" not in request.POST:
        own = teams.filter(administration_id=membership.administration_id).first()
        initial = {"team": own.pk} if own else {}
    else:
        initial = {}
    form = RequestForm(request.POST or None, teams=teams, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                item = services.log_request(
                    by=request.user,
                    receiving_administration=membership.administration if membership else None,
                    receiving_unit=membership.unit if membership else None,
                    request=request,
                    **form.service_arguments(),
                )
                for label, reason in form.deid_overrides:
                    record_event(
                        action=Action.OVERRIDDEN, request=request, obj=item, summary=f"{label}: {reason}"
                    )
        except PersonalDataError:
            form.add_error("note", _("Texten innehåller uppgifter som kan identifiera en person."))
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("request_receipt", reference=item.reference)
    return render(
        request,
        "support/request_form.html",
        {"form": form, "override_reasons": OverrideReason.choices, "has_teams": teams.exists()},
    )


@requires("support.log_request")
def request_receipt(request: HttpRequest, reference: str) -> HttpResponse:
    # Only the person who logged it finds the receipt: the list is for the team.
    item = get_object_or_404(
        FirstContactRequest.objects.select_related("team__administration"),
        reference=reference,
        logged_by=request.user,
    )
    return render(request, "support/request_receipt.html", {"item": item})


@requires("support.inbox", load=administration_from)
def inbox(request: HttpRequest, administration: Administration) -> HttpResponse:
    now = timezone.now()
    entries = selectors.inbox(administration, now=now)
    record_event(
        action=Action.VIEWED, request=request, administration=administration, summary="support inbox"
    )
    return render(
        request,
        "support/inbox.html",
        {
            "administration": administration,
            "now": now,
            "open": entries["open"],
            "recent": entries["recent"],
            "teams": selectors.teams_of(administration),
            "recent_days": selectors.RECENT_DAYS,
            "coordinator": has_rule(request.user, "support.consultations", administration),
        },
    )


@requires("support.inbox", load=request_from)
def request_detail(request: HttpRequest, item: FirstContactRequest) -> HttpResponse:
    """One request with its countdown; the team logs the first contact here."""
    form = FirstContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_first_contact(
                item=item,
                by=request.user,
                at=form.cleaned_data["first_contact_at"],
                outcome=form.cleaned_data.get("outcome") or "",
                request=request,
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(
                request, _("Första kontakten för %(reference)s är loggad.") % {"reference": item.reference}
            )
            return redirect("support_inbox", administration_id=item.administration_id)
    else:
        record_event(action=Action.VIEWED, request=request, obj=item, summary=item.reference)
    now = timezone.now()
    return render(
        request,
        "support/request_detail.html",
        {
            "item": item,
            "form": form,
            "now": now,
            "countdown": countdown(
                requested_at=item.requested_at, now=now, first_contact_at=item.first_contact_at
            ),
        },
    )
