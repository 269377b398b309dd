"""Send e-mail reminders before follow-up deadlines; meant to run once a day from cron."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from varna.plans.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Skickar påminnelser om uppföljning (T1, T2, VB) av handlingsplanernas aktiviteter. "
        "Körs dagligen, till exempel från cron; varje påminnelse skickas en gång."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="Kör som om det vore detta datum (ÅÅÅÅ-MM-DD).")
        parser.add_argument("--dry-run", action="store_true", help="Visa vad som skulle skickas.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = datetime.date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError("--date ska vara ett datum som ÅÅÅÅ-MM-DD.") from exc
        reminders = send_reminders(today, dry_run=options["dry_run"])
        for reminder in reminders:
            self.stdout.write(
                f"{reminder.plan} {reminder.occasion}: {reminder.recipient.get_username()}, "
                f"{len(reminder.activities)} aktiviteter"
            )
        verb = "skulle skickas" if options["dry_run"] else "skickade"
        self.stdout.write(self.style.SUCCESS(f"{len(reminders)} påminnelser {verb}."))
