"""GET /api/v1/situation/{administration_id}/snapshots: an administration's frozen situation pictures.

Who may open the administration's picture ("situation.open") may list them; outsiders see each
year's latest only (its release, ADR 0006). The figures are read on the snapshot's page or in its
exports, exact inside the administration, controlled for others.
No `from __future__ import annotations` in API modules: django-ninja reads the annotations.
"""

import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Schema

from varna.api.api import api
from varna.organisation.access import api_rule, check
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.situation.snapshots import snapshots_of


class SituationSnapshotOut(Schema):
    id: int
    year: int
    number: int
    period_start: datetime.date
    period_end: datetime.date
    frozen_at: datetime.datetime
    frozen_by: str


@api.get(
    "/situation/{administration_id}/snapshots",
    response=list[SituationSnapshotOut],
    operation_id="situation_snapshots",
    tags=["lägesbild"],
    summary="Fastställda lägesbilder för en förvaltning",
)
@api_rule("situation.open", object_level=True)
def situation_snapshots(request: HttpRequest, administration_id: int) -> list[dict]:
    administration = get_object_or_404(Administration, pk=administration_id)
    check(request.user, "situation.open", administration)
    snapshots = list(snapshots_of(administration))
    if not has_rule(request.user, "situation.view", administration):
        # Outsiders see each year's latest snapshot only: its release (ADR 0006).
        snapshots = [s for i, s in enumerate(snapshots) if i == 0 or snapshots[i - 1].year != s.year]
    return [
        {
            "id": s.pk,
            "year": s.year,
            "number": s.number,
            "period_start": s.period_start,
            "period_end": s.period_end,
            "frozen_at": s.frozen_at,
            "frozen_by": s.frozen_by_name,
        }
        for s in snapshots
    ]
