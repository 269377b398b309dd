"""escalate_first_contacts: one e-mail to the coordinators per overdue request, nothing more."""

from __future__ import annotations

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.support.factories import make_request, make_team


def test_an_overdue_request_is_escalated_once(demo, user):
    team = make_team("Bromma", "enhetschef")
    overdue = make_request(
        team, requested_at=timezone.now() - datetime.timedelta(hours=25), note="Vill ha hjälp."
    )
    make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=23))
    call_command("escalate_first_contacts")
    call_command("escalate_first_contacts")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user("samordnare.bromma").email]
    assert overdue.reference in message.subject
    assert "Vill ha hjälp" not in message.body
    assert f"/stod/begaran/{overdue.pk}/" in message.body
    overdue.refresh_from_db()
    assert overdue.escalated_at is not None


def test_a_request_with_first_contact_is_not_escalated(demo, user):
    team = make_team("Bromma", "enhetschef")
    item = make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=30))
    from varna.support.services import record_first_contact

    record_first_contact(item=item, by=user("enhetschef"), at=timezone.now() - datetime.timedelta(hours=1))
    call_command("escalate_first_contacts")
    assert mail.outbox == []
