"""The API object: version 1, token or session authentication, Swedish error messages."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser

from varna.api.auth import SessionAuth, TokenAuth
from varna.lib.personal_data import PersonalDataError
from varna.lib.years import OutOfRange

NOT_READ = (
    "Innehållet kunde inte läsas. Skicka giltig JSON i UTF-8, utan NUL-tecken, "
    "med Content-Type: application/json."
)
NUL_IN_QUERY = "Frågan innehåller ett NUL-tecken, som inte kan tas emot."


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False


class StrictParser(Parser):
    """JSON in UTF-8 only, and no NUL character anywhere: PostgreSQL cannot store one in text and
    would fail with a server error, so it is refused at the door (400) for every operation."""

    def parse_body(self, request: HttpRequest) -> Any:
        if request.content_type not in ("application/json", ""):
            raise ValueError("not JSON")
        data = json.loads(request.body.decode("utf-8"))
        if _has_nul(data):
            raise ValueError("NUL")
        return data

    def parse_querydict(self, data: Any, list_fields: list[str], request: HttpRequest) -> Any:
        parsed = super().parse_querydict(data, list_fields, request)
        if _has_nul(parsed):
            raise HttpError(400, NUL_IN_QUERY)
        return parsed


api = NinjaAPI(
    title="Värna API",
    version="1",
    description="Värnas API. Autentisera med en API-nyckel: `Authorization: Bearer varna_…`.",
    auth=[TokenAuth(), SessionAuth(csrf=True)],
    urls_namespace="api",
    parser=StrictParser(),
)


@api.exception_handler(AuthenticationError)
def unauthorised(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Inloggning krävs: ange en giltig API-nyckel."}, status=401
    )


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "Du saknar behörighet för detta."}, status=403)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "Hittades inte."}, status=404)


@api.exception_handler(PersonalDataError)
def personal_data(request: HttpRequest, exc: PersonalDataError) -> HttpResponse:
    return api.create_response(request, exc.payload(), status=422)


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # django-ninja answers a body it cannot parse in English; say it in Swedish, and say 415 to
    # a caller who sent something else than JSON.
    if exc.status_code == 400 and exc.message.startswith("Cannot parse request body"):
        status = 400 if request.content_type in ("application/json", "") else 415
        return api.create_response(request, {"detail": NOT_READ, "code": "unreadable_body"}, status=status)
    return api.create_response(request, {"detail": exc.message}, status=exc.status_code)


@api.exception_handler(RequestDataTooBig)
def too_big(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Begäran är för stor för att tas emot.", "code": "too_large"}, status=413
    )


@api.exception_handler(OverflowError)
def out_of_range(request: HttpRequest, exc: Exception) -> HttpResponse:
    # An id or number beyond what the database can hold (SQLite raises where PostgreSQL finds
    # nothing): it cannot match anything, so it is the caller's mistake, not the server's.
    return api.create_response(
        request, {"detail": "Ett tal i frågan är för stort.", "code": "out_of_range"}, status=422
    )


@api.exception_handler(OutOfRange)
def out_of_supported_range(request: HttpRequest, exc: OutOfRange) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message, "code": "out_of_range"}, status=422)


def _swedish(error: dict[str, Any]) -> str:
    """pydantic's message for one field, in Swedish (its own are English)."""
    kind, context = error.get("type", ""), error.get("ctx") or {}
    if kind in ("greater_than_equal", "greater_than"):
        bound = context.get("ge", context.get("gt"))
        word = _("minst") if kind == "greater_than_equal" else _("större än")
        return _("Värdet måste vara %(word)s %(bound)s.") % {"word": word, "bound": bound}
    if kind in ("less_than_equal", "less_than"):
        bound = context.get("le", context.get("lt"))
        word = _("högst") if kind == "less_than_equal" else _("mindre än")
        return _("Värdet får vara %(word)s %(bound)s.") % {"word": word, "bound": bound}
    if kind.startswith("int_"):
        return _("Ange ett heltal.")
    if kind.startswith("date"):
        return _("Ange ett datum, ÅÅÅÅ-MM-DD.")
    if kind.startswith("bool"):
        return _("Ange true eller false.")
    if kind == "missing":
        return _("Uppgiften saknas.")
    if kind == "string_too_long":
        return _("Texten är för lång (högst %(n)s tecken).") % {"n": context.get("max_length")}
    return _("Ogiltigt värde.")


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    # django-ninja's own 422 lists pydantic's English messages: the same shape as the operations'
    # own 422 (ProblemOut), in Swedish. The location's first part (query, body) is left out.
    errors = []
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", [])][1:]
        if location[:1] == ["payload"]:
            location = location[1:]
        errors.append({"field": ".".join(location) or "__all__", "message": _swedish(error)})
    detail = _("Uppgifterna kunde inte tas emot. Rätta fälten nedan.")
    return api.create_response(request, {"detail": detail, "code": "invalid", "errors": errors}, status=422)


from varna.api import (  # noqa: E402,F401  (registers the routes)
    associations,
    me,
    plans,
    reference,
    reports,
    situation,
    situation_snapshots,
    support,
    surveys,
    text,
    training,
)
