"""Print a new API token for a user, for automation (the token is shown only here)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from varna.organisation.models import User
from varna.organisation.services import create_api_token


class Command(BaseCommand):
    help = "Skapar en ny API-nyckel för USERNAME och skriver ut den."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="Automatisering", help="Vad nyckeln används till.")

    def handle(self, *args: Any, username: str, name: str, **options: Any) -> None:
        try:
            user = User.objects.get(username=username, is_active=True)
        except User.DoesNotExist as exc:
            raise CommandError(f"Det finns ingen aktiv användare med namnet {username!r}.") from exc
        _token, secret = create_api_token(user=user, name=name)
        self.stdout.write(secret)
