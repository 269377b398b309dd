"""`Idempotency-Key` on the API's creating POSTs: sent again, answered again, created once.

A caller that does not know whether its POST arrived (a timeout, a dropped connection) sends it
again with the same key. Within EXPIRES the same account and key get the first answer (status
and body) and nothing new is created; the same key with another body is a 422. The key row is
written first, in the operation's transaction: a second request with the key waits on the
unique constraint until the first is done, then replays its answer. Answers of 4xx are not kept
(nothing was created), so a corrected request may use the key again.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Status
from ninja.errors import HttpError
from pydantic import BaseModel

from varna.api.models import IdempotencyKey

EXPIRES = datetime.timedelta(hours=24)
HEADER = "Idempotency-Key"
KEY = re.compile(r"[\x21-\x7e]{1,255}")  # visible ASCII, as in the IETF draft's examples


class _NotKept(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("not kept")
        self.result = result


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stored(result: Any) -> tuple[int, Any]:
    """(status, JSON-ready body) of an operation's return value."""
    status, value = (result.status_code, result.value) if isinstance(result, Status) else (200, result)
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json", by_alias=True)
    return status, json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _replay(found: IdempotencyKey, body_hash: str) -> Status:
    if found.body_hash != body_hash:
        raise HttpError(
            422,
            _(
                "Idempotency-Key har redan använts för en annan begäran. Skicka samma innehåll igen, "
                "eller använd en ny nyckel för en ny begäran."
            ),
        )
    return Status(found.status_code, found.response)


def _find(user: Any, key_hash: str) -> IdempotencyKey | None:
    return IdempotencyKey.objects.filter(
        user=user, key_hash=key_hash, created_at__gte=timezone.now() - EXPIRES
    ).first()


def run_once(*, user: Any, key: str, body: bytes, run: Callable[[], Any]) -> Any:
    """`run()` once per (user, key) within EXPIRES; its first answer for the same body again."""
    key_hash, body_hash = _hash(key.encode()), _hash(body)
    IdempotencyKey.objects.filter(created_at__lt=timezone.now() - EXPIRES).delete()
    if (found := _find(user, key_hash)) is not None:
        return _replay(found, body_hash)
    try:
        with transaction.atomic():
            row = IdempotencyKey.objects.create(
                user=user, key_hash=key_hash, body_hash=body_hash, status_code=0
            )
            result = run()
            status, payload = _stored(result)
            if status >= 400:
                raise _NotKept(result)  # rolls the key back: nothing was created
            row.status_code, row.response = status, payload
            row.save(update_fields=["status_code", "response"])
    except _NotKept as not_kept:
        return not_kept.result
    except IntegrityError:
        if (found := _find(user, key_hash)) is None:
            raise
        return _replay(found, body_hash)
    return result


def idempotent(operation: Callable[..., Any]) -> Callable[..., Any]:
    """Honour `Idempotency-Key` on a creating operation (place it below @api_rule)."""

    @wraps(operation)
    def once(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        key = request.headers.get(HEADER)
        if key is None:
            return operation(request, *args, **kwargs)
        if not KEY.fullmatch(key):
            raise HttpError(422, _("Idempotency-Key ska vara 1–255 synliga ASCII-tecken."))
        return run_once(
            user=request.user,
            key=f"{request.method} {request.path} {key}",
            body=request.body,
            run=lambda: operation(request, *args, **kwargs),
        )

    return once
