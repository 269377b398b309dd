"""The yearly summaries give exactly the live counts, whatever path changed the reports."""

from __future__ import annotations

import datetime

import pytest

from tests.reports.factories import items, make_report
from varna.organisation.models import Area
from varna.reports.models import Report
from varna.situation.statistics import BREAKDOWNS, Filters, Period, _count_reports, count, reference_items
from varna.situation.summary import YearSummary

pytestmark = pytest.mark.django_db

D = datetime.date


def live_and_summarised(administration_ids):
    refs = reference_items()
    period = Period.year(2024)
    live = _count_reports(period, Filters(), administration_ids, tuple(BREAKDOWNS), refs, True)
    summarised = count(period, Filters(), administration_ids, items=refs)
    assert YearSummary.objects.filter(year=2024).exists()
    return live, summarised


def assert_same(administration_ids):
    live, summarised = live_and_summarised(administration_ids)
    assert summarised.totals == live.totals
    for key in BREAKDOWNS:
        assert {k: n for k, n in summarised.by[key].items() if n} == {
            k: n for k, n in live.by[key].items() if n
        }


def test_summaries_follow_every_kind_of_change(bromma, farsta):
    ids = [bromma.pk, farsta.pk]
    alvik = Area.objects.get(administration=bromma, name="Alvik")
    first = make_report(event_date=D(2024, 3, 1), area=alvik)
    make_report(event_date=D(2024, 3, 2), area=alvik, environments=())
    make_report(event_date=D(2024, 5, 1), administration="Farsta", environments=("islamist",))
    assert_same(ids)
    Report.objects.filter(pk=first.pk).update(classification="not_vbe")  # no signals, no save()
    assert_same(ids)
    first.environments.add(*items("environment", "islamist"))
    first.event_types.set(items("event_type", "threats"))
    assert_same(ids)
    Report.objects.filter(pk=first.pk).update(classification="vbe", event_date=D(2023, 12, 31))
    assert_same(ids)
    make_report(event_date=D(2024, 7, 1), area=alvik).delete()
    Report.objects.filter(administration=farsta).update(area=None)
    assert_same(ids)


def test_a_summary_is_counted_again_only_when_its_administration_year_changed(bromma, farsta):
    make_report(event_date=D(2024, 3, 1))
    make_report(event_date=D(2024, 3, 1), administration="Farsta")
    count(Period.year(2024), Filters(), [bromma.pk, farsta.pk])
    before = dict(YearSummary.objects.values_list("administration_id", "computed_at"))
    make_report(event_date=D(2024, 4, 1))
    result = count(Period.year(2024), Filters(), [bromma.pk, farsta.pk])
    after = dict(YearSummary.objects.values_list("administration_id", "computed_at"))
    assert after[farsta.pk] == before[farsta.pk]
    assert after[bromma.pk] != before[bromma.pk]
    assert result.totals == {bromma.pk: 2, farsta.pk: 1}
