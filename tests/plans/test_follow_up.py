"""Follow-up at T1, T2 and VB: recording, how activities stand, the report and the overview."""

from __future__ import annotations

import datetime

import pytest

from tests.plans.factories import activity
from varna.organisation.models import Administration
from varna.plans import selectors, services
from varna.plans.constants import Progress


def test_a_follow_up_is_recorded_once_per_occasion_and_can_be_corrected(adopted_plan, user):
    actor = user("samordnare.bromma")
    training = activity(adopted_plan, "Alla medarbetare")
    first = services.record_follow_up(
        activity=training, occasion="T1", status="ongoing", actor=actor, indicator_value="410 av 520"
    )
    again = services.record_follow_up(
        activity=training, occasion="T1", status="ongoing", actor=actor, indicator_value="430 av 520"
    )
    assert first.pk == again.pk and again.indicator_value == "430 av 520"
    assert training.follow_ups.count() == 1


def test_a_draft_is_not_followed_up(draft_plan, user):
    with pytest.raises(services.PlanStateError, match="antagen"):
        services.record_follow_up(
            activity=draft_plan.activities.first(),
            occasion="T1",
            status="done",
            actor=user("samordnare.bromma"),
        )


def test_a_comment_with_a_phone_number_is_refused(adopted_plan, user):
    from varna.lib.personal_data import PersonalDataError

    with pytest.raises(PersonalDataError):
        services.record_follow_up(
            activity=adopted_plan.activities.first(),
            occasion="T1",
            status="done",
            actor=user("samordnare.bromma"),
            comment="Ring rektorn på 070-123 45 67.",
        )


def test_an_activity_past_its_end_date_and_not_done_is_late(adopted_plan, user):
    actor = user("samordnare.bromma")
    lecture = activity(adopted_plan, "Föreläsning")  # 1 February – 31 March
    services.record_follow_up(activity=lecture, occasion="T1", status="ongoing", actor=actor)
    lecture = selectors.activities_of(adopted_plan).get(pk=lecture.pk)
    assert selectors.progress(lecture, "T1", 2024, today=datetime.date(2024, 5, 2))[0] == Progress.LATE
    assert selectors.progress(lecture, "T1", 2024, today=datetime.date(2024, 3, 1))[0] == Progress.ONGOING


def test_the_report_counts_each_activity_followed_up_at_the_occasion(adopted_plan, user):
    actor = user("samordnare.bromma")
    services.record_follow_up(
        activity=activity(adopted_plan, "Demokrati"), occasion="T1", status="done", actor=actor
    )
    services.record_follow_up(
        activity=activity(adopted_plan, "Alla"), occasion="T1", status="ongoing", actor=actor
    )
    report = selectors.follow_up_report(adopted_plan, "T1", today=datetime.date(2024, 5, 2))
    assert report.total == 3  # the network activity is followed up in VB only
    assert report.counts[Progress.DONE] == 1
    assert report.counts[Progress.ONGOING] == 1
    assert report.counts[Progress.NOT_REPORTED] == 1
    assert [label for label, _rows in report.groups] == [
        "Förebyggande arbete – universell nivå",
        "Kompetenshöjande insatser",
    ]


def test_the_overview_shows_every_administration_and_filters(adopted_plan, user):
    actor = user("samordnare.bromma")
    services.record_follow_up(
        activity=activity(adopted_plan, "Föreläsning"), occasion="T1", status="ongoing", actor=actor
    )
    everyone = Administration.objects.order_by("name")
    rows = selectors.overview(
        year=2024, occasion="T1", administrations=everyone, today=datetime.date(2024, 5, 2)
    )
    assert len(rows) == everyone.count()
    bromma = next(row for row in rows if row.administration.name == "Bromma")
    assert bromma.plan == adopted_plan
    assert bromma.report.counts[Progress.LATE] == 1 and bromma.report.counts[Progress.NOT_REPORTED] == 2
    attention = selectors.overview(
        year=2024, occasion="T1", administrations=everyone, attention=True, today=datetime.date(2024, 5, 2)
    )
    assert [row.administration.name for row in attention] == ["Bromma"]
    without = selectors.overview(year=2024, occasion="T1", administrations=everyone, status="none")
    assert (
        "Bromma" not in [row.administration.name for row in without] and len(without) == everyone.count() - 1
    )


def test_the_responsible_user_sees_their_activities_in_plans_in_force(adopted_plan, draft_plan, user):
    enhetschef = user("enhetschef")
    training = activity(adopted_plan, "Alla medarbetare")
    training.responsible_user = enhetschef
    training.save()
    assert list(selectors.activities_responsible(enhetschef)) == [training]
    services.create_new_version(
        plan=adopted_plan, actor=user("samordnare.bromma")
    )  # a draft: not yet in force
    assert list(selectors.activities_responsible(enhetschef)) == [training]


def test_next_years_plan_shows_last_years_status(adopted_plan, user):
    actor = user("samordnare.bromma")
    services.record_follow_up(
        activity=activity(adopted_plan, "Demokrati"),
        occasion="VB",
        status="done",
        actor=actor,
        comment="Alla klasser.",
    )
    nxt = services.create_next_year_plan(plan=adopted_plan, actor=actor)
    rows = {a.description[:9]: (status, comment) for a, status, comment in selectors.previous_year_rows(nxt)}
    assert rows["Demokrati"] == ("Genomförd (VB)", "Alla klasser.")
    assert rows["Föreläsni"] == ("Ej rapporterad", "")
