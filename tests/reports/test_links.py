"""Linking reports that concern the same event: by reference, both ways, within one administration."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.reports.factories import make_report
from varna.reports.models import Report

pytestmark = pytest.mark.django_db


def link(client, report, reference):
    return client.post(reverse("report_link", args=[report.pk]), {"reference": reference})


def test_two_reports_are_linked_by_reference_and_shown_both_ways(client_as):
    first, second = make_report(), make_report(source="ia")
    client = client_as("samordnare.bromma")
    response = link(client, first, f"  {second.reference.lower()} ")
    assert response.status_code == 302
    assert list(first.linked.all()) == [second]
    assert list(second.linked.all()) == [first]
    assert (
        reverse("report_detail", args=[second.pk])
        in client.get(reverse("report_detail", args=[first.pk])).content.decode()
    )
    assert (
        reverse("report_detail", args=[first.pk])
        in client.get(reverse("report_detail", args=[second.pk])).content.decode()
    )


def test_a_report_of_another_administration_cannot_be_linked_nor_is_it_revealed(client_as):
    own = make_report()
    farsta = make_report(administration="Farsta")
    response = link(client_as("samordnare.bromma"), own, farsta.reference)
    assert response.status_code == 200
    html = response.content.decode()
    missing = "Det finns ingen rapport med referensen R-ZZZZ-ZZZZ i förvaltningen."
    assert f"Det finns ingen rapport med referensen {farsta.reference} i förvaltningen." in html
    assert missing in link(client_as("samordnare.bromma"), own, "R-ZZZZ-ZZZZ").content.decode()
    assert not own.linked.exists()


def test_a_report_cannot_be_linked_to_itself(client_as):
    report = make_report()
    response = link(client_as("samordnare.bromma"), report, report.reference)
    assert "En rapport kan inte länkas till sig själv." in response.content.decode()
    assert not report.linked.exists()


def test_unlinking_removes_the_link_both_ways(client_as):
    first, second = make_report(), make_report()
    first.linked.add(second)
    response = client_as("samordnare.bromma").post(reverse("report_unlink", args=[first.pk, second.pk]))
    assert response.status_code == 302
    assert not first.linked.exists() and not second.linked.exists()


def test_a_report_of_another_administration_is_not_found_when_unlinking(client_as):
    own = make_report()
    farsta = make_report(administration="Farsta")
    response = client_as("samordnare.bromma").post(reverse("report_unlink", args=[own.pk, farsta.pk]))
    assert response.status_code == 404


def test_another_administrations_coordinator_cannot_link_brommas_reports(client_as):
    first, second = make_report(), make_report()
    assert link(client_as("samordnare.soc"), first, second.reference).status_code == 404
    assert not Report.objects.get(pk=first.pk).linked.exists()
