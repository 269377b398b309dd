"""Load the demo municipality: organisation, accounts, routine, reports, plans (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from varna.associations.demo import load_demo_associations
from varna.knowledge.demo import load_demo_knowledge
from varna.organisation.demo import DEMO_PASSWORD, DEMO_USERS, load_demo_users, load_organisation
from varna.organisation.models import Municipality
from varna.plans.demo import load_demo_plans, load_plan_template
from varna.reports.demo import load_demo_reports
from varna.reports.routine import load_demo_routine
from varna.situation.demo import load_demo_situation
from varna.support.demo import load_demo_support
from varna.surveys.demo import load_demo_surveys
from varna.training.demo import load_demo_training


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
        load_demo_situation()  # recent Blackeberg reports (an early warning) and Bromma's area map
        # The action-plan template and the four seed plans.
        load_plan_template()
        load_demo_plans()
        # The survey: Bromma's answered 2024 round and an open round.
        load_demo_surveys()
        # Associations: grant applications in every state, follow-ups, lettings (seeds 000, 002-004).
        load_demo_associations()
        # The support log: teams, consultations and requests to leave (one overdue).
        load_demo_support()
        # The knowledge bank: the city's guidance pages and the symbol catalogue.
        load_demo_knowledge()
        # Training: the city's courses and the social administration's 725 of 955 (seed 004).
        load_demo_training()
        self.stdout.write(self.style.SUCCESS("Demokommunen är inläst."))
        self.stdout.write(f"Demokonton (lösenord: {DEMO_PASSWORD}):")
        for username, (role, administration, unit, _) in DEMO_USERS.items():
            where = f"{administration}, {unit}" if unit else administration
            self.stdout.write(f"  {username:<18} {role:<20} {where}")
