"""The support log's measured plan indicators (varna/plans/indicators.py): the consultations and
the share of requests contacted within 24 hours, from 1 January to the day measured.

Plan follow-ups go to the committee, outside the administration: small counts are not shown
(the threshold of the situation picture, ADR 0003).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.plans import indicators as plan_indicators
from varna.situation.city import threshold
from varna.situation.disclosure import is_small
from varna.support.statistics import Period, exact_statistics

KEY = "support"
CONSULTATIONS = "support:consultations"
SHARE_24H = "support:share_24h"
LABEL = gettext_lazy("Stöd i enskilda ärenden")


def choices(administration: Any) -> list[tuple[str, str]]:
    return [
        (CONSULTATIONS, _("Antal konsultationer i enskilda ärenden")),
        (SHARE_24H, _("Andel begäran med första kontakt inom 24 timmar")),
    ]


def value(key: str, administration: Any, on_date: datetime.date) -> str:
    if key not in (CONSULTATIONS, SHARE_24H):
        return ""
    limit = threshold()
    figures = exact_statistics(administration, Period(datetime.date(on_date.year, 1, 1), on_date))
    if key == CONSULTATIONS:
        n = figures.consultations or 0
        if is_small(n, limit):
            return _("färre än %(threshold)d") % {"threshold": limit}
        return str(n)
    routine = figures.routine
    decided = (routine.in_time or 0) + (routine.late or 0) + (routine.overdue or 0)
    in_time = routine.in_time or 0
    if decided == 0:
        return _("inga begäran med känt utfall")
    if is_small(decided, limit) or is_small(in_time, limit) or is_small(decided - in_time, limit):
        return _("för få begäran för att visa andelen (färre än %(threshold)d)") % {"threshold": limit}
    return _("%(in_time)d av %(decided)d = %(percent)d %%") % {
        "in_time": in_time,
        "decided": decided,
        "percent": round(100 * in_time / decided),
    }


def register() -> None:
    plan_indicators.register(key=KEY, label=LABEL, choices=choices, value=value)
