"""The routine on concern or incident: default steps as data, local steps, the pages, editing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from varna.audit.constants import Action
from varna.audit.models import AuditEvent
from varna.organisation.models import Administration, Municipality
from varna.reports.constants import RoutineStepKind as Kind
from varna.reports.models import RoutineStep
from varna.reports.routine import (
    DEFAULT_STEPS,
    ensure_default_routine,
    load_demo_routine,
    routine_for,
    tel_href,
)

pytestmark = pytest.mark.django_db


def step(steps: list[RoutineStep], kind: str) -> RoutineStep:
    return next(s for s in steps if s.kind == kind)


def own_child_step(prefix: str = Kind.CHILD, **values: str) -> dict[str, str]:
    """POST data for routine_edit: every step follows the municipality except the child step."""
    data = {f"{kind}-own": "" for kind in DEFAULT_STEPS}
    data.update({f"{kind}-{name}": "" for kind in DEFAULT_STEPS for name in ("question", "instruction")})
    data[f"{prefix}-own"] = "on"
    data[f"{prefix}-question"] = "Gäller det ett barn under 18 år?"
    data[f"{prefix}-instruction"] = "Gör en orosanmälan nu."
    data.update({f"{prefix}-{name}": value for name, value in values.items()})
    return data


# --- Data -------------------------------------------------------------------------------------


def test_the_default_routine_has_one_step_per_kind_and_is_created_once(demo):
    municipality = Municipality.objects.get()
    RoutineStep.objects.all().delete()

    created = ensure_default_routine(municipality)
    again = ensure_default_routine(municipality)

    assert created == len(Kind.values) and again == 0
    steps = routine_for(None, municipality)
    assert [s.kind for s in steps] == list(DEFAULT_STEPS)
    assert step(steps, Kind.ACUTE).phone == "112"
    assert step(steps, Kind.POLICE_TIP).phone == "114 14"
    assert step(steps, Kind.SUPPORT).phone == "08-527 44 290"
    assert "24 timmar" in step(steps, Kind.LEAVE).instruction


def test_ensuring_the_defaults_again_keeps_the_coordinators_edits(demo):
    municipality = Municipality.objects.get()
    ensure_default_routine(municipality)
    RoutineStep.objects.filter(kind=Kind.POLICE_TIP).update(instruction="Ring lokalpolisen.")

    ensure_default_routine(municipality)

    assert (
        RoutineStep.objects.get(kind=Kind.POLICE_TIP, administration=None).instruction == "Ring lokalpolisen."
    )


def test_the_routine_is_created_when_first_asked_for(bromma):
    RoutineStep.objects.all().delete()

    steps = routine_for(bromma)

    assert len(steps) == len(Kind.values)
    assert RoutineStep.objects.filter(administration=None).count() == len(Kind.values)


def test_an_administrations_own_step_replaces_the_municipal_one_only_there(bromma, farsta):
    ensure_default_routine(bromma.municipality)
    RoutineStep.objects.create(
        municipality=bromma.municipality,
        administration=bromma,
        kind=Kind.CHILD,
        order=20,
        question="Gäller det ett barn?",
        instruction="Ring mottagningen.",
        phone="08-508 08 000",
        phone_label="Mottagningen för barn och unga, Bromma",
    )

    assert step(routine_for(bromma), Kind.CHILD).phone == "08-508 08 000"
    assert step(routine_for(farsta), Kind.CHILD).phone == ""
    assert [s.kind for s in routine_for(bromma)] == list(DEFAULT_STEPS)


def test_only_the_district_whose_seed_gives_an_intake_number_gets_one(demo):
    municipality = Municipality.objects.get()

    load_demo_routine(municipality)
    load_demo_routine(municipality)

    liljeholmen = Administration.objects.get(name="Hägersten-Liljeholmen")
    assert step(routine_for(liljeholmen), Kind.CHILD).phone == "08-508 22 300"
    for name in ("Bromma", "Farsta", "Hägersten-Älvsjö"):
        child = step(routine_for(Administration.objects.get(name=name)), Kind.CHILD)
        assert child.phone == ""
        assert "socialtjänst" in child.instruction
    assert RoutineStep.objects.exclude(administration=None).count() == 1


def test_load_demo_loads_the_routine(db):
    call_command("load_demo", stdout=StringIO())

    assert RoutineStep.objects.filter(administration=None).count() == len(Kind.values)
    assert RoutineStep.objects.filter(administration__name="Hägersten-Liljeholmen").exists()


def test_phone_numbers_become_tel_links():
    assert tel_href("112") == "tel:112"
    assert tel_href("114 14") == "tel:11414"
    assert tel_href("08-527 44 290") == "tel:0852744290"
    assert tel_href("+46 8 527 44 290") == "tel:+46852744290"
    assert tel_href("") == ""


# --- Pages ------------------------------------------------------------------------------------


def test_the_start_of_a_report_shows_the_routine_with_112_first(client_as):
    response = client_as("medarbetare").get(reverse("report_start"))

    text = response.content.decode()
    assert response.status_code == 200
    assert text.index('href="tel:112"') < text.index('href="tel:11414"') < text.index('href="tel:0852744290"')
    assert "Fortsätt till blanketten" in text
    assert "Rutinen ovan gäller Bromma." in text


def test_the_numbers_shown_are_the_data(client_as, demo):
    ensure_default_routine(Municipality.objects.get())
    RoutineStep.objects.filter(kind=Kind.POLICE_TIP).update(phone="114 15")

    text = client_as("medarbetare").get(reverse("report_start")).content.decode()

    assert 'href="tel:11415"' in text and "Ring 114 15" in text
    assert "Ring 114 14" not in text


def test_the_routine_page_shows_another_administrations_routine_when_asked(client_as, demo):
    load_demo_routine(Municipality.objects.get())
    liljeholmen = Administration.objects.get(name="Hägersten-Liljeholmen")
    client = client_as("medarbetare")

    own = client.get(reverse("routine")).content.decode()
    other = client.get(reverse("routine"), {"forvaltning": liljeholmen.pk}).content.decode()
    nonsense = client.get(reverse("routine"), {"forvaltning": "x"})

    assert "08-508 22 300" not in own
    assert "08-508 22 300" in other and 'href="tel:0850822300"' in other
    assert nonsense.status_code == 200


def test_the_start_page_shows_the_routine_from_the_data(client_as, demo):
    ensure_default_routine(Municipality.objects.get())
    RoutineStep.objects.filter(kind=Kind.SUPPORT).update(phone="08-527 44 291")

    text = client_as("medarbetare").get(reverse("home")).content.decode()

    assert "08-527 44 291" in text
    assert reverse("report_start") in text


def test_an_employee_sees_no_edit_links_and_a_coordinator_sees_their_own(client_as, bromma):
    employee = client_as("medarbetare").get(reverse("routine")).content.decode()
    coordinator = client_as("samordnare.bromma").get(reverse("routine")).content.decode()

    assert reverse("routine_edit", args=[bromma.pk]) not in employee
    assert reverse("routine_edit", args=[bromma.pk]) in coordinator
    assert reverse("routine_edit_municipal") not in coordinator


# --- Editing ----------------------------------------------------------------------------------


def test_a_coordinators_own_step_changes_what_brommas_employees_see_and_not_farstas(
    client_as, bromma, farsta
):
    response = client_as("samordnare.bromma").post(
        reverse("routine_edit", args=[bromma.pk]),
        own_child_step(phone="08-508 08 123", phone_label="Mottagningen barn och unga, Bromma"),
    )

    assert response.status_code == 302
    bromma_page = client_as("medarbetare").get(reverse("report_start")).content.decode()
    farsta_page = (
        client_as("medarbetare").get(reverse("routine"), {"forvaltning": farsta.pk}).content.decode()
    )
    assert "Ring 08-508 08 123" in bromma_page
    assert "08-508 08 123" not in farsta_page
    event = AuditEvent.objects.get(action=Action.CHANGED, administration_id=bromma.pk)
    assert event.summary == "rutin: child"


def test_unticking_the_own_text_returns_to_the_municipalitys_step(client_as, bromma):
    client = client_as("samordnare.bromma")
    client.post(
        reverse("routine_edit", args=[bromma.pk]), own_child_step(phone="08-508 08 123", phone_label="X")
    )
    data = own_child_step()
    data[f"{Kind.CHILD}-own"] = ""

    client.post(reverse("routine_edit", args=[bromma.pk]), data)

    assert not RoutineStep.objects.filter(administration=bromma).exists()


def test_a_bad_phone_number_is_refused_and_the_input_kept(client_as, bromma):
    response = client_as("samordnare.bromma").post(
        reverse("routine_edit", args=[bromma.pk]), own_child_step(phone="ring Anna", phone_label="Anna")
    )

    assert response.status_code == 200
    text = response.content.decode()
    assert "Något behöver rättas" in text
    assert "Skriv bara siffror" in text
    assert 'value="ring Anna"' in text
    assert not RoutineStep.objects.filter(administration=bromma).exists()


def test_an_own_step_needs_a_question_and_an_instruction(client_as, bromma):
    response = client_as("samordnare.bromma").post(
        reverse("routine_edit", args=[bromma.pk]), own_child_step(question="", instruction="")
    )

    assert response.status_code == 200
    assert not RoutineStep.objects.filter(administration=bromma).exists()


def test_the_edit_form_starts_from_the_municipal_text(client_as, bromma):
    text = client_as("samordnare.bromma").get(reverse("routine_edit", args=[bromma.pk])).content.decode()

    assert DEFAULT_STEPS[Kind.ACUTE]["question"] in text
    assert "Egen text för förvaltningen" in text


def test_the_central_coordinator_changes_the_municipal_step_everywhere_without_own_text(client_as, demo):
    municipality = Municipality.objects.get()
    load_demo_routine(municipality)
    data = {
        f"{s.kind}-{name}": getattr(s, name)
        for s in RoutineStep.objects.filter(administration=None)
        for name in ("question", "instruction", "phone", "phone_label")
    }
    data[f"{Kind.CHILD}-phone"] = "08-508 00 000"
    data[f"{Kind.CHILD}-phone_label"] = "Socialjouren"

    response = client_as("central").post(reverse("routine_edit_municipal"), data)

    assert response.status_code == 302
    farsta = Administration.objects.get(name="Farsta")
    liljeholmen = Administration.objects.get(name="Hägersten-Liljeholmen")
    assert step(routine_for(farsta), Kind.CHILD).phone == "08-508 00 000"
    assert step(routine_for(liljeholmen), Kind.CHILD).phone == "08-508 22 300"  # its own stays
    assert AuditEvent.objects.filter(action=Action.CHANGED, summary="rutin (kommun): child").exists()


def test_the_municipal_routine_refuses_an_empty_question(client_as, demo):
    ensure_default_routine(Municipality.objects.get())
    data = {
        f"{s.kind}-{name}": getattr(s, name)
        for s in RoutineStep.objects.filter(administration=None)
        for name in ("question", "instruction", "phone", "phone_label")
    }
    data[f"{Kind.ACUTE}-question"] = ""

    response = client_as("admin").post(reverse("routine_edit_municipal"), data)

    assert response.status_code == 200
    assert RoutineStep.objects.get(administration=None, kind=Kind.ACUTE).question


def test_a_coordinator_of_another_administration_cannot_edit_brommas_routine(client_as, bromma):
    response = client_as("samordnare.soc").post(
        reverse("routine_edit", args=[bromma.pk]), own_child_step(phone="08-1", phone_label="X")
    )

    assert response.status_code == 404
    assert not RoutineStep.objects.filter(administration=bromma).exists()
