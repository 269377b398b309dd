"""The submit_report service: what is stored, what is refused, who is told."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from tests.reports.factories import make_report
from varna.lib.personal_data import PersonalDataError
from varna.organisation.models import Area
from varna.reports.constants import ReferenceKind, Status
from varna.reports.models import ReferenceItem, Report

pytestmark = pytest.mark.django_db


def test_the_default_reference_lists_exist_after_migrate():
    assert ReferenceItem.objects.filter(kind=ReferenceKind.ENVIRONMENT, code="islamist").exists()
    assert ReferenceItem.objects.filter(kind=ReferenceKind.EVENT_TYPE).count() >= 10


def test_a_report_gets_a_short_unique_reference_and_starts_new(demo):
    first, second = make_report(), make_report()
    assert first.reference != second.reference
    assert len(first.reference) == len("R-XXXX-XXXX")
    assert first.status == Status.NEW and first.is_new


def test_a_text_with_personal_data_is_refused_and_nothing_is_stored(demo):
    with pytest.raises(PersonalDataError):
        make_report(description="Eleven Kalle Svensson, 050101-1234, ritade symboler.")
    assert Report.objects.count() == 0


def test_an_area_of_another_administration_is_refused(demo, farsta):
    with pytest.raises(ValidationError):
        make_report(area=Area.objects.filter(administration=farsta).first())
    assert Report.objects.count() == 0


def test_the_coordinators_are_told_by_email_without_the_text(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        report = make_report()
    assert [m.to for m in mail.outbox] == [["samordnare.bromma@demo.varna.example"]]
    assert report.reference in mail.outbox[0].subject
    assert "busshållplatsen" not in mail.outbox[0].body
