"""An anonymous round: answers tied to the unit only; results from three units."""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from tests.surveys.factories import answer, close, open_test_round, recipient
from varna.organisation.models import User
from varna.surveys.models import Recipient, Response


def test_a_response_has_no_link_to_a_recipient_or_a_person():
    targets = {
        f.related_model
        for f in Response._meta.get_fields()
        if isinstance(f, models.ForeignKey | models.OneToOneField) and f.concrete
    }
    assert Recipient not in targets
    assert User not in targets


def test_in_an_anonymous_round_the_recipient_only_knows_it_has_answered(demo):
    survey_round, tokens = open_test_round(units=3, anonymous=True)
    token = next(iter(tokens.values()))
    answer(token, {"knowledge": 4})
    answered = recipient(token)
    assert answered.has_answered
    assert answered.response is None and answered.answered_at is None and answered.draft == {}
    response = Response.objects.get(round=survey_round)
    assert response.unit == answered.unit
    # Named rounds do keep the link, from the recipient's side.
    named_round, named_tokens = open_test_round(units=1, year=2026)
    named_token = next(iter(named_tokens.values()))
    answer(named_token)
    assert recipient(named_token).response.round == named_round


def test_results_of_an_anonymous_round_stay_closed_until_the_round_closes(demo, client_as):
    survey_round, tokens = open_test_round(units=3, anonymous=True)
    page = reverse("survey_round_results", args=[survey_round.pk])
    api = f"/api/v1/surveys/rounds/{survey_round.pk}/results"
    export = reverse("survey_round_export", args=[survey_round.pk])
    coordinator = client_as("samordnare.bromma")
    for token in tokens.values():
        answer(token)
    # Three invited units have answered, but the round is open: only the overall count shows.
    response = coordinator.get(page)
    assert response.status_code == 200
    assert "Resultaten visas när omgången är stängd" in response.text
    assert "3 av 3 har svarat" in response.text
    assert "Medelvärde" not in response.text
    body = coordinator.get(api).json()
    assert body["results_shown"] is False and body["questions"] == []
    assert coordinator.get(export).status_code == 302
    assert client_as("central").get(page).status_code == 403

    close(survey_round)
    response = coordinator.get(page)
    assert "Medelvärde" in response.text
    body = coordinator.get(api).json()
    assert body["results_shown"] is True and body["units_answered"] == 3
    knowledge = next(q for q in body["questions"] if q["code"] == "knowledge")
    assert knowledge["answered"] == 3 and knowledge["mean"] == 3.0
    assert coordinator.get(export).status_code == 200
    assert client_as("central").get(page).status_code == 200


def test_a_closed_anonymous_round_answered_by_two_units_shows_nothing(demo, client_as):
    survey_round, tokens = open_test_round(units=3, anonymous=True)
    for token in list(tokens.values())[:2]:
        answer(token)
    close(survey_round)
    response = client_as("samordnare.bromma").get(reverse("survey_round_results", args=[survey_round.pk]))
    assert "Färre än tre inbjudna enheter svarade" in response.text
    assert "Medelvärde" not in response.text
