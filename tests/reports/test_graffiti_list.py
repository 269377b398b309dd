"""Graffiti counted per area and period: added by hand, listed per administration."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from varna.organisation.models import Area
from varna.reports.imports import add_graffiti_count
from varna.reports.models import GraffitiCount, ReferenceItem

pytestmark = pytest.mark.django_db


def test_a_coordinator_adds_a_month_of_graffiti_in_an_area(client_as, bromma):
    area = Area.objects.get(administration=bromma, name="Blackeberg")
    environment = ReferenceItem.objects.get(kind="environment", code="right_wing")
    url = reverse("graffiti_list", args=[bromma.pk])
    client = client_as("samordnare.bromma")
    response = client.post(
        url, {"area": area.pk, "period_start": "2024-02", "count": "7", "environment": environment.pk}
    )
    assert response.status_code == 302
    count = GraffitiCount.objects.get()
    assert (count.area, count.period_start, count.period_end, count.count, count.environment) == (
        area,
        datetime.date(2024, 2, 1),
        datetime.date(2024, 2, 29),
        7,
        environment,
    )
    html = client.get(url).content.decode()
    assert "Blackeberg" in html and "För hand" in html


def test_a_span_of_days_for_the_whole_administration(client_as, bromma):
    client_as("samordnare.bromma").post(
        reverse("graffiti_list", args=[bromma.pk]),
        {"period_start": "2024-01-10", "period_end": "2024-02", "count": "2"},
    )
    count = GraffitiCount.objects.get()
    assert count.area is None
    assert (count.period_start, count.period_end) == (datetime.date(2024, 1, 10), datetime.date(2024, 2, 29))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"period_start": "2999-01", "count": "1"}, "Perioden kan inte börja i framtiden."),
        (
            {"period_start": "2024-03-10", "period_end": "2024-03-01", "count": "1"},
            "Perioden slutar innan den börjar.",
        ),
        ({"period_start": "2024-03", "count": "-1"}, "0"),
        ({"period_start": "i fjol", "count": "1"}, "är inte ett datum"),
    ],
)
def test_bad_counts_are_refused_and_the_input_kept(client_as, bromma, data, message):
    response = client_as("samordnare.bromma").post(reverse("graffiti_list", args=[bromma.pk]), data)
    html = response.content.decode()
    assert response.status_code == 200 and message in html
    assert f'value="{data["period_start"]}"' in html
    assert GraffitiCount.objects.count() == 0


def test_the_service_refuses_an_area_of_another_administration(bromma, farsta, user):
    with pytest.raises(ValidationError):
        add_graffiti_count(
            administration=bromma,
            by=user("samordnare.bromma"),
            period_start=datetime.date(2024, 1, 1),
            period_end=datetime.date(2024, 1, 31),
            count=3,
            area=Area.objects.filter(administration=farsta).first(),
        )
    assert GraffitiCount.objects.count() == 0


def test_the_list_shows_only_the_administrations_own_counts(client_as, bromma, farsta, user):
    for administration, area_name in ((bromma, "Alvik"), (farsta, "Hökarängen")):
        add_graffiti_count(
            administration=administration,
            by=user("admin"),
            period_start=datetime.date(2024, 1, 1),
            period_end=datetime.date(2024, 1, 31),
            count=4,
            area=Area.objects.get(administration=administration, name=area_name),
        )
    html = client_as("samordnare.bromma").get(reverse("graffiti_list", args=[bromma.pk])).content.decode()
    assert "Alvik" in html and "Hökarängen" not in html
