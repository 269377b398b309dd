"""Settings read from the environment: safe in production, loud on a mistake, strict headers.

Settings are read once per process, so each environment is tried in a fresh `python` with a
clean environment: nothing from the developer's shell or the test run leaks in.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent
PRINT_SETTINGS = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps({name: getattr(s, name, None) for name in %r}, default=str))"
)


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "VARNA_VAR_DIR": str(tmp_path),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "varna.example.se",
    }
    env.update(extra)
    return {name: value for name, value in env.items() if value is not None}


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def read_settings(env: dict[str, str], *names: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS % (names,)],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "varna.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_without_debug_a_missing_secret_key_stops_the_start(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]

    result = manage(env, "check")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set" in result.stderr


def test_an_empty_secret_key_counts_as_missing(tmp_path):
    result = manage(production_env(tmp_path, SECRET_KEY=""), "check")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_the_secret_key_can_be_read_from_a_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("nyckel-från-fil-" + "k" * 40 + "\n")
    env = production_env(tmp_path, SECRET_KEY_FILE=str(key_file))
    del env["SECRET_KEY"]

    assert read_settings(env, "SECRET_KEY")["SECRET_KEY"] == "nyckel-från-fil-" + "k" * 40
    assert manage(env, "check").returncode == 0


def test_a_secret_key_file_that_cannot_be_read_stops_the_start(tmp_path):
    env = production_env(tmp_path, SECRET_KEY_FILE=str(tmp_path / "finns-inte"))

    result = manage(env, "check")

    assert result.returncode != 0
    assert "SECRET_KEY_FILE points at" in result.stderr


@pytest.mark.parametrize(("name", "value"), [("DEBUG", "maybe"), ("EMAIL_USE_TLS", "ja")])
def test_a_bad_boolean_stops_the_start(name, value, tmp_path):
    result = manage(production_env(tmp_path, **{name: value}), "check")

    assert result.returncode != 0
    assert f"{name} must be a boolean" in result.stderr
    assert repr(value) in result.stderr


def test_a_bad_integer_stops_the_start(tmp_path):
    result = manage(production_env(tmp_path, SESSION_COOKIE_AGE="åtta timmar"), "check")

    assert result.returncode != 0
    assert "SESSION_COOKIE_AGE must be an integer" in result.stderr


def test_half_configured_oidc_stops_the_start(tmp_path):
    result = manage(production_env(tmp_path, OIDC_RP_CLIENT_ID="varna"), "check")

    assert result.returncode != 0
    assert "OIDC is on" in result.stderr


def test_the_production_configuration_passes_django_s_deployment_checks(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stderr + result.stdout


def test_production_defaults_are_the_safe_ones(tmp_path):
    values = read_settings(
        production_env(tmp_path),
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "EMAIL_BACKEND",
        "ALLOWED_HOSTS",
    )

    assert values == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "ALLOWED_HOSTS": ["varna.example.se"],
    }


def test_without_allowed_hosts_production_answers_no_host(tmp_path):
    env = production_env(tmp_path)
    del env["ALLOWED_HOSTS"]

    assert read_settings(env, "ALLOWED_HOSTS")["ALLOWED_HOSTS"] == []


def test_database_url_chooses_the_database(tmp_path):
    env = production_env(tmp_path, DATABASE_URL="postgres://varna:hemligt@db.example.se:5432/varna")

    database = read_settings(env, "DATABASES")["DATABASES"]["default"]

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"], database["USER"]) == ("db.example.se", "varna", "varna")


def test_without_database_url_sqlite_in_the_var_directory_is_used(tmp_path):
    database = read_settings(production_env(tmp_path), "DATABASES")["DATABASES"]["default"]

    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]).parent == tmp_path


def test_the_running_tests_use_the_database_of_database_url():
    url = os.environ.get("DATABASE_URL", "")
    engine = settings.DATABASES["default"]["ENGINE"]

    if url.startswith("postgres"):
        assert engine == "django.db.backends.postgresql"
    else:
        assert engine == "django.db.backends.sqlite3"


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def test_pages_forbid_inline_scripts_through_the_content_security_policy(db):
    response = Client().get(reverse("login"))

    policy = csp_directives(response.headers["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]


def test_pages_have_no_inline_script_that_the_policy_would_block(client_as):
    for response in (Client().get(reverse("login")), client_as("admin").get(reverse("home"))):
        for script in response.text.split("<script")[1:]:
            assert "src=" in script.split(">")[0], script[:80]


def test_pages_cannot_be_framed_or_sniffed(db):
    response = Client().get(reverse("login"))

    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


OIDC_ENV = {
    "OIDC_RP_CLIENT_ID": "varna",
    "OIDC_RP_CLIENT_SECRET": "hemligt",
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://idp.example.se/authorize",
    "OIDC_OP_TOKEN_ENDPOINT": "https://idp.example.se/token",
    "OIDC_OP_USER_ENDPOINT": "https://idp.example.se/userinfo",
    "OIDC_OP_JWKS_ENDPOINT": "https://idp.example.se/jwks",
}


def test_oidc_is_switched_on_by_environment_variables_alone(tmp_path):
    values = read_settings(production_env(tmp_path, **OIDC_ENV), "AUTHENTICATION_BACKENDS", "OIDC_ENABLED")
    assert values["OIDC_ENABLED"] is True
    assert "varna.organisation.oidc.MunicipalityOIDCBackend" in values["AUTHENTICATION_BACKENDS"]
    assert manage(production_env(tmp_path, **OIDC_ENV), "check", "--deploy").returncode == 0


def test_without_oidc_variables_only_passwords_sign_in(tmp_path):
    values = read_settings(production_env(tmp_path), "AUTHENTICATION_BACKENDS", "OIDC_ENABLED")
    assert values["OIDC_ENABLED"] is False
    assert not any("oidc" in backend for backend in values["AUTHENTICATION_BACKENDS"])
