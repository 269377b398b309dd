"""Issue 21: the three-unit rule counts only invited units, applies per question, and an
anonymous round's results open when it closes (docs/disclosure-surveys-support.md)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.surveys.factories import answer, bromma_units, close, open_test_round, unit_manager
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, Unit, User
from varna.surveys import services
from varna.surveys.default_template import load_default_template
from varna.surveys.models import Round
from varna.surveys.selectors import survey_summary_for_situation
from varna.surveys.services import Invitee

SECRET = "Vi har sett klistermärken vid entrén"


def _open(invitees: list[Invitee], *, anonymous: bool = True):
    return services.open_round(
        administration=Administration.objects.get(name="Bromma"),
        template=load_default_template(),
        year=2025,
        deadline=timezone.localdate() + datetime.timedelta(days=14),
        anonymous=anonymous,
        invitees=invitees,
        actor=User.objects.get(username="samordnare.bromma"),
    )


def _tokens(survey_round) -> dict[str, str]:
    return {r.email: services.issue_token(r) for r in survey_round.recipients.all()}


def test_an_anonymous_round_refuses_an_address_that_is_not_the_units_registered_manager(demo):
    real, other = bromma_units(2)
    unit_manager(real, "chef0@stad.example")
    with pytest.raises(ValidationError) as refused:
        _open([Invitee("chef0@stad.example", real), Invitee("egen.adress@stad.example", other)])
    assert "organisationsregistret" in str(refused.value)
    assert "egen.adress@stad.example" in str(refused.value)
    # The same address is fine in a named round, but it does not count toward the threshold.
    named = _open(
        [Invitee("chef0@stad.example", real), Invitee("egen.adress@stad.example", other)], anonymous=False
    )
    assert {r.email: r.counts for r in named.recipients.all()} == {
        "chef0@stad.example": True,
        "egen.adress@stad.example": False,
    }


def test_the_coordinators_own_addresses_do_not_make_a_real_units_answer_visible(demo, client_as):
    """The attack of issue 21: the coordinator answers two addresses of their own, one even as a
    unit's registered manager, then the first real unit answers."""
    real, dummy_unit, third = bromma_units(3)
    coordinator = User.objects.get(username="samordnare.bromma")
    Membership.objects.create(
        user=coordinator, administration=real.administration, role=Role.UNIT_MANAGER, unit=dummy_unit
    )
    unit_manager(real, "chef0@stad.example")
    unit_manager(third, "chef2@stad.example")
    survey_round = _open(
        [
            Invitee("chef0@stad.example", real),
            Invitee("chef2@stad.example", third),
            Invitee(coordinator.email, dummy_unit),  # registered, but a result reader's address
            Invitee("samordnarens.andra@stad.example"),  # no unit: allowed, never counted
        ]
    )
    tokens = _tokens(survey_round)
    answer(tokens[coordinator.email], {"observed": "yes", "environments": ["right_wing"]})
    answer(tokens["samordnarens.andra@stad.example"], {"observed": "yes", "environments": ["right_wing"]})
    answer(
        tokens["chef0@stad.example"],
        {"observed": "yes", "environments": ["left_wing"], "observations": SECRET},
    )
    close(survey_round)

    assert survey_round.units_answered() == 1
    client = client_as("samordnare.bromma")
    page = client.get(reverse("survey_round_results", args=[survey_round.pk])).text
    assert SECRET not in page and "Medelvärde" not in page
    assert "Svarsfrekvensen per avdelning visas bara" in page
    body = client.get(f"/api/v1/surveys/rounds/{survey_round.pk}/results").json()
    assert body["results_shown"] is False and body["questions"] == [] and body["departments"] == []
    assert client.get(reverse("survey_round_export", args=[survey_round.pk])).status_code == 302
    detail = client.get(reverse("survey_round_detail", args=[survey_round.pk])).text
    assert "Mottagare och om de har svarat" not in detail  # no per-recipient status
    assert client_as("central").get(f"/api/v1/surveys/rounds/{survey_round.pk}/results").status_code == 403
    assert survey_summary_for_situation(administration=real.administration, year=2025).shown is False


def test_a_follow_up_answered_by_one_unit_shows_fewer_than_three_and_no_text(demo, client_as):
    survey_round, tokens = open_test_round(units=3, anonymous=True)
    first, *others = tokens.values()
    answer(
        first, {"observed": "yes", "environments": ["right_wing"], "event_count": 4, "observations": SECRET}
    )
    for token in others:
        answer(token)
    close(survey_round)
    client = client_as("samordnare.bromma")
    page = client.get(reverse("survey_round_results", args=[survey_round.pk])).text
    assert SECRET not in page
    assert "Färre än 3 svar" in page
    assert "1 svar" not in page
    body = client.get(f"/api/v1/surveys/rounds/{survey_round.pk}/results").json()
    by_code = {q["code"]: q for q in body["questions"]}
    for code in ("environments", "event_count", "observations"):
        assert by_code[code]["withheld"] is True
        assert by_code[code]["answered"] is None
        assert by_code[code]["options"] == [] and by_code[code]["texts"] == []
        assert by_code[code]["total"] is None and by_code[code]["mean"] is None
    assert by_code["knowledge"]["withheld"] is False and by_code["knowledge"]["answered"] == 3
    sheet = load_workbook(
        io.BytesIO(client.get(reverse("survey_round_export", args=[survey_round.pk])).content)
    )["Resultat"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert SECRET not in cells and "färre än 3 svar" in cells
    summary = survey_summary_for_situation(administration=survey_round.administration, year=2025)
    assert summary.shown and summary.environments == [] and summary.events_reported == 0


def test_a_named_round_is_exact_inside_and_per_question_outside(demo, client_as):
    survey_round, tokens = open_test_round(units=3)
    first, *others = tokens.values()
    answer(first, {"observed": "yes", "observations": SECRET})
    for token in others:
        answer(token)
    url = f"/api/v1/surveys/rounds/{survey_round.pk}/results"
    inside = {q["code"]: q for q in client_as("samordnare.bromma").get(url).json()["questions"]}
    assert inside["observations"]["texts"] == [SECRET]
    outside = {q["code"]: q for q in client_as("central").get(url).json()["questions"]}
    assert outside["observations"]["withheld"] is True and outside["observations"]["texts"] == []
    assert outside["knowledge"]["answered"] == 3
    # Outside, the export has no row per response either.
    export = reverse("survey_round_export", args=[survey_round.pk])
    inside_book = load_workbook(io.BytesIO(client_as("samordnare.bromma").get(export).content))
    assert "Svar" in inside_book.sheetnames
    outside_book = load_workbook(io.BytesIO(client_as("central").get(export).content))
    assert outside_book.sheetnames == ["Svarsfrekvens", "Resultat"]


def test_the_round_form_refuses_an_own_address_for_a_unit_in_an_anonymous_round(demo, client_as):
    alvik = Unit.objects.get(name="Förskolor Alvik")
    data = {
        "template": load_default_template().pk,
        "year": 2026,
        "deadline": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
        "anonymous": "on",
        "units": [alvik.pk],
        "addresses": "min.egen@stad.example; Förskolor Alvik",
    }
    url = reverse("survey_round_create", args=[alvik.administration_id])
    response = client_as("samordnare.bromma").post(url, data)
    assert response.status_code == 200
    assert "I en anonym enkät kan bara enheter med en enhetschef i organisationsregistret" in response.text
    data.pop("units")
    response = client_as("samordnare.bromma").post(url, data)
    assert "min.egen@stad.example är inte registrerad som enhetschef för Förskolor Alvik" in response.text
    assert not Round.objects.exists()


def test_the_migration_counts_only_registered_managers_of_existing_rounds(demo):
    from importlib import import_module

    from django.apps import apps

    mark_counted = import_module("varna.surveys.migrations.0002_counted_units").mark_counted
    real, other = bromma_units(2)
    unit_manager(real, "chef0@stad.example")
    # An anonymous round from before the rule, with an address of the coordinator's own.
    survey_round = _open(
        [Invitee("chef0@stad.example", real), Invitee("egen.adress@stad.example", other)], anonymous=False
    )
    Round.objects.filter(pk=survey_round.pk).update(anonymous=True)
    tokens = _tokens(survey_round)
    for token in tokens.values():
        answer(token)
    # As before the migration: nothing marked.
    survey_round.recipients.update(counts=False)
    survey_round.responses.update(counts=False)
    mark_counted(apps, None)
    assert {r.email: r.counts for r in survey_round.recipients.all()} == {
        "chef0@stad.example": True,
        "egen.adress@stad.example": False,
    }
    assert {r.unit: r.counts for r in survey_round.responses.all()} == {real: True, other: False}
