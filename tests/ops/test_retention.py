"""Retention (gallring): old reports are reduced to statistics, or deleted, and nothing else changes."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from tests.reports.factories import make_report
from varna.audit.models import AuditEvent
from varna.organisation.models import Administration, User
from varna.reports.constants import Classification
from varna.reports.demo import load_demo_reports
from varna.reports.models import ImportBatch, Report, ReportNote
from varna.reports.retention import apply_retention, retention_cutoff
from varna.reports.selectors import own_reports
from varna.reports.services import add_note, link_reports, review_report
from varna.situation.figures import exact_figures
from varna.situation.releases import city_picture
from varna.situation.statistics import Filters, Period, count

pytestmark = pytest.mark.django_db

D = datetime.date
TODAY = D(2026, 3, 1)  # five years back: everything before 1 January 2021 is due


def backdate(*reports: Report) -> None:
    """Reports entered when they happened (submitted_at is set on creation)."""
    for report in reports:
        submitted = datetime.datetime(
            report.event_date.year, report.event_date.month, 28, 12, tzinfo=datetime.UTC
        )
        Report.objects.filter(pk=report.pk).update(submitted_at=submitted)


@pytest.fixture
def old_and_new(demo, user):
    """The seed events (2018–2024) entered when they happened, plus Bromma reports of 2019 and
    2025 with everything that can identify someone: reporter, reviewer, contact, notes, links."""
    load_demo_reports()
    backdate(*Report.objects.all())
    coordinator = user("samordnare.bromma")
    old = [
        make_report(event_date=D(2019, 3, 4), contact_requested=True),
        make_report(event_date=D(2019, 9, 1), environments=("left_wing",), event_types=("threats",)),
    ]
    backdate(*old)
    review_report(report=old[0], by=coordinator, classification=Classification.VBE)
    add_note(report=old[0], author=coordinator, text="Samma händelse som polisen rapporterade.")
    link_reports(report=old[0], other=old[1], by=coordinator)
    new = make_report(event_date=D(2025, 11, 2), contact_requested=True)
    add_note(report=new, author=coordinator, text="Följs upp med enheten.")
    link_reports(report=new, other=old[1], by=coordinator)
    ImportBatch.objects.create(
        administration=Administration.objects.get(name="Bromma"),
        kind="ia",
        file_name="ia.xlsx",
        rows=[{"description": "Hot mot personal"}],
    )
    ImportBatch.objects.filter(file_name="ia.xlsx").update(
        created_at=datetime.datetime(2019, 5, 1, tzinfo=datetime.UTC)
    )
    return old, new


def situation(years: range) -> list:
    """Everything the situation picture shows for these years: exact counts of every
    administration, Bromma's page and the disclosure-controlled city-wide view."""
    ids = list(Administration.objects.values_list("pk", flat=True))
    bromma = Administration.objects.get(name="Bromma")
    return [
        (
            count(Period.year(year), Filters(), ids),
            exact_figures(bromma, Period.year(year), Filters()),
            city_picture(year),
        )
        for year in years
    ]


def test_the_cutoff_is_the_first_of_january_a_whole_number_of_years_back(settings):
    settings.REPORT_RETENTION_YEARS = 5
    assert retention_cutoff(today=TODAY) == D(2021, 1, 1)
    assert retention_cutoff(years=2, today=D(2026, 12, 31)) == D(2024, 1, 1)


def test_reducing_leaves_the_situation_picture_of_past_years_unchanged(old_and_new):
    before = situation(range(2018, 2026))
    result = apply_retention(years=5, apply=True, today=TODAY)
    assert result.reports > 2
    assert situation(range(2018, 2026)) == before


def test_nothing_identifying_remains_in_a_reduced_report(old_and_new, user):
    apply_retention(years=5, apply=True, today=TODAY)
    due = Report.objects.filter(event_date__lt=D(2021, 1, 1))
    assert due.count() == Report.objects.filter(event_date__year__lt=2021).count() > 2
    for report in due:
        assert report.description == ""
        assert report.submitted_by is None and report.reviewed_by is None
        assert report.contact_requested is False
        assert not report.notes.exists() and not report.linked.exists()
    assert not own_reports(user("medarbetare")).filter(event_date__lt=D(2021, 1, 1)).exists()
    assert ImportBatch.objects.get(file_name="ia.xlsx").rows == []


def test_coded_fields_are_kept(old_and_new):
    old, _ = old_and_new
    apply_retention(years=5, apply=True, today=TODAY)
    report = Report.objects.get(pk=old[0].pk)
    assert report.classification == Classification.VBE
    assert report.event_date == D(2019, 3, 4)
    assert report.administration.name == "Bromma"
    assert list(report.environments.values_list("code", flat=True)) == ["right_wing"]
    assert list(report.event_types.values_list("code", flat=True)) == ["graffiti"]


def test_recent_reports_keep_everything(old_and_new):
    _, new = old_and_new
    apply_retention(years=5, apply=True, today=TODAY)
    new.refresh_from_db()
    assert new.description and new.submitted_by is not None and new.contact_requested
    assert new.notes.count() == 1
    # Its link pointed at a reduced report: links are removed in both directions.
    assert not new.linked.exists()


def test_an_old_event_reported_recently_is_kept_until_its_report_is_old_too(demo):
    report = make_report(event_date=D(2019, 3, 4))  # submitted now
    apply_retention(years=5, apply=True, today=datetime.date.today())
    report.refresh_from_db()
    assert report.description


def test_a_dry_run_changes_nothing(old_and_new):
    descriptions = dict(Report.objects.values_list("pk", "description"))
    notes, events = ReportNote.objects.count(), AuditEvent.objects.count()
    result = apply_retention(years=5, today=TODAY)
    assert result.reports > 2 and not result.applied
    assert dict(Report.objects.values_list("pk", "description")) == descriptions
    assert (ReportNote.objects.count(), AuditEvent.objects.count()) == (notes, events)


def test_one_audit_entry_with_counts_and_no_text_and_a_second_run_does_nothing(old_and_new):
    first = apply_retention(years=5, apply=True, today=TODAY)
    entries = AuditEvent.objects.filter(actor_name__startswith="gallring")
    assert entries.count() == 1
    summary = entries.get().summary
    assert f"{first.reports} rapporter reducerade" in summary
    assert "1 anteckningar, 2 kopplingar mellan rapporter" in summary
    assert "polisen" not in summary
    again = apply_retention(years=5, apply=True, today=TODAY)
    assert again.nothing_to_do
    assert entries.count() == 1


def test_delete_removes_the_old_reports_and_nothing_else(old_and_new):
    _, new = old_and_new
    old_count = Report.objects.filter(event_date__year__lt=2021).count()
    total = Report.objects.count()
    result = apply_retention(years=5, delete=True, apply=True, today=TODAY)
    assert result.reports == old_count
    assert Report.objects.count() == total - old_count
    assert not Report.objects.filter(event_date__year__lt=2021).exists()
    assert Report.objects.filter(pk=new.pk).exists()
    assert AuditEvent.objects.filter(actor_name__startswith="gallring", action="deleted").count() == 1
    assert apply_retention(years=5, delete=True, apply=True, today=TODAY).nothing_to_do


def test_the_command_is_a_dry_run_unless_told_to_apply(old_and_new, settings):
    settings.REPORT_RETENTION_YEARS = 5
    out = StringIO()
    call_command("apply_retention", "--date", TODAY.isoformat(), stdout=out)
    assert "torrkörning" in out.getvalue()
    assert Report.objects.filter(event_date__year__lt=2021, description__gt="").exists()
    call_command("apply_retention", "--date", TODAY.isoformat(), "--apply", stdout=out)
    assert not Report.objects.filter(event_date__year__lt=2021, description__gt="").exists()
    out = StringIO()
    call_command("apply_retention", "--date", TODAY.isoformat(), "--apply", stdout=out)
    assert "Inget att gallra" in out.getvalue()


def test_the_setting_decides_the_age(old_and_new, settings):
    settings.REPORT_RETENTION_YEARS = 8  # before 2018: nothing in the demo
    assert apply_retention(apply=True, today=TODAY).nothing_to_do
    assert User.objects.filter(username="medarbetare").get().submitted_reports.exists()
