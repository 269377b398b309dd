"""`refresh_situation_summaries` stores every administration-year before anyone asks."""

from __future__ import annotations

import datetime

from django.core.management import call_command

from tests.reports.factories import make_report
from varna.situation.summary import YearSummary


def test_the_command_stores_a_summary_for_every_administration_and_year(demo):
    make_report(event_date=datetime.date(2023, 5, 1))
    make_report(event_date=datetime.date(2024, 5, 1))
    assert not YearSummary.objects.exists()
    call_command("refresh_situation_summaries")
    assert set(YearSummary.objects.values_list("year", flat=True)) == {2023, 2024}
    call_command("refresh_situation_summaries")  # counts nothing again
    assert YearSummary.objects.filter(year=2023).count() == YearSummary.objects.filter(year=2024).count()
