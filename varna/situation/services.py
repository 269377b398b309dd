"""Writes of the situation picture: the written sections' draft, and freezing a snapshot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import Overrides, ensure_clean
from varna.lib.years import first_year
from varna.organisation.models import Administration
from varna.situation.city import threshold
from varna.situation.figures import exact_figures
from varna.situation.models import Draft, Snapshot
from varna.situation.releases import release_data
from varna.situation.snapshots import figures_to_json
from varna.situation.statistics import Filters, Period

# Sections other apps add to a frozen picture (survey results, training completion, the support
# log): name -> function(administration, period) giving a JSON-serialisable dict, or None when
# there is nothing for the period. Stored in Snapshot.extra under the name.
EXTRA_SECTIONS: dict[str, Callable[[Administration, Period], dict[str, Any] | None]] = {}


class SituationError(Exception):
    """The operation is not possible; the message is shown to the user."""


def _check_year(year: int) -> None:
    if not first_year() <= year <= timezone.localdate().year:
        raise SituationError(
            _("Välj ett år mellan %(first)s och %(last)s.")
            % {"first": first_year(), "last": timezone.localdate().year}
        )


def save_draft(
    *,
    administration: Administration,
    year: int,
    mapping: str,
    analysis: str,
    actor: Any,
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> Draft:
    """Save the written sections of an administration's picture for a year (one draft each)."""
    _check_year(year)
    ensure_clean({"mapping": mapping, "analysis": analysis}, overridden)
    with transaction.atomic():
        Administration.objects.select_for_update().get(pk=administration.pk)
        draft, created = Draft.objects.get_or_create(administration=administration, year=year)
        draft.mapping, draft.analysis = mapping, analysis
        draft.updated_by = actor if getattr(actor, "pk", None) else None
        draft.full_clean()
        draft.save()
        record_event(
            action=Action.CREATED if created else Action.CHANGED,
            actor=actor,
            request=request,
            administration=administration,
            obj=draft,
            summary=f"{administration.name} {year}",
        )
    return draft


def collect_extra(administration: Administration, period: Period) -> dict[str, Any]:
    extra = {}
    for name, collect in EXTRA_SECTIONS.items():
        section = collect(administration, period)
        if section is not None:
            extra[name] = section
    return extra


def freeze_situation(
    *,
    administration: Administration,
    year: int,
    actor: Any,
    request: HttpRequest | None = None,
) -> Snapshot:
    """ "Fastställ": store the year's numbers (exact and disclosure-controlled) and the draft's
    text, with date and author. The snapshot never changes afterwards, whatever happens to the
    reports; freezing again makes a new numbered snapshot."""
    _check_year(year)
    period = Period.year(year)
    with transaction.atomic():
        # One freeze at a time per administration: the number is max + 1.
        Administration.objects.select_for_update().get(pk=administration.pk)
        draft = Draft.objects.filter(administration=administration, year=year).first()
        mapping = draft.mapping if draft else ""
        analysis = draft.analysis if draft else ""
        # The draft was checked when it was saved; a text frozen for the committee is checked again.
        ensure_clean({"mapping": mapping, "analysis": analysis}, {})
        last = Snapshot.objects.filter(administration=administration, year=year).aggregate(m=Max("number"))
        snapshot = Snapshot(
            administration=administration,
            year=year,
            number=(last["m"] or 0) + 1,
            period_start=period.start,
            period_end=period.end,
            mapping=mapping,
            analysis=analysis,
            figures=figures_to_json(exact_figures(administration, period, Filters())),
            # The release: reviewed reports only, cells hidden before stay hidden (ADR 0006).
            controlled=release_data(administration, year),
            extra=collect_extra(administration, period),
            threshold=threshold(),
            frozen_by=actor if getattr(actor, "pk", None) else None,
            frozen_by_name=_author_name(actor),
            frozen_at=timezone.now(),
        )
        snapshot.full_clean()
        snapshot.save()
        record_event(
            action=Action.CREATED,
            actor=actor,
            request=request,
            administration=administration,
            obj=snapshot,
            summary=_("Lägesbild fastställd: %(what)s") % {"what": snapshot.audit_summary()},
        )
    return snapshot


def _author_name(actor: Any) -> str:
    if not getattr(actor, "pk", None):
        return ""
    full = actor.get_full_name() if hasattr(actor, "get_full_name") else ""
    return full or actor.get_username()
