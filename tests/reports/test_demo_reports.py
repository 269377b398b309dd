"""The demo reports carry the seed documents' figures and can be loaded twice."""

from __future__ import annotations

import pytest
from django.db.models import Count

from varna.reports.demo import load_demo_reports
from varna.reports.models import Report

pytestmark = pytest.mark.django_db


def test_hagersten_liljeholmen_2018_has_the_five_events_of_the_seed(demo):
    load_demo_reports()
    reports = Report.objects.filter(administration__name="Hägersten-Liljeholmen", event_date__year=2018)
    by_environment = dict(
        reports.values_list("environments__code")
        .annotate(n=Count("pk"))
        .values_list("environments__code", "n")
    )
    assert by_environment == {"right_wing": 4, "islamist": 1}
    right_wing = reports.filter(environments__code="right_wing")
    assert right_wing.filter(event_types__code="graffiti").count() == 2
    assert right_wing.filter(event_types__code="expressed_views").count() == 2


def test_loading_the_demo_reports_again_adds_nothing(demo):
    load_demo_reports()
    count = Report.objects.count()
    assert load_demo_reports() == 0
    assert Report.objects.count() == count
