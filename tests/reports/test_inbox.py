"""The coordinator's inbox: only the administration's reports, no free text, filters, new marker."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.reports.factories import make_report
from varna.organisation.constants import Role
from varna.organisation.models import Area, Membership, User
from varna.reports.constants import Classification, DatePrecision, Source, Status
from varna.reports.models import Report

pytestmark = pytest.mark.django_db


def inbox_url(administration, **query) -> str:
    url = reverse("report_inbox", args=[administration.pk])
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def references(response) -> set[str]:
    return {report.reference for report in response.context["page"]}


def test_the_coordinator_sees_the_administrations_reports_without_their_free_text(client_as, bromma):
    report = make_report(description="Klistermärken med vit makt-symboler vid busshållplatsen.")
    other = make_report(administration="Farsta")
    response = client_as("samordnare.bromma").get(inbox_url(bromma))
    assert response.status_code == 200
    assert references(response) == {report.reference}
    html = response.content.decode()
    assert report.reference in html and other.reference not in html
    assert "busshållplatsen" not in html  # the list is glanceable and opening it is what is audited
    assert report.environments.get().label in html


def test_a_row_shows_the_reports_facts(client_as, bromma):
    area = Area.objects.filter(administration=bromma).first()
    make_report(area=area, source=Source.IA, event_types=("threats", "symbols"))
    html = client_as("samordnare.bromma").get(inbox_url(bromma)).content.decode()
    for text in (area.name, "Incidentrapport (IA)", "Ny", "Ej bedömd", "Hot"):
        assert text in html


def test_an_event_known_only_by_month_shows_the_month_in_swedish(client_as, bromma):
    make_report(event_date=datetime.date(2024, 3, 15), date_precision=DatePrecision.MONTH)
    make_report(event_date=datetime.date(2024, 5, 7))
    html = client_as("samordnare.bromma").get(inbox_url(bromma)).content.decode()
    assert "mars 2024" in html and "1 mars 2024" not in html
    assert "7 maj 2024" in html


def test_a_report_no_one_has_opened_is_marked_unread_in_words(client_as, bromma):
    unread = make_report()
    opened = make_report()
    client = client_as("samordnare.bromma")
    client.get(reverse("report_detail", args=[opened.pk]))
    html = client.get(inbox_url(bromma)).content.decode()
    row_of = {ref: html.split(ref, 1)[1].split("</tr>", 1)[0] for ref in (unread.reference, opened.reference)}
    assert "Oläst" in row_of[unread.reference]
    assert "Oläst" not in row_of[opened.reference]


def test_the_counts_per_status_follow_the_other_filters(client_as, bromma):
    make_report()
    closed = make_report(source=Source.IA)
    Report.objects.filter(pk=closed.pk).update(status=Status.CLOSED)
    response = client_as("samordnare.bromma").get(inbox_url(bromma))
    counts = {value: count for value, _label, count in response.context["counts"]}
    assert counts == {Status.NEW: 1, Status.IN_REVIEW: 0, Status.CLOSED: 1}
    assert response.context["unread_count"] == 2

    filtered = client_as("samordnare.bromma").get(inbox_url(bromma, source="ia", status="new"))
    counts = {value: count for value, _label, count in filtered.context["counts"]}
    assert counts == {Status.NEW: 0, Status.IN_REVIEW: 0, Status.CLOSED: 1}
    assert references(filtered) == set()


@pytest.mark.parametrize(
    ("query", "matching"),
    [
        ({"status": "closed"}, "closed"),
        ({"classification": "vbe"}, "classified"),
        ({"environment": "islamist"}, "islamist"),
        ({"event_type": "threats"}, "islamist"),
        ({"source": "police"}, "police"),
        ({"date_from": "2024-01-01", "date_to": "2024-01-31"}, "january"),
        ({"unread": "on"}, "police"),
    ],
)
def test_each_filter_narrows_the_list(client_as, bromma, query, matching):
    january = make_report(event_date=datetime.date(2024, 1, 10))
    reports = {
        "closed": make_report(),
        "classified": make_report(),
        "islamist": make_report(environments=("islamist",), event_types=("threats",)),
        "police": make_report(source=Source.POLICE),
        "january": january,
    }
    Report.objects.filter(pk=reports["closed"].pk).update(status=Status.CLOSED)
    Report.objects.filter(pk=reports["classified"].pk).update(classification=Classification.VBE)
    Report.objects.exclude(pk=reports["police"].pk).update(first_opened_at=timezone.now())
    response = client_as("samordnare.bromma").get(inbox_url(bromma, **query))
    assert references(response) == {reports[matching].reference}


def test_the_area_filter_offers_only_the_administrations_areas(client_as, bromma, farsta):
    blackeberg = Area.objects.get(administration=bromma, name="Blackeberg")
    in_blackeberg = make_report(area=blackeberg)
    make_report(area=Area.objects.filter(administration=bromma).exclude(pk=blackeberg.pk).first())
    client = client_as("samordnare.bromma")
    assert references(client.get(inbox_url(bromma, area=blackeberg.pk))) == {in_blackeberg.reference}
    farsta_area = Area.objects.filter(administration=farsta).first()
    response = client.get(inbox_url(bromma, area=farsta_area.pk))
    assert "area" in response.context["form"].errors


def test_a_period_that_ends_before_it_starts_gets_a_swedish_message(client_as, bromma):
    make_report()
    response = client_as("samordnare.bromma").get(
        inbox_url(bromma, date_from="2024-05-01", date_to="2024-04-01")
    )
    assert response.status_code == 200
    assert "Slutdatumet ligger före startdatumet." in response.content.decode()
    assert len(references(response)) == 1  # the list is shown unfiltered, not emptied


def test_a_large_inbox_is_paginated_and_keeps_the_filters(client_as, bromma):
    for _ in range(27):
        make_report(description="")
    client = client_as("samordnare.bromma")
    first = client.get(inbox_url(bromma, status="new"))
    assert len(first.context["page"].object_list) == 25
    html = first.content.decode()
    assert "Sida 1 av 2" in html and "?status=new&amp;sida=2" in html
    second = client.get(inbox_url(bromma, status="new", sida=2))
    assert len(second.context["page"].object_list) == 2


def test_htmx_gets_only_the_results(client_as, bromma):
    report = make_report()
    response = client_as("samordnare.bromma").get(inbox_url(bromma), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert report.reference in html
    assert "<h1" not in html and 'id="inbox-results"' in html
    assert "HX-Request" in response["Vary"]


def test_the_filter_form_works_without_javascript(client_as, bromma):
    html = client_as("samordnare.bromma").get(inbox_url(bromma)).content.decode()
    assert f'<form method="get" action="{inbox_url(bromma)}"' in html
    assert '<button type="submit" class="secondary">Filtrera</button>' in html


def test_another_administrations_coordinator_does_not_find_the_inbox(client_as, bromma):
    assert client_as("samordnare.soc").get(inbox_url(bromma)).status_code == 404


@pytest.mark.parametrize("username", ["central", "admin", "medarbetare"])
def test_the_central_coordinator_admin_and_employees_may_not_read_the_inbox(client_as, bromma, username):
    make_report()
    assert client_as(username).get(inbox_url(bromma)).status_code == 403


def test_a_coordinator_of_one_administration_is_sent_straight_to_its_inbox(client_as, bromma):
    response = client_as("samordnare.bromma").get(reverse("report_inboxes"))
    assert response.status_code == 302
    assert response["Location"] == inbox_url(bromma)


def test_a_coordinator_of_several_administrations_chooses_one(client_as, bromma, farsta):
    Membership.objects.create(
        user=User.objects.get(username="samordnare.bromma"), administration=farsta, role=Role.COORDINATOR
    )
    make_report(administration="Farsta")
    response = client_as("samordnare.bromma").get(reverse("report_inboxes"))
    assert response.status_code == 200
    html = response.content.decode()
    assert inbox_url(bromma) in html and inbox_url(farsta) in html
    assert [a.counts["unread"] for a in response.context["administrations"]] == [0, 1]  # Bromma, Farsta


@pytest.mark.parametrize("username", ["central", "admin", "medarbetare"])
def test_only_coordinators_have_inboxes(client_as, username):
    assert client_as(username).get(reverse("report_inboxes")).status_code == 403


def test_the_start_page_and_the_menu_lead_a_coordinator_to_the_inbox(client_as, bromma):
    html = client_as("samordnare.bromma").get(reverse("home")).content.decode()
    assert f'href="{inbox_url(bromma)}"' in html
    assert f'href="{reverse("report_inboxes")}"' in html


def test_an_employee_has_no_inbox_in_the_menu(client_as):
    html = client_as("medarbetare").get(reverse("home")).content.decode()
    assert reverse("report_inboxes") not in html
