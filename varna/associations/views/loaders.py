"""Loading associations and their parts from URL arguments for `requires(rule, load=...)`, and
what the views share."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404

from varna.associations.models import (
    Association,
    AssociationDocument,
    GrantApplication,
    GrantFollowUp,
    PremisesLetting,
)
from varna.audit.constants import Action
from varna.audit.services import record_event


def association_from(kwargs: dict[str, Any]) -> tuple[str, Association]:
    return "association", get_object_or_404(
        Association.objects.select_related("administration"), pk=kwargs.pop("pk")
    )


def document_from(kwargs: dict[str, Any]) -> tuple[str, AssociationDocument]:
    return "document", get_object_or_404(
        AssociationDocument.objects.select_related("association__administration"),
        pk=kwargs.pop("document_id"),
        association_id=kwargs.pop("pk"),
    )


def application_from(kwargs: dict[str, Any]) -> tuple[str, GrantApplication]:
    return "application", get_object_or_404(
        GrantApplication.objects.select_related("association__administration__municipality"),
        pk=kwargs.pop("pk"),
    )


def follow_up_from(kwargs: dict[str, Any]) -> tuple[str, GrantFollowUp]:
    return "follow_up", get_object_or_404(
        GrantFollowUp.objects.select_related("application__association__administration"), pk=kwargs.pop("pk")
    )


def letting_from(kwargs: dict[str, Any]) -> tuple[str, PremisesLetting]:
    return "letting", get_object_or_404(
        PremisesLetting.objects.select_related("administration__municipality", "association"),
        pk=kwargs.pop("pk"),
    )


def audit_overrides(request: Any, form: Any, obj: Any) -> None:
    """The findings the user said were not personal data: label and reason, never the text."""
    for label, reason in form.deid_overrides:
        record_event(action=Action.OVERRIDDEN, request=request, obj=obj, summary=f"{label}: {reason}")
