"""Guards for views: each view names one rule from `permissions.RULES`, or is marked public.

Outsiders get 404 (an administration's objects are not revealed), insiders without the right
get 403, anonymous visitors are sent to sign in. The rule name is kept on the view so that the
permission-matrix test can prove that no view lacks one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from varna.organisation.permissions import RULES, can_see, has_rule

PUBLIC = "public"


def public(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    view.varna_rule = PUBLIC  # type: ignore[attr-defined]
    return view


def check(user: Any, rule: str, obj: Any = None) -> None:
    """Raise Http404 or PermissionDenied unless `user` has `rule` (on `obj`)."""
    if rule not in RULES:
        raise KeyError(f"Unknown rule {rule!r}")
    if has_rule(user, rule, obj):
        return
    if obj is not None and not can_see(user, obj):
        raise Http404
    raise PermissionDenied


def requires(
    rule: str,
    *,
    load: Callable[[dict[str, Any]], tuple[str, Any]] | None = None,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Guard a view with `rule`. `load(kwargs)` pops URL arguments and returns (name, object);
    the object is checked and passed to the view as keyword `name`."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            obj = None
            if load is not None:
                name, obj = load(kwargs)
                kwargs[name] = obj
            check(request.user, rule, obj)
            return view(request, *args, **kwargs)

        guarded.varna_rule = rule  # type: ignore[attr-defined]
        return guarded

    return decorate


def administration_from(kwargs: dict[str, Any]) -> tuple[str, Any]:
    from varna.organisation.models import Administration

    return "administration", get_object_or_404(Administration, pk=kwargs.pop("administration_id"))


def api_rule(rule: str, *, object_level: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Guard an API operation with `rule`. With `object_level`, the operation loads its object
    and calls `check(request.user, rule, obj)` itself; the rule is still named here."""

    def decorate(operation: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(operation)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            if not object_level:
                check(request.user, rule)
            return operation(request, *args, **kwargs)

        guarded.varna_rule = rule  # type: ignore[attr-defined]
        return guarded

    return decorate
