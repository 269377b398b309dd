"""What the association services share: the state error, the personal-data check and audit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.http import HttpRequest

from varna.audit.services import record_event
from varna.lib.personal_data import PersonalDataError, findings_in

# Findings the user let through in a form: field -> [(label, value)].
Overrides = Mapping[str, Iterable[tuple[str, str]]]


class AssociationStateError(Exception):
    """The operation is not allowed now; the message is shown to the user."""


def ensure_clean(texts: Mapping[str, str], overridden: Overrides | None = None) -> None:
    """Raise PersonalDataError if any text holds personal data the user has not let through."""
    found = {}
    for name, text in texts.items():
        if text and (findings := findings_in(text, (overridden or {}).get(name, ()))):
            found[name] = findings
    if found:
        raise PersonalDataError(found)


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
