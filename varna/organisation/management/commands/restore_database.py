"""Restore a backup into a new database or file, never over the one in use (docs/deployment.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from varna.lib.backup import BackupError, engine_of, restore_postgresql, restore_sqlite, restored_row_counts


class Command(BaseCommand):
    help = (
        "Läser tillbaka en säkerhetskopia från backup_database till en ny databas (PostgreSQL: "
        "--database NAMN skapas, pg_restore i en transaktion) eller en ny fil (SQLite: --database "
        "SÖKVÄG). Den databas som används skrivs aldrig över: byt DATABASE_URL till den återlästa "
        "när den är kontrollerad."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, type=Path, help="Säkerhetskopian.")
        parser.add_argument(
            "--database",
            required=True,
            help="Namnet på den nya PostgreSQL-databasen, eller sökvägen till den nya SQLite-filen.",
        )
        parser.add_argument("--counts", action="store_true", help="Skriv antal rader per tabell efteråt.")

    def handle(self, *args: Any, **options: Any) -> None:
        settings_dict = connection.settings_dict
        target = options["database"]
        try:
            if target == str(settings_dict["NAME"]) or (
                engine_of(settings_dict) == "sqlite"
                and Path(target).resolve() == Path(settings_dict["NAME"]).resolve()
            ):
                raise BackupError("that is the database in use: restore into a new one")
            if engine_of(settings_dict) == "postgresql":
                restore_postgresql(options["input"], target, settings_dict=settings_dict)
            else:
                restore_sqlite(options["input"], Path(target))
            counts = restored_row_counts(settings_dict, target)
        except BackupError as exc:
            raise CommandError(f"Återläsningen misslyckades: {exc}") from exc
        if options["counts"]:
            for table, rows in counts.items():
                self.stdout.write(f"{table}\t{rows}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Återläst till {target}: {len(counts)} tabeller, {sum(counts.values()):,} rader. "
                "Kontrollera och peka sedan DATABASE_URL dit."
            )
        )
