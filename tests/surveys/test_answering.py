"""Answering on the page: save and continue, required questions, conditions, de-identification."""

from __future__ import annotations

import re

from django.urls import reverse

from tests.surveys.factories import REQUIRED_ANSWERS, open_test_round, post_data, recipient
from varna.surveys.models import Answer, Response

PERSONAL = "Eleven Kalle Svensson, 070-123 45 67, satte upp klistermärken."


def url(token: str) -> str:
    return reverse("survey_answer", args=[token])


def token_of_new_round(**kwargs):
    _round, tokens = open_test_round(units=1, **kwargs)
    return next(iter(tokens.values()))


def test_saved_answers_come_back_when_the_link_is_opened_again(demo, client):
    token = token_of_new_round()
    response = client.post(url(token), post_data({"observed": "yes", "environments": ["right_wing"]}, "save"))
    assert response.status_code == 302
    assert recipient(token).draft == {"observed": "yes", "environments": ["right_wing"]}
    assert Response.objects.count() == 0  # a draft is not an answer
    page = client.get(url(token)).text
    assert re.search(r'value="right_wing"[^>]*checked', page)
    assert not re.search(r'value="left_wing"[^>]*checked', page)
    assert "Utkast sparat" in page


def test_a_submission_without_the_required_answers_is_refused_and_kept_as_a_draft(demo, client):
    token = token_of_new_round()
    response = client.post(url(token), post_data({"observed": "no"}))
    assert response.status_code == 200
    assert "Svara på frågan innan du skickar in." in response.text
    assert recipient(token).draft == {"observed": "no"}
    assert Response.objects.count() == 0


def test_answers_to_questions_the_answers_do_not_ask_are_not_stored(demo, client):
    token = token_of_new_round()
    data = post_data({**REQUIRED_ANSWERS, "observed": "no", "environments": ["right_wing"], "event_count": 4})
    assert client.post(url(token), data).status_code == 302
    stored = set(Answer.objects.values_list("question__code", flat=True))
    assert "environments" not in stored and "event_count" not in stored
    assert {"observed", "knowledge"} <= stored


def test_personal_data_in_a_free_text_is_refused_and_the_draft_is_kept(demo, client):
    token = token_of_new_round()
    client.post(url(token), post_data({"observed": "yes", "event_count": 2}, "save"))
    data = post_data({"observed": "yes", "event_count": 3, "observations": PERSONAL}, "save")
    response = client.post(url(token), data)
    assert response.status_code == 200
    assert "Möjliga personuppgifter" in response.text
    assert "<mark" in response.text
    draft = recipient(token).draft
    # The answers without personal data are saved; the text is not.
    assert draft == {"observed": "yes", "event_count": 3}
    assert "Svensson" not in str(draft)


def test_one_click_replaces_the_findings_and_keeps_the_rest_of_the_form(demo, client):
    token = token_of_new_round()
    data = post_data({"observed": "yes", "event_count": 3, "observations": PERSONAL}, "save")
    data["_deid_redact"] = "q_observations"
    response = client.post(url(token), data)
    assert response.status_code == 200
    assert "Svensson" not in response.text.split("<textarea", 1)[1].split("</textarea>")[0]
    assert 'value="3"' in response.text
    assert recipient(token).draft == {}  # nothing saved until the respondent saves again


def test_a_clean_free_text_is_submitted(demo, client):
    token = token_of_new_round()
    text = "Klistermärken från en vit makt-organisation vid entrén."
    data = post_data({**REQUIRED_ANSWERS, "observed": "yes", "observations": text})
    assert client.post(url(token), data).status_code == 302
    assert Answer.objects.get(question__code="observations").text == text


def test_choice_groups_are_fieldsets_with_legends(demo, client):
    page = client.get(url(token_of_new_round())).text
    assert page.count("<fieldset") >= 10
    assert "<legend>1. Har enheten uppmärksammat" in page
    assert 'data-show-if="q_observed"' in page


def test_a_personnummer_with_a_zero_width_space_inside_is_refused_in_an_answer(demo, client):
    token = token_of_new_round()
    hidden = "Eleven med nummer 0809\u200b15-6672 satte upp klistermärken."
    data = post_data({**REQUIRED_ANSWERS, "observed": "yes", "event_count": 1, "observations": hidden})
    response = client.post(url(token), data)
    assert response.status_code == 200
    assert "Möjliga personuppgifter" in response.text
    assert Response.objects.count() == 0
    assert "6672" not in str(recipient(token).draft)
