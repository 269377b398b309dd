"""Back up the whole database with the engine's own method (docs/deployment.md, "Backups")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from varna.lib.backup import BackupError, backup, row_counts


class Command(BaseCommand):
    help = (
        "Säkerhetskopierar hela databasen till en fil: pg_dump i custom-format för PostgreSQL, "
        "SQLite:s online-backup för SQLite. Filen blir läsbar bara för ägaren och skrivs först när "
        "den är komplett."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output", required=True, type=Path, help="Filen som skrivs (ersätts om den finns)."
        )
        parser.add_argument(
            "--counts",
            action="store_true",
            help="Skriv också antal rader per tabell (för en återläsningsövning).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = backup(options["output"])
        except BackupError as exc:
            raise CommandError(f"Säkerhetskopian kunde inte göras: {exc}") from exc
        if options["counts"]:
            for table, rows in row_counts().items():
                self.stdout.write(f"{table}\t{rows}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Säkerhetskopia skriven: {result.path} ({result.size:,} byte, {result.method})."
            )
        )
