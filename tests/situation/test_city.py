"""The city-wide view: every administration's latest release of the year side by side (ADR 0006)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from tests.reports.factories import make_report
from tests.situation.releases import release, vouch_all
from tests.situation.test_disclosure import derivable
from varna.organisation.models import Administration
from varna.situation.disclosure import Table
from varna.situation.releases import city_picture, released_figures
from varna.situation.statistics import Filters, Period, count

pytestmark = pytest.mark.django_db

D = datetime.date


def events(administration: str, n: int, **fields) -> None:
    for day in range(1, n + 1):
        make_report(administration=administration, event_date=D(2024, 2, day), **fields)


@pytest.fixture
def city_2024(demo) -> None:
    events("Bromma", 5)
    events("Bromma", 1, environments=("islamist",))
    events("Farsta", 4, environments=("islamist",))
    events("Farsta", 2, environments=("left_wing",))
    events("Södermalm", 2)  # fewer than the threshold: shown only as such
    vouch_all()
    for name in ("Bromma", "Farsta", "Södermalm"):
        release(name, 2024)


def test_small_administrations_are_left_out_of_tables_and_sums(city_2024):
    picture = city_picture(2024)
    sodermalm = Administration.objects.get(name="Södermalm")
    assert picture.totals[sodermalm.pk] is None
    assert sodermalm in picture.small
    table = picture.tables["environment"]
    assert table.row_for(sodermalm.pk) is None
    assert table.grand_total == 12  # Bromma 6 + Farsta 6, not Södermalm's 2


def test_administrations_without_a_release_are_not_published(city_2024):
    picture = city_picture(2024)
    farsta, other = (Administration.objects.get(name=n) for n in ("Farsta", "Norra innerstaden"))
    assert other in picture.unpublished and farsta not in picture.unpublished
    assert picture.tables["environment"].row_for(other.pk) is None


def test_no_suppressed_city_count_can_be_worked_out(city_2024):
    picture = city_picture(2024)
    for table in picture.tables.values():
        for j, total in enumerate(table.column_totals):
            # A sum beside a hidden cell would add an equation to what the releases show.
            assert (total is None) == any(row[j] is None for row in table.cells), table.key
        for i, administration in enumerate(table.administrations):
            raw = [[_exact(table.key, administration, code) for code, _ in table.columns]]
            hidden = frozenset(("cell", 0, j) for j, n in enumerate(table.cells[i]) if n is None)
            published = Table.of(raw, row_totals=[table.totals[i]])
            assert derivable(published, hidden) == set(), (table.key, administration.name)


def _exact(key: str, administration: Administration, code: str) -> int:
    return count(Period.year(2024), Filters(), [administration.pk], breakdowns=[key]).get(
        key, administration.pk, code
    )


def test_an_administrations_page_seen_from_outside_shows_its_row_of_the_city_view(city_2024):
    picture = city_picture(2024)
    for name in ("Bromma", "Farsta"):
        administration = Administration.objects.get(name=name)
        figures = released_figures(administration, 2024)
        for key, table in picture.tables.items():
            by_code = {r.code: r.count for r in figures.breakdowns[key]}
            assert [by_code.get(code) for code, _ in table.columns] == table.row_for(administration.pk)


def test_the_trend_shows_each_earlier_year_as_its_own_release(city_2024):
    make_report(administration="Farsta", event_date=D(2022, 5, 1))
    vouch_all()
    release("Farsta", 2022)
    picture = city_picture(2024)
    farsta = Administration.objects.get(name="Farsta")
    assert [p.start.year for p in picture.trend_periods] == [2020, 2021, 2022, 2023, 2024]
    assert picture.trend_totals[farsta.pk] == [None, None, None, None, 6]
    assert picture.trend_published[farsta.pk] == [False, False, True, False, True]


def test_the_central_coordinator_opens_the_city_view(client_as, city_2024):
    response = client_as("central").get(reverse("situation_city"), {"ar": "2024"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Södermalm" in html and "färre än 3" in html and "inte publicerad ännu" in html
    assert 'aria-labelledby="chart-city-environment-title"' in html


def test_the_city_view_is_for_the_central_coordinator_and_admin_only(client_as):
    assert client_as("admin").get(reverse("situation_city")).status_code == 200
    assert client_as("samordnare.bromma").get(reverse("situation_city")).status_code == 403
    assert client_as("namnd").get(reverse("situation_city")).status_code == 403


def test_a_year_in_the_future_is_refused(client_as):
    response = client_as("central").get(reverse("situation_city"), {"ar": str(D.today().year + 1)})
    assert response.status_code == 400  # the page with the Swedish error (issue 22)
    assert response.context["picture"] is None
