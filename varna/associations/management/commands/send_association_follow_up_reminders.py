"""Remind grants officers of follow-ups of association grants that are due; run daily from cron."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from varna.associations.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Skickar påminnelser om uppföljningar av föreningsbidrag som ska göras. Körs dagligen, till "
        "exempel från cron; varje uppföljning påminns en gång."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="Kör som om det vore detta datum (ÅÅÅÅ-MM-DD).")
        parser.add_argument("--dry-run", action="store_true", help="Visa vad som skulle skickas.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = datetime.date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError("--date ska vara ett datum som ÅÅÅÅ-MM-DD.") from exc
        sent = send_reminders(today, dry_run=options["dry_run"])
        for officer, items in sent:
            self.stdout.write(f"{officer.get_username()}: {len(items)} uppföljningar")
        verb = "skulle skickas" if options["dry_run"] else "skickade"
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} påminnelser {verb}."))
