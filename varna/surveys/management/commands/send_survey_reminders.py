"""Remind those who have not answered a survey, once per round, SURVEY_REMINDER_DAYS_BEFORE days
before its deadline; meant to run once a day from cron."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from varna.surveys.services import remind_before_deadline


class Command(BaseCommand):
    help = (
        "Skickar en påminnelse om enkäten till dem som inte har svarat, en gång per omgång, "
        "några dagar före sista svarsdag (SURVEY_REMINDER_DAYS_BEFORE). Körs dagligen från cron."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="Kör som om det vore detta datum (ÅÅÅÅ-MM-DD).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = datetime.date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError("--date ska vara ett datum som ÅÅÅÅ-MM-DD.") from exc
        reminded = remind_before_deadline(today)
        for survey_round, count in reminded:
            self.stdout.write(f"{survey_round}: {count} påminnelser")
        self.stdout.write(self.style.SUCCESS(f"{len(reminded)} omgångar påminda."))
