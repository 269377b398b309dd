"""Checking rows: codes or labels of the lists, areas by name, dates, and personal data refused per row."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reports.import_files import (
    EVENT_HEADINGS,
    GOOD_EVENTS,
    GOOD_GRAFFITI,
    GRAFFITI_HEADINGS,
    csv_bytes,
    xlsx_bytes,
)
from varna.organisation.models import Area, Unit
from varna.reports.imports import ImportRefused, Lists, Table, read_table, validate_table

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2024, 6, 15)


@pytest.fixture
def lists(bromma) -> Lists:
    return Lists.load(bromma)


def check(kind: str, rows: list[list[str]], lists: Lists, headings: list[str] | None = None):
    headings = headings or (GRAFFITI_HEADINGS if kind == "graffiti" else EVENT_HEADINGS)
    table = read_table("fil.csv", csv_bytes(rows, headings))
    return validate_table(kind, table, lists, today=TODAY)


def test_good_event_rows_become_codes_and_ids(lists, bromma):
    rows, problems = check("ia", GOOD_EVENTS, lists)
    assert problems == []
    first, second, third = rows
    assert first["event_date"] == "2024-03-05" and first["date_precision"] == "day"
    assert first["unit"] == Unit.objects.get(administration=bromma, name="Fritidsgården Blackeberg").pk
    assert first["area"] == Area.objects.get(administration=bromma, name="Blackeberg").pk
    assert first["age_group"] == "under_18" and first["setting"] == "youth_club"
    # Labels and codes, any case, several values separated by semicolons.
    assert second["event_date"] == "2024-04-01" and second["date_precision"] == "month"
    assert second["area"] == Area.objects.get(administration=bromma, name="Alvik").pk
    assert second["environments"] == ["right_wing"]
    assert second["event_types"] == ["threats", "violence"]
    assert second["actions"] == ["police", "manager"]
    assert second["setting"] == "school"
    assert third["age_group"] == "21_plus" and third["area"] is None and third["unit"] is None


def test_an_unknown_entry_names_the_row_the_column_and_the_choices(lists):
    _rows, problems = check("ia", [["2024-03-05", "", "", "högerextrem", "", "", "", "", ""]], lists)
    assert len(problems) == 1
    message = str(problems[0])
    assert message.startswith("Rad 2, kolumn Miljö: ”högerextrem” finns inte i listan. Välj en av: ")
    assert "Våldsbejakande högerextremism (vit makt-miljön)" in message


def test_an_area_of_another_administration_is_unknown_here(lists):
    _rows, problems = check("ia", [["2024-03-05", "", "Hökarängen", "", "", "", "", "", ""]], lists)
    assert str(problems[0]).startswith(
        "Rad 2, kolumn Område: ”Hökarängen” är inget område i Bromma. Välj ett av: "
    )


def test_personal_data_is_an_error_of_its_row_naming_the_kind_never_the_text(lists):
    text = "Eleven Kalle Svensson, 811218-9876, ritade hakkors."
    _rows, problems = check("ia", [["2024-03-05", "", "", "", "", "", "", "", text]], lists)
    assert len(problems) == 1
    message = str(problems[0])
    assert message.startswith("Rad 2, kolumn Beskrivning: ")
    assert "ett namn (PERSON)" in message and "personnummer" in message
    assert "Kalle" not in message and "9876" not in message and "Svensson" not in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-01", "datumet ligger i framtiden"),
        ("2024-07", "datumet ligger i framtiden"),
        ("5/3/2024", "är inte ett datum"),
        ("2024-02-30", "är inte ett datum som finns"),
        ("", "uppgiften saknas"),
    ],
)
def test_dates_must_be_real_past_days_or_months(lists, value, expected):
    _rows, problems = check("ia", [[value, "", "", "", "", "", "", "", "Klotter."]], lists)
    assert [expected in str(problem) for problem in problems] == [True]
    assert problems[0].row == 2 and problems[0].column == "Datum"


def test_this_month_is_not_in_the_future(lists):
    rows, problems = check("ia", [["2024-06", "", "", "", "", "", "", "", ""]], lists)
    assert problems == [] and rows[0]["event_date"] == "2024-06-01"


def test_headings_are_matched_without_regard_to_case_and_order_and_may_be_left_out(lists):
    rows, problems = check(
        "police", [["KLOTTER OCH KLISTERMÄRKEN", "2024-03-05"]], lists, headings=["TYP AV HÄNDELSE", "datum"]
    )
    assert problems == [] and rows[0]["event_types"] == ["graffiti"]


def test_a_missing_date_column_or_an_unknown_heading_is_a_problem_of_the_file(lists):
    _rows, problems = check("ia", [["x", "y"]], lists, headings=["Beskrivning", "Färg"])
    messages = [str(problem) for problem in problems]
    assert any(m.startswith("Kolumnen ”Färg” finns inte i mallen") for m in messages)
    assert any(m.startswith("Kolumnen ”Datum” saknas") for m in messages)
    assert all(problem.row is None for problem in problems)


def test_good_graffiti_rows_become_periods(lists, bromma):
    rows, problems = check("graffiti", GOOD_GRAFFITI, lists)
    assert problems == []
    assert rows[0] == {
        "row": 2,
        "area": Area.objects.get(administration=bromma, name="Blackeberg").pk,
        "period_start": "2024-01-01",
        "period_end": "2024-01-31",
        "count": 12,
        "environment": "right_wing",
    }
    assert rows[1]["period_end"] == "2024-02-29"
    assert rows[2]["area"] is None and rows[2]["environment"] == "left_wing" and rows[2]["count"] == 0


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ["Alvik", "2024-03-10", "2024-03-01", "1", ""],
            "Rad 2, kolumn Till: perioden slutar innan den börjar.",
        ),
        (["Alvik", "2024-03", "", "-4", ""], "Rad 2, kolumn Antal: antalet kan inte vara negativt."),
        (["Alvik", "2024-03", "", "tolv", ""], "Rad 2, kolumn Antal: ”tolv” är inte ett heltal."),
        (["Alvik", "2024-03", "", "", ""], "Rad 2, kolumn Antal: uppgiften saknas."),
        (["Alvik", "2025-01", "", "2", ""], "Rad 2, kolumn Från: perioden börjar i framtiden."),
    ],
)
def test_bad_graffiti_rows(lists, row, expected):
    _rows, problems = check("graffiti", [row], lists)
    assert [str(problem) for problem in problems] == [expected]


def test_every_problem_of_a_bad_file_is_reported_at_once(lists):
    rows = [
        GOOD_EVENTS[0],
        ["2024-03-05", "", "", "högerextrem", "", "", "", "", ""],
        ["2024-03-05", "", "", "", "", "", "", "", "Ring 070-123 45 67 om du vet mer."],
        ["2030-01-01", "", "", "", "", "", "", "", ""],
    ]
    _rows, problems = check("ia", rows, lists)
    assert [(problem.row, problem.column) for problem in problems] == [
        (3, "Miljö"),
        (4, "Beskrivning"),
        (5, "Datum"),
    ]


cell_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["2024-03", "2024-13-01", "0000-00", "right_wing", "Blackeberg", "-1", "1e9", "  ", ";;", "9" * 30]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["ia", "police", "graffiti"]),
    cells=st.lists(st.lists(cell_text, min_size=9, max_size=9), min_size=1, max_size=5),
)
def test_random_cell_contents_never_cause_an_error(lists, kind, cells):
    headings = GRAFFITI_HEADINGS if kind == "graffiti" else EVENT_HEADINGS
    table = Table(headings=headings, rows=[(n + 2, row[: len(headings)]) for n, row in enumerate(cells)])
    rows, problems = validate_table(kind, table, lists, today=TODAY)
    assert len(rows) == len(cells)
    assert all(str(problem) for problem in problems)


@settings(max_examples=100, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_a_damaged_workbook_is_read_or_refused_never_an_error(position, value):
    data = bytearray(WORKBOOK)
    data[position % len(data)] = value
    try:
        read_table("fil.xlsx", bytes(data))
    except ImportRefused as refused:
        assert refused.messages


WORKBOOK = xlsx_bytes(GOOD_EVENTS)


def test_a_workbook_inside_a_zip_with_a_huge_member_count_is_still_just_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(2000):
            archive.writestr(f"x/{n}.txt", "")
    with pytest.raises(ImportRefused):
        read_table("fil.xlsx", buffer.getvalue())
