"""The audit log page: each reader sees the entries they may see, and nobody can change them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.audit.services import record_event


@pytest.fixture
def events(user, bromma, farsta, socialforvaltningen) -> dict[str, AuditEvent]:
    actor = user("admin")
    return {
        "bromma_created": record_event(
            action=Action.CREATED, actor=actor, administration=bromma, summary="Händelse-i-Bromma"
        ),
        "bromma_viewed": record_event(
            action=Action.VIEWED, actor=actor, administration=bromma, summary="Öppnat-i-Bromma"
        ),
        "farsta": record_event(
            action=Action.CREATED, actor=actor, administration=farsta, summary="Händelse-i-Farsta"
        ),
        "soc": record_event(
            action=Action.CHANGED, actor=actor, administration=socialforvaltningen, summary="Händelse-i-Soc"
        ),
        "no_administration": record_event(action=Action.SIGN_IN, actor=actor, summary="Utan-förvaltning"),
    }


def shown(client, **params) -> set[str]:
    response = client.get(reverse("audit_log"), params)
    assert response.status_code == 200
    return {summary for summary in SUMMARIES if summary in response.text}


SUMMARIES = [
    "Händelse-i-Bromma",
    "Öppnat-i-Bromma",
    "Händelse-i-Farsta",
    "Händelse-i-Soc",
    "Utan-förvaltning",
]


def test_a_coordinator_sees_only_their_own_administration_s_events(events, client_as):
    assert shown(client_as("samordnare.bromma")) == {"Händelse-i-Bromma", "Öppnat-i-Bromma"}


def test_another_coordinator_sees_only_theirs(events, client_as):
    assert shown(client_as("samordnare.soc")) == {"Händelse-i-Soc"}


def test_the_system_administrator_sees_every_event(events, client_as):
    assert shown(client_as("admin")) == set(SUMMARIES)


def test_the_events_can_be_filtered_by_action(events, client_as):
    client = client_as("samordnare.bromma")

    assert shown(client, action="viewed") == {"Öppnat-i-Bromma"}
    assert shown(client, action="created") == {"Händelse-i-Bromma"}


def test_the_events_can_be_filtered_by_administration(events, client_as, farsta):
    assert shown(client_as("admin"), administration=farsta.pk) == {"Händelse-i-Farsta"}


def test_a_coordinator_cannot_filter_their_way_into_another_administration(events, client_as, farsta):
    assert shown(client_as("samordnare.bromma"), administration=farsta.pk) == set()


def test_an_unknown_filter_value_is_ignored(events, client_as):
    assert shown(client_as("samordnare.bromma"), action="drop table", administration="x") == {
        "Händelse-i-Bromma",
        "Öppnat-i-Bromma",
    }


def test_the_page_says_in_swedish_how_many_entries_there_are(events, client_as):
    response = client_as("samordnare.bromma").get(reverse("audit_log"))

    assert "2 loggposter" in response.text
    assert "Skapad" in response.text and "Öppnad" in response.text


def test_the_page_offers_no_way_to_change_an_entry(events, client_as):
    response = client_as("admin").get(reverse("audit_log"))

    assert 'method="post"' not in response.text.split('class="filters"')[1].split("</main>")[0]


def test_the_django_admin_lets_the_system_administrator_read_but_not_change_entries(events, client_as):
    client = client_as("admin")
    event = events["bromma_created"]
    change_url = reverse("admin:audit_auditevent_change", args=[event.pk])

    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 200
    assert client.get(change_url).status_code == 200  # read-only view
    assert client.post(change_url, {"summary": "ändrad"}).status_code == 403
    assert client.get(reverse("admin:audit_auditevent_delete", args=[event.pk])).status_code == 403
    assert (
        client.post(reverse("admin:audit_auditevent_delete", args=[event.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert client.get(reverse("admin:audit_auditevent_add")).status_code == 403

    event.refresh_from_db()
    assert event.summary == "Händelse-i-Bromma"


def test_the_django_admin_offers_no_bulk_delete_of_entries(events, client_as):
    client = client_as("admin")
    changelist = reverse("admin:audit_auditevent_changelist")

    response = client.post(
        changelist, {"action": "delete_selected", "_selected_action": [events["soc"].pk], "post": "yes"}
    )

    assert "delete_selected" not in client.get(changelist).text
    assert response.status_code in (200, 302)
    assert AuditEvent.objects.filter(pk=events["soc"].pk).exists()
