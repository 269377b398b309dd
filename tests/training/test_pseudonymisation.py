"""A person appears only as a keyed hash of the employee id; a names column is never stored."""

from __future__ import annotations

import json

import pytest
from django.core import serializers
from django.test import override_settings

from tests.training.factories import COMPLETION_COLUMNS, basic_course, completion_rows, run_import
from varna.audit.models import AuditEvent
from varna.training.models import ColumnMapping, Completion, TrainingImport
from varna.training.pseudonyms import pseudonym

pytestmark = pytest.mark.django_db


def _import(bromma, entries):
    course = basic_course()
    return run_import(bromma, "completions", completion_rows(course, entries), COMPLETION_COLUMNS)


def _everything_stored() -> str:
    rows = [
        *Completion.objects.all(),
        *TrainingImport.objects.all(),
        *ColumnMapping.objects.all(),
        *AuditEvent.objects.all(),
    ]
    return serializers.serialize("json", rows) + json.dumps(
        [bytes(batch.sealed_file).hex() for batch in TrainingImport.objects.all()]
    )


def test_the_stored_id_is_not_the_employee_id(bromma):
    _import(bromma, [("E55501", "Fritidsgården Blackeberg", "2024-03-01")])
    stored = Completion.objects.get()
    assert stored.pseudonym != "E55501"
    assert "E55501" not in stored.pseudonym
    assert len(stored.pseudonym) == 64


def test_the_same_id_gives_the_same_pseudonym_across_imports(bromma):
    _import(bromma, [("E55501", "Fritidsgården Blackeberg", "2024-03-01")])
    _import(bromma, [(" e55501 ", "Fritidsgården Blackeberg", "2024-04-01")])
    assert Completion.objects.count() == 1
    assert Completion.objects.get().pseudonym == pseudonym("E55501")


def test_another_key_gives_another_pseudonym():
    with override_settings(TRAINING_PSEUDONYM_KEY="en-annan-nyckel"):
        other = pseudonym("E55501")
    assert other != pseudonym("E55501")


def test_neither_names_nor_raw_ids_are_stored_anywhere(bromma):
    _import(
        bromma,
        [("E55501", "Fritidsgården Blackeberg", "2024-03-01"), ("E55502", "Blackebergsskolan", "2024-03-02")],
    )
    stored = _everything_stored()
    assert Completion.objects.count() == 2
    assert "Anna Andersson" not in stored
    assert "E55501" not in stored and "E55502" not in stored
    assert TrainingImport.objects.get().sealed_file in (b"", memoryview(b""))


def test_a_file_waiting_for_its_columns_is_kept_only_encrypted(bromma, user):
    from tests.training.factories import xlsx
    from varna.training import services

    course = basic_course()
    data = xlsx(completion_rows(course, [("E55501", "Fritidsgården Blackeberg", "2024-03-01")]))
    batch, key, preview = services.start_import(
        administration=bromma,
        kind="completions",
        file_name="export.xlsx",
        data=data,
        created_by=user("samordnare.bromma"),
    )
    assert "Namn" in preview.headings
    sealed = bytes(TrainingImport.objects.get(pk=batch.pk).sealed_file)
    assert sealed and b"Anna Andersson" not in sealed and b"E55501" not in sealed
    assert key.encode() not in sealed
