"""Sign-in, failed sign-in and sign-out go to the audit log."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from varna.audit.constants import Action
from varna.audit.services import record_event


@receiver(user_logged_in)
def record_sign_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record_event(action=Action.SIGN_IN, actor=user, request=request)


@receiver(user_logged_out)
def record_sign_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record_event(action=Action.SIGN_OUT, actor=user, request=request)


@receiver(user_login_failed)
def record_failed_sign_in(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    # Only the username that was tried; the password never leaves the form.
    record_event(
        action=Action.SIGN_IN_FAILED, request=request, actor_name=str(credentials.get("username", ""))[:150]
    )
