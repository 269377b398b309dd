"""Security headers on every page and API answer (found by walking the URL resolver and the
OpenAPI schema), HSTS in production, and Django's deployment checks with production variables."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.ops.servers import ROOT, production_env
from tests.ops.urls import operations, pages
from tests.test_settings import csp_directives

EVERYWHERE = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def missing_headers(response) -> list[str]:
    problems = [name for name, value in EVERYWHERE.items() if response.headers.get(name) != value]
    policy = response.headers.get("Permissions-Policy", "")
    problems += [
        f"Permissions-Policy {f}" for f in ("camera=()", "microphone=()", "geolocation=()") if f not in policy
    ]
    if response.headers.get("Content-Type", "").startswith("text/html"):
        if response.headers.get("X-Frame-Options") != "DENY":
            problems.append("X-Frame-Options")
        csp = csp_directives(response.headers.get("Content-Security-Policy", ""))
        if csp.get("frame-ancestors") != ["'none'"] or csp.get("script-src") != ["'self'"]:
            problems.append("Content-Security-Policy")
    return problems


def test_every_page_sends_the_security_headers_whoever_asks(client_as):
    failures = []
    for username in (None, "admin"):
        client = client_as(username)
        for page in pages():
            if page.admin and username is None:
                continue
            response = client.get(page.path)
            if problems := missing_headers(response):
                failures.append(f"{page.path} ({response.status_code}): {problems}")
    assert failures == []


def test_every_api_answer_sends_the_security_headers(client_as):
    client = client_as("admin")
    failures = []
    for operation in operations():
        response = getattr(client, operation.method)(operation.path, {}, content_type="application/json")
        if problems := missing_headers(response):
            failures.append(f"{operation.operation_id} ({response.status_code}): {problems}")
    assert failures == []


PRODUCTION_HEADERS = """
import django, json
django.setup()
from django.test import Client
response = Client(SERVER_NAME="varna.example.se").get("/konto/logga-in/", secure=True)
plain = Client(SERVER_NAME="varna.example.se").get("/konto/logga-in/")
cookies = {name: bool(morsel["secure"]) for name, morsel in response.cookies.items()}
print(json.dumps({"headers": dict(response.headers), "status": response.status_code, "cookies": cookies,
                  "plain": plain.status_code, "location": plain.headers.get("Location", "")}))
"""


def test_production_sends_hsts_and_sends_plain_http_to_https(tmp_path):
    env = production_env(tmp_path, ALLOWED_HOSTS="varna.example.se")
    del env["SECURE_SSL_REDIRECT"]
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_HEADERS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])

    assert answer["status"] == 200
    assert answer["headers"]["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert answer["cookies"] == {"csrftoken": True}
    assert answer["plain"] == 301
    assert answer["location"].startswith("https://varna.example.se/")
