"""Sign-in through the municipality's identity provider (OpenID Connect), if configured.

An account is found only by the exact (iss, sub) it is linked to (OpenID Connect Core 5.7:
`preferred_username` and e-mail are neither unique nor stable). An unlinked person is sent to a
page where they prove an existing account's password (varna/organisation/views/identity.py), or,
with OIDC_CREATE_USER, gets a new account when nothing resembles theirs. Staff and superuser
accounts are never matched. Signing in gives no rights by itself: roles are granted in Värna.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from varna.organisation import identity


class MunicipalityOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims: dict[str, Any]) -> bool:
        return bool(claims.get("sub"))

    def get_or_create_user(self, access_token: Any, id_token: Any, payload: dict[str, Any]) -> Any:
        user_info = self.get_userinfo(access_token, id_token, payload)
        # The issuer comes from the verified ID token; the user-info `sub` must be the token's.
        if user_info.get("sub") != payload.get("sub"):
            return None
        claims = {**user_info, "iss": payload.get("iss", ""), "sub": payload.get("sub", "")}
        users = self.filter_users_by_claims(claims)
        if len(users) == 1:
            return self.update_user(users[0], claims)
        if self.get_settings("OIDC_CREATE_USER", True) and identity.username_for_new_account(claims):
            return self.create_user(claims)
        # Ask for the password of an existing account on the link page (LOGIN_REDIRECT_URL_FAILURE).
        request = getattr(self, "request", None)
        if request is not None and claims["iss"] and claims["sub"]:
            request.session[identity.PENDING_SESSION_KEY] = {
                "iss": str(claims["iss"]),
                "sub": str(claims["sub"]),
                "username": identity.proposed_username(claims),
            }
        return None

    def filter_users_by_claims(self, claims: dict[str, Any]) -> list[Any]:
        user = identity.account_for(issuer=str(claims.get("iss") or ""), subject=str(claims.get("sub") or ""))
        return [user] if user is not None else []

    def create_user(self, claims: dict[str, Any]) -> Any:
        username = identity.username_for_new_account(claims)
        if not username:
            return None
        try:
            with transaction.atomic():
                user = self.UserModel.objects.create_user(
                    username=username,
                    email=identity.verified_email(claims),
                    first_name=str(claims.get("given_name", ""))[:150],
                    last_name=str(claims.get("family_name", ""))[:150],
                )
                user.set_unusable_password()
                user.save(update_fields=["password"])
                identity.link_identity(
                    user=user, issuer=str(claims["iss"]), subject=str(claims["sub"]), actor=user
                )
        except identity.IdentityRefused:
            # The pair is linked to an account that may not sign in this way (staff, superuser,
            # inactive): no new account either.
            return None
        return user

    def update_user(self, user: Any, claims: dict[str, Any]) -> Any:
        """Names follow the provider; the e-mail address is only filled in when the account has
        none and the provider has verified it, never overwritten."""
        user.first_name = str(claims.get("given_name", user.first_name))[:150]
        user.last_name = str(claims.get("family_name", user.last_name))[:150]
        fields = ["first_name", "last_name"]
        email = identity.verified_email(claims)
        if email and not user.email:
            user.email = email
            fields.append("email")
        user.save(update_fields=fields)
        return user
