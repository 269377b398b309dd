"""E-mail the coordinators about requests to leave that passed 24 hours without first contact.

Meant to run from cron every 15 minutes; each request is escalated once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from varna.support.services import escalate_overdue


class Command(BaseCommand):
    help = (
        "Skickar e-post till samordnarna om begäran om första kontakt som har passerat 24 timmar "
        "utan loggad kontakt. Körs t.ex. var 15:e minut från cron; varje begäran eskaleras en gång."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Visa vad som skulle eskaleras.")

    def handle(self, *args: Any, **options: Any) -> None:
        items = escalate_overdue(dry_run=options["dry_run"])
        for item in items:
            self.stdout.write(f"{item.reference} ({item.administration})")
        verb = "skulle eskaleras" if options["dry_run"] else "eskalerades"
        self.stdout.write(self.style.SUCCESS(f"{len(items)} begäran {verb}."))
