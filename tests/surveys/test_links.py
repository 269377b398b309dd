"""The personal link: a hash is stored, an unknown token is 404, it expires, it submits once."""

from __future__ import annotations

import datetime

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.surveys.factories import REQUIRED_ANSWERS, open_test_round, post_data, recipient
from varna.surveys.models import RecipientToken, Response
from varna.surveys.services import hash_token


def url(token: str) -> str:
    return reverse("survey_answer", args=[token])


def test_only_a_hash_of_the_token_is_stored(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        survey_round, _tokens = open_test_round(units=1)
    link = next(line for line in mail.outbox[0].body.splitlines() if "/enkater/svar/" in line)
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 40
    stored = RecipientToken.objects.filter(recipient__round=survey_round).values_list("token_hash", flat=True)
    assert hash_token(token) in stored
    assert token not in stored


def test_the_link_works_without_signing_in(demo, client):
    _round, tokens = open_test_round(units=1)
    response = client.get(url(next(iter(tokens.values()))))
    assert response.status_code == 200
    assert "Lägesbildsenkät" in response.text


def test_an_unknown_token_is_not_found(demo, client):
    open_test_round(units=1)
    assert client.get(url("gissat-token")).status_code == 404


def test_the_link_expires_after_the_deadline_and_the_grace_days(demo, client, settings):
    settings.SURVEY_LINK_GRACE_DAYS = 2
    survey_round, tokens = open_test_round(units=1)
    token = next(iter(tokens.values()))
    survey_round.deadline = timezone.localdate() - datetime.timedelta(days=2)
    survey_round.save()
    assert client.get(url(token)).status_code == 200  # the last grace day
    survey_round.deadline -= datetime.timedelta(days=1)
    survey_round.save()
    response = client.get(url(token))
    assert response.status_code == 410
    assert client.post(url(token), post_data(REQUIRED_ANSWERS)).status_code == 410
    assert Response.objects.count() == 0


def test_a_closed_round_takes_no_answers(demo, client, client_as):
    survey_round, tokens = open_test_round(units=1)
    client_as("samordnare.bromma").post(reverse("survey_round_close", args=[survey_round.pk]))
    assert client.get(url(next(iter(tokens.values())))).status_code == 410


def test_the_answer_is_submitted_once_and_the_link_then_thanks(demo, client):
    survey_round, tokens = open_test_round(units=1)
    token = next(iter(tokens.values()))
    first = client.post(url(token), post_data(REQUIRED_ANSWERS))
    assert first.status_code == 302
    again = client.post(url(token), post_data({**REQUIRED_ANSWERS, "knowledge": 5}))
    assert again.status_code == 200
    assert "Tack för dina svar" in again.text
    assert Response.objects.filter(round=survey_round).count() == 1
    assert recipient(token).has_answered
