"""The administration's coordinators are told of a new report by e-mail, and the link opens it."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.reports.factories import items, make_report
from varna.reports.constants import Status
from varna.reports.models import Report

pytestmark = pytest.mark.django_db


def test_the_e_mail_leads_brommas_coordinator_to_the_report_and_no_one_else(
    client_as, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report = make_report(description="Klistermärken med vit makt-symboler vid busshållplatsen.")
    assert [m.to for m in mail.outbox] == [["samordnare.bromma@demo.varna.example"]]
    message = mail.outbox[0]
    assert "busshållplatsen" not in message.body + message.subject  # e-mail is no channel for secrets
    path = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)

    assert client_as("samordnare.soc").get(path).status_code == 404
    response = client_as("samordnare.bromma").get(path)
    assert response.status_code == 200
    assert response.context["report"] == report
    report.refresh_from_db()
    assert report.first_opened_at is not None and report.status == Status.NEW


def test_no_e_mail_before_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_report()
    assert mail.outbox == [] and len(callbacks) == 1


def test_a_report_filed_in_the_employees_form_reaches_brommas_inbox_marked_unread(
    client_as, bromma, socialforvaltningen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as("medarbetare").post(
            reverse("report_create"),
            {
                "administration": bromma.pk,
                "event_date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
                "environments": [item.pk for item in items("environment", "left_wing")],
                "event_types": [item.pk for item in items("event_type", "threats")],
                "age_group": "unknown",
                "description": "Hotfulla lappar i personalrummet.",
            },
        )
    assert response.status_code == 302
    report = Report.objects.get()
    assert [m.to for m in mail.outbox] == [["samordnare.bromma@demo.varna.example"]]

    inbox = client_as("samordnare.bromma").get(reverse("report_inbox", args=[bromma.pk])).content.decode()
    row = inbox.split(report.reference, 1)[1].split("</tr>", 1)[0]
    assert "Oläst" in row
    other = client_as("samordnare.soc").get(reverse("report_inbox", args=[socialforvaltningen.pk]))
    assert report.reference not in other.content.decode()
