"""The scale bench's generator, at a tiny size: it produces what the bench measures."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from varna.organisation.models import Administration, User
from varna.reports.models import GraffitiCount, Report
from varna.situation.services import freeze_situation

pytestmark = pytest.mark.django_db

BENCH = Path(__file__).resolve().parents[2] / "bench" / "situation_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("situation_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["situation_bench"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_generator_fills_every_breakdown_over_ten_years(bench, db):
    organisation = bench.set_up_organisation(administrations=4, areas=3)
    bench.add_reports(organisation, 600)
    bench.add_reports(organisation, 400)  # the sizes are reached by adding
    reports = Report.objects.filter(administration_id__in=organisation.administrations)
    assert reports.count() == 1000
    assert reports.values("reference").distinct().count() == 1000
    years = set(reports.values_list("event_date__year", flat=True))
    assert years == set(range(organisation.first_year, organisation.last_year + 1))
    assert max(reports.values_list("event_date", flat=True)) <= datetime.date.today()
    per_administration = [reports.filter(administration_id=pk).count() for pk in organisation.administrations]
    assert per_administration[0] > per_administration[-1] > 0  # the first is the largest
    for field in ("area", "setting", "environments", "event_types"):
        assert reports.filter(**{f"{field}__isnull": False}).exists()
        assert reports.filter(**{f"{field}__isnull": True}).exists()
    assert set(reports.values_list("classification", flat=True)) == {
        "vbe",
        "unclear",
        "unclassified",
        "not_vbe",
    }
    assert set(reports.values_list("source", flat=True)) == {"report", "ia", "police", "other"}
    assert len(set(reports.values_list("age_group", flat=True))) == 4
    for report in reports.filter(area__isnull=False)[:50]:
        assert report.area.administration_id == report.administration_id
    assert (
        GraffitiCount.objects.filter(administration_id__in=organisation.administrations).count()
        == 4 * 3 * 4 * 10
    )


def test_the_generator_is_deterministic(bench):
    organisation = bench.Organisation(
        administrations=[1, 2],
        weights=[2.0, 0.2],
        areas={1: [10], 2: [20]},
        environments={"right_wing": 5, "islamist": 6},
        event_types={"graffiti": 7, "threats": 8, "symbols": 9},
        settings={"school": 11},
        first_year=2016,
        last_year=2025,
    )
    first = list(bench.report_rows(organisation, 20, 1))
    assert first == list(bench.report_rows(organisation, 20, 1))
    assert first != list(bench.report_rows(organisation, 20, 21))


def test_the_pages_the_bench_times_answer_for_its_users(bench, db):
    organisation = bench.set_up_organisation(administrations=3, areas=2)
    bench.add_reports(organisation, 300)
    year = organisation.measured_year
    coordinator, central = Client(), Client()
    coordinator.force_login(User.objects.get(username=bench.COORDINATOR))
    central.force_login(User.objects.get(username=bench.CENTRAL))
    page = reverse("situation", args=[organisation.measured])
    exact = coordinator.get(page, {"ar": year})
    assert exact.status_code == 200 and exact.context["figures"].controlled is False
    total = Report.objects.filter(
        administration_id=organisation.measured,
        event_date__year=year,
        classification__in=("vbe", "unclear", "unclassified"),
    ).count()
    assert exact.context["figures"].total == total
    # Outsiders see the year only once it is frozen, and then the release (ADR 0006).
    assert central.get(page, {"ar": year}).context["figures"] is None
    freeze_situation(
        administration=Administration.objects.get(pk=organisation.measured),
        year=int(year),
        actor=User.objects.get(username=bench.COORDINATOR),
    )
    assert central.get(page, {"ar": year}).context["figures"].controlled is True
    city = central.get(reverse("situation_city"), {"ar": year})
    assert city.status_code == 200
    assert {a.pk for a in city.context["picture"].administrations} >= set(organisation.administrations)
    assert Administration.objects.filter(pk=organisation.measured).exists()
