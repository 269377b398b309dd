"""The situation page's links to the written sections, the frozen snapshots and the downloads."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import QueryDict
from django.urls import reverse

from varna.organisation.permissions import has_rule
from varna.situation.exports import table_keys
from varna.situation.snapshots import draft_of, plan_snapshot, plan_tables, snapshots_of
from varna.situation.text_checks import small_numbers_in

register = template.Library()


@register.inclusion_tag("situation/_snapshot_links.html", takes_context=True)
def situation_downloads(context: Any) -> dict[str, Any]:
    """For situation.html: needs `request`, `administration`, `figures` and `exact` in the context."""
    request, administration, figures = context["request"], context["administration"], context["figures"]
    exact = context.get("exact", False)
    query = request.GET.copy()
    query.pop("publicering", None)
    query.pop("tabell", None)
    year = figures.period.start.year if figures.period.is_year else None
    publication = QueryDict(mutable=True)
    if year is not None:
        publication.update({"ar": str(year), "publicering": "1"})
    can_edit = has_rule(request.user, "situation.edit", administration)
    draft = draft_of(administration, year) if can_edit and year is not None else None
    return {
        "administration": administration,
        "figures": figures,
        "exact": exact,
        "can_edit": can_edit,
        "year": year,
        "draft": draft,
        # Before an export marked for publication: a warning about small numbers in the text.
        "small_numbers": small_numbers_in(draft.mapping, draft.analysis) if draft else [],
        "threshold": context.get("threshold"),
        "snapshot_count": snapshots_of(administration).count(),
        "base": reverse("situation_export", args=[administration.pk, "x"])[: -len("x/")],
        "query": query.urlencode(),
        "publication_query": publication.urlencode(),
        "publishable": year is not None,
        "tables": table_keys(figures),
    }


@register.inclusion_tag("situation/_plan_tables.html", takes_context=True)
def situation_plan_tables(context: Any, section: Any) -> dict[str, Any]:
    """For a plan's situation section: the chosen snapshot's main tables, exact for readers
    inside the administration, disclosure-controlled for everyone else (ADR 0006)."""
    snapshot = plan_snapshot(section.situation_snapshot_id, section.plan.administration_id)
    if snapshot is None:
        return {"snapshot": None}
    exact = has_rule(context["request"].user, "situation.view", snapshot.administration)
    return {
        "snapshot": snapshot,
        "tables": plan_tables(snapshot, exact=exact),
        "section": section,
        "exact": exact,
    }
