"""Writing to the audit log. Callers pass objects, never user-typed free text."""

from __future__ import annotations

import ipaddress
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from varna.audit.models import AuditEvent


def client_address(request: HttpRequest | None) -> str | None:
    """The client's address; behind TRUSTED_PROXY_COUNT proxies, read X-Forwarded-For."""
    if request is None:
        return None
    proxies = settings.AXES_IPWARE_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies and _is_address(hops[-proxies]):
            return hops[-proxies]
    remote = request.META.get("REMOTE_ADDR", "")
    return remote if _is_address(remote) else None


def _is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def record_event(
    *,
    action: str,
    actor: Any = None,
    request: HttpRequest | None = None,
    administration: Any = None,
    obj: Any = None,
    summary: str = "",
    actor_name: str = "",
) -> AuditEvent:
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    if administration is None and obj is not None:
        administration_id = getattr(obj, "administration_id", None)
    else:
        administration_id = getattr(administration, "pk", None)
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=actor_name or (actor.get_username() if getattr(actor, "pk", None) else ""),
        action=action,
        administration_id=administration_id,
        object_type=obj._meta.verbose_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        summary=summary[:300],
        ip_address=client_address(request),
    )
