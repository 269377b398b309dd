"""GET /api/v1/situation/{administration_id}: the situation picture's counts for a period.

Inside the administration (its coordinators and committee) counts are exact and live, for any
period and choice of classifications. Everyone else who may see it (central coordinator, system
administrator) gets a whole calendar year as its latest release said, the latest frozen
snapshot's controlled figures (ADR 0006): a suppressed count is null with "suppressed": true, and
a year with no release has "published": false and no figures.
No `from __future__ import annotations` in API modules: django-ninja reads the annotations.
"""

import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Schema
from ninja.errors import HttpError

from varna.api.api import api
from varna.lib.years import check_date
from varna.organisation.access import api_rule, check
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.reports.constants import Classification
from varna.situation.figures import Figures, exact_figures
from varna.situation.releases import latest_release, released_figures
from varna.situation.statistics import BREAKDOWNS, DEFAULT_CLASSIFICATIONS, Filters, Period, Row


class CountOut(Schema):
    code: str
    label: str
    count: int | None
    suppressed: bool


class AdministrationRef(Schema):
    id: int
    name: str


class SituationOut(Schema):
    administration: AdministrationRef
    from_: datetime.date = Field(..., alias="from")
    to: datetime.date
    classifications: list[str] = Field(..., description="Bedömningarna som räknades.")
    disclosure_controlled: bool
    published: bool = Field(
        ..., description="Utanför förvaltningen: om året har en fastställd lägesbild (en publicering)."
    )
    release: int | None = Field(
        None, description="Utanför förvaltningen: den fastställda versionens nummer som visas."
    )
    unreviewed: int | None = Field(
        None, description="Inom förvaltningen: räknade rapporter som ännu inte är granskade."
    )
    suppression_threshold: int | None
    total: int | None
    total_suppressed: bool
    by_environment: list[CountOut]
    by_event_type: list[CountOut]
    by_area: list[CountOut]
    by_setting: list[CountOut]
    by_age_group: list[CountOut]
    by_source: list[CountOut]
    by_classification: list[CountOut]


class SituationQuery(Schema):
    from_: datetime.date | None = Field(
        None, alias="from", description="Från och med (standard: 1 januari i år)."
    )
    to: datetime.date | None = Field(None, description="Till och med (standard: 31 december samma år).")
    classification: list[Classification] = Field(
        default_factory=list,
        description=(
            "Bedömningar som räknas (standard: allt utom 'not_vbe'). Bara för förvaltningens samordnare."
        ),
    )


def _period(query: SituationQuery) -> Period:
    start, end = query.from_, query.to
    if start is None and end is None:
        return Period.year(timezone.localdate().year)
    for field, day in (("from", start), ("to", end)):
        if day is not None:
            check_date(day, field=field)  # 422 before year 1 or 9999 reaches date arithmetic
    start = start or datetime.date(end.year, 1, 1)  # type: ignore[union-attr]
    end = end or datetime.date(start.year, 12, 31)
    if start > end:
        raise HttpError(422, "Till och med-datumet kan inte ligga före från och med-datumet.")
    return Period(start, end)


def _counts(rows: list[Row]) -> list[CountOut]:
    return [CountOut(code=r.code, label=r.label, count=r.count, suppressed=r.suppressed) for r in rows]


@api.get(
    "/situation/{administration_id}",
    response=SituationOut,
    by_alias=True,
    operation_id="situation",
    tags=["lägesbild"],
    summary="Lägesbild för en förvaltning och period",
)
@api_rule("situation.open", object_level=True)
def situation(request: HttpRequest, administration_id: int, query: Query[SituationQuery]) -> dict:
    administration = get_object_or_404(Administration, pk=administration_id)
    check(request.user, "situation.open", administration)
    period = _period(query)
    figures: Figures
    if has_rule(request.user, "situation.view", administration):
        chosen = query.classification or list(DEFAULT_CLASSIFICATIONS)
        filters = Filters(classifications=tuple(c for c in Classification.values if c in chosen))
        figures = exact_figures(administration, period, filters)
    else:
        if not period.is_year:
            raise HttpError(
                422, "Utanför förvaltningen redovisas bara hela kalenderår: från 1 januari till 31 december."
            )
        if query.classification and set(query.classification) != set(DEFAULT_CLASSIFICATIONS):
            raise HttpError(422, "Utanför förvaltningen redovisas bara standardurvalet av bedömningar.")
        if period.start.year > timezone.localdate().year:
            raise HttpError(422, "Året har inte börjat än.")
        released = released_figures(administration, period.start.year)
        if released is None:
            return _unpublished(administration, period)
        figures = released
    by = figures.breakdowns
    release = latest_release(administration, period.start.year) if figures.controlled else None
    return {
        "administration": {"id": administration.pk, "name": administration.name},
        "from": figures.period.start,
        "to": figures.period.end,
        "classifications": list(figures.filters.classifications),
        "disclosure_controlled": figures.controlled,
        "published": True,
        "release": release.number if release else None,
        "unreviewed": figures.unvouched,
        "suppression_threshold": figures.threshold,
        "total": figures.total,
        "total_suppressed": figures.total is None,
        **{f"by_{key}": _counts(by[key]) for key in by},
    }


def _unpublished(administration: Administration, period: Period) -> dict:
    """A year outsiders cannot see yet: no frozen snapshot, so no figures at all."""
    return {
        "administration": {"id": administration.pk, "name": administration.name},
        "from": period.start,
        "to": period.end,
        "classifications": list(DEFAULT_CLASSIFICATIONS),
        "disclosure_controlled": True,
        "published": False,
        "release": None,
        "unreviewed": None,
        "suppression_threshold": None,
        "total": None,
        "total_suppressed": True,
        **{f"by_{key}": [] for key in BREAKDOWNS},
    }
