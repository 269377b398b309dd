"""The plan indicators the support log provides, and the demo data."""

from __future__ import annotations

import datetime

from django.utils import timezone

from tests.support.factories import make_consultation, make_request, make_team
from varna.plans import indicators
from varna.support.demo import load_demo_support
from varna.support.models import Consultation, FirstContactRequest
from varna.support.services import escalate_overdue
from varna.support.statistics import city_support


def test_consultations_and_the_share_within_24_hours_are_plan_indicators(bromma):
    keys = dict(indicators.grouped_choices(bromma)).get("Stöd i enskilda ärenden", [])
    assert {key for key, _label in keys} == {"support:consultations", "support:share_24h"}
    today = timezone.localdate()
    for _ in range(3):
        make_consultation(date=today)
    assert indicators.value("support:consultations", bromma, today) == "3"
    team = make_team("Bromma", "enhetschef")
    contacted = timezone.now() - datetime.timedelta(hours=1)
    for hours in (5, 5, 5, 30):  # three within 24 hours, one later
        item = make_request(team, requested_at=contacted - datetime.timedelta(hours=hours))
        item.first_contact_at = contacted
        item.save()
        if hours == 5:
            last_in_time = item
    # One late request of four: too few to show the share (the late one would be pointed out).
    assert indicators.value("support:share_24h", bromma, today).startswith("för få begäran")
    item.delete()
    assert indicators.value("support:share_24h", bromma, today) == "3 av 3 = 100 %"
    assert last_in_time.contacted_in_time


def test_a_small_number_of_consultations_is_not_shown_as_an_indicator(bromma):
    make_consultation(date=timezone.localdate())
    assert indicators.value("support:consultations", bromma, timezone.localdate()) == "färre än 3"


def test_the_demo_has_teams_consultations_and_one_overdue_request(demo):
    load_demo_support()
    load_demo_support()  # idempotent
    assert Consultation.objects.filter(administration__name="Socialförvaltningen").count() == 6
    assert Consultation.objects.filter(administration__name="Bromma").count() == 2
    assert FirstContactRequest.objects.count() == 12
    overdue = escalate_overdue(dry_run=True)
    assert [item.administration.name for item in overdue] == ["Socialförvaltningen"]
    # Logged by its own staff, with enough of each outcome: outsiders see the split and median.
    soc = overdue[0].administration
    outside = city_support(timezone.localdate().year).routine[soc.pk]
    assert (outside.in_time, outside.late, outside.open) == (4, 3, 3)
    assert outside.median_minutes is not None


def test_the_demo_pages_show_the_overdue_request_and_the_statistics(demo, client_as):
    from django.urls import reverse

    from varna.organisation.models import Administration

    load_demo_support()
    soc = Administration.objects.get(name="Socialförvaltningen")
    inbox = client_as("samordnare.soc").get(reverse("support_inbox", args=[soc.pk])).content.decode()
    assert "Försenad" in inbox and "över tiden" in inbox
    consultation = Consultation.objects.filter(administration=soc).first()
    coordinator = client_as("samordnare.soc")
    for url in (
        reverse("support_statistics", args=[soc.pk]),
        reverse("consultation_list", args=[soc.pk]),
        reverse("consultation_edit", args=[consultation.pk]),
        reverse("support_teams", args=[soc.pk]),
    ):
        assert coordinator.get(url).status_code == 200, url
    city = client_as("central").get(reverse("support_city")).content.decode()
    assert "Socialförvaltningen" in city
    controlled = client_as("central").get(reverse("support_statistics", args=[soc.pk])).content.decode()
    assert "röjandeskydd" in controlled
