"""Retention (gallring) of old reports (ADR 0005); meant to run from cron, e.g. once a month."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import ProtectedError

from varna.reports.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Gallrar rapporter äldre än REPORT_RETENTION_YEARS hela kalenderår: fritext, anteckningar, "
        "rapportör, granskare, kontaktönskan och kopplingar tas bort, de kodade fälten blir kvar så "
        "att lägesbilden för tidigare år inte ändras. Med --delete tas rapporterna bort helt. "
        "Visar bara vad som skulle göras utan --apply."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--apply", action="store_true", help="Genomför gallringen (annars torrkörning).")
        parser.add_argument(
            "--delete", action="store_true", help="Ta bort rapporterna helt i stället för att reducera dem."
        )
        parser.add_argument("--years", type=int, help="Antal år i stället för REPORT_RETENTION_YEARS.")
        parser.add_argument("--date", help="Kör som om det vore detta datum (ÅÅÅÅ-MM-DD).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = datetime.date.fromisoformat(options["date"]) if options["date"] else None
        except ValueError as exc:
            raise CommandError("--date ska vara ett datum som ÅÅÅÅ-MM-DD.") from exc
        if options["years"] is not None and options["years"] < 1:
            raise CommandError("--years ska vara minst 1.")
        try:
            result = apply_retention(
                years=options["years"], delete=options["delete"], apply=options["apply"], today=today
            )
        except ProtectedError as exc:
            raise CommandError(
                f"Rapporterna kan inte tas bort: {len(exc.protected_objects)} andra poster "
                "hänvisar till dem. "
                "Reducera dem i stället (utan --delete)."
            ) from exc
        what = "tas bort" if result.deleted else "reduceras till statistik"
        tense = "" if result.applied else " (torrkörning: inget ändrat, kör med --apply)"
        self.stdout.write(f"Rapporter med händelse och inkomstdatum före {result.cutoff.isoformat()}:")
        self.stdout.write(f"  {result.reports} rapporter {what}")
        self.stdout.write(
            f"  {result.notes} anteckningar, {result.links} kopplingar mellan rapporter och "
            f"{result.other_links} kopplingar från andra ärenden tas bort"
        )
        self.stdout.write(f"  {result.import_batches} importer töms på kvarvarande rader")
        if result.nothing_to_do:
            self.stdout.write(self.style.SUCCESS("Inget att gallra."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Klart{tense}."))
