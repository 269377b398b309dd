"""Project middleware: a clear Swedish 503 when the database is lost, read-only or full, and the
chosen language."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


# What the person is told, by what went wrong with the database. Each says that nothing was
# saved, and that what they wrote is still in the browser.
DATABASE_PROBLEMS = {
    "database_unavailable": (
        _("Värna är tillfälligt otillgänglig"),
        _(
            "Databasen går inte att nå just nu. Ingenting har sparats. Försök igen om en stund; "
            "det du skrev finns kvar om du går tillbaka i webbläsaren."
        ),
    ),
    "database_read_only": (
        _("Värna kan inte spara just nu"),
        _(
            "Databasen är skrivskyddad just nu, så Värna kan visa uppgifter men inte spara dem. "
            "Ingenting har sparats. Försök igen om en stund; det du skrev finns kvar om du går "
            "tillbaka i webbläsaren."
        ),
    ),
    "database_full": (
        _("Värna kan inte spara just nu"),
        _(
            "Databasen har inte plats för mer just nu. Ingenting har sparats. Säg till Värnas "
            "förvaltare; det du skrev finns kvar om du går tillbaka i webbläsaren."
        ),
    ),
}


def database_problem(exception: Exception) -> str | None:
    """The kind of database trouble behind `exception` (a key of DATABASE_PROBLEMS), or None.

    PostgreSQL's SQLSTATE and SQLite's error name are on the driver's exception, which Django
    keeps as the cause: 25006 and SQLITE_READONLY for a read-only database (a standby, a
    file without write permission), 53100 and SQLITE_FULL for a full disk.
    """
    if not isinstance(exception, (DatabaseError, InterfaceError)):
        return None
    cause = exception.__cause__
    sqlstate = getattr(cause, "sqlstate", None) or ""
    sqlite_error = getattr(cause, "sqlite_errorname", None) or ""
    if sqlstate == "25006" or sqlite_error.startswith("SQLITE_READONLY"):
        return "database_read_only"
    if sqlstate == "53100" or sqlite_error.startswith("SQLITE_FULL"):
        return "database_full"
    # IntegrityError and other DatabaseError subclasses are bugs, not outages.
    if isinstance(exception, (OperationalError, InterfaceError)) or type(exception) is DatabaseError:
        return "database_unavailable"
    return None


class DatabaseUnavailableMiddleware:
    """A clear Swedish 503 (a page, or JSON under /api/) when the database is lost, read-only or
    full, never a traceback; broken connections are dropped so Värna recovers by itself."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        code = database_problem(exception)
        if code is None:
            return None
        # Words, not the code: the log filter takes snake_case words for user names.
        logger.error("Database %s: %s", code.split("_", 1)[1].replace("_", "-"), type(exception).__name__)
        # Drop broken connections so the next request reconnects by itself.
        for connection in connections.all(initialized_only=True):
            connection.close_if_unusable_or_obsolete()
        heading, message = (str(text) for text in DATABASE_PROBLEMS[code])
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message, "code": code}, status=503)
        html = render_to_string("503.html", {"heading": heading, "message": message}, request=None)
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


class PermissionsPolicyMiddleware:
    """Switch off the browser features Värna never uses (camera, microphone, position, ...), so
    that an injected script or a framed page cannot ask for them either."""

    POLICY = (
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
        "magnetometer=(), microphone=(), payment=(), usb=()"
    )

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.POLICY)
        return response


class NoStoreMiddleware:
    """`Cache-Control: no-store` on every response the application itself makes (placed after
    WhiteNoise, so static files keep their far-future caching).

    Pages, exports and API answers carry reports, statistics and names: no browser cache, proxy
    or shared computer's disk may keep a copy. Marking everything rather than a list of views
    means a new view or export cannot forget it. A view that has set its own Cache-Control
    (a symbol picture of the knowledge bank, say) keeps it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = "no-store"
        if "no-store" in response.headers["Cache-Control"]:
            response.headers.setdefault("Pragma", "no-cache")  # HTTP/1.0 caches
        return response
