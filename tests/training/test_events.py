"""Workshops and lectures: recorded by the coordinator; free texts pass the de-identification."""

from __future__ import annotations

import pytest
from django.urls import reverse

from varna.training.models import TrainingEvent

pytestmark = pytest.mark.django_db


def _form(**changes):
    data = {
        "kind": "workshop",
        "title": "Workshop om rutinen vid oro",
        "held_on": "2024-03-18",
        "audience": "Chefer inom individ- och familjeomsorgen",
        "organiser": "Samordnaren",
        "attendance": "24",
        "evaluation_score": "4.3",
        "comments": "Bra med konkreta fall.",
    }
    return {**data, **changes}


def test_a_coordinator_records_a_workshop_with_attendance_and_evaluation(bromma, client_as):
    response = client_as("samordnare.bromma").post(
        reverse("training_event_create", args=[bromma.pk]), _form()
    )
    assert response.status_code == 302
    event = TrainingEvent.objects.get()
    assert (event.administration, event.attendance, str(event.evaluation_score)) == (bromma, 24, "4.3")


def test_comments_with_personal_data_are_refused_and_nothing_is_saved(bromma, client_as):
    response = client_as("samordnare.bromma").post(
        reverse("training_event_create", args=[bromma.pk]),
        _form(comments="Kalle Svensson, 070-123 45 67, tyckte att det var bra."),
    )
    assert response.status_code == 200
    assert "comments" in response.context["form"].deid_results
    assert not TrainingEvent.objects.exists()


def test_an_evaluation_outside_one_to_five_is_refused(bromma, client_as):
    response = client_as("samordnare.bromma").post(
        reverse("training_event_create", args=[bromma.pk]), _form(evaluation_score="7")
    )
    assert response.status_code == 200
    assert not TrainingEvent.objects.exists()


def test_the_unit_manager_reads_the_events_but_cannot_record_them(bromma, client_as):
    client = client_as("enhetschef")
    assert client.get(reverse("training_events", args=[bromma.pk])).status_code == 200
    assert client.post(reverse("training_event_create", args=[bromma.pk]), _form()).status_code == 403
