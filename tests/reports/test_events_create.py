"""Registering an event of another source by hand: an IA report, police information, other."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from varna.audit.models import AuditEvent
from varna.organisation.models import Area
from varna.reports.constants import DatePrecision, Source
from varna.reports.models import ReferenceItem, Report

pytestmark = pytest.mark.django_db


def form_data(**changes):
    data = {
        "source": "ia",
        "when": "2024-03",
        "age_group": "unknown",
        "event_types": [ReferenceItem.objects.get(kind="event_type", code="violence").pk],
        "environments": [],
        "description": "Våld mellan besökare, utan koppling till någon miljö enligt rapporten.",
    }
    data.update(changes)
    return data


def test_a_coordinator_registers_an_ia_report_of_a_month(client_as, bromma, user):
    area = Area.objects.get(administration=bromma, name="Blackeberg")
    url = reverse("event_create", args=[bromma.pk])
    response = client_as("samordnare.bromma").post(url, form_data(area=area.pk))
    assert response.status_code == 302 and response.url == url
    report = Report.objects.get()
    assert report.source == Source.IA
    assert report.administration == bromma and report.area == area
    assert report.event_date == datetime.date(2024, 3, 1) and report.date_precision == DatePrecision.MONTH
    assert report.submitted_by == user("samordnare.bromma")
    assert [item.code for item in report.event_types.all()] == ["violence"]
    assert mail.outbox == []
    assert AuditEvent.objects.filter(object_id=str(report.pk), summary=report.reference).exists()


def test_police_information_of_a_day(client_as, bromma):
    client_as("samordnare.bromma").post(
        reverse("event_create", args=[bromma.pk]), form_data(source="police", when="2024-02-29")
    )
    report = Report.objects.get()
    assert report.source == Source.POLICE and report.event_date == datetime.date(2024, 2, 29)
    assert report.date_precision == DatePrecision.DAY


def test_a_description_with_personal_data_is_shown_marked_and_nothing_is_stored(client_as, bromma):
    text = "Polisen uppger att Kalle Svensson, 811218-9876, sprider propaganda."
    response = client_as("samordnare.bromma").post(
        reverse("event_create", args=[bromma.pk]), form_data(description=text)
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Möjliga personuppgifter" in html
    assert text in html  # typed input is never lost
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("2999-01-01", "Datumet kan inte ligga i framtiden."),
        ("mars 2024", "är inte ett datum"),
        ("", "måste fyllas i"),
    ],
)
def test_the_date_must_be_a_past_day_or_month(client_as, bromma, when, message):
    response = client_as("samordnare.bromma").post(
        reverse("event_create", args=[bromma.pk]), form_data(when=when)
    )
    assert message in response.content.decode()
    assert Report.objects.count() == 0


def test_an_area_of_another_administration_cannot_be_chosen(client_as, bromma, farsta):
    area = Area.objects.filter(administration=farsta).first()
    response = client_as("samordnare.bromma").post(
        reverse("event_create", args=[bromma.pk]), form_data(area=area.pk)
    )
    assert response.status_code == 200 and Report.objects.count() == 0


def test_a_staff_report_cannot_be_registered_as_another_source(client_as, bromma):
    response = client_as("samordnare.bromma").post(
        reverse("event_create", args=[bromma.pk]), form_data(source="report")
    )
    assert response.status_code == 200 and Report.objects.count() == 0


def test_the_coordinator_of_another_administration_does_not_find_the_page(client_as, bromma):
    response = client_as("samordnare.soc").post(reverse("event_create", args=[bromma.pk]), form_data())
    assert response.status_code == 404 and Report.objects.count() == 0
