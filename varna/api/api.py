"""The API object: version 1, token or session authentication, Swedish error messages."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError

from varna.api.auth import SessionAuth, TokenAuth
from varna.lib.personal_data import PersonalDataError

api = NinjaAPI(
    title="Värna API",
    version="1",
    description="Värnas API. Autentisera med en API-nyckel: `Authorization: Bearer varna_…`.",
    auth=[TokenAuth(), SessionAuth(csrf=True)],
    urls_namespace="api",
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


from varna.api import me, plans, reference, reports, situation, text  # noqa: E402,F401  (registers the routes)
