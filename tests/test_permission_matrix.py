"""Every URL and every API operation, for every demo role: the expected outcome.

The table below is the specification. A URL pattern or API operation that is not in it, or a
view that names no rule, makes this test fail: a new view cannot be added without deciding who
may use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import PERSONAS
from varna.api.api import api
from varna.organisation.models import ApiToken, Area, Department, Membership, Unit, User
from varna.organisation.services import create_api_token

ANON = "anonymous"
ROLES = [ANON, *PERSONAS]
LOGIN = 302  # anonymous visitors are sent to sign in


def outcome(default: int, **per_role: int) -> dict[str, int]:
    table = dict.fromkeys(ROLES, default)
    table.update({key.replace("_", "."): value for key, value in per_role.items()})
    return table


def signed_in(code: int = 200) -> dict[str, int]:
    return outcome(code, anonymous=LOGIN)


# Bromma is the object's administration: samordnare.bromma owns it, medarbetare and enhetschef
# work there without rights (403), the others are outsiders (404) unless city-wide.
BROMMA_READ = outcome(
    404, anonymous=LOGIN, medarbetare=403, enhetschef=403, samordnare_bromma=200, central=200, admin=200
)
BROMMA_MANAGE = {**BROMMA_READ, "central": 403}
BROMMA_MANAGE_POST = {**BROMMA_MANAGE, "samordnare.bromma": 302, "admin": 302}
COORDINATORS_ONLY = outcome(403, anonymous=LOGIN, samordnare_bromma=200, samordnare_soc=200, admin=200)


@dataclass
class Case:
    name: str
    expected: dict[str, int]
    method: str = "get"
    kwargs: dict[str, Any] = field(default_factory=dict)


def cases(objects: dict[str, Any]) -> list[Case]:
    bromma = objects["bromma"]
    return [
        Case("home", signed_in()),
        Case("health", outcome(200)),
        Case("login", outcome(302, anonymous=200)),
        Case("logout", outcome(302), method="post"),
        Case("password_reset", outcome(200)),
        Case("password_reset_done", outcome(200)),
        Case("password_reset_confirm", outcome(200), kwargs={"uidb64": "MQ", "token": "ogiltig"}),
        Case("password_reset_complete", outcome(200)),
        Case("password_change", signed_in()),
        Case("password_change_done", signed_in()),
        Case("token_list", signed_in()),
        # Tokens are private: only their owner (here admin) finds them.
        Case(
            "token_revoke",
            outcome(404, anonymous=LOGIN, admin=302),
            method="post",
            kwargs={"pk": objects["token"].pk},
        ),
        Case("set_language", outcome(302), method="post"),
        Case("administration_list", COORDINATORS_ONLY | {"central": 200}),
        Case("administration_detail", BROMMA_READ, kwargs={"administration_id": bromma.pk}),
        Case("department_create", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case(
            "department_edit",
            BROMMA_MANAGE,
            kwargs={"administration_id": bromma.pk, "pk": objects["department"].pk},
        ),
        Case("unit_create", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case("unit_edit", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk, "pk": objects["unit"].pk}),
        Case("area_create", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case("area_edit", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk, "pk": objects["area"].pk}),
        Case("membership_add", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case(
            "membership_remove",
            BROMMA_MANAGE_POST,
            method="post",
            kwargs={"administration_id": bromma.pk, "pk": objects["membership"].pk},
        ),
        Case("audit_log", COORDINATORS_ONLY),
        Case("text_check", signed_in()),
    ]


# API operations by operation id: GET unless stated.
API_CASES: dict[str, tuple[str, str, dict[str, int]]] = {
    "me": ("get", "/api/v1/me", outcome(200, anonymous=401)),
    "check_text": ("post", "/api/v1/text/check", outcome(200, anonymous=401)),
}


def url_names(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    """Named URL patterns of Värna's own views (Django admin and the API are listed apart)."""
    names = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in ("admin", "api"):
                continue
            names += url_names(entry, prefix)
        elif isinstance(entry, URLPattern):
            names.append(entry.name)
    return names


def url_callbacks(resolver: URLResolver | None = None) -> list[URLPattern]:
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in ("admin", "api"):
                continue
            found += url_callbacks(entry)
        else:
            found.append(entry)
    return found


@pytest.fixture
def objects(demo, bromma) -> dict[str, Any]:
    token, _secret = create_api_token(user=User.objects.get(username="admin"), name="matris")
    return {
        "bromma": bromma,
        "token": token,
        "department": Department.objects.filter(administration=bromma).first(),
        "unit": Unit.objects.filter(administration=bromma).first(),
        "area": Area.objects.filter(administration=bromma).first(),
        "membership": Membership.objects.get(user__username="medarbetare"),
    }


def test_every_view_names_a_rule():
    unguarded = [p.name for p in url_callbacks() if not hasattr(p.callback, "varna_rule")]
    assert unguarded == []


def test_every_url_is_in_the_matrix(objects):
    specified = {case.name for case in cases(objects)}
    assert set(url_names()) - specified == set(), "add the new URL to cases() above"
    assert specified - set(url_names()) == set()


def test_every_api_operation_is_in_the_matrix_and_names_a_rule():
    operations = {}
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                operations[operation.operation_id] = operation.view_func
    assert set(operations) == set(API_CASES)
    assert [op for op, func in operations.items() if not hasattr(func, "varna_rule")] == []


@pytest.mark.parametrize("role", ROLES)
def test_pages_answer_each_role_as_specified(role, objects, client_as):
    failures = []
    for case in cases(objects):
        # Each request in a fresh client: a logout or language change must not leak into the next.
        client = client_as(None if role == ANON else role)
        url = reverse(case.name, kwargs=case.kwargs)
        response = getattr(client, case.method)(url)
        if response.status_code != case.expected[role]:
            failures.append(
                f"{case.method.upper()} {url}: {response.status_code}, want {case.expected[role]}"
            )
        if case.method == "post":
            wrong = client_as(None if role == ANON else role).get(url)
            if wrong.status_code not in (405, case.expected[role]) or wrong.status_code == 200:
                failures.append(f"GET {url} (POST only): {wrong.status_code}")
    assert failures == []


@pytest.mark.parametrize("role", ROLES)
def test_api_answers_each_role_as_specified(role, client_as):
    client = client_as(None)
    headers = {}
    if role != ANON:
        _token, secret = create_api_token(user=User.objects.get(username=role), name="matris")
        headers["Authorization"] = f"Bearer {secret}"
    failures = []
    for operation_id, (method, path, expected) in API_CASES.items():
        body = {"text": "Klotter vid busshållplatsen."} if method == "post" else None
        response = getattr(client, method)(path, body, content_type="application/json", headers=headers)
        if response.status_code != expected[role]:
            failures.append(f"{operation_id}: {response.status_code}, want {expected[role]}")
    assert failures == []


@pytest.mark.parametrize("role", ROLES)
def test_django_admin_is_for_the_system_administrator_only(role, client_as):
    response = client_as(None if role == ANON else role).get("/admin/")
    assert response.status_code == (200 if role == "admin" else 302)


def test_a_coordinator_is_an_outsider_to_another_administration(client_as, farsta):
    response = client_as("samordnare.bromma").get(reverse("administration_detail", args=[farsta.pk]))
    assert response.status_code == 404


def test_revoked_tokens_rows_are_untouched_by_others(objects, client_as):
    client_as("samordnare.bromma").post(reverse("token_revoke", args=[objects["token"].pk]))
    assert ApiToken.objects.get(pk=objects["token"].pk).revoked_at is None
