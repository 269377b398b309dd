"""Audit events are written once: neither the application nor the database lets them change."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from varna.audit.constants import Action
from varna.audit.models import AppendOnlyError, AuditEvent
from varna.audit.services import record_event

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the append-only trigger exists on PostgreSQL only"
)


@pytest.fixture
def event(user, bromma) -> AuditEvent:
    return record_event(
        action=Action.VIEWED, actor=user("samordnare.bromma"), administration=bromma, summary="Bromma"
    )


def test_an_event_cannot_be_changed_through_save(event):
    event.summary = "ändrad"

    with pytest.raises(AppendOnlyError):
        event.save()

    event.refresh_from_db()
    assert event.summary == "Bromma"


def test_an_event_cannot_be_deleted_through_delete(event):
    with pytest.raises(AppendOnlyError):
        event.delete()

    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_a_new_event_can_be_written(user):
    record_event(action=Action.SIGN_IN, actor=user("admin"))

    assert AuditEvent.objects.filter(action=Action.SIGN_IN, actor_name="admin").count() == 1


def refused_by_database(operation) -> None:
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        operation()


@postgresql_only
def test_the_database_refuses_a_queryset_update(event):
    refused_by_database(lambda: AuditEvent.objects.filter(pk=event.pk).update(summary="ändrad"))

    event.refresh_from_db()
    assert event.summary == "Bromma"


@postgresql_only
def test_the_database_refuses_a_queryset_delete(event):
    refused_by_database(lambda: AuditEvent.objects.filter(pk=event.pk).delete())

    assert AuditEvent.objects.filter(pk=event.pk).exists()


@postgresql_only
def test_the_database_refuses_raw_sql_update_and_delete(event):
    table = AuditEvent._meta.db_table

    def raw(sql: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(sql, [event.pk])

    refused_by_database(lambda: raw(f"UPDATE {table} SET summary = 'ändrad' WHERE id = %s"))  # noqa: S608
    refused_by_database(lambda: raw(f"DELETE FROM {table} WHERE id = %s"))  # noqa: S608

    event.refresh_from_db()
    assert event.summary == "Bromma"


def test_a_removed_person_s_events_stay_and_still_name_them(event, user):
    person = user("samordnare.bromma")

    person.delete()

    event.refresh_from_db()
    assert event.actor_id is None
    assert event.actor_name == "samordnare.bromma"


def test_a_removed_administration_s_events_stay(event, bromma):
    bromma.delete()

    event.refresh_from_db()
    assert event.administration_id is None
    assert event.summary == "Bromma"
