"""The year's survey, training completion and support log in the situation picture: live on the
page, controlled outside the administration, and kept as key figures in a frozen snapshot."""

from __future__ import annotations

import datetime
import io

from django.urls import reverse
from docx import Document as Docx

from tests.support.factories import make_consultation
from tests.surveys.factories import answer, open_test_round
from varna.organisation.models import User
from varna.situation.services import freeze_situation

YEAR = datetime.date.today().year


def page(client, administration, year=YEAR):
    return client.get(reverse("situation", args=[administration.pk]), {"ar": year}).content.decode()


def test_the_coordinator_sees_the_survey_and_the_support_log_of_the_year(client_as, bromma):
    _round, tokens = open_test_round(units=2, year=YEAR)
    for token in tokens.values():
        answer(token)
    make_consultation()
    html = page(client_as("samordnare.bromma"), bromma)
    assert "2 av 2 har svarat" in html
    assert "1 konsultation i enskilda ärenden" in html


def test_outside_the_administration_a_survey_of_few_units_and_small_counts_are_hidden(client_as, bromma):
    _round, tokens = open_test_round(units=2, year=YEAR)
    for token in tokens.values():
        answer(token, {"observed": "yes"})
    make_consultation()
    # Outsiders see the year's release: its frozen, controlled key figures (ADR 0006).
    freeze_situation(administration=bromma, year=YEAR, actor=User.objects.get(username="samordnare.bromma"))
    html = page(client_as("central"), bromma)
    assert "2 av 2" in html  # the response rate is no secret
    assert "färre än 3" in html


def test_a_frozen_snapshot_keeps_the_other_sources_as_they_were(client_as, bromma):
    _round, tokens = open_test_round(units=3, year=YEAR)
    for token in tokens.values():
        answer(token)
    snapshot = freeze_situation(
        administration=bromma, year=YEAR, actor=User.objects.get(username="samordnare.bromma")
    )
    sections = snapshot.extra["other_sources"]["sections"]
    assert sections[0]["rows"][0] == ["Svarsfrekvens", "3 av 3 (100 %)"]
    client = client_as("samordnare.bromma")
    shown = client.get(reverse("situation_snapshot", args=[bromma.pk, snapshot.pk])).content.decode()
    assert "3 av 3 (100 %)" in shown
    document = client.get(reverse("situation_snapshot_export", args=[bromma.pk, snapshot.pk, "docx"]))
    text = [cell.text for table in Docx(io.BytesIO(document.content)).tables for row in table.rows
            for cell in row.cells]  # fmt: skip
    assert "3 av 3 (100 %)" in text
