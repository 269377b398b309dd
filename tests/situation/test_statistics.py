"""Counting: what is counted, in which period, how often, and in how many queries."""

from __future__ import annotations

import datetime

import pytest

from tests.reports.factories import make_report
from varna.reports.constants import Classification, DatePrecision, ReferenceKind, Source
from varna.reports.models import GraffitiCount, ReferenceItem, Report
from varna.situation.figures import exact_figures
from varna.situation.statistics import Filters, Period

pytestmark = pytest.mark.django_db

D = datetime.date


def by(figures, key: str) -> dict[str, int]:
    return {row.code: row.count for row in figures.breakdowns[key] if row.count}


def classify(report: Report, classification: str) -> None:
    Report.objects.filter(pk=report.pk).update(classification=classification)


def test_a_report_with_several_environments_and_types_counts_once_in_each(bromma):
    make_report(
        event_date=D(2024, 5, 2),
        environments=("right_wing", "conspiracy"),
        event_types=("symbols", "threats"),
    )
    figures = exact_figures(bromma, Period.year(2024), Filters())
    assert figures.total == 1
    assert by(figures, "environment") == {"right_wing": 1, "conspiracy": 1}
    assert by(figures, "event_type") == {"symbols": 1, "threats": 1}
    assert by(figures, "age_group") == {"unknown": 1}


def test_a_report_without_environment_counts_as_not_stated(bromma):
    make_report(event_date=D(2024, 5, 2), environments=())
    assert by(exact_figures(bromma, Period.year(2024), Filters()), "environment") == {"none": 1}


def test_the_first_and_the_last_day_belong_to_the_period(bromma):
    for day in (D(2023, 12, 31), D(2024, 1, 1), D(2024, 12, 31), D(2025, 1, 1)):
        make_report(event_date=day)
    assert exact_figures(bromma, Period.year(2024), Filters()).total == 2
    assert exact_figures(bromma, Period(D(2024, 1, 2), D(2024, 12, 30)), Filters()).total == 0


def test_an_event_known_only_to_the_month_counts_on_its_first_day(bromma):
    make_report(event_date=D(2024, 3, 20), date_precision=DatePrecision.MONTH)
    assert exact_figures(bromma, Period(D(2024, 2, 15), D(2024, 3, 1)), Filters()).total == 1
    assert exact_figures(bromma, Period(D(2024, 3, 2), D(2024, 3, 31)), Filters()).total == 0
    # Adjacent periods never count it twice.
    halves = [Period(D(2024, 1, 1), D(2024, 3, 15)), Period(D(2024, 3, 16), D(2024, 12, 31))]
    assert [exact_figures(bromma, p, Filters()).total for p in halves] == [1, 0]


def test_reports_found_not_related_are_left_out_by_default_and_counted_apart(bromma):
    classify(make_report(event_date=D(2024, 2, 1)), Classification.NOT_VBE)
    classify(make_report(event_date=D(2024, 2, 1)), Classification.VBE)
    make_report(event_date=D(2024, 2, 1))  # not yet reviewed: counts
    figures = exact_figures(bromma, Period.year(2024), Filters())
    assert figures.total == 2
    assert figures.excluded == 1
    assert by(figures, "classification") == {"vbe": 1, "unclassified": 1}
    everything = Filters(classifications=tuple(Classification.values))
    assert exact_figures(bromma, Period.year(2024), everything).total == 3


def test_the_status_of_a_report_does_not_matter(bromma):
    report = make_report(event_date=D(2024, 2, 1))
    Report.objects.filter(pk=report.pk).update(status="closed")
    assert exact_figures(bromma, Period.year(2024), Filters()).total == 1


def test_another_administrations_reports_are_not_counted(bromma, farsta):
    make_report(event_date=D(2024, 2, 1), administration="Farsta")
    assert exact_figures(bromma, Period.year(2024), Filters()).total == 0
    assert exact_figures(farsta, Period.year(2024), Filters()).total == 1


def test_graffiti_is_its_own_source_and_counts_under_its_environment(bromma):
    right_wing = ReferenceItem.objects.get(kind=ReferenceKind.ENVIRONMENT, code="right_wing")
    area = bromma.areas.get(name="Blackeberg")
    GraffitiCount.objects.create(
        administration=bromma,
        area=area,
        period_start=D(2024, 1, 1),
        period_end=D(2024, 3, 31),
        count=7,
        environment=right_wing,
    )
    GraffitiCount.objects.create(
        administration=bromma, area=None, period_start=D(2024, 4, 1), period_end=D(2024, 6, 30), count=4
    )
    make_report(event_date=D(2024, 2, 1), source=Source.IA)
    figures = exact_figures(bromma, Period.year(2024), Filters())
    assert figures.total == 1  # graffiti counts are not events
    assert by(figures, "source") == {"ia": 1, "graffiti": 11}
    assert by(figures, "environment") == {"right_wing": 1 + 7}
    assert by(figures, "event_type") == {"graffiti": 1 + 7}
    assert {row.code: row.count for row in figures.graffiti_by_area if row.count} == {
        str(area.pk): 7,
        "none": 4,
    }
    assert figures.graffiti_total == 11
    assert figures.graffiti_with_environment == 7


def test_graffiti_counts_in_full_for_every_period_it_overlaps(bromma):
    GraffitiCount.objects.create(
        administration=bromma, period_start=D(2023, 11, 1), period_end=D(2024, 1, 31), count=5
    )
    assert exact_figures(bromma, Period.year(2023), Filters()).graffiti_total == 5
    assert exact_figures(bromma, Period.year(2024), Filters()).graffiti_total == 5
    assert exact_figures(bromma, Period.year(2022), Filters()).graffiti_total == 0


def test_a_filter_on_setting_leaves_graffiti_out(bromma):
    GraffitiCount.objects.create(
        administration=bromma, period_start=D(2024, 1, 1), period_end=D(2024, 1, 31), count=3
    )
    assert exact_figures(bromma, Period.year(2024), Filters(setting="school")).graffiti_total == 0


def test_a_filter_on_one_environment_still_shows_the_other_environments_of_those_reports(bromma):
    make_report(event_date=D(2024, 5, 2), environments=("right_wing", "conspiracy"))
    make_report(event_date=D(2024, 5, 3), environments=("islamist",))
    figures = exact_figures(bromma, Period.year(2024), Filters(environment="right_wing"))
    assert figures.total == 1
    assert by(figures, "environment") == {"right_wing": 1, "conspiracy": 1}


def test_filters_on_type_area_setting_age_and_source_narrow_the_count(bromma):
    area = bromma.areas.get(name="Alvik")
    school = ReferenceItem.objects.get(kind=ReferenceKind.SETTING, code="school")
    make_report(
        event_date=D(2024, 5, 2), event_types=("threats",), area=area, setting=school, age_group="under_18"
    )
    make_report(event_date=D(2024, 5, 2), source=Source.POLICE)
    period = Period.year(2024)
    assert exact_figures(bromma, period, Filters(event_type="threats")).total == 1
    assert exact_figures(bromma, period, Filters(area=area.pk)).total == 1
    assert exact_figures(bromma, period, Filters(setting="school")).total == 1
    assert exact_figures(bromma, period, Filters(age_group="under_18")).total == 1
    assert exact_figures(bromma, period, Filters(source="police")).total == 1
    assert exact_figures(bromma, period, Filters(source="graffiti")).total == 0


def test_the_trend_compares_the_same_period_in_earlier_years(bromma):
    make_report(event_date=D(2021, 9, 1), environments=("islamist",))
    make_report(event_date=D(2023, 9, 1))
    make_report(event_date=D(2023, 10, 1))
    make_report(event_date=D(2024, 2, 1))
    figures = exact_figures(bromma, Period(D(2023, 8, 1), D(2024, 2, 29)), Filters())
    trend = figures.trend
    assert [p.start for p in trend.periods] == [D(y, 8, 1) for y in (2019, 2020, 2021, 2022, 2023)]
    assert trend.periods[2].end == D(2022, 2, 28)  # 29 February in a common year
    assert trend.totals == [0, 0, 1, 0, 3]
    environments = {code: counts for code, _label, counts in trend.environments}
    assert environments["right_wing"] == [0, 0, 0, 0, 3]
    assert environments["islamist"] == [0, 0, 1, 0, 0]


def test_a_two_year_period_is_compared_with_the_two_years_before(bromma):
    periods = Period(D(2023, 1, 1), D(2024, 12, 31)).with_earlier(2)
    assert [(p.start.year, p.end.year) for p in periods] == [(2019, 2020), (2021, 2022), (2023, 2024)]


def test_the_number_of_queries_does_not_grow_with_the_number_of_reports(
    bromma, django_assert_max_num_queries
):
    make_report(event_date=D(2024, 2, 1))
    # A fixed number: the breakdowns, the trend, and the year's survey, training and support log.
    with django_assert_max_num_queries(40) as few:
        exact_figures(bromma, Period.year(2024), Filters())
    for day in range(1, 29):
        make_report(
            event_date=D(2024, 2, day), environments=("right_wing", "islamist"), event_types=("threats",)
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        exact_figures(bromma, Period.year(2024), Filters())
