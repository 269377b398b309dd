"""Opening a round, response rates per department, and reminders by hand and by cron."""

from __future__ import annotations

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.surveys.factories import answer, open_test_round
from varna.organisation.models import Unit
from varna.surveys.default_template import load_default_template
from varna.surveys.models import Round
from varna.surveys.selectors import response_rate, response_rate_by_department


def test_a_coordinator_opens_a_round_and_the_unit_manager_gets_a_link(
    demo, client_as, django_capture_on_commit_callbacks
):
    blackeberg = Unit.objects.get(name="Fritidsgården Blackeberg")
    alvik = Unit.objects.get(name="Förskolor Alvik")
    deadline = timezone.localdate() + datetime.timedelta(days=20)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as("samordnare.bromma").post(
            reverse("survey_round_create", args=[blackeberg.administration_id]),
            {
                "template": load_default_template().pk,
                "year": 2026,
                "deadline": deadline.isoformat(),
                "units": [blackeberg.pk, alvik.pk],
                "addresses": "chef.alvik@stad.example; Förskolor Alvik",
            },
        )
    assert response.status_code == 302
    survey_round = Round.objects.get(year=2026)
    assert sorted(survey_round.recipients.values_list("email", flat=True)) == [
        "chef.alvik@stad.example",
        "enhetschef@demo.varna.example",
    ]
    assert len(mail.outbox) == 2
    assert "/enkater/svar/" in mail.outbox[0].body


def test_a_unit_without_a_manager_needs_an_address(demo, client_as):
    alvik = Unit.objects.get(name="Förskolor Alvik")
    response = client_as("samordnare.bromma").post(
        reverse("survey_round_create", args=[alvik.administration_id]),
        {
            "template": load_default_template().pk,
            "year": 2026,
            "deadline": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
            "units": [alvik.pk],
        },
    )
    assert response.status_code == 200
    assert "Ingen enhetschef med e-postadress i Värna för: Förskolor Alvik" in response.text
    assert not Round.objects.exists()


def test_the_response_rate_is_counted_per_department(demo, client_as):
    survey_round, tokens = open_test_round(units=6)
    emails = list(tokens)
    for email in emails[:4]:
        answer(tokens[email])
    assert (response_rate(survey_round).answered, response_rate(survey_round).invited) == (4, 6)
    by_department = {r.label: (r.answered, r.invited) for r in response_rate_by_department(survey_round)}
    assert sum(a for a, _ in by_department.values()) == 4
    assert sum(i for _, i in by_department.values()) == 6
    assert len(by_department) == 3
    page = client_as("samordnare.bromma").get(reverse("survey_round_detail", args=[survey_round.pk]))
    assert "4 av 6 har svarat" in page.text


def test_a_reminder_goes_only_to_those_who_have_not_answered(
    demo, client_as, django_capture_on_commit_callbacks
):
    survey_round, tokens = open_test_round(units=3)
    emails = list(tokens)
    answer(tokens[emails[0]])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as("samordnare.bromma").post(reverse("survey_round_remind", args=[survey_round.pk]))
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted(emails[1:])
    assert all(m.subject.startswith("Påminnelse") for m in mail.outbox)


def test_the_command_reminds_once_before_the_deadline(demo, settings, django_capture_on_commit_callbacks):
    settings.SURVEY_REMINDER_DAYS_BEFORE = 3
    today = timezone.localdate()
    survey_round, _tokens = open_test_round(units=2, deadline=today + datetime.timedelta(days=5))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_survey_reminders", date=today.isoformat())
    assert mail.outbox == []  # too early
    later = (today + datetime.timedelta(days=2)).isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_survey_reminders", date=later)
        call_command("send_survey_reminders", date=later)
    assert len(mail.outbox) == 2
    survey_round.refresh_from_db()
    assert survey_round.reminder_sent_at is not None
