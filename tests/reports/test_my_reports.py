"""An employee sees the reports they submitted themselves, and nobody else's."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from tests.reports.factories import make_report
from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.reports.constants import Classification, Status

pytestmark = pytest.mark.django_db


def test_an_employee_sees_only_own_reports(client_as, demo):
    own = make_report(by="medarbetare")
    others = make_report(by="enhetschef", description="Rasistiskt klotter i tunneln.")

    response = client_as("medarbetare").get(reverse("my_reports"))

    text = response.content.decode()
    assert list(response.context["reports"]) == [own]
    assert own.reference in text and others.reference not in text


def test_the_list_shows_status_and_classification(client_as, demo):
    report = make_report()
    report.status, report.classification = Status.IN_REVIEW, Classification.VBE
    report.save()

    text = client_as("medarbetare").get(reverse("my_reports")).content.decode()

    assert "Under granskning" in text and "Kopplad till VBE" in text


def test_an_employee_reads_their_own_report(client_as, demo):
    report = make_report(description="Klistermärken vid busshållplatsen.")

    response = client_as("medarbetare").get(reverse("my_report_detail", args=[report.pk]))

    text = response.content.decode()
    assert response.status_code == 200
    assert "Klistermärken vid busshållplatsen." in text
    assert "Ny" in text and "Ej bedömd" in text
    assert report.reference in text


def test_a_month_only_date_is_shown_as_a_month(client_as, demo):
    report = make_report(event_date=datetime.date(2024, 3, 1), date_precision="month")

    text = client_as("medarbetare").get(reverse("my_report_detail", args=[report.pk])).content.decode()

    assert "mars 2024" in text and "1 mars 2024" not in text


@pytest.mark.parametrize("username", ["enhetschef", "samordnare.bromma", "central", "admin"])
def test_another_persons_report_is_not_found(client_as, demo, username):
    report = make_report(by="medarbetare")

    detail = client_as(username).get(reverse("my_report_detail", args=[report.pk]))
    receipt = client_as(username).get(reverse("report_receipt", args=[report.reference]))

    assert detail.status_code == 404
    assert receipt.status_code == 404


def test_an_imported_event_without_a_reporter_is_nobodys_own(client_as, demo):
    report = make_report(by=None)

    response = client_as("medarbetare").get(reverse("my_report_detail", args=[report.pk]))

    assert response.status_code == 404


def test_opening_ones_own_report_is_not_audited_as_a_coordinators_view(client_as, demo):
    report = make_report()

    client_as("medarbetare").get(reverse("my_report_detail", args=[report.pk]))

    assert not AuditEvent.objects.filter(action=Action.VIEWED).exists()
    report.refresh_from_db()
    assert report.first_opened_at is None
