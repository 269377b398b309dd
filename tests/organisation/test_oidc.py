"""Sign-in through the identity provider finds an account only by its exact (iss, sub) (issue 22).

Run on SQLite and PostgreSQL: a collation or Unicode folding in either must never let "admın"
(dotless ı), "ſamordnare.bromma" (long s) or a case variant stand for an existing account.
"""

from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from tests.test_settings import OIDC_ENV
from varna.audit.models import AuditEvent
from varna.organisation import identity
from varna.organisation.models import Membership, OidcIdentity, User
from varna.organisation.oidc import MunicipalityOIDCBackend

OIDC = {**OIDC_ENV, "OIDC_RP_SIGN_ALGO": "RS256"}
ISSUER = "https://idp.example.se"
EXISTING = ["admin", "samordnare.bromma", "central", "medarbetare"]


@pytest.fixture
def backend():
    with override_settings(**OIDC):
        yield MunicipalityOIDCBackend()


def sign_in(backend, *, sub, iss=ISSUER, create=True, **userinfo):
    """What the backend does once the provider has returned a verified ID token. Only the
    provider's user-info endpoint (an HTTP call) is replaced by its answer."""
    request = RequestFactory().get("/oidc/callback/")
    request.session = SessionStore()
    backend.request = request
    backend.get_userinfo = lambda *_args: {"sub": sub, **userinfo}
    with override_settings(OIDC_CREATE_USER=create):
        user = backend.get_or_create_user("access", "id-token", {"iss": iss, "sub": sub})
    return user, request.session.get(identity.PENDING_SESSION_KEY)


def existing_pks():
    return set(User.objects.filter(username__in=EXISTING).values_list("pk", flat=True))


def test_a_first_sign_in_creates_a_linked_account_without_password_or_roles(db, backend):
    user, _pending = sign_in(
        backend,
        sub="s-1",
        preferred_username="ny.samordnare",
        email="ny@example.se",
        email_verified=True,
        given_name="Ny",
        family_name="Samordnare",
    )

    assert (user.username, user.email, user.get_full_name()) == (
        "ny.samordnare",
        "ny@example.se",
        "Ny Samordnare",
    )
    assert not user.has_usable_password()
    assert not Membership.objects.filter(user=user).exists()
    assert (user.oidc_identity.issuer, user.oidc_identity.subject) == (ISSUER, "s-1")
    again, _pending = sign_in(backend, sub="s-1", preferred_username="bytt.namn")
    assert again == user


def test_an_unverified_e_mail_is_not_stored_on_a_new_account(db, backend):
    user, _pending = sign_in(backend, sub="s-2", preferred_username="ny.person", email="ny@example.se")

    assert user.email == ""


@pytest.mark.parametrize(
    "username",
    [
        "admın",
        "ſamordnare.bromma",
        "Samordnare.Bromma",
        "ADMIN",
        "Admin",
        "admin",
        "samordnare.bromma",
        "ＡＤＭＩＮ",
    ],
)
@pytest.mark.parametrize("create", [True, False])
def test_a_provider_s_username_never_signs_in_as_an_existing_account(username, create, demo, backend):
    user, pending = sign_in(
        backend,
        sub="ny-person",
        create=create,
        preferred_username=username,
        email="admin@demo.varna.example",
    )

    assert user is None or user.pk not in existing_pks()
    assert not OidcIdentity.objects.filter(user__pk__in=existing_pks()).exists()
    if user is None:
        # Sent to prove a password; no account proposed from an unverified e-mail.
        assert pending == {"iss": ISSUER, "sub": "ny-person", "username": ""}


@pytest.mark.parametrize(
    ("iss", "sub"),
    [
        (ISSUER, "ABC"),
        (ISSUER, "abc "),
        (ISSUER, "abć"),
        (ISSUER.upper(), "abc"),
        (ISSUER + "/", "abc"),
        ("https://annan.example.se", "abc"),
    ],
)
def test_only_the_exact_issuer_and_subject_find_a_linked_account(iss, sub, user, backend):
    OidcIdentity.objects.create(user=user("samordnare.bromma"), issuer=ISSUER, subject="abc")

    assert identity.account_for(issuer=ISSUER, subject="abc") == user("samordnare.bromma")
    assert identity.account_for(issuer=iss, subject=sub) is None
    assert backend.filter_users_by_claims({"iss": iss, "sub": sub}) == []


def test_a_sign_in_never_overwrites_the_account_s_e_mail(user, backend):
    OidcIdentity.objects.create(user=user("samordnare.bromma"), issuer=ISSUER, subject="abc")

    signed_in, _pending = sign_in(
        backend, sub="abc", preferred_username="x", email="annan@example.se", email_verified=True
    )

    assert signed_in == user("samordnare.bromma")
    assert signed_in.email == "samordnare.bromma@demo.varna.example"
    assert User.objects.get(username="samordnare.bromma").email == "samordnare.bromma@demo.varna.example"


def test_a_superuser_or_staff_account_is_never_matched_or_linked(user, backend, client_as):
    # Even a link written to the table by hand does not sign anyone in as admin.
    OidcIdentity.objects.create(user=user("admin"), issuer=ISSUER, subject="root")

    assert sign_in(backend, sub="root")[0] is None
    with pytest.raises(identity.IdentityRefused):
        identity.link_identity(user=user("admin"), issuer=ISSUER, subject="other", actor=user("admin"))
    staff = User.objects.create_user(username="personal", is_staff=True)
    response = client_as("admin").post(
        reverse("identity_link", args=[staff.pk]), {"issuer": ISSUER, "subject": "staff"}
    )
    assert response.status_code == 403
    assert not OidcIdentity.objects.filter(user=staff).exists()


def test_an_administrator_links_an_account_by_iss_and_sub_then_it_signs_in(user, backend, client_as):
    response = client_as("admin").post(
        reverse("identity_link", args=[user("medarbetare").pk]), {"issuer": ISSUER, "subject": "abc"}
    )

    assert response.status_code == 302
    event = AuditEvent.objects.get(action="identity_linked")
    assert (event.actor_name, event.summary) == ("admin", "medarbetare")
    assert ISSUER not in event.summary and "abc" not in event.summary
    assert sign_in(backend, sub="abc")[0] == user("medarbetare")
    # Linked once: neither the account nor the pair can be linked again.
    with pytest.raises(identity.IdentityRefused):
        identity.link_identity(user=user("medarbetare"), issuer=ISSUER, subject="x", actor=user("admin"))
    with pytest.raises(identity.IdentityRefused):
        identity.link_identity(user=user("enhetschef"), issuer=ISSUER, subject="abc", actor=user("admin"))


@pytest.mark.parametrize("username", ["samordnare.bromma", "central"])
def test_an_administrator_cannot_link_an_account_that_reads_reports_or_is_city_wide(
    username, user, client_as
):
    # Linking it to a subject the administrator controls would hand them the account's rights.
    response = client_as("admin").post(
        reverse("identity_link", args=[user(username).pk]), {"issuer": ISSUER, "subject": "mitt"}
    )

    assert response.status_code == 403
    assert "kopplar personen själv" in response.text
    assert not OidcIdentity.objects.exists()


def pending_client(sub="ny-sub", username=""):
    client = Client()
    session = client.session
    session[identity.PENDING_SESSION_KEY] = {"iss": ISSUER, "sub": sub, "username": username}
    session.save()
    return client


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("Samordnare.Bromma", "varna-demo"),
        ("ſamordnare.bromma", "varna-demo"),
        ("samordnare.bromma ", "varna-demo"),
        ("samordnare.bromma", "fel"),
        ("admin", "varna-demo"),
    ],
)
def test_linking_at_first_sign_in_needs_the_exact_username_and_its_password(username, password, demo):
    client = pending_client()

    response = client.post(reverse("oidc_link"), {"username": username, "password": password})

    assert response.status_code == 200
    assert not OidcIdentity.objects.exists()
    assert "_auth_user_id" not in client.session


def test_proving_the_password_links_the_account_and_signs_in(user, backend):
    client = pending_client()

    assert client.get(reverse("oidc_link")).status_code == 200
    response = client.post(reverse("oidc_link"), {"username": "samordnare.bromma", "password": "varna-demo"})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user("samordnare.bromma").pk)
    assert identity.PENDING_SESSION_KEY not in client.session
    assert sign_in(backend, sub="ny-sub")[0] == user("samordnare.bromma")


def test_only_a_verified_e_mail_proposes_an_account_to_link(demo, backend):
    claims = {"preferred_username": "samordnare.bromma", "email": "samordnare.bromma@demo.varna.example"}

    _user, unverified = sign_in(backend, sub="a", **claims)
    _user, verified = sign_in(backend, sub="b", email_verified=True, **claims)
    _user, upper = sign_in(
        backend,
        sub="c",
        email_verified=True,
        preferred_username="x",
        email="Samordnare.Bromma@demo.varna.example",
    )
    _user, admin = sign_in(backend, sub="d", email_verified=True, email="admin@demo.varna.example")

    assert unverified["username"] == ""
    assert verified["username"] == "samordnare.bromma"
    assert (upper or {}).get("username", "") == ""
    assert (admin or {}).get("username", "") == ""


def test_user_info_for_another_subject_than_the_token_s_signs_in_nobody(user, backend):
    OidcIdentity.objects.create(user=user("samordnare.bromma"), issuer=ISSUER, subject="abc")
    request = RequestFactory().get("/oidc/callback/")
    request.session = SessionStore()
    backend.request = request
    backend.get_userinfo = lambda *_args: {"sub": "abc"}

    assert backend.get_or_create_user("access", "id-token", {"iss": ISSUER, "sub": "other"}) is None


def test_the_link_page_without_a_pending_sign_in_sends_one_to_sign_in(client):
    response = client.get(reverse("oidc_link"))

    assert response.status_code == 302
    assert response.url == reverse("login")
