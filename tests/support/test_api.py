"""The support log in the API: statistics and the team's first-contact requests."""

from __future__ import annotations

import datetime

from django.utils import timezone

from tests.support.factories import make_consultation, make_request, make_team


def test_the_coordinator_gets_exact_statistics_for_a_period(client_as, bromma):
    make_consultation(date=datetime.date(2024, 3, 5), support_given=["advice", "police_contact"])
    response = client_as("samordnare.bromma").get(
        f"/api/v1/support/{bromma.pk}/statistics?from=2024-03-01&to=2024-03-31"
    )
    body = response.json()
    assert response.status_code == 200
    assert body["disclosure_controlled"] is False
    assert body["consultations"] == 1
    assert {c["code"]: c["count"] for c in body["by_support"]}["police_contact"] == 1


def test_the_team_lists_requests_with_their_countdown(client_as, bromma):
    team = make_team("Bromma", "enhetschef")
    item = make_request(team, requested_at=timezone.now() - datetime.timedelta(hours=30))
    response = client_as("enhetschef").get(f"/api/v1/support/{bromma.pk}/first-contacts")
    [entry] = response.json()
    assert entry["reference"] == item.reference
    assert entry["status"] == "overdue"
    assert entry["countdown"].startswith("Försenad: 6 h")
    assert "note" not in entry
