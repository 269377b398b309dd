"""What the association services share: the state error, the personal-data check and audit."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from varna.audit.services import record_event


class AssociationStateError(Exception):
    """The operation is not allowed now; the message is shown to the user."""


def audit(action: str, obj: Any, *, actor: Any, request: HttpRequest | None, summary: str) -> None:
    record_event(
        action=action,
        actor=actor,
        request=request,
        administration=None,
        obj=obj,
        summary=summary,
    )


def user_or_none(actor: Any) -> Any:
    return actor if getattr(actor, "pk", None) else None
