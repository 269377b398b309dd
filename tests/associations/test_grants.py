"""The grant lifecycle: screening from a snapshot of the checklist, decisions with the override
rule, the four-eyes rule, the allowed transitions, follow-ups and the audit log."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.associations.factories import GRANTS, grant, make_application, make_association, officer
from varna.associations import decisions, services
from varna.associations.constants import ALLOWED_TRANSITIONS, ApplicationStatus, CheckResult
from varna.associations.models import AssociationSettings, ChecklistItem, GrantApplication
from varna.audit.models import AuditEvent
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_officer(demo) -> User:
    user = User.objects.create_user("handlaggare2", email="h2@demo.varna.example")
    Membership.objects.create(
        user=user, administration=Administration.objects.get(name=GRANTS), role=Role.GRANTS_OFFICER
    )
    return user


def test_screening_copies_the_municipalitys_checklist_from_the_seeds(demo):
    application = make_application(screening=True)
    texts = [item.text for item in application.screening_items.all()]
    assert texts[0] == "Stadgar har kommit in"
    assert any("sexuell läggning" in text for text in texts)
    assert any("våldsbejakande" in text for text in texts)
    assert any("Skatteverket" in text for text in texts)
    assert not any("Arrangemanget" in text for text in texts)  # for premises only
    assert {item.result for item in application.screening_items.all()} == {CheckResult.NOT_CHECKED}


def test_later_edits_of_the_checklist_do_not_rewrite_a_screening(demo):
    application = make_application(screening=True)
    before = list(application.screening_items.values_list("text", flat=True))
    ChecklistItem.objects.filter(code="stadgar").update(text="Ändrad text")
    ChecklistItem.objects.filter(code="ekonomi").update(active=False)
    assert list(application.screening_items.values_list("text", flat=True)) == before
    later = make_application(make_association("Annan förening", number="802411111"), screening=True)
    assert "Ändrad text" in later.screening_items.values_list("text", flat=True)
    assert later.screening_items.count() == len(before) - 1


def test_a_grant_with_unmet_items_needs_an_override_reason(demo):
    application = make_application(screening=True)
    with pytest.raises(ValidationError) as caught:
        grant(application)
    assert "override_reason" in caught.value.message_dict
    assert GrantApplication.objects.get(pk=application.pk).status == ApplicationStatus.SCREENING
    decision = grant(application, override_reason="Handlingarna kompletteras; verksamheten är akut.")
    assert decision.unmet_items == application.screening_items.count()
    assert GrantApplication.objects.get(pk=application.pk).status == ApplicationStatus.GRANTED


def test_a_fully_met_screening_is_granted_without_override(demo):
    application = make_application(fulfilled=True)
    decision = grant(application, override_reason="ignoreras")
    assert decision.unmet_items == 0 and decision.override_reason == ""


def test_a_denial_needs_no_override_but_a_justification(demo):
    application = make_application(screening=True)
    with pytest.raises(ValidationError):
        decisions.decide(application=application, outcome="denied", justification=" ", actor=officer())
    decisions.decide(
        application=application,
        outcome="denied",
        justification="Tar inte avstånd från våld.",
        actor=officer(),
    )
    assert GrantApplication.objects.get(pk=application.pk).status == ApplicationStatus.DENIED


def test_a_grant_needs_an_amount(demo):
    application = make_application(fulfilled=True)
    with pytest.raises(ValidationError) as caught:
        decisions.decide(application=application, outcome="granted", justification="Ja.", actor=officer())
    assert "amount" in caught.value.message_dict


@pytest.mark.parametrize("outcome", ["granted", "denied", "stopped"])
def test_nothing_is_decided_before_screening(demo, outcome):
    application = make_application()
    with pytest.raises(services.AssociationStateError):
        decisions.decide(
            application=application, outcome=outcome, amount=1, justification="Nej.", actor=officer()
        )


def test_only_a_granted_application_can_have_its_payment_stopped_and_stopped_is_final(demo):
    application = make_application(fulfilled=True)
    with pytest.raises(services.AssociationStateError):
        decisions.decide(application=application, outcome="stopped", justification="Stopp.", actor=officer())
    grant(application)
    decisions.decide(application=application, outcome="stopped", justification="Stopp.", actor=officer())
    application.refresh_from_db()
    assert application.status == ApplicationStatus.STOPPED
    with pytest.raises(services.AssociationStateError):
        decisions.decide(
            application=application, outcome="granted", amount=5, justification="Igen.", actor=officer()
        )


def test_the_transition_table_is_the_only_way_a_status_changes(demo):
    application = make_application()
    for source, targets in ALLOWED_TRANSITIONS.items():
        for target in ApplicationStatus.values:
            application.status = source
            if target in targets:
                services.move(application, target)
                assert application.status == target
            else:
                with pytest.raises(services.AssociationStateError):
                    services.move(application, target)
    assert ALLOWED_TRANSITIONS[ApplicationStatus.DENIED] == frozenset()
    assert ALLOWED_TRANSITIONS[ApplicationStatus.STOPPED] == frozenset()


def test_screening_cannot_start_twice(demo):
    application = make_application(screening=True)
    with pytest.raises(services.AssociationStateError):
        services.start_screening(application=application, actor=officer())


def test_with_four_eyes_the_same_officer_cannot_confirm_their_own_decision(demo, settings, second_officer):
    settings.ASSOCIATIONS_FOUR_EYES = True
    application = make_application(fulfilled=True)
    decision = grant(application)
    application.refresh_from_db()
    assert decision.state == "proposed"
    assert application.status == ApplicationStatus.AWAITING_CONFIRMATION
    assert not application.follow_ups.exists()
    with pytest.raises(services.AssociationStateError, match="Samma handläggare"):
        decisions.confirm_decision(application=application, actor=officer())
    confirmed = decisions.confirm_decision(application=application, actor=second_officer)
    application.refresh_from_db()
    assert confirmed.state == "in_effect" and confirmed.confirmed_by == second_officer
    assert application.status == ApplicationStatus.GRANTED
    assert application.follow_ups.exists()


def test_a_rejected_proposal_goes_back_to_screening_and_is_kept(demo, settings, second_officer):
    settings.ASSOCIATIONS_FOUR_EYES = True
    application = make_application(fulfilled=True)
    grant(application)
    decisions.confirm_decision(application=application, actor=second_officer, confirm=False)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SCREENING
    assert list(application.decisions.values_list("state", flat=True)) == ["rejected"]


def test_the_municipality_can_turn_four_eyes_on_against_the_default(demo, settings):
    settings.ASSOCIATIONS_FOUR_EYES = False
    application = make_application(fulfilled=True)
    AssociationSettings.objects.create(
        municipality=application.association.administration.municipality, four_eyes=True
    )
    assert grant(application).state == "proposed"


def test_a_grant_is_followed_up_with_the_vbe_control_from_2024(demo):
    granted_2024 = make_application(year=2024, fulfilled=True)
    grant(granted_2024)
    assert set(granted_2024.follow_ups.values_list("kind", flat=True)) == {"regular", "vbe_control"}
    granted_2023 = make_application(
        make_association("Äldre förening", number="802422222"), year=2023, fulfilled=True
    )
    grant(granted_2023)
    assert set(granted_2023.follow_ups.values_list("kind", flat=True)) == {"regular"}


def test_a_follow_up_is_recorded_and_cannot_be_dated_in_the_future(demo):
    application = make_application(year=2024, fulfilled=True)
    grant(application)
    follow_up = application.follow_ups.get(kind="vbe_control")
    with pytest.raises(ValidationError):
        decisions.record_follow_up(
            follow_up=follow_up,
            done_on=datetime.date.today() + datetime.timedelta(days=2),
            outcome="no_remarks",
            note="",
            actor=officer(),
        )
    decisions.record_follow_up(
        follow_up=follow_up,
        done_on=datetime.date(2024, 10, 1),
        outcome="no_remarks",
        note="",
        actor=officer(),
    )
    follow_up.refresh_from_db()
    assert follow_up.done_on == datetime.date(2024, 10, 1)


def test_decisions_and_overrides_are_in_the_audit_log_without_free_text(demo):
    application = make_application(screening=True)
    reason = "Handlingarna kompletteras senare."
    decision = grant(application, override_reason=reason)
    events = AuditEvent.objects.filter(object_type="beslut om föreningsbidrag", object_id=str(decision.pk))
    assert events.count() == 1
    event = events.get()
    assert event.actor == officer()
    assert event.administration.name == GRANTS
    assert "åsidosatt granskning" in event.summary
    assert reason not in event.summary and decision.justification not in event.summary


def test_personal_data_in_a_justification_is_refused(demo):
    from varna.lib.personal_data import PersonalDataError

    application = make_application(fulfilled=True)
    with pytest.raises(PersonalDataError):
        decisions.decide(
            application=application,
            outcome="denied",
            justification="Ordföranden Anna Andersson, 19850101-1234, har uttryckt stöd för våld.",
            actor=officer(),
        )
    assert not application.decisions.exists()
