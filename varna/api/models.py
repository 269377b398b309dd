"""Idempotency keys of the API's creating operations (`Idempotency-Key` header)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class IdempotencyKey(models.Model):
    """A key a caller sent with a POST, and the first answer to it.

    The same key from the same account within the expiry time gets that answer again and
    creates nothing; with another body it gets a 422. Nothing personal is kept: the key and the
    body only as hashes, the answer is what a creating operation returns (ids and references).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("konto")
    )
    key_hash = models.CharField(_("nyckelns kontrollsumma"), max_length=64)
    body_hash = models.CharField(_("innehållets kontrollsumma"), max_length=64)
    status_code = models.PositiveSmallIntegerField(_("statuskod"))
    response = models.JSONField(_("svar"), default=dict)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("idempotensnyckel")
        verbose_name_plural = _("idempotensnycklar")
        constraints = [models.UniqueConstraint(fields=["user", "key_hash"], name="unique_idempotency_key")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.status_code}"
