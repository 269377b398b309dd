"""Reminders before follow-up deadlines: who gets them, when, and only once."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from tests.plans.factories import activity
from varna.plans import services
from varna.plans.deadlines import deadline, deadline_rules, latest_occasion, reminder_days
from varna.plans.reminders import send_reminders


def test_the_default_deadlines_are_end_of_april_august_and_january_after():
    assert deadline("T1", 2024) == datetime.date(2024, 4, 30)
    assert deadline("T2", 2024) == datetime.date(2024, 8, 31)
    assert deadline("VB", 2024) == datetime.date(2025, 1, 31)


def test_deadlines_and_reminder_days_are_configurable_and_checked(settings):
    settings.PLAN_FOLLOW_UP_DEADLINES = "T1=05-15,T2=09-15,VB=+1:02-15"
    settings.PLAN_REMINDER_DAYS_BEFORE = "7"
    assert deadline("VB", 2024) == datetime.date(2025, 2, 15)
    assert reminder_days() == [7]
    with pytest.raises(ImproperlyConfigured, match="T1=13-01"):
        deadline_rules("T1=13-01,T2=08-31,VB=+1:01-31")
    with pytest.raises(ImproperlyConfigured, match="lacks"):
        deadline_rules("T1=04-30")
    with pytest.raises(ImproperlyConfigured):
        reminder_days("två")


def test_the_latest_occasion_is_the_last_period_that_has_ended():
    assert latest_occasion(2024, datetime.date(2024, 3, 1)) == "T1"
    assert latest_occasion(2024, datetime.date(2024, 9, 2)) == "T2"
    assert latest_occasion(2024, datetime.date(2025, 1, 5)) == "VB"


@pytest.fixture
def with_responsible(adopted_plan, user):
    training = activity(adopted_plan, "Alla medarbetare")
    training.responsible_user = user("enhetschef")
    training.save()
    return adopted_plan


def test_reminders_go_to_the_responsible_person_and_the_coordinator_once_per_threshold(
    with_responsible, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent = send_reminders(datetime.date(2024, 4, 16))  # 14 days before T1
    assert sorted(r.recipient.username for r in sent) == ["enhetschef", "samordnare.bromma"]
    by_address = {m.to[0]: m for m in mail.outbox}
    to_manager = by_address["enhetschef@demo.varna.example"]
    assert "T1" in to_manager.subject and "30 april 2024" in to_manager.subject
    assert "Alla medarbetare genomgår" in to_manager.body and "Demokratiworkshop" not in to_manager.body
    assert "Demokratiworkshop" in by_address["samordnare.bromma@demo.varna.example"].body

    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders(datetime.date(2024, 4, 17)) == []  # the same threshold: not again
        assert len(send_reminders(datetime.date(2024, 4, 27))) == 2  # three days before: once more
    assert send_reminders(datetime.date(2024, 5, 1)) == []  # the deadline has passed


def test_a_reported_activity_is_not_reminded_of(with_responsible, user):
    training = activity(with_responsible, "Alla medarbetare")
    services.record_follow_up(activity=training, occasion="T1", status="done", actor=user("enhetschef"))
    sent = send_reminders(datetime.date(2024, 4, 16), dry_run=True)
    assert [r.recipient.username for r in sent] == ["samordnare.bromma"]


def test_drafts_get_no_reminders(draft_plan):
    assert send_reminders(datetime.date(2024, 4, 16), dry_run=True) == []


def test_the_command_reports_what_it_sends(with_responsible, capsys):
    call_command("send_follow_up_reminders", "--date", "2025-01-20", "--dry-run")
    out = capsys.readouterr().out
    assert "Bromma 2024 VB" in out and "2 påminnelser skulle skickas." in out
    assert mail.outbox == []
