"""Create a new municipality's first accounts: a system administrator and a central coordinator.

Prints a one-time link for each to choose a password; never a password.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from varna.organisation.bootstrap import set_password_url, setup_municipality


class Command(BaseCommand):
    help = (
        "Skapar en ny kommuns första konton: den första systemförvaltaren och den första centrala "
        "samordnaren (två olika personer), och skriver ut en engångslänk var för att välja lösenord."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", required=True, help="Kommunens namn.")
        parser.add_argument(
            "--administration",
            default="Stadsledningskontoret",
            help="Förvaltningen (stadsledningskontoret) där rollerna ligger; skapas om den saknas.",
        )
        parser.add_argument("--admin-email", required=True, help="Systemförvaltarens e-postadress.")
        parser.add_argument(
            "--admin-username", help="Systemförvaltarens användarnamn (annars e-postadressen)."
        )
        parser.add_argument(
            "--coordinator-email", required=True, help="Den centrala samordnarens e-postadress."
        )
        parser.add_argument(
            "--coordinator-username", help="Den centrala samordnarens användarnamn (annars e-postadressen)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            admin, coordinator = setup_municipality(
                name=options["name"],
                administration_name=options["administration"],
                admin_username=options["admin_username"] or options["admin_email"],
                admin_email=options["admin_email"],
                coordinator_username=options["coordinator_username"] or options["coordinator_email"],
                coordinator_email=options["coordinator_email"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        for label, user in (("Systemförvaltare", admin), ("Central samordnare", coordinator)):
            self.stdout.write(f"{label}: {user.username}")
            self.stdout.write(f"  Länk för att välja lösenord (gäller en gång): {set_password_url(user)}")
