"""The grants officer's pages: register, screen, decide with override, confirm, lettings."""

import datetime

import pytest
from django.urls import reverse

from tests.associations.factories import GRANTS, make_application, make_association, orgnr
from varna.associations.constants import ApplicationStatus, CheckResult, LettingStatus
from varna.associations.models import Association, GrantApplication, PremisesLetting
from varna.audit.models import AuditEvent
from varna.organisation.models import Administration

pytestmark = pytest.mark.django_db


@pytest.fixture
def soc(demo) -> Administration:
    return Administration.objects.get(name=GRANTS)


def test_an_officer_registers_an_association_with_a_normalised_number(client_as, soc):
    response = client_as("handlaggare").post(
        reverse("association_create", args=[soc.pk]),
        {
            "name": "Föreningen Öppna dörrar",
            "organisation_number": "8024001235",
            "contact_role": "Ordförande",
        },
    )
    association = Association.objects.get()
    assert response.status_code == 302
    assert association.organisation_number == "802400-1235"


@pytest.mark.parametrize(
    ("number", "message"),
    [("802400-1234", "kontrollsiffran"), ("850101-1234", "personnummer"), ("123", "tio siffror")],
)
def test_a_wrong_number_is_explained(client_as, soc, number, message):
    response = client_as("handlaggare").post(
        reverse("association_create", args=[soc.pk]),
        {"name": "X", "organisation_number": number, "contact_role": "Ordförande"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Association.objects.exists()


def test_the_same_number_twice_in_one_administration_is_refused(client_as, soc):
    make_association(number="802400123")
    response = client_as("handlaggare").post(
        reverse("association_create", args=[soc.pk]),
        {"name": "Kopia", "organisation_number": orgnr("802400123"), "contact_role": "Kassör"},
    )
    assert "finns redan" in response.content.decode()
    assert Association.objects.count() == 1


def test_a_persons_name_as_contact_is_refused(client_as, soc):
    response = client_as("handlaggare").post(
        reverse("association_create", args=[soc.pk]),
        {
            "name": "X",
            "organisation_number": orgnr("802400123"),
            "contact_role": "Anna Andersson 070-123 45 67",
        },
    )
    assert response.status_code == 200
    assert "identifiera en person" in response.content.decode()
    assert not Association.objects.exists()


def test_screening_and_a_grant_with_override_through_the_pages(client_as, soc):
    application = make_application()
    officer = client_as("handlaggare")
    officer.post(reverse("application_start_screening", args=[application.pk]))
    items = list(application.screening_items.all())
    data = {f"result_{item.pk}": CheckResult.FULFILLED for item in items}
    data[f"result_{items[-1].pk}"] = CheckResult.NOT_CHECKED
    data[f"note_{items[1].pk}"] = "Styrelsen väljs av årsmötet."
    assert officer.post(reverse("application_screening", args=[application.pk]), data).status_code == 302
    assert application.screening_items.get(pk=items[1].pk).note == "Styrelsen väljs av årsmötet."

    decide = reverse("application_decide", args=[application.pk])
    grant = {"outcome": "granted", "amount": "80000", "justification": "Uppfyller riktlinjerna."}
    refused = officer.post(decide, grant)
    assert refused.status_code == 200
    assert "Ange skälet att ändå bevilja" in refused.content.decode()
    done = officer.post(decide, {**grant, "override_reason": "Skatteverkets uppgifter kompletteras."})
    assert done.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.GRANTED
    detail = officer.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert "granskningen åsidosatt" in detail and "Ladda ned beslutsbrevet (Word)" in detail


def test_the_four_eyes_rule_on_the_pages(client_as, soc, settings, user):
    from varna.organisation.constants import Role
    from varna.organisation.models import Membership

    settings.ASSOCIATIONS_FOUR_EYES = True
    Membership.objects.create(user=user("samordnare.bromma"), administration=soc, role=Role.GRANTS_OFFICER)
    application = make_application(fulfilled=True)
    officer = client_as("handlaggare")
    officer.post(
        reverse("application_decide", args=[application.pk]),
        {"outcome": "granted", "amount": "5000", "justification": "Ja."},
    )
    page = officer.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert "En annan handläggare måste bekräfta det" in page
    officer.post(reverse("decision_confirm", args=[application.pk]), {"action": "confirm"})
    assert GrantApplication.objects.get(pk=application.pk).status == ApplicationStatus.AWAITING_CONFIRMATION
    client_as("samordnare.bromma").post(
        reverse("decision_confirm", args=[application.pk]), {"action": "confirm"}
    )
    assert GrantApplication.objects.get(pk=application.pk).status == ApplicationStatus.GRANTED


def test_a_letting_to_an_individual_is_recorded_by_role_screened_and_denied(client_as, soc):
    officer = client_as("handlaggare")
    response = officer.post(
        reverse("letting_create", args=[soc.pk]),
        {
            "premises": "Samlingslokalen",
            "tenant_kind": "individual",
            "tenant_description": "Privatperson, boende i området",
            "event": "Föreläsning med okänt program.",
            "event_date": "2026-03-01",
        },
    )
    letting = PremisesLetting.objects.get()
    assert response.status_code == 302
    assert letting.association is None and letting.tenant_description == "Privatperson, boende i området"
    officer.post(reverse("letting_start_screening", args=[letting.pk]))
    codes = list(letting.screening_items.values_list("code", flat=True))
    assert "arrangemanget" in codes
    officer.post(
        reverse("letting_decide", args=[letting.pk]),
        {"outcome": "denied", "justification": "Programmet har inte kunnat granskas."},
    )
    letting.refresh_from_db()
    assert letting.status == LettingStatus.DENIED
    assert (
        AuditEvent.objects.filter(object_type="upplåtelse av lokal", object_id=str(letting.pk)).count() == 3
    )


def test_a_letting_to_an_individual_needs_a_description_and_no_name(client_as, soc):
    officer = client_as("handlaggare")
    base = {"premises": "Salen", "tenant_kind": "individual", "event": "Möte.", "event_date": "2026-03-01"}
    assert (
        "Beskriv den enskilda"
        in officer.post(reverse("letting_create", args=[soc.pk]), base).content.decode()
    )
    named = officer.post(
        reverse("letting_create", args=[soc.pk]), {**base, "tenant_description": "Anna Andersson"}
    )
    assert "identifiera en person" in named.content.decode()
    assert not PremisesLetting.objects.exists()


def test_a_coordinator_reads_but_cannot_decide(client_as, soc):
    application = make_application(fulfilled=True)
    coordinator = client_as("samordnare.soc")
    page = coordinator.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert "Fatta beslut" not in page
    assert coordinator.get(reverse("application_decide", args=[application.pk])).status_code == 403


def test_a_new_checklist_item_applies_to_the_next_screening_only(client_as, soc):
    running = make_application(screening=True)
    admin = client_as("central")
    response = admin.post(
        reverse("association_checklist_add"),
        {
            "text": "Föreningen har lämnat revisionsberättelse",
            "code": "revision",
            "applies_to": "grants",
            "order": 95,
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert "revision" not in running.screening_items.values_list("code", flat=True)
    later = make_application(make_association("Senare", number="802433333"), screening=True)
    assert "revision" in later.screening_items.values_list("code", flat=True)
    duplicate = admin.post(
        reverse("association_checklist_add"),
        {"text": "Igen", "code": "revision", "applies_to": "both", "order": 1, "active": "on"},
    )
    assert "Koden används redan" in duplicate.content.decode()


def test_the_follow_up_page_records_the_vbe_control(client_as, soc):
    from tests.associations.factories import grant

    application = make_application(year=2024, fulfilled=True)
    grant(application)
    follow_up = application.follow_ups.get(kind="vbe_control")
    response = client_as("handlaggare").post(
        reverse("association_follow_up", args=[follow_up.pk]),
        {
            "done_on": "2024-10-15",
            "outcome": "no_remarks",
            "note": "Inga kopplingar till våldsbejakande miljöer.",
        },
    )
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.done_on == datetime.date(2024, 10, 15)
