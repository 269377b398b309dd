"""Every form of Värna (POST forms and search or filter forms alike), sent nonsense: never a
5xx, always the form again or a clear answer.

The forms are found, not listed: every page of the permission matrix (which must hold every
URL) is opened as a persona allowed to see it, and each form in it is filled from its own
HTML (inputs, text areas, selects, file fields) with hostile values: control characters, NUL
bytes, very long strings, emoji and right-to-left text, impossible dates and numbers, ids that
do not exist, and upload names with paths in them. A few fixed payloads for every form, then
values drawn by hypothesis (FORM_FUZZ_EXAMPLES per form, default 4).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.test_permission_matrix import ANON, cases, objects  # noqa: F401  (the fixture)
from varna.organisation.models import User

EXAMPLES = int(os.environ.get("FORM_FUZZ_EXAMPLES", "4"))
# Who opens a page: the first of these the matrix lets see it.
PREFERRED = ["samordnare.bromma", "admin", "central", "enhetschef", "handlaggare", "namnd", "medarbetare"]
SKIPPED_ACTIONS = ("/konto/logga-ut/", "/sprak/")  # they change the client, not data

NASTY = [
    "\x00",
    "a\x00b",
    "\x01\x02\x07\x08\x0b\x0c\x1b[31m\x7f",
    "x" * 100_000,
    "🧨👨‍👩‍👧‍👦🏳️‍🌈" * 50,
    "\u202eoknät\u202c \u200b\ufeff",
    "2024-02-30",
    "0000-00-00",
    "-1",
    "9" * 40,
    "1e309",
    "NaN",
    "'; DROP TABLE reports_report; --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "",
]
FILE_NAMES = [
    "../../etc/passwd.csv",
    "a\x00.csv",
    "..\\..\\boot.ini.xlsx",
    "x" * 300 + ".csv",
    "rapport.xlsx",
]
FILE_CONTENTS = [
    b"",
    b"PK\x03\x04" + b"\x00" * 64,
    "Datum;Beskrivning\n2024-01-01;hej\n".encode("cp1252"),
    b"\xff\xfe",
]


@dataclass
class Form:
    page: str
    action: str
    persona: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)  # name: kind (text, select, checkbox, file, ...)
    options: dict[str, list[str]] = field(default_factory=dict)


class FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[tuple[str, str, dict[str, str], dict[str, list[str]]]] = []
        self.current: tuple[str, str, dict[str, str], dict[str, list[str]]] | None = None
        self.select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.current = (a.get("method", "get").lower(), a.get("action", ""), {}, {})
            self.forms.append(self.current)
        if self.current is None:
            return
        _method, _action, fields, options = self.current
        name = a.get("name", "")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            fields[name] = kind
            if kind in ("radio", "checkbox", "hidden"):
                options.setdefault(name, []).append(a.get("value", "on"))
        elif tag == "textarea" and name:
            fields[name] = "textarea"
        elif tag == "select" and name:
            fields[name] = "select"
            self.select = name
            options.setdefault(name, [])
        elif tag == "option" and self.select:
            options[self.select].append(a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.current = None
        elif tag == "select":
            self.select = None


CLIENTS: dict[str, Client] = {}


def client_for(persona: str) -> Client:
    """One signed-in client per persona and test (signing in is slow and logged)."""
    if persona not in CLIENTS:
        CLIENTS[persona] = Client(raise_request_exception=False)
        CLIENTS[persona].force_login(User.objects.get(username=persona))
    return CLIENTS[persona]


def forms_in_the_app(objects) -> Iterator[Form]:  # noqa: F811
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for case in cases(objects):
        if case.method != "get":
            continue
        persona = next((p for p in PREFERRED if case.expected.get(p) == 200), None)
        if persona is None:
            continue
        page = reverse(case.name, kwargs=case.kwargs)
        response = client_for(persona).get(page)
        if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
            continue
        parser = FormParser()
        parser.feed(response.content.decode())
        for method, action, fields, options in parser.forms:
            target = urljoin(page, action) if action else page
            key = (method, re.sub(r"\d+", "N", target), tuple(sorted(fields)))
            if not target.startswith("/") or target.startswith(SKIPPED_ACTIONS) or key in seen:
                continue
            seen.add(key)
            if fields or method == "post":
                yield Form(page, target, persona, method, fields, options)


def fill(form: Form, value_for) -> dict:
    data: dict = {}
    for name, kind in form.fields.items():
        value = value_for(name, kind, form.options.get(name, []))
        if value is not None:
            data[name] = value
    return data


def post(form: Form, data: dict) -> str | None:
    try:
        if form.method == "get":  # a search or filter form: its values go in the query string
            data = {k: v for k, v in data.items() if not hasattr(v, "read")}
        response = getattr(client_for(form.persona), "get" if form.method == "get" else "post")(
            form.action, data
        )
    except Exception as error:  # noqa: BLE001 - a crash is what this test looks for
        return f"{type(error).__name__}: {str(error)[:200]}"
    if response.status_code >= 500 or b"Traceback" in response.content:
        return f"status {response.status_code}"
    return None


def describe(form: Form, data: dict) -> str:
    shown = {
        k: (repr(v)[:60] if not hasattr(v, "name") else f"file {v.name[:40]!r}") for k, v in data.items()
    }
    return f"{form.method.upper()} {form.action} as {form.persona} (form on {form.page}): {shown}"


TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.sampled_from(NASTY),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.dates().map(lambda day: day.isoformat()),
)


def fuzz(form: Form, number: int, failures: list[str]) -> None:
    @seed(number)
    @settings(
        max_examples=EXAMPLES,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],  # failures are collected below, not shrunk
        suppress_health_check=list(HealthCheck),
    )
    @given(draw=st.data())
    def send(draw) -> None:
        def drawn(name: str, kind: str, options: list[str]):
            if kind == "file":
                return SimpleUploadedFile(
                    draw.draw(st.sampled_from(FILE_NAMES)), draw.draw(st.binary(max_size=2000))
                )
            if options and draw.draw(st.booleans()):
                return draw.draw(st.sampled_from(options))
            if draw.draw(st.integers(0, 9)) == 0:
                return None  # left out
            return draw.draw(TEXT)

        data = fill(form, drawn)
        if problem := post(form, data):
            failures.append(f"{problem}: {describe(form, data)}")

    send()


def test_every_form_survives_hostile_input(objects):  # noqa: F811
    CLIENTS.clear()
    forms = list(forms_in_the_app(objects))
    assert len(forms) >= 20, [form.action for form in forms]  # the walk finds the app's forms
    failures: list[str] = []

    for index, nasty in enumerate(NASTY):
        for form in forms:

            def fixed(name: str, kind: str, options: list[str], nasty=nasty, index=index):
                if kind == "file":
                    name_ = FILE_NAMES[index % len(FILE_NAMES)]
                    return SimpleUploadedFile(name_, FILE_CONTENTS[index % len(FILE_CONTENTS)])
                if kind in ("select", "radio") and options and index % 2:
                    return options[-1]  # a valid choice beside hostile text elsewhere
                return nasty

            data = fill(form, fixed)
            if problem := post(form, data):
                failures.append(f"{problem}: {describe(form, data)}")

    for number, form in enumerate(forms):
        fuzz(form, number, failures)

    assert failures == [], "\n".join(failures[:30])
