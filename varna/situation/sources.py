"""The other sources of a situation picture: the year's survey, training completion and the
support log, read from their apps (ARCHITECTURE.md: situation reads surveys, training, support).

They are yearly, so they appear for a period within one calendar year. Seen from outside the
administration, the support log is disclosure-controlled and a survey shows its results only
once enough units have answered; training completion is about staff, not about the reports.
A frozen snapshot keeps them as plain key figures (`key_figures`), the same for every reader.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from varna.organisation.models import Administration
from varna.situation.statistics import Period
from varna.support.selectors import SupportSummary, support_summary_for_situation
from varna.surveys.selectors import SurveySummary, survey_summary_for_situation
from varna.training.selectors import TrainingSummary, training_summary_for_situation


@dataclass(frozen=True)
class OtherSources:
    survey: SurveySummary | None = None
    training: TrainingSummary | None = None
    support: SupportSummary | None = None


def other_sources(administration: Administration, period: Period, *, controlled: bool) -> OtherSources:
    if period.start.year != period.end.year:
        return OtherSources()
    year = period.start.year
    survey = survey_summary_for_situation(administration=administration, year=year, controlled=controlled)
    if survey is not None and controlled and not survey.round.passes_threshold():
        # A named round answered by one or two units would point them out.
        survey = dataclasses.replace(survey, shown=False)
    return OtherSources(
        survey=survey,
        training=training_summary_for_situation(administration=administration, year=year),
        support=support_summary_for_situation(
            administration=administration, year=year, controlled=controlled
        ),
    )


def _count(value: int | None, threshold: int | None) -> str:
    return _("färre än %(n)s") % {"n": threshold} if value is None else str(value)


def key_figures(sources: OtherSources) -> list[dict[str, Any]]:
    """The sources as titled lists of (label, value) rows: for snapshots and documents."""
    sections = []
    if survey := sources.survey:
        rows = [
            [_("Svarsfrekvens"), f"{survey.rate.answered} av {survey.rate.invited} ({survey.rate.percent} %)"]
        ]
        if survey.shown:
            rows.append([_("Enheter som uppmärksammat händelser"), str(survey.units_observed)])
            rows += [[row.label, str(row.count)] for row in survey.environments]
            rows += [[figure.label, figure.value] for figure in survey.key_figures]
        sections.append({"title": _("Enkät %(year)s") % {"year": survey.round.year}, "rows": rows})
    if training := sources.training:
        rows = [[item.course.name, item.share.text] for item in training.courses]
        if training.events:
            rows.append(
                [_("Workshoppar och föreläsningar"), _("%(n)s med %(people)s deltagare")
                 % {"n": training.events, "people": training.attendance}]
            )  # fmt: skip
        sections.append({"title": _("Utbildning %(year)s") % {"year": training.year}, "rows": rows})
    if support := sources.support:
        routine = support.routine
        share = support.share_percent
        rows = [
            [_("Konsultationer i enskilda ärenden"), _count(support.consultations, support.threshold)],
            *[[row.label, _count(row.count, support.threshold)] for row in support.by_subject],
            [_("Begäran om första kontakt"), _count(routine.requests, support.threshold)],
            [_("Andel med första kontakt inom 24 timmar"), "–" if share is None else f"{share} %"],
        ]
        sections.append(
            {"title": _("Stöd i enskilda ärenden %(year)s") % {"year": support.year}, "rows": rows}
        )
    return sections


def snapshot_extra(administration: Administration, period: Period) -> dict[str, Any] | None:
    """For services.EXTRA_SECTIONS: what a frozen picture keeps, safe for every reader."""
    sections = key_figures(other_sources(administration, period, controlled=True))
    return {"sections": sections} if sections else None
