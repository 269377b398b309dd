"""Load the demo municipality and its demo accounts (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from varna.organisation.demo import DEMO_PASSWORD, DEMO_USERS, load_demo_users, load_organisation


class Command(BaseCommand):
    help = "Läser in demokommunen (Stockholms stad) och demokontona. Kan köras flera gånger."

    def handle(self, *args: Any, **options: Any) -> None:
        load_organisation()
        load_demo_users()
        self.stdout.write(self.style.SUCCESS("Demokommunen är inläst."))
        self.stdout.write(f"Demokonton (lösenord: {DEMO_PASSWORD}):")
        for username, (role, administration, unit, _) in DEMO_USERS.items():
            where = f"{administration}, {unit}" if unit else administration
            self.stdout.write(f"  {username:<18} {role:<20} {where}")
