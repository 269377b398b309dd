"""Importing: a good file imports exactly its rows at confirmation, a bad one nothing at all."""

from __future__ import annotations

import threading

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection

from tests.reports.import_files import (
    GOOD_EVENTS,
    GOOD_GRAFFITI,
    GRAFFITI_HEADINGS,
    csv_bytes,
    xlsx_bytes,
)
from varna.audit.models import AuditEvent
from varna.organisation.models import Area
from varna.reports.constants import ImportStatus, Source
from varna.reports.imports import (
    ImportRefused,
    cancel_import,
    confirm_import,
    confirm_import_steps,
    create_import_batch,
    summarise,
)
from varna.reports.imports import services as import_services
from varna.reports.models import GraffitiCount, ImportBatch, Report

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(user):
    return user("samordnare.bromma")


def upload(
    administration, coordinator, data: bytes, *, kind: str = "ia", name: str = "ia.csv"
) -> ImportBatch:
    return create_import_batch(
        administration=administration, kind=kind, file_name=name, data=data, created_by=coordinator
    )


def test_a_good_csv_is_previewed_and_then_imports_exactly_its_rows(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    assert batch.status == ImportStatus.PREVIEW and batch.row_count == 3
    assert Report.objects.count() == 0  # nothing before the confirmation

    assert confirm_import(batch=batch, by=coordinator) == 3
    reports = Report.objects.filter(import_batch=batch).order_by("event_date")
    assert reports.count() == Report.objects.count() == 3
    assert {r.source for r in reports} == {Source.IA}
    assert {r.submitted_by for r in reports} == {coordinator}
    assert {r.administration for r in reports} == {bromma}
    assert len({r.reference for r in reports}) == 3
    april = reports.get(event_date="2024-04-01")
    assert april.date_precision == "month"
    assert april.area == Area.objects.get(administration=bromma, name="Alvik")
    assert sorted(april.event_types.values_list("code", flat=True)) == ["threats", "violence"]
    assert sorted(april.actions.values_list("code", flat=True)) == ["manager", "police"]
    assert april.setting.code == "school"
    assert april.description == "Hot mot personal i samband med en konflikt."
    batch.refresh_from_db()
    assert batch.status == ImportStatus.IMPORTED and batch.rows == [] and batch.imported_at
    assert mail.outbox == []  # events of other sources are not announced by e-mail


def test_a_good_xlsx_of_police_information_imports_exactly_its_rows(bromma, coordinator):
    batch = upload(bromma, coordinator, xlsx_bytes(GOOD_EVENTS), kind="police", name="polisen.xlsx")
    confirm_import(batch=batch, by=coordinator)
    assert (
        Report.objects.filter(source=Source.POLICE, import_batch=batch).count() == Report.objects.count() == 3
    )


def test_a_good_xlsx_of_graffiti_imports_its_counts(bromma, coordinator):
    batch = upload(
        bromma,
        coordinator,
        xlsx_bytes(GOOD_GRAFFITI, GRAFFITI_HEADINGS),
        kind="graffiti",
        name="klotter.xlsx",
    )
    confirm_import(batch=batch, by=coordinator)
    counts = GraffitiCount.objects.filter(import_batch=batch).order_by("period_start")
    assert [(c.area and c.area.name, str(c.period_start), str(c.period_end), c.count) for c in counts] == [
        ("Blackeberg", "2024-01-01", "2024-01-31", 12),
        ("Alvik", "2024-02-01", "2024-02-29", 3),
        (None, "2024-03-01", "2024-03-31", 0),
    ]
    assert Report.objects.count() == 0


def test_a_bad_file_is_refused_with_row_messages_and_nothing_is_stored(bromma, coordinator):
    before = (Report.objects.count(), ImportBatch.objects.count(), AuditEvent.objects.count())
    rows = [
        GOOD_EVENTS[0],
        ["2024-03-05", "", "", "högerextrem", "", "", "", "", ""],
        ["2024-03-05", "", "", "", "", "", "", "", "Eleven Kalle Svensson ritade symboler."],
        ["2999-01-01", "", "", "", "", "", "", "", ""],
    ]
    with pytest.raises(ImportRefused) as refused:
        upload(bromma, coordinator, csv_bytes(rows))
    messages = refused.value.messages
    assert [m.split(":")[0] for m in messages] == [
        "Rad 3, kolumn Miljö",
        "Rad 4, kolumn Beskrivning",
        "Rad 5, kolumn Datum",
    ]
    assert "Kalle" not in " ".join(messages)
    assert (Report.objects.count(), ImportBatch.objects.count(), AuditEvent.objects.count()) == before


def test_confirming_twice_imports_once(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    assert confirm_import(batch=batch, by=coordinator) == 3
    assert confirm_import(batch=batch, by=coordinator) == 0
    assert Report.objects.count() == 3


def test_the_confirmation_is_all_or_nothing_when_a_late_row_fails(bromma, coordinator, monkeypatch):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    monkeypatch.setattr(import_services, "CHUNK", 1)  # one row per step: the first rows are written
    real = import_services._create_events
    calls = []

    def fail_on_the_last_row(batch, rows, resolve, by):
        calls.append(rows[0]["row"])
        if rows[0]["row"] == 4:
            raise RuntimeError("the database went away")
        real(batch, rows, resolve, by)

    monkeypatch.setattr(import_services, "_create_events", fail_on_the_last_row)
    with pytest.raises(RuntimeError):
        confirm_import(batch=batch, by=coordinator)
    assert calls == [2, 3, 4]
    assert Report.objects.count() == 0
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PREVIEW and len(batch.rows) == 3


def test_an_area_removed_after_the_upload_refuses_the_whole_confirmation(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    Area.objects.filter(administration=bromma, name="Alvik").delete()
    with pytest.raises(ImportRefused) as refused:
        confirm_import(batch=batch, by=coordinator)
    assert refused.value.messages == [
        "Rad 3, kolumn Område: valet finns inte längre i Värna. Ladda upp filen igen."
    ]
    assert Report.objects.count() == 0
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PREVIEW


def test_a_confirmation_abandoned_halfway_rolls_back(bromma, coordinator, monkeypatch):
    monkeypatch.setattr(import_services, "CHUNK", 1)
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    steps = confirm_import_steps(batch=batch, by=coordinator)
    assert [next(steps), next(steps), next(steps)] == [(0, 3), (1, 3), (2, 3)]
    steps.close()  # what the server does when the browser goes away mid-stream
    assert Report.objects.count() == 0
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PREVIEW


def test_cancelling_drops_the_rows_and_a_cancelled_batch_cannot_be_confirmed(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    cancel_import(batch=batch, by=coordinator)
    cancel_import(batch=batch, by=coordinator)  # twice is harmless
    batch.refresh_from_db()
    assert batch.status == ImportStatus.CANCELLED and batch.rows == []
    assert confirm_import(batch=batch, by=coordinator) == 0
    assert Report.objects.count() == 0


def test_an_imported_batch_cannot_be_cancelled(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    confirm_import(batch=batch, by=coordinator)
    with pytest.raises(ValidationError):
        cancel_import(batch=batch, by=coordinator)
    assert Report.objects.count() == 3


def test_the_preview_counts_match_what_is_imported(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    before = summarise(batch)
    confirm_import(batch=batch, by=coordinator)
    after = summarise(batch)
    assert before.rows == after.rows == 3
    assert [(t.title, t.counts) for t in before.tallies] == [(t.title, t.counts) for t in after.tallies]
    environments = dict(before.tallies[0].counts)
    assert environments["Våldsbejakande högerextremism (vit makt-miljön)"] == 2
    assert environments["Våldsbejakande islamism"] == 1


def test_a_name_in_the_file_name_is_not_kept_and_the_audit_holds_no_text(bromma, coordinator):
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS), name="IA från Kalle Svensson.csv")
    assert "Kalle" not in batch.file_name and batch.file_name.endswith(".csv")
    confirm_import(batch=batch, by=coordinator)
    summaries = sorted(AuditEvent.objects.filter(object_type="import").values_list("summary", flat=True))
    assert summaries == ["import ia bekräftad: 3 rader", "import ia: 3 rader"]


@pytest.mark.django_db(transaction=True)
def test_two_confirmations_at_the_same_time_import_once(demo, bromma, user):
    coordinator = user("samordnare.bromma")
    batch = upload(bromma, coordinator, csv_bytes(GOOD_EVENTS))
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def confirm() -> None:
        try:
            start.wait()
            outcomes.append(confirm_import(batch=ImportBatch.objects.get(pk=batch.pk), by=coordinator))
        except OperationalError as error:
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Report.objects.count() == 3
    assert 3 in outcomes
    # PostgreSQL: the second waits for the lock, then finds the batch imported (0). SQLite's
    # shared in-memory test database refuses the second writer at once ("locked") instead.
    other = [outcome for outcome in outcomes if outcome != 3]
    assert other == [0] or (connection.vendor == "sqlite" and "locked" in str(other[0]))


def test_a_personnummer_with_a_zero_width_space_inside_is_refused_at_upload(bromma, coordinator):
    # U+200B in the middle hides the number from a naive pattern; the scan sees through it.
    text = "Eleven (0809\u200b15-6672) ritade symboler."
    before = (Report.objects.count(), ImportBatch.objects.count())
    with pytest.raises(ImportRefused) as refused:
        upload(bromma, coordinator, csv_bytes([["2024-03-05", "", "", "", "", "", "", "", text]]))
    (message,) = refused.value.messages
    assert message.startswith("Rad 2, kolumn Beskrivning") and "personnummer" in message
    assert "6672" not in message
    assert (Report.objects.count(), ImportBatch.objects.count()) == before
