"""What the base layout needs on every page: the signed-in user's navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from varna.organisation.permissions import has_rule


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {}}
    return {
        "nav": {
            "organisation": has_rule(user, "organisation.list_administrations"),
            "audit": has_rule(user, "audit.view_logs"),
            "plans": has_rule(user, "plans.list_plans"),
            "reports": has_rule(user, "reports.review_any"),
            "django_admin": user.is_staff,
        }
    }
