"""The city-wide view: every administration side by side, disclosure-controlled and consistent."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from tests.reports.factories import make_report
from tests.situation.test_disclosure import derivable
from varna.organisation.models import Administration
from varna.situation.city import city_picture
from varna.situation.disclosure import Table
from varna.situation.figures import controlled_figures

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


def test_small_administrations_are_left_out_of_tables_and_sums(city_2024):
    picture = city_picture(2024)
    sodermalm = Administration.objects.get(name="Södermalm")
    assert picture.totals[sodermalm.pk] is None
    assert sodermalm in picture.small
    table = picture.tables["environment"]
    assert table.row_for(sodermalm.pk) is None
    assert table.grand_total == 12  # Bromma 6 + Farsta 6, not Södermalm's 2


def test_no_suppressed_city_count_can_be_worked_out(city_2024):
    picture = city_picture(2024)
    for table in picture.tables.values():
        raw = [[_exact(table.key, a, code) for code, _ in table.columns] for a in table.administrations]
        suppressed = {
            ("cell", i, j) for i, row in enumerate(table.cells) for j, n in enumerate(row) if n is None
        }
        suppressed |= {("column", j) for j, n in enumerate(table.column_totals) if n is None}
        published = Table.of(
            raw,
            row_totals=table.totals,
            column_totals=[sum(c) for c in zip(*raw, strict=True)],
            grand_total=table.grand_total,
        )
        assert derivable(published, frozenset(suppressed)) == set(), table.key


def _exact(key: str, administration: Administration, code: str) -> int:
    from varna.situation.statistics import Filters, Period, count

    return count(Period.year(2024), Filters(), [administration.pk], breakdowns=[key]).get(
        key, administration.pk, code
    )


def test_an_administrations_page_seen_from_outside_shows_its_row_of_the_city_view(city_2024):
    picture = city_picture(2024)
    for name in ("Bromma", "Farsta"):
        administration = Administration.objects.get(name=name)
        figures = controlled_figures(administration, 2024)
        for key, table in picture.tables.items():
            rows = figures.breakdowns[key]
            if key == "source":
                rows = rows[:-1]  # graffiti is its own row
            assert [r.count for r in rows] == table.row_for(administration.pk), (name, key)


def test_the_trend_shows_each_earlier_year_as_its_own_publication(city_2024):
    make_report(administration="Farsta", event_date=D(2022, 5, 1))
    picture = city_picture(2024)
    farsta = Administration.objects.get(name="Farsta")
    assert [p.start.year for p in picture.trend_periods] == [2020, 2021, 2022, 2023, 2024]
    assert picture.trend_totals[farsta.pk] == [0, 0, None, 0, 6]


def test_the_central_coordinator_opens_the_city_view(client_as, city_2024):
    response = client_as("central").get(reverse("situation_city"), {"ar": "2024"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Södermalm" in html and "färre än 3" in html
    assert 'aria-labelledby="chart-city-environment-title"' in html


def test_the_city_view_is_for_the_central_coordinator_and_admin_only(client_as):
    assert client_as("admin").get(reverse("situation_city")).status_code == 200
    assert client_as("samordnare.bromma").get(reverse("situation_city")).status_code == 403
    assert client_as("namnd").get(reverse("situation_city")).status_code == 403


def test_a_year_in_the_future_is_refused(client_as):
    response = client_as("central").get(reverse("situation_city"), {"ar": str(D.today().year + 1)})
    assert response.status_code == 400  # the page with the Swedish error (issue 22)
    assert response.context["picture"] is None
