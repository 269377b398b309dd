"""Load the demo municipality: organisation, accounts, routine, reports, plans (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from varna.organisation.demo import DEMO_PASSWORD, DEMO_USERS, load_demo_users, load_organisation
from varna.organisation.models import Municipality
from varna.plans.demo import load_demo_plans, load_plan_template
from varna.reports.demo import load_demo_reports
from varna.reports.routine import load_demo_routine


class Command(BaseCommand):
    help = "Läser in demokommunen (Stockholms stad) och demokontona. Kan köras flera gånger."

    def handle(self, *args: Any, **options: Any) -> None:
        load_organisation()
        load_demo_users()
        # The routine on concern: the default steps everywhere, and the local numbers of the seeds.
        for municipality in Municipality.objects.all():
            load_demo_routine(municipality)
        # Reports and source events with the seed documents' figures.
        load_demo_reports()
        # The action-plan template and the four seed plans.
        load_plan_template()
        load_demo_plans()
        self.stdout.write(self.style.SUCCESS("Demokommunen är inläst."))
        self.stdout.write(f"Demokonton (lösenord: {DEMO_PASSWORD}):")
        for username, (role, administration, unit, _) in DEMO_USERS.items():
            where = f"{administration}, {unit}" if unit else administration
            self.stdout.write(f"  {username:<18} {role:<20} {where}")
