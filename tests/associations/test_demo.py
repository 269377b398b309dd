import io

from django.core.management import call_command

from varna.associations.constants import ApplicationStatus
from varna.associations.demo import load_demo_associations
from varna.associations.models import Association, GrantApplication, GrantFollowUp, PremisesLetting


def test_the_demo_has_applications_in_every_decided_and_open_state_and_loads_twice(demo):
    load_demo_associations()
    load_demo_associations()
    assert Association.objects.count() == 6
    statuses = set(GrantApplication.objects.values_list("status", flat=True))
    assert {
        ApplicationStatus.RECEIVED,
        ApplicationStatus.SCREENING,
        ApplicationStatus.GRANTED,
        ApplicationStatus.DENIED,
        ApplicationStatus.STOPPED,
    } <= statuses
    assert GrantFollowUp.objects.filter(
        kind="vbe_control", done_on__isnull=False, application__year=2024
    ).exists()
    assert PremisesLetting.objects.filter(tenant_kind="individual").exists()


def test_load_demo_loads_the_associations(db):
    call_command("load_demo", stdout=io.StringIO())
    assert Association.objects.filter(administration__name="Socialförvaltningen").exists()
