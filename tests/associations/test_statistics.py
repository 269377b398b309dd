"""Statistics per year: exact for the administration, disclosure-controlled for the city; exports."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.associations.factories import grant, make_application, make_association, officer
from varna.associations import decisions, statistics

pytestmark = pytest.mark.django_db


def figures_for_soc() -> None:
    """2025 in Socialförvaltningen: 4 granted (one followed up), 1 denied, 1 stopped, 1 received."""
    for i in range(6):
        application = make_application(
            make_association(f"Förening {i}", number=f"80250{i}000"), year=2025, fulfilled=i < 6
        )
        if i < 5:
            grant(application)
        else:
            decisions.decide(application=application, outcome="denied", justification="Nej.", actor=officer())
        if i == 4:
            decisions.decide(
                application=application, outcome="stopped", justification="Stopp.", actor=officer()
            )
        if i == 0:
            follow_up = application.follow_ups.get(kind="regular")
            decisions.record_follow_up(
                follow_up=follow_up,
                done_on=datetime.date(2025, 9, 1),
                outcome="no_remarks",
                note="",
                actor=officer(),
            )
    make_application(make_association("Ny förening", number="802599000"), year=2025)


def test_the_administration_sees_exact_figures(demo, socialforvaltningen):
    figures_for_soc()
    row = statistics.administration_figures(socialforvaltningen, 2025).rows[0]
    assert (row.applications, *row.by_status, row.follow_ups_done) == (7, 4, 1, 1, 1, 1)


def test_the_city_hides_small_counts_and_what_would_reveal_them(demo):
    figures_for_soc()
    bromma_association = make_association("Bromma IF", administration="Bromma", number="802598000")
    make_application(bromma_association, year=2025)
    figures = statistics.city_figures(2025)
    assert figures.controlled
    soc = next(row for row in figures.rows if row.label == "Socialförvaltningen")
    bromma = next(row for row in figures.rows if row.label == "Bromma")
    # Ones and twos are hidden; 4 granted is shown; Bromma's single application is hidden.
    assert soc.by_status[0] == 4
    assert soc.by_status[1] is None and soc.by_status[2] is None
    assert bromma.applications is None
    # No hidden count can be worked out from the totals of its row and column.
    assert bromma.by_status[3] is None
    assert figures.total.applications == 8


def test_statistics_export_as_csv_and_xlsx(demo, client_as, socialforvaltningen):
    figures_for_soc()
    url = reverse("association_statistics", args=[socialforvaltningen.pk])
    response = client_as("handlaggare").get(url, {"year": 2025, "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Förvaltning", "Ansökningar", "Beviljade"]
    assert rows[1] == ["Socialförvaltningen", "7", "4", "1", "1", "1", "1"]
    response = client_as("samordnare.soc").get(url, {"year": 2025, "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[2]] == ["Socialförvaltningen", 7, 4, 1, 1, 1, 1]


def test_the_central_coordinator_sees_the_city_but_not_an_administrations_exact_page(
    demo, client_as, socialforvaltningen
):
    figures_for_soc()
    central = client_as("central")
    page = central.get(reverse("association_statistics_city"), {"year": 2025})
    assert page.status_code == 200
    assert "Röjandekontroll" in page.content.decode()
    assert central.get(reverse("association_statistics", args=[socialforvaltningen.pk])).status_code == 403
