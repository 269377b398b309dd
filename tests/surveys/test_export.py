"""Results as a table and chart on the page, and as an XLSX file."""

from __future__ import annotations

import io

from django.urls import reverse
from openpyxl import load_workbook

from tests.surveys.factories import answer, close, open_test_round


def test_results_and_their_export(demo, client_as):
    survey_round, tokens = open_test_round(units=3)
    emails = list(tokens)
    answer(
        tokens[emails[0]],
        {"observed": "yes", "environments": ["right_wing"], "event_types": ["graffiti"], "event_count": 2},
    )
    answer(
        tokens[emails[1]], {"observed": "yes", "environments": ["right_wing", "islamist"], "event_count": 1}
    )
    answer(tokens[emails[2]], {"knowledge": 5})
    coordinator = client_as("samordnare.bromma")
    page = coordinator.get(reverse("survey_round_results", args=[survey_round.pk])).text
    assert '<svg role="img"' in page and "<caption>" in page
    assert "Medelvärde 3,7." in page

    response = coordinator.get(reverse("survey_round_export", args=[survey_round.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Svarsfrekvens", "Resultat", "Svar"]
    totals = [row for row in book["Svarsfrekvens"].iter_rows(values_only=True) if row[0] == "Totalt"]
    assert totals == [("Totalt", 3, 3, 100)]
    rows = list(book["Resultat"].iter_rows(values_only=True))
    right_wing = [r for r in rows if r[2] == "Våldsbejakande högerextremism (vit makt-miljön)"]
    assert right_wing[0][3] == 2
    assert ("Summa", 3) in [(r[2], r[3]) for r in rows if r[1] and r[1].startswith("Ungefär hur många")]
    assert book["Svar"].max_row == 4  # header and three responses


def test_an_anonymous_round_exports_no_row_per_response(demo, client_as):
    survey_round, tokens = open_test_round(units=3, anonymous=True)
    for token in tokens.values():
        answer(token)
    close(survey_round)
    response = client_as("samordnare.bromma").get(reverse("survey_round_export", args=[survey_round.pk]))
    assert load_workbook(io.BytesIO(response.content)).sheetnames == ["Svarsfrekvens", "Resultat"]
