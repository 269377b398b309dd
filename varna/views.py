"""Project-wide pages: the start page and the health check."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from varna.lib.years import OutOfRange
from varna.organisation.access import public, requires
from varna.organisation.selectors import start_page_for


@requires("accounts.signed_in")
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"start": start_page_for(request.user)})


@public
@never_cache
def health(request: HttpRequest) -> HttpResponse:
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """400 in Swedish; a year or date out of range says which (varna/lib/years.py)."""
    message = exception.message if isinstance(exception, OutOfRange) else ""
    return render(request, "400.html", {"message": message}, status=400)
