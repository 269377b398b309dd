"""Due follow-ups are listed and reminded by e-mail, once per follow-up."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from tests.associations.factories import grant, make_application, officer
from varna.associations import decisions

pytestmark = pytest.mark.django_db


def run(day: str) -> str:
    out = io.StringIO()
    call_command("send_association_follow_up_reminders", "--date", day, stdout=out)
    return out.getvalue()


def test_a_due_follow_up_is_reminded_once(demo, settings):
    settings.ASSOCIATIONS_FOLLOW_UP_DUE = "10-31"
    application = make_application(year=2024, fulfilled=True)
    grant(application)
    application.follow_ups.update(due_on=datetime.date(2024, 10, 31))

    assert "0 påminnelser" in run("2024-09-01")  # not yet within 14 days
    assert mail.outbox == []
    assert "1 påminnelser" in run("2024-10-20")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [officer().email]
    assert "Kontrollåtgärd för våldsbejakande extremism" in message.body
    assert "Föreningen Mötesplats Söder" in message.body
    assert "0 påminnelser" in run("2024-10-21")
    assert "0 påminnelser" in run("2024-11-30")
    assert len(mail.outbox) == 1


def test_a_done_follow_up_is_not_reminded_and_leaves_the_list(demo, client_as):
    application = make_application(year=2024, fulfilled=True)
    grant(application)
    application.follow_ups.update(due_on=datetime.date(2024, 10, 31))
    for follow_up in application.follow_ups.all():
        decisions.record_follow_up(
            follow_up=follow_up,
            done_on=datetime.date(2024, 10, 1),
            outcome="no_remarks",
            note="",
            actor=officer(),
        )
    run("2024-10-25")
    assert mail.outbox == []
    page = client_as("handlaggare").get(reverse("association_follow_ups"))
    assert "Föreningen Mötesplats Söder" not in page.content.decode()


def test_the_due_list_shows_late_follow_ups(demo, client_as):
    application = make_application(year=2024, fulfilled=True)
    grant(application)
    application.follow_ups.update(due_on=datetime.date(2024, 10, 31))
    page = client_as("handlaggare").get(reverse("association_follow_ups")).content.decode()
    assert "Föreningen Mötesplats Söder" in page and "Försenad" in page


def test_the_dry_run_sends_nothing(demo):
    application = make_application(year=2024, fulfilled=True)
    grant(application)
    application.follow_ups.update(due_on=datetime.date(2024, 10, 31))
    out = io.StringIO()
    call_command("send_association_follow_up_reminders", "--date", "2024-10-25", "--dry-run", stdout=out)
    assert "skulle skickas" in out.getvalue()
    assert mail.outbox == []
    assert "1 påminnelser" in run("2024-10-25")
