"""Early warning: an area or an event type clearly above its own history, for the coordinators only."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from tests.reports.factories import make_report
from varna.organisation.models import Area
from varna.reports.models import Report
from varna.situation.warnings import SentWarning, alerts_for, poisson_upper_tail

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def days_ago(days: int, years: int = 0) -> datetime.date:
    day = TODAY - datetime.timedelta(days=days)
    return day.replace(year=day.year - years) if not (day.month == 2 and day.day == 29) else day


def blackeberg() -> Area:
    return Area.objects.get(administration__name="Bromma", name="Blackeberg")


def test_the_poisson_tail_is_below_one_percent_only_for_a_clearly_higher_count():
    assert poisson_upper_tail(3, 0.5) > 0.01  # three events where half of one is usual: not yet
    assert poisson_upper_tail(4, 0.5) < 0.01
    assert poisson_upper_tail(0, 2.0) == 1.0
    assert poisson_upper_tail(5, 2.0) == pytest.approx(0.0527, abs=1e-3)


def test_an_area_with_many_recent_events_and_no_history_gets_a_warning(bromma):
    for days in (2, 6, 11, 15, 22):
        make_report(event_date=days_ago(days), area=blackeberg(), event_types=("symbols",))
    alerts = alerts_for(bromma)
    area = [a for a in alerts if a.dimension == "area"]
    assert [a.label for a in area] == ["Blackeberg"]
    thirty = next(w for w in area[0].windows if w.days == 30)
    assert (thirty.observed, thirty.history) == (5, (0, 0, 0))
    assert [a.code for a in alerts if a.dimension == "event_type"] == ["symbols"]


def test_the_same_level_as_in_earlier_years_gives_no_warning(bromma):
    for years in (0, 1, 2, 3):
        for days in (3, 9, 17, 25):
            make_report(event_date=days_ago(days, years), area=blackeberg())
    assert alerts_for(bromma) == []


def test_few_events_give_no_warning_even_without_history(bromma):
    make_report(event_date=days_ago(1), area=blackeberg())
    make_report(event_date=days_ago(2), area=blackeberg())
    assert alerts_for(bromma) == []


def test_reports_found_not_to_be_vbe_do_not_count(bromma):
    for days in (2, 6, 11, 15, 22):
        report = make_report(event_date=days_ago(days), area=blackeberg())
        Report.objects.filter(pk=report.pk).update(classification="not_vbe")
    assert alerts_for(bromma) == []


def test_the_coordinator_sees_the_warning_at_the_top_and_outsiders_never(client_as, bromma):
    for days in (2, 6, 11, 15, 22):
        make_report(event_date=days_ago(days), area=blackeberg())
    url = reverse("situation", args=[bromma.pk])
    html = client_as("samordnare.bromma").get(url).content.decode()
    assert "Tidig varning" in html
    assert html.index("Tidig varning") < html.index("Sammanfattning")
    assert "Poissontest" in html  # the page explains the test in one sentence
    for outsider in ("central", "admin"):
        assert "Tidig varning" not in client_as(outsider).get(url).content.decode()


def test_the_coordinators_get_one_e_mail_per_warning_without_report_content(
    bromma, django_capture_on_commit_callbacks
):
    for days in (2, 6, 11, 15, 22):
        make_report(
            event_date=days_ago(days), area=blackeberg(), description="Hemlig beskrivning av händelsen."
        )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_early_warnings")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "samordnare.bromma@" in " ".join(message.to)
    assert "Blackeberg" in message.body
    assert f"/lagesbild/{bromma.pk}/" in message.body
    assert "Hemlig" not in message.body
    assert SentWarning.objects.filter(administration=bromma, dimension="area").count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_early_warnings")
        call_command("send_early_warnings", date=(TODAY + datetime.timedelta(days=1)).isoformat())
    assert len(mail.outbox) == 1  # the same warning is not sent again


def test_a_dry_run_sends_and_records_nothing(bromma):
    for days in (2, 6, 11, 15, 22):
        make_report(event_date=days_ago(days), area=blackeberg())
    call_command("send_early_warnings", dry_run=True)
    assert mail.outbox == [] and not SentWarning.objects.exists()


def test_the_bromma_demo_shows_one_area_warning(bromma):
    from varna.reports.demo import load_demo_reports
    from varna.situation.demo import load_demo_situation

    load_demo_reports()
    load_demo_situation()
    load_demo_situation()  # idempotent
    areas = [a.label for a in alerts_for(bromma) if a.dimension == "area"]
    assert areas == ["Blackeberg"]
