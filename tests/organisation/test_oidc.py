"""Sign-in through the municipality's identity provider maps claims to an account, never to rights."""

from __future__ import annotations

import pytest
from django.test import override_settings

from tests.test_settings import OIDC_ENV
from varna.organisation.models import Membership, User
from varna.organisation.oidc import MunicipalityOIDCBackend

OIDC = {**OIDC_ENV, "OIDC_RP_SIGN_ALGO": "RS256"}
CLAIMS = {
    "preferred_username": "ny.samordnare",
    "email": "ny@example.se",
    "given_name": "Ny",
    "family_name": "Samordnare",
}


@pytest.fixture
def backend():
    with override_settings(**OIDC):
        yield MunicipalityOIDCBackend()


def test_a_first_oidc_sign_in_creates_an_account_without_password_or_roles(db, backend):
    user = backend.create_user(CLAIMS)
    assert (user.username, user.email, user.get_full_name()) == (
        "ny.samordnare",
        "ny@example.se",
        "Ny Samordnare",
    )
    assert not user.has_usable_password()
    assert not Membership.objects.filter(user=user).exists()


def test_an_existing_account_is_found_by_username_whatever_the_case(demo, backend):
    found = backend.filter_users_by_claims({"preferred_username": "Samordnare.Bromma"})
    assert list(found) == [User.objects.get(username="samordnare.bromma")]


def test_claims_without_a_username_or_e_mail_match_nobody(demo, backend):
    assert not backend.filter_users_by_claims({"sub": "123"}).exists()
