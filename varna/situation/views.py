"""The situation-picture pages: one administration (exact or disclosure-controlled) and the city."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.reports.constants import Classification
from varna.situation.charts import bar_chart
from varna.situation.city import CityPicture, CityTable, threshold
from varna.situation.figures import Figures, exact_figures
from varna.situation.forms import SituationForm, YearForm
from varna.situation.maps import choropleth_for
from varna.situation.releases import city_picture, released_figures
from varna.situation.snapshots import latest_snapshots
from varna.situation.statistics import Row, areas_of, choices_for_filters
from varna.situation.warnings import MIN_EVENTS, alerts_for


@requires("situation.open", load=administration_from)
def situation(request: HttpRequest, administration: Administration) -> HttpResponse:
    exact = has_rule(request.user, "situation.view", administration)
    figures: Figures | None = None
    form: SituationForm | YearForm
    unpublished = False
    if exact:
        form = SituationForm(request.GET, areas=areas_of(administration), reference=choices_for_filters())
        if form.is_valid():
            figures = exact_figures(administration, form.period, form.filters)
    else:
        # Outside the administration a year is seen only through its latest release (ADR 0006).
        form = YearForm(request.GET)
        if form.is_valid():
            figures = released_figures(administration, form.year)
            unpublished = figures is None
    context: dict[str, Any] = {
        "administration": administration,
        "form": form,
        "exact": exact,
        "figures": figures,
        "unpublished": unpublished,
        "threshold": threshold(),
        "city": has_rule(request.user, "situation.view_city"),
        # Early warnings (coordinators only) and the map of the areas: warnings.py, maps.py.
        "warnings": alerts_for(administration) if exact else [],
        "min_events": MIN_EVENTS,
        "area_map": choropleth_for(administration, figures),
    }
    if figures is not None:
        context.update(_sections(figures))
        context["years"] = _year_links(request, figures)
    # The page with the form's Swedish errors, as a 400: a year or period Värna does not hold.
    return render(request, "situation/situation.html", context, status=200 if form.is_valid() else 400)


def _sections(figures: Figures) -> dict[str, Any]:
    period = figures.period.label
    sections = [
        {
            "key": key,
            "title": title,
            "rows": rows,
            "chart": bar_chart(
                f"chart-{key}", _("%(what)s, %(period)s: antal") % {"what": title, "period": period}, rows
            ),
        }
        for key, title, rows in figures.titled_breakdowns
    ]
    trend_rows = figures.trend.total_rows()
    return {
        "sections": sections,
        "graffiti_chart": bar_chart(
            "chart-graffiti",
            _("Klotter per område, %(period)s: antal") % {"period": period},
            figures.graffiti_by_area,
        ),
        "trend_chart": bar_chart("chart-trend", _("Antal händelser per period"), trend_rows),
        "trend_rows": trend_rows,
        "counted": [
            label for value, label in Classification.choices if value in figures.filters.classifications
        ],
        "not_counted": [
            label
            for value, label in Classification.choices
            if value in figures.filters.excluded_classifications
        ],
    }


def _year_links(request: HttpRequest, figures: Figures) -> dict[str, str | None]:
    """Links to the year before and after, keeping the filters."""
    if not figures.period.is_year:
        return {}
    year = figures.period.start.year

    def link(to_year: int) -> str | None:
        if to_year > timezone.localdate().year:
            return None
        query = request.GET.copy()
        for name in ("from", "to"):
            query.pop(name, None)
        query["ar"] = str(to_year)
        return "?" + query.urlencode()

    return {
        "previous": link(year - 1),
        "next": link(year + 1),
        "previous_year": str(year - 1),
        "next_year": str(year + 1),
    }


@requires("situation.view_city")
def situation_city(request: HttpRequest) -> HttpResponse:
    form = YearForm(request.GET)
    picture = city_picture(form.year) if form.is_valid() else None
    context: dict[str, Any] = {"form": form, "picture": picture, "threshold": threshold()}
    if picture is not None:
        context.update(_city_sections(picture))
    return render(request, "situation/city.html", context, status=200 if form.is_valid() else 400)


def _city_sections(picture: CityPicture) -> dict[str, Any]:
    period = picture.period.label
    totals = [
        Row(str(a.pk), a.name, picture.totals[a.pk], picture.totals[a.pk] is None)
        for a in picture.administrations
    ]
    frozen = latest_snapshots(picture.period.start.year)  # which administrations froze the year
    return {
        "totals_chart": bar_chart(
            "chart-totals", _("Händelser per förvaltning, %(period)s") % {"period": period}, totals
        ),
        "administration_rows": [
            {
                "administration": a,
                "trend": list(
                    zip(
                        picture.trend_totals.get(a.pk, []), picture.trend_published.get(a.pk, []), strict=True
                    )
                ),
                "graffiti": picture.graffiti[a.pk],
                "snapshot": frozen.get(a.pk),
            }
            for a in picture.administrations
        ],
        "tables": [
            {"table": table, "chart": _city_chart(table, period)} for table in picture.tables.values()
        ],
    }


def _city_chart(table: CityTable, period: str) -> Any:
    rows = [
        Row(code, label, total, total is None)
        for (code, label), total in zip(table.columns, table.column_totals, strict=True)
    ]
    title = _("%(what)s, hela staden %(period)s: antal") % {"what": table.title, "period": period}
    return bar_chart(f"chart-city-{table.key}", title, rows)
