"""POST /api/v1/text/check: what the de-identification engine finds in a text.

The answer gives positions and labels, never the matched text, and the text is not stored.
Endpoints that store free text answer 422 with the same list (see PersonalDataError).
No `from __future__ import annotations` in API modules: django-ninja reads the annotations.
"""

from django.http import HttpRequest
from ninja import Field, Schema

from varna.api.api import api
from varna.lib.personal_data import findings_in, redact_findings
from varna.organisation.access import api_rule


class TextIn(Schema):
    text: str = Field(..., max_length=20_000)


class FindingOut(Schema):
    label: str
    start: int
    end: int


class TextCheckOut(Schema):
    clean: bool
    findings: list[FindingOut]
    redacted: str


@api.post(
    "/text/check",
    response=TextCheckOut,
    operation_id="check_text",
    tags=["avidentifiering"],
    summary="Hitta personuppgifter i en text",
)
@api_rule("accounts.signed_in")
def check_text(request: HttpRequest, payload: TextIn) -> TextCheckOut:
    findings = findings_in(payload.text)
    return TextCheckOut(
        clean=not findings,
        findings=[FindingOut(label=f.label, start=f.start, end=f.end) for f in findings],
        redacted=redact_findings(payload.text, findings),
    )
