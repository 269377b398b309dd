"""Every URL of Värna and every API operation, found by walking the URL resolver and the OpenAPI
schema, so that the ops tests cover views and operations added after they were written."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from varna.api.api import api

# Values tried for a URL's parameters, by converter; regex groups (Django admin) try them all.
SAMPLES = {
    "IntConverter": ["1"],
    "StringConverter": ["T1", "ia", "xlsx", "x"],
    "SlugConverter": ["x"],
    "PathConverter": ["x"],
    "UUIDConverter": ["00000000-0000-0000-0000-000000000000"],
}
REGEX_SAMPLES = ["1", "organisation", "auth", "x"]
UNSAFE = ("post", "put", "patch", "delete")


@dataclass(frozen=True)
class Page:
    name: str  # namespaced, e.g. "admin:index"
    path: str
    admin: bool


def _patterns(
    resolver: URLResolver, namespace: str = "", admin: bool = False
) -> Iterator[tuple[str, URLPattern, bool]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "api":
                continue  # the API is walked through its OpenAPI schema
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, inner, admin or entry.namespace == "admin")
        elif entry.name:
            yield f"{namespace}{entry.name}", entry, admin


def _candidates(pattern: URLPattern) -> Iterator[dict[str, str]]:
    converters = getattr(pattern.pattern, "converters", {})
    names = list(converters) or list(re.compile(str(pattern.pattern)).groupindex)
    choices = [
        SAMPLES.get(type(converters[name]).__name__, ["x"]) if name in converters else REGEX_SAMPLES
        for name in names
    ]
    for values in itertools.product(*choices):
        yield dict(zip(names, values, strict=True))


def pages() -> list[Page]:
    """Every named URL pattern with a path that resolves to it (Django admin included)."""
    found, missing = [], []
    for name, pattern, admin in _patterns(get_resolver()):
        extra = pattern.default_args or {}
        for kwargs in _candidates(pattern):
            try:
                path = reverse(name, kwargs={k: v for k, v in kwargs.items() if k not in extra})
            except NoReverseMatch:
                continue
            found.append(Page(name, path, admin))
            break
        else:
            missing.append(name)
    # Every URL of Värna's own is reached; Django admin's few regex URLs may not be.
    assert [name for name in missing if not name.startswith("admin:")] == [], missing
    return found


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str  # with each path parameter as 1


def operations() -> list[Operation]:
    schema = api.get_openapi_schema()
    found = []
    for path, methods in schema["paths"].items():
        for method, spec in methods.items():
            found.append(Operation(spec["operationId"], method, re.sub(r"\{[^}]+\}", "1", path)))
    return found
