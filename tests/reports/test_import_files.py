"""Reading uploaded files: what is read, and every kind of malformed file refused with a clear message."""

from __future__ import annotations

import datetime
import io
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reports.import_files import EVENT_HEADINGS, GOOD_EVENTS, csv_bytes, xlsx_bytes
from varna.reports.imports import ImportRefused, files, read_table


def refusal(name: str, data: bytes) -> str:
    with pytest.raises(ImportRefused) as refused:
        read_table(name, data)
    assert len(refused.value.problems) == 1
    return refused.value.messages[0]


def test_a_csv_with_semicolons_is_read_row_by_row_with_spreadsheet_row_numbers():
    table = read_table("ia.csv", csv_bytes(GOOD_EVENTS))
    assert table.headings == EVENT_HEADINGS
    assert [number for number, _cells in table.rows] == [2, 3, 4]
    assert table.rows[1][1][4] == "Hot; våld"  # a quoted cell keeps its semicolon


def test_a_csv_with_commas_is_read_too():
    table = read_table("ia.csv", csv_bytes(GOOD_EVENTS, delimiter=","))
    assert table.rows[0][1][2] == "Blackeberg"


def test_the_byte_order_mark_of_excels_csv_utf8_is_not_part_of_the_first_heading():
    table = read_table("ia.csv", csv_bytes(GOOD_EVENTS, bom=True))
    assert table.headings[0] == "Datum"


def test_a_csv_in_latin1_is_refused_with_what_to_do():
    message = refusal("ia.csv", csv_bytes(GOOD_EVENTS, encoding="latin-1"))
    assert "UTF-8" in message and "rad 1" in message  # "Område" in the headings


def test_a_csv_in_utf16_is_refused():
    assert "UTF-16" in refusal("ia.csv", csv_bytes(GOOD_EVENTS, encoding="utf-16"))


def test_random_bytes_named_xlsx_are_refused_as_not_a_workbook():
    assert "Excel-arbetsbok" in refusal("ia.xlsx", bytes(range(256)) * 40)


def test_a_zip_that_is_not_a_workbook_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hej.txt", "hej")
    assert "Excel-arbetsbok" in refusal("ia.xlsx", buffer.getvalue())


def test_an_xlsm_is_refused_by_its_name_and_a_workbook_with_macros_by_its_content():
    assert "makron" in refusal("ia.xlsm", xlsx_bytes(GOOD_EVENTS))
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_bytes(GOOD_EVENTS))) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for entry in source.infolist():
            target.writestr(entry, source.read(entry))
        target.writestr("xl/vbaProject.bin", b"\x00" * 10)
    assert "makron" in refusal("ia.xlsx", buffer.getvalue())


def test_an_empty_file_and_a_file_with_only_headings_are_refused():
    assert "tom" in refusal("ia.csv", b"")
    assert "tom" in refusal("ia.csv", b"\n\n")
    assert "inga rader" in refusal("ia.csv", csv_bytes([]))
    assert "inga rader" in refusal("ia.xlsx", xlsx_bytes([]))


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 100)
    assert "för stor" in refusal("ia.csv", csv_bytes(GOOD_EVENTS))


def test_a_file_with_too_many_rows_is_refused(monkeypatch):
    monkeypatch.setattr(files, "MAX_ROWS", 2)
    assert "fler än 2 rader" in refusal("ia.csv", csv_bytes(GOOD_EVENTS))
    assert "fler än 2 rader" in refusal("ia.xlsx", xlsx_bytes(GOOD_EVENTS))


def test_a_workbook_that_unpacks_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(files, "MAX_UNPACKED", 1000)
    assert "uppackad" in refusal("ia.xlsx", xlsx_bytes(GOOD_EVENTS))


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd.csv", "C:\\Users\\x\\ia.csv", "mapp/ia.csv", ".ia.csv", "ia\x00.csv", "ia\n.csv", " "],
)
def test_names_with_paths_or_control_characters_are_refused(name):
    assert "Filnamnet" in refusal(name, csv_bytes(GOOD_EVENTS))


@pytest.mark.parametrize(("name", "word"), [("ia.xls", ".xls"), ("ia.txt", ".xlsx"), ("ia", ".xlsx")])
def test_other_file_types_are_refused_with_the_types_accepted(name, word):
    assert word in refusal(name, csv_bytes(GOOD_EVENTS))


def test_formulas_in_a_workbook_are_problems_of_their_cells():
    table = read_table("ia.xlsx", xlsx_bytes([["2024-03-05", "", "", "", "", "", "", "", "=A1"]]))
    assert [str(problem) for problem in table.problems] == [
        "Rad 2, kolumn Beskrivning: cellen innehåller en formel. Klistra in värdet i stället."
    ]


def test_a_leading_equals_sign_in_a_csv_cell_is_treated_as_a_formula():
    table = read_table("ia.csv", csv_bytes([["2024-03-05", "", "", "", "", "", "", "", "=HYPERLINK(1)"]]))
    assert table.problems and table.problems[0].row == 2


def test_dates_typed_as_dates_in_excel_are_read_as_dates_or_months_as_formatted():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Datum", "Antal"])
    sheet.append([datetime.date(2024, 3, 5), 3.0])
    sheet.append([datetime.datetime(2024, 4, 1), 7])
    sheet["A3"].number_format = "yyyy-mm"
    buffer = io.BytesIO()
    workbook.save(buffer)
    table = read_table("ia.xlsx", buffer.getvalue())
    assert [cells for _number, cells in table.rows] == [["2024-03-05", "3"], ["2024-04", "7"]]


def test_empty_rows_are_skipped_and_row_numbers_stay_those_of_the_sheet():
    table = read_table("ia.xlsx", xlsx_bytes([GOOD_EVENTS[0], [], [None] * 9, GOOD_EVENTS[1]]))
    assert [number for number, _cells in table.rows] == [2, 5]


def test_values_beyond_the_headed_columns_are_a_problem_of_their_row():
    table = read_table("ia.csv", csv_bytes([[*GOOD_EVENTS[0], "extra"]]))
    assert [str(problem) for problem in table.problems] == [
        "Rad 2: det finns värden i en kolumn utan rubrik."
    ]


def test_broken_quoting_in_a_csv_is_refused_with_its_row():
    data = b'Datum;Beskrivning\n2024-03-05;"ok"\n2024-03-06;"trasig"x\n'
    assert "Rad 3" in refusal("ia.csv", data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), extension=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_are_read_or_refused_never_an_error(data, extension):
    try:
        read_table(f"fil{extension}", data)
    except ImportRefused as refused:
        assert refused.messages


@settings(max_examples=50, deadline=None)
@given(cells=st.lists(st.lists(st.text(max_size=30), min_size=0, max_size=12), min_size=0, max_size=6))
def test_any_text_in_a_csv_is_read_or_refused_never_an_error(cells):
    try:
        read_table("fil.csv", csv_bytes(cells))
    except ImportRefused as refused:
        assert refused.messages
