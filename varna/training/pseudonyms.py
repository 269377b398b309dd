"""The only form in which a person appears in Värna's training data: a keyed hash of the id.

pseudonym = HMAC-SHA256(TRAINING_PSEUDONYM_KEY, employee id), hex. The same id always gives the
same pseudonym (so a person is counted once per course across imports), and without the key the
id cannot be recovered or tested for. The key defaults to one derived from SECRET_KEY; set
TRAINING_PSEUDONYM_KEY in production, because changing SECRET_KEY would otherwise change every
pseudonym and count people twice.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def pseudonym_key() -> bytes:
    configured = getattr(settings, "TRAINING_PSEUDONYM_KEY", "") or ""
    if configured:
        return configured.encode()
    return hashlib.sha256(b"varna.training.pseudonym:" + settings.SECRET_KEY.encode()).digest()


def normal_id(employee_id: str) -> str:
    """Ids are compared without spaces and case: " e 1234" and "E1234" are one person."""
    return "".join(employee_id.split()).upper()


def pseudonym(employee_id: str, key: bytes | None = None) -> str:
    return hmac.new(key or pseudonym_key(), normal_id(employee_id).encode(), hashlib.sha256).hexdigest()
