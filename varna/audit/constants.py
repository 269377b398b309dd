"""What can be recorded in the audit log."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    SIGN_IN = "sign_in", _("Inloggning")
    SIGN_IN_FAILED = "sign_in_failed", _("Misslyckad inloggning")
    SIGN_OUT = "sign_out", _("Utloggning")
    PASSWORD_RESET_REQUESTED = "password_reset_requested", _("Begäran om nytt lösenord")
    CREATED = "created", _("Skapad")
    CHANGED = "changed", _("Ändrad")
    DELETED = "deleted", _("Borttagen")
    TOKEN_CREATED = "token_created", _("API-nyckel skapad")
    TOKEN_REVOKED = "token_revoked", _("API-nyckel återkallad")
    VIEWED = "viewed", _("Öppnad")
    OVERRIDDEN = "overridden", _("Avidentifiering åsidosatt")
    ROLE_REQUESTED = "role_requested", _("Roll begärd")
    ROLE_CONFIRMED = "role_confirmed", _("Roll bekräftad")
    ROLE_REJECTED = "role_rejected", _("Rollbegäran avvisad")
    IDENTITY_LINKED = "identity_linked", _("Konto kopplat till inloggning")
