"""Reviewing one report: audited opening, classification, correction, closing, who may see it."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.reports.factories import items, make_report
from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.organisation.constants import Role
from varna.organisation.models import Membership, Unit, User
from varna.reports.constants import Classification, Status
from varna.reports.models import Report

pytestmark = pytest.mark.django_db


def detail(report: Report) -> str:
    return reverse("report_detail", args=[report.pk])


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_every_opening_is_audited_and_the_first_one_is_remembered(client_as):
    report = make_report()
    client = client_as("samordnare.bromma")
    assert client.get(detail(report)).status_code == 200
    report.refresh_from_db()
    first_opened = report.first_opened_at
    assert first_opened is not None
    client.get(detail(report))
    report.refresh_from_db()
    assert report.first_opened_at == first_opened
    views = AuditEvent.objects.filter(action=Action.VIEWED, object_id=str(report.pk))
    assert views.count() == 2
    assert {(e.actor_name, e.administration_id, e.summary) for e in views} == {
        ("samordnare.bromma", report.administration_id, report.reference)
    }


def test_the_coordinator_reads_the_whole_report(client_as):
    report = make_report(description="Klistermärken med vit makt-symboler vid busshållplatsen.")
    html = client_as("samordnare.bromma").get(detail(report)).content.decode()
    assert report.reference in html
    assert "Klistermärken med vit makt-symboler vid busshållplatsen." in html


def test_the_reporter_is_named_only_when_they_asked_to_be_contacted(client_as):
    anonymous = make_report(contact_requested=False)
    contact = make_report(contact_requested=True)
    client = client_as("samordnare.bromma")
    hidden = client.get(detail(anonymous)).content.decode()
    assert "medarbetare@demo.varna.example" not in hidden
    assert "Demo Medarbetare" not in hidden
    shown = client.get(detail(contact)).content.decode()
    assert "Demo Medarbetare" in shown
    assert 'href="mailto:medarbetare@demo.varna.example"' in shown


def test_the_coordinator_classifies_a_report_as_vbe_related(client_as):
    report = make_report()
    response = client_as("samordnare.bromma").post(
        reverse("report_review", args=[report.pk]),
        {
            "classification": Classification.VBE,
            "environments": [item.pk for item in report.environments.all()],
            "event_types": [item.pk for item in report.event_types.all()],
        },
    )
    assert response.status_code == 302 and response["Location"] == detail(report)
    assert messages_of(response) == ["Bedömningen är sparad."]
    report.refresh_from_db()
    assert report.classification == Classification.VBE
    assert report.status == Status.IN_REVIEW
    assert report.reviewed_by.username == "samordnare.bromma"
    change = AuditEvent.objects.get(action=Action.CHANGED, object_id=str(report.pk))
    assert change.summary == "classification, status"  # field names only, never text


def test_the_coordinator_corrects_environment_and_event_type(client_as):
    report = make_report(environments=("right_wing",), event_types=("graffiti",))
    islamist, threats = items("environment", "islamist")[0], items("event_type", "threats")[0]
    response = client_as("samordnare.bromma").post(
        reverse("report_review", args=[report.pk]),
        {
            "classification": Classification.UNCLEAR,
            "environments": [islamist.pk],
            "event_types": [threats.pk],
        },
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert [i.code for i in report.environments.all()] == ["islamist"]
    assert [i.code for i in report.event_types.all()] == ["threats"]
    assert report.classification == Classification.UNCLEAR


def test_saving_without_changes_says_so_and_changes_nothing(client_as):
    report = make_report()
    response = client_as("samordnare.bromma").post(
        reverse("report_review", args=[report.pk]),
        {
            "classification": Classification.UNCLASSIFIED,
            "environments": [item.pk for item in report.environments.all()],
            "event_types": [item.pk for item in report.event_types.all()],
        },
    )
    assert messages_of(response) == ["Inget har ändrats."]
    report.refresh_from_db()
    assert report.status == Status.NEW and report.reviewed_at is None


def test_an_invalid_assessment_is_shown_again_with_a_swedish_error(client_as):
    report = make_report()
    response = client_as("samordnare.bromma").post(
        reverse("report_review", args=[report.pk]), {"classification": "kanske"}
    )
    assert response.status_code == 200
    assert "Välj ett giltigt alternativ" in response.content.decode()
    report.refresh_from_db()
    assert report.classification == Classification.UNCLASSIFIED


def test_an_environment_code_of_another_list_is_refused(client_as):
    report = make_report()
    threats = items("event_type", "threats")[0]
    response = client_as("samordnare.bromma").post(
        reverse("report_review", args=[report.pk]),
        {"classification": Classification.VBE, "environments": [threats.pk]},
    )
    assert response.status_code == 200
    assert [i.code for i in Report.objects.get(pk=report.pk).environments.all()] == ["right_wing"]


def test_a_report_is_closed_and_reopened(client_as):
    report = make_report()
    client = client_as("samordnare.bromma")
    response = client.post(reverse("report_close", args=[report.pk]))
    assert response.status_code == 302 and messages_of(response) == ["Rapporten är avslutad."]
    report.refresh_from_db()
    assert report.status == Status.CLOSED and report.closed_at is not None
    assert "Öppna rapporten igen" in client.get(detail(report)).content.decode()

    response = client.post(reverse("report_reopen", args=[report.pk]))
    assert messages_of(response) == ["Rapporten är öppnad igen och är under granskning."]
    report.refresh_from_db()
    assert report.status == Status.IN_REVIEW and report.closed_at is None


def test_a_closed_report_cannot_be_closed_again(client_as):
    report = make_report()
    client = client_as("samordnare.bromma")
    client.post(reverse("report_close", args=[report.pk]))
    closed_at = Report.objects.get(pk=report.pk).closed_at
    response = client.post(reverse("report_close", args=[report.pk]))
    assert response.status_code == 302
    assert messages_of(response)[-1] == "Rapporten är redan avslutad."
    assert Report.objects.get(pk=report.pk).closed_at == closed_at


def test_only_a_closed_report_can_be_reopened(client_as):
    report = make_report()
    response = client_as("samordnare.bromma").post(reverse("report_reopen", args=[report.pk]))
    assert messages_of(response) == ["Bara en avslutad rapport kan öppnas igen."]
    assert Report.objects.get(pk=report.pk).status == Status.NEW


def test_a_bromma_report_does_not_exist_for_another_administrations_coordinator(client_as):
    report = make_report()
    client = client_as("samordnare.soc")
    assert client.get(detail(report)).status_code == 404
    response = client.post(reverse("report_review", args=[report.pk]), {"classification": "vbe"})
    assert response.status_code == 404
    assert Report.objects.get(pk=report.pk).classification == Classification.UNCLASSIFIED
    assert not AuditEvent.objects.filter(action=Action.VIEWED).exists()


@pytest.mark.parametrize("username", ["central", "admin"])
def test_the_central_coordinator_and_the_admin_never_read_a_report(client_as, username):
    report = make_report()
    client = client_as(username)
    response = client.get(detail(report))
    assert response.status_code == 403
    assert report.description not in response.content.decode()
    assert client.post(reverse("report_close", args=[report.pk])).status_code == 403
    assert Report.objects.get(pk=report.pk).status == Status.NEW


def test_an_employee_of_the_administration_does_not_see_anothers_report(client_as, bromma):
    colleague = User.objects.create_user(username="kollega", email="kollega@demo.varna.example")
    Membership.objects.create(
        user=colleague,
        administration=bromma,
        role=Role.EMPLOYEE,
        unit=Unit.objects.get(administration=bromma, name="Fritidsgården Blackeberg"),
    )
    report = make_report(by="medarbetare")
    client = client_as("kollega")
    response = client.get(detail(report))
    assert response.status_code == 403
    assert report.description not in response.content.decode()
    assert client.get(reverse("report_inbox", args=[bromma.pk])).status_code == 403


def test_the_author_does_not_review_their_own_report(client_as):
    report = make_report(by="medarbetare")
    assert client_as("medarbetare").get(detail(report)).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client_as):
    report = make_report()
    response = client_as(None).get(detail(report))
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]


@pytest.mark.parametrize(
    "name", ["report_review", "report_note", "report_link", "report_close", "report_reopen"]
)
def test_the_actions_answer_only_post(client_as, name):
    report = make_report()
    assert client_as("samordnare.bromma").get(reverse(name, args=[report.pk])).status_code == 405


def test_a_report_that_does_not_exist_is_404(client_as):
    assert client_as("samordnare.bromma").get(reverse("report_detail", args=[999_999])).status_code == 404
