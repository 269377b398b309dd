"""Project middleware: a clear Swedish 503 when the database is lost, and the chosen language."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        # IntegrityError and other DatabaseError subclasses are bugs, not outages.
        lost = isinstance(exception, (OperationalError, InterfaceError)) or type(exception) is DatabaseError
        if not lost:
            return None
        logger.error("Database unavailable: %s", type(exception).__name__)
        # Drop broken connections so the next request reconnects by itself.
        for connection in connections.all(initialized_only=True):
            connection.close_if_unusable_or_obsolete()
        message = _(
            "Databasen går inte att nå just nu. Ingenting har sparats. Försök igen om en stund; "
            "det du skrev finns kvar om du går tillbaka i webbläsaren."
        )
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message, "code": "database_unavailable"}, status=503)
        html = render_to_string("503.html", {"message": message}, request=None)
        return HttpResponse(html, status=503, headers={"Retry-After": "30"})


class ChosenLanguageMiddleware:
    """Swedish unless the person has chosen another language in Värna.

    Django's LocaleMiddleware follows the browser's Accept-Language, which would show English to
    every employee whose computer happens to be set up in English. Here only the language cookie
    set by the language selector counts.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
