"""Logging a request to leave, the team's inbox and the first contact."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.support.factories import make_request, make_team
from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.support.models import FirstContactRequest


@pytest.fixture
def team(demo):
    return make_team("Bromma", "enhetschef", name="Första kontakt IFO")


def form_data(team, **extra):
    return {
        "team": team.pk,
        "requested_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "channel": "phone",
        "requester": "relative",
        "leaving": "criminal",
        "age_group": "18_20",
        "note": "",
        **extra,
    }


def test_anyone_signed_in_logs_a_request_and_gets_its_reference(team, client_as):
    response = client_as("medarbetare").post(reverse("request_create"), form_data(team))
    item = FirstContactRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("request_receipt", args=[item.reference])
    assert item.reference.startswith("L-")
    assert item.receiving_administration.name == "Bromma"
    assert item.logged_by.username == "medarbetare"
    receipt = client_as("medarbetare").get(response["Location"])
    assert item.reference in receipt.content.decode()


def test_the_form_says_that_names_and_contact_details_stay_in_the_case_system(team, client_as):
    page = client_as("medarbetare").get(reverse("request_create")).content.decode()
    assert "Skriv inga namn eller kontaktuppgifter här." in page
    assert "verksamhetssystem" in page


def test_personal_data_in_the_note_is_refused_and_the_form_keeps_what_was_typed(team, client_as):
    note = "Mamman Anna Svensson ringde från 070-123 45 67."
    response = client_as("medarbetare").post(reverse("request_create"), form_data(team, note=note))
    assert response.status_code == 200
    assert not FirstContactRequest.objects.exists()
    page = response.content.decode()
    assert "Möjliga personuppgifter" in page
    assert "ringde från" in page


def test_the_team_is_told_by_e_mail_with_the_reference_only(
    team, client_as, user, django_capture_on_commit_callbacks
):
    member = user("enhetschef")
    with django_capture_on_commit_callbacks(execute=True):
        client_as("medarbetare").post(reverse("request_create"), form_data(team, note="Vill ha stöd snabbt."))
    item = FirstContactRequest.objects.get()
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert item.reference in mail.outbox[0].subject
    assert "Vill ha stöd" not in mail.outbox[0].body


def test_the_logger_does_not_see_the_inbox(team, client_as, bromma):
    make_request(team)
    assert client_as("medarbetare").get(reverse("support_inbox", args=[bromma.pk])).status_code == 403


def test_the_team_sees_the_inbox_with_the_countdown_and_the_read_is_audited(team, client_as, bromma):
    item = make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=11, minutes=55))
    late = make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=30))
    page = client_as("enhetschef").get(reverse("support_inbox", args=[bromma.pk])).content.decode()
    assert item.reference in page and late.reference in page
    assert "12 h 5 min kvar" in page or "12 h 4 min kvar" in page
    assert "Försenad" in page and "över tiden" in page
    # The overdue request comes first: closest deadline first.
    assert page.index(late.reference) < page.index(item.reference)
    assert AuditEvent.objects.filter(
        action=Action.VIEWED, administration=bromma, summary="support inbox"
    ).exists()


def test_the_team_logs_the_first_contact(team, client_as, bromma):
    item = make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=5))
    when = timezone.localtime() - datetime.timedelta(hours=1)
    response = client_as("enhetschef").post(
        reverse("first_contact_detail", args=[item.pk]),
        {"first_contact_at": when.strftime("%Y-%m-%dT%H:%M"), "outcome": "meeting"},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.first_contact_by.username == "enhetschef"
    assert item.contacted_in_time is True
    assert item.contact_outcome == "meeting"


def test_a_first_contact_before_the_request_is_refused(team, client_as):
    item = make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=2))
    when = timezone.localtime() - datetime.timedelta(hours=5)
    response = client_as("samordnare.bromma").post(
        reverse("first_contact_detail", args=[item.pk]), {"first_contact_at": when.strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 200
    assert "före begäran" in response.content.decode()
    item.refresh_from_db()
    assert item.first_contact_at is None


def test_a_local_time_that_does_not_exist_is_refused(team, client_as):
    # 02:30 on 31 March 2024 does not exist in Stockholm (the clocks skip from 02:00 to 03:00).
    response = client_as("medarbetare").post(
        reverse("request_create"), form_data(team, requested_at="2024-03-31T02:30")
    )
    assert response.status_code == 200
    assert not FirstContactRequest.objects.exists()


def test_a_team_member_keeps_the_inbox_only_while_they_work_in_the_administration(
    team, client_as, bromma, user
):
    from varna.organisation.models import Membership

    Membership.objects.filter(user__username="enhetschef", administration=bromma).delete()
    assert client_as("enhetschef").get(reverse("support_inbox", args=[bromma.pk])).status_code == 404
