"""The coordinator's consultations: de-identified recording, links to reports, follow-ups."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.reports.factories import make_report
from tests.support.factories import make_consultation
from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.lib.personal_data import PersonalDataError
from varna.reports.models import ReferenceItem
from varna.support import selectors, services
from varna.support.models import Consultation


def form_data(administration, **extra):
    return {
        "date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "asking_administration": administration.pk,
        "subject": "returnee",
        "age_group": "under_18",
        "environments": [ReferenceItem.objects.get(kind="environment", code="islamist").pk],
        "support_given": ["advice", "joint_meeting"],
        "question": "Skolan undrar hur de ska göra vid en orosanmälan.",
        "outcome": "Gemensamt möte bokat.",
        "follow_up_on": (timezone.localdate() + datetime.timedelta(days=3)).isoformat(),
        **extra,
    }


def test_the_coordinator_records_a_consultation(client_as, bromma):
    response = client_as("samordnare.bromma").post(
        reverse("consultation_create", args=[bromma.pk]), form_data(bromma)
    )
    consultation = Consultation.objects.get()
    assert response.status_code == 302
    assert consultation.administration == bromma
    assert sorted(consultation.support_kinds) == ["advice", "joint_meeting"]
    assert [e.code for e in consultation.environments.all()] == ["islamist"]


def test_personal_data_is_refused_and_the_draft_is_kept(client_as, bromma):
    typed = "Eleven Kalle Karlsson, 070-123 45 67, har radikaliserats."
    response = client_as("samordnare.bromma").post(
        reverse("consultation_create", args=[bromma.pk]), form_data(bromma, question=typed)
    )
    assert response.status_code == 200
    assert not Consultation.objects.exists()
    page = response.content.decode()
    assert "Möjliga personuppgifter" in page
    assert "har radikaliserats" in page  # the typed text is still in the form
    assert "Gemensamt möte bokat." in page


def test_the_service_refuses_personal_data_whoever_calls_it(bromma, user):
    with pytest.raises(PersonalDataError):
        services.save_consultation(
            administration=bromma,
            by=user("samordnare.bromma"),
            date=timezone.localdate(),
            asking_administration=bromma,
            subject="other",
            outcome="Ring mamman på 070-123 45 67.",
        )
    assert not Consultation.objects.exists()


def test_a_report_of_the_same_administration_is_linked_by_its_reference(client_as, bromma):
    consultation = make_consultation()
    report = make_report(administration="Bromma")
    response = client_as("samordnare.bromma").post(
        reverse("consultation_link", args=[consultation.pk]), {"reference": report.reference.lower()}
    )
    assert response.status_code == 302
    assert list(consultation.reports.all()) == [report]
    client_as("samordnare.bromma").post(reverse("consultation_unlink", args=[consultation.pk, report.pk]))
    assert not consultation.reports.exists()


def test_a_report_of_another_administration_cannot_be_linked(client_as, demo):
    consultation = make_consultation()
    other = make_report(administration="Farsta")
    response = client_as("samordnare.bromma").post(
        reverse("consultation_link", args=[consultation.pk]), {"reference": other.reference}
    )
    assert response.status_code == 200
    assert "Det finns ingen rapport" in response.content.decode()
    assert not consultation.reports.exists()
    with pytest.raises(ValidationError):
        services.link_report(consultation=consultation, report=other, by=consultation.created_by)


def test_follow_ups_due_are_listed_until_followed_up(client_as, bromma):
    today = timezone.localdate()
    due = make_consultation(follow_up_on=today - datetime.timedelta(days=1))
    make_consultation(follow_up_on=today + datetime.timedelta(days=30))
    assert list(selectors.follow_ups_due(bromma, today=today)) == [due]
    client_as("samordnare.bromma").post(reverse("consultation_followed_up", args=[due.pk]))
    assert list(selectors.follow_ups_due(bromma, today=today)) == []


def test_reading_a_consultation_is_audited(client_as):
    consultation = make_consultation()
    client_as("samordnare.bromma").get(reverse("consultation_detail", args=[consultation.pk]))
    assert AuditEvent.objects.filter(action=Action.VIEWED, object_id=str(consultation.pk)).exists()


def test_the_support_team_does_not_see_consultations(client_as, bromma):
    from tests.support.factories import make_team

    make_team("Bromma", "enhetschef")
    consultation = make_consultation()
    client = client_as("enhetschef")
    assert client.get(reverse("consultation_list", args=[bromma.pk])).status_code == 403
    assert client.get(reverse("consultation_detail", args=[consultation.pk])).status_code == 403


def test_only_people_of_the_administration_can_be_in_its_team(bromma, user):
    with pytest.raises(ValidationError):
        services.save_team(
            administration=bromma, by=user("samordnare.bromma"), name="T", members=[user("samordnare.soc")]
        )
