"""The API describes itself: /api/v1/openapi.json."""

from __future__ import annotations

import json

from django.test import Client


def test_the_openapi_description_is_json_listing_every_operation(db):
    response = Client().get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Värna API"
    assert "/api/v1/me" in schema["paths"]
    assert schema["paths"]["/api/v1/me"]["get"]["operationId"] == "me"


def test_the_description_says_the_operations_need_authentication(db):
    schema = Client().get("/api/v1/openapi.json").json()

    assert schema["paths"]["/api/v1/me"]["get"]["security"]
    assert {"TokenAuth", "SessionAuth"} <= set(schema["components"]["securitySchemes"])
