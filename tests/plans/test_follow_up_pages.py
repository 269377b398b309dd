"""Follow-up pages: recording by the coordinator or the responsible person, the report per
occasion, "my activities", the central coordinator's overview and the template."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.plans.factories import activity
from varna.audit.models import AuditEvent
from varna.plans.models import FollowUp, SectionTemplate


def test_the_coordinator_records_a_t1_follow_up(client_as, adopted_plan):
    training = activity(adopted_plan, "Alla medarbetare")
    url = reverse("follow_up_record", args=[adopted_plan.pk, training.pk, "T1"])
    client = client_as("samordnare.bromma")
    page = client.get(url).content.decode()
    assert "30 april 2024" in page  # the default T1 deadline
    response = client.post(
        url, {"status": "ongoing", "comment": "Två enheter kvar.", "indicator_value": "410"}
    )
    assert response["Location"] == reverse("follow_up_report", args=[adopted_plan.pk, "T1"])
    follow_up = FollowUp.objects.get(activity=training, occasion="T1")
    assert (follow_up.status, follow_up.indicator_value) == ("ongoing", "410")
    report = client.get(response["Location"]).content.decode()
    assert "Två enheter kvar." in report and "Pågående" in report


def test_a_comment_with_a_name_comes_back_marked_and_is_not_stored(client_as, adopted_plan):
    training = activity(adopted_plan, "Alla medarbetare")
    url = reverse("follow_up_record", args=[adopted_plan.pk, training.pk, "T1"])
    response = client_as("samordnare.bromma").post(
        url, {"status": "done", "comment": "Klart enligt Anna Svensson."}
    )
    assert response.status_code == 200 and "Möjliga personuppgifter" in response.content.decode()
    assert not FollowUp.objects.exists()


def test_the_responsible_user_records_their_own_activity_and_nobody_elses(client_as, adopted_plan, user):
    training = activity(adopted_plan, "Alla medarbetare")
    training.responsible_user = user("enhetschef")
    training.save()
    client = client_as("enhetschef")
    mine = client.get(reverse("my_activities")).content.decode()
    assert "Alla medarbetare genomgår" in mine
    url = reverse("follow_up_record", args=[adopted_plan.pk, training.pk, "T2"])
    assert client.post(url, {"status": "done"}).status_code == 302
    other = activity(adopted_plan, "Demokrati")
    assert client.get(reverse("follow_up_record", args=[adopted_plan.pk, other.pk, "T1"])).status_code == 403


def test_an_unknown_occasion_is_not_found(client_as, adopted_plan):
    url = reverse("follow_up_report", args=[adopted_plan.pk, "T3"])
    assert client_as("samordnare.bromma").get(url).status_code == 404


def test_the_overview_is_for_the_central_coordinator_and_drills_down(client_as, adopted_plan):
    assert client_as("samordnare.bromma").get(reverse("plan_overview")).status_code == 403
    page = (
        client_as("central").get(reverse("plan_overview"), {"year": 2024, "occasion": "T1"}).content.decode()
    )
    assert reverse("plan_detail", args=[adopted_plan.pk]) in page
    assert reverse("follow_up_report", args=[adopted_plan.pk, "T1"]) in page
    assert "Ingen plan" in page  # Farsta and the others
    filtered = (
        client_as("central")
        .get(reverse("plan_overview"), {"year": 2024, "status": "adopted"})
        .content.decode()
    )
    assert "Farsta" not in filtered and "Bromma" in filtered


def test_the_central_coordinator_edits_the_template(client_as):
    client = client_as("central")
    response = client.post(
        reverse("plan_template_add"),
        {"kind": "analysis", "heading": "Analys", "text": "Vad visar lägesbilden?"},
    )
    assert response.status_code == 302
    section = SectionTemplate.objects.get(heading="Analys")
    assert client.get(reverse("plan_template")).status_code == 200
    client.post(reverse("plan_template_delete", args=[section.pk]))
    assert not SectionTemplate.objects.exists()
    assert AuditEvent.objects.filter(object_type="mallavsnitt").count() == 2


@pytest.mark.parametrize("username", ["samordnare.bromma", "enhetschef", "namnd"])
def test_only_the_central_coordinator_and_admin_edit_the_template(username, client_as):
    assert client_as(username).get(reverse("plan_template")).status_code == 403
