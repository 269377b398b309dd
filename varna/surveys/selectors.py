"""Reads: the rounds a person sees, response rates, and the survey's part in the situation picture."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import (
    administration_ids_with_role,
    has_rule,
    is_central_coordinator,
    is_system_admin,
)
from varna.situation.statistics import Row
from varna.surveys import default_template as codes
from varna.surveys.constants import MIN_UNITS_FOR_RESULTS, RoundStatus
from varna.surveys.models import Answer, Recipient, Round


def rounds_visible_to(user: Any) -> QuerySet[Round]:
    """Coordinators: their administrations' rounds; central coordinator and admin: all (results
    only above the threshold, see the rule surveys.view_results)."""
    rounds = Round.objects.select_related("administration", "template")
    if is_central_coordinator(user) or is_system_admin(user):
        return rounds
    return rounds.filter(administration_id__in=administration_ids_with_role(user, Role.COORDINATOR))


@dataclass(frozen=True)
class Rate:
    label: str
    answered: int
    invited: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.invited) if self.invited else 0


def response_rate(survey_round: Round) -> Rate:
    recipients = survey_round.recipients.all()
    return Rate(str(survey_round), recipients.filter(has_answered=True).count(), recipients.count())


def results_controlled(user: Any, survey_round: Round) -> bool:
    """Whether the user sees the round's results under the three-unit rule: always in an
    anonymous round, and for a named round outside its administration."""
    return survey_round.anonymous or not has_rule(user, "surveys.manage_round", survey_round)


def response_rate_by_department(survey_round: Round, *, controlled: bool = False) -> list[Rate]:
    """Response rates per department. Controlled, they are shown only if every department (and
    the recipients without one) has answers from at least three invited units, otherwise none:
    a single hidden department could be worked out from the total."""
    invited: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    units: dict[str, set[int]] = {}
    rows = Recipient.objects.filter(round=survey_round).values_list(
        "unit__department__name", "has_answered", "counts", "unit_id"
    )
    for department, has_answered, counts, unit_id in rows:
        name = department or _("Utan avdelning")
        invited[name] += 1
        answered[name] += int(has_answered)
        units.setdefault(name, set())
        if has_answered and counts and unit_id:
            units[name].add(unit_id)
    if controlled and any(len(found) < MIN_UNITS_FOR_RESULTS for found in units.values()):
        return []
    return [Rate(name, answered[name], invited[name]) for name in sorted(invited)]


# --- The situation picture -------------------------------------------------------------------


@dataclass
class KeyFigure:
    label: str
    value: str


@dataclass
class SurveySummary:
    """What the administration's situation picture shows of the year's survey."""

    round: Round
    rate: Rate
    shown: bool  # False: an anonymous round below the threshold shows only its response rate
    threshold: int = MIN_UNITS_FOR_RESULTS
    units_observed: int = 0  # units that answered yes to part 1's first question
    events_reported: int = 0  # the sum of "about how many events"
    environments: list[Row] = field(default_factory=list)
    event_types: list[Row] = field(default_factory=list)
    key_figures: list[KeyFigure] = field(default_factory=list)


def _choice_counts(answers: list[Answer], code: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for answer in answers:
        if answer.question.code == code:
            counts.update(set(answer.choices))
    return counts


def _share(count: int, total: int) -> str:
    return f"{count} av {total} ({round(100 * count / total) if total else 0} %)"


def survey_summary_for_situation(
    *, administration: Administration, year: int, controlled: bool = True
) -> SurveySummary | None:
    """The administration's survey round for the year (the newest, closed rounds first), or None.

    In an anonymous round, or `controlled` (the default, so that forgetting it leaks nothing; pass
    False only for the administration's coordinators), results show only if the round passes the
    threshold, and a figure only if at least three invited units answered its question.
    """
    from varna.surveys.results import counted_units_per_question, reference_rows

    rounds = Round.objects.filter(administration=administration, year=year).select_related(
        "administration", "template"
    )
    survey_round = (
        rounds.filter(status=RoundStatus.CLOSED).order_by("-closed_at").first()
        or rounds.order_by("-opened_at").first()
    )
    if survey_round is None:
        return None
    shown = survey_round.passes_threshold() if controlled else survey_round.results_shown
    summary = SurveySummary(round=survey_round, rate=response_rate(survey_round), shown=shown)
    if not summary.shown:
        return summary
    answers = list(Answer.objects.filter(response__round=survey_round).select_related("question"))
    gated = controlled or survey_round.anonymous
    units = counted_units_per_question(survey_round) if gated else {}
    by_code = {q.code: q.pk for q in survey_round.template.questions()}

    def may_show(code: str) -> bool:
        return not gated or units.get(by_code.get(code, -1), 0) >= MIN_UNITS_FOR_RESULTS

    def of(code: str) -> list[Answer]:
        return [a for a in answers if a.question.code == code] if may_show(code) else []

    total = survey_round.responses.count()
    summary.units_observed = _choice_counts(of(codes.OBSERVED), codes.OBSERVED)["yes"]
    summary.events_reported = sum(a.number or 0 for a in of(codes.EVENT_COUNT))
    if may_show(codes.ENVIRONMENTS):
        summary.environments = reference_rows(answers, codes.ENVIRONMENTS, "environment")
    if may_show(codes.EVENT_TYPES):
        summary.event_types = reference_rows(answers, codes.EVENT_TYPES, "event_type")
    knowledge = [a.number for a in of(codes.KNOWLEDGE) if a.number is not None]
    figures = []
    if knowledge:
        mean = sum(knowledge) / len(knowledge)
        figures.append(
            KeyFigure(_("Kunskapsnivå bland medarbetarna, medelvärde (1–5)"), f"{mean:.1f}".replace(".", ","))
        )
    for code, label in (
        (codes.ROUTINE, _("Medarbetarna känner till rutinen vid oro eller händelse")),
        (codes.FORM, _("Känner till blanketten för avidentifierad information")),
        (codes.COORDINATOR, _("Känner till förvaltningens samordnare")),
        (codes.TRAINING_NEEDED, _("Behöver mer utbildning")),
    ):
        counts = _choice_counts(of(code), code)
        if counts:
            figures.append(KeyFigure(label, _share(counts["yes"], total)))
    cooperation_answers = of(codes.COOPERATION)
    cooperation = _choice_counts(cooperation_answers, codes.COOPERATION)
    if cooperation:
        labels = dict(cooperation_answers[0].question.options())
        top = ", ".join(f"{labels.get(c, c).lower()} ({n})" for c, n in cooperation.most_common(3))
        figures.append(KeyFigure(_("Vill främst samverka med"), top))
    summary.key_figures = figures
    return summary
