"""Progress against the target: 725 av 955 = 76 %, per unit and department, over time, export."""

from __future__ import annotations

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from varna.training.demo import BASIC
from varna.training.models import Course
from varna.training.selectors import percent, progress

pytestmark = pytest.mark.django_db
END_2020 = datetime.date(2020, 12, 31)


def _basic() -> Course:
    return Course.objects.get(name=BASIC)


def test_the_seed_figure_is_725_of_955_or_76_percent(demo_training, socialforvaltningen):
    result = progress(course=_basic(), administration=socialforvaltningen, on_date=END_2020)
    assert (result.total.completed, result.total.staff, result.total.percent) == (725, 955, 76)
    assert result.total.text == "725 av 955 = 76 %"
    assert not result.meets_target


def test_percent_is_rounded_half_up_and_undefined_without_staff():
    assert percent(1, 8) == 13  # 12.5
    assert percent(0, 0) is None


def test_units_more_than_ten_points_below_the_administration_are_lagging(demo_training, socialforvaltningen):
    result = progress(course=_basic(), administration=socialforvaltningen, on_date=END_2020)
    assert [unit.name for unit in result.lagging] == ["Socialjouren"]  # 70 of 120 = 58 %
    stod = next(unit for unit in result.units if unit.name == "Enheten för stöd och skydd")
    assert stod.share.percent == 67 and not stod.lagging  # within ten points of 76


def test_the_page_marks_lagging_units_in_words(demo_training, socialforvaltningen, client_as):
    url = reverse("training_progress", args=[socialforvaltningen.pk])
    page = client_as("samordnare.soc").get(url, {"ar": 2020}).content.decode()
    assert "725 av 955 = 76 %" in page
    row = page.split('<th scope="row">Socialjouren', 1)[1].split("</tr>", 1)[0]
    assert "Släpar efter" in row
    assert "1 enhet släpar efter" in page


def test_history_per_month_counts_everyone_so_far(demo_training, socialforvaltningen):
    result = progress(course=_basic(), administration=socialforvaltningen, on_date=END_2020, with_months=True)
    assert len(result.months) == 12
    done = [month.share.completed for month in result.months]
    assert done == sorted(done) and done[-1] == 725
    assert done[0] > 0  # completions of 2019 count from the start


def test_a_unit_manager_sees_their_own_unit_only(bromma, client_as, user):
    from tests.training.factories import COMPLETION_COLUMNS, basic_course, completion_rows, run_import

    course = basic_course()
    rows = completion_rows(
        course, [("E1", "Fritidsgården Blackeberg", "2024-03-01"), ("E2", "Blackebergsskolan", "2024-03-01")]
    )
    run_import(bromma, "completions", rows, COMPLETION_COLUMNS)
    page = client_as("enhetschef").get(reverse("training_progress", args=[bromma.pk]), {"ar": 2024})
    units = [unit.name for unit in page.context["progress"].units]
    assert units == ["Fritidsgården Blackeberg"]


def test_the_export_opens_as_a_workbook_with_the_figures(demo_training, socialforvaltningen, client_as):
    url = reverse("training_export", args=[socialforvaltningen.pk])
    response = client_as("samordnare.soc").get(url, {"ar": 2020, "kurs": _basic().pk})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    units = workbook["Enheter"]
    assert next(units.iter_rows(min_row=2, max_row=2, max_col=4, values_only=True)) == (
        "Förvaltningen",
        725,
        955,
        76,
    )
    rows = {row[0]: row for row in units.iter_rows(min_row=5, values_only=True)}
    assert rows["Socialjouren"][2:] == (70, 120, 58, "Släpar efter")
    assert workbook["Per månad"].max_row == 13
