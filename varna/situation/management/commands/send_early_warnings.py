"""E-mail new early warnings to the administrations' coordinators; meant to run daily from cron."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from varna.situation.warnings import send_early_warnings


class Command(BaseCommand):
    help = (
        "Skickar tidiga varningar (områden eller typer av händelse med klart fler händelser än "
        "vanligt) till förvaltningarnas samordnare. Körs dagligen; varje varning skickas en gång."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="Kör som om det vore detta datum (ÅÅÅÅ-MM-DD).")
        parser.add_argument("--dry-run", action="store_true", help="Visa vad som skulle skickas.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = datetime.date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError("--date ska vara ett datum som ÅÅÅÅ-MM-DD.") from exc
        notices = send_early_warnings(today, dry_run=options["dry_run"])
        for notice in notices:
            what = ", ".join(alert.label for alert in notice.alerts)
            self.stdout.write(f"{notice.administration}: {what} ({len(notice.recipients)} mottagare)")
        verb = "skulle skickas" if options["dry_run"] else "skickade"
        self.stdout.write(self.style.SUCCESS(f"{len(notices)} e-postmeddelanden {verb}."))
