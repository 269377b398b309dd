"""What the base layout needs on every page: the signed-in user's navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

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
            "surveys": has_rule(user, "surveys.list_rounds"),
            "training": has_rule(user, "training.list"),
            "associations": _associations_url(user),
            "django_admin": user.is_staff,
        }
    }


def _associations_url(user: Any) -> str:
    """Grants officers and coordinators open the register; the central coordinator the statistics."""
    if has_rule(user, "associations.list"):
        return reverse("association_list")
    if has_rule(user, "associations.statistics_city"):
        return reverse("association_statistics_city")
    return ""
