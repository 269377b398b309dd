"""Django's side of de-identification: forms, API errors and audit around `varna.deid`.

A free text with findings is refused before anything is written. The user sees each finding
marked in place with a short explanation, and can accept the suggested redaction with one click,
or say of a PERSON or HANDLE finding that it is not personal data (with a reason from a fixed
list, so that the audit entry holds no text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from varna import deid
from varna.deid import EXPLANATIONS, PLACEHOLDERS, Finding

OVERRIDABLE = frozenset({"PERSON", "HANDLE"})
REDACT_BUTTON = "_deid_redact"


class OverrideReason(models.TextChoices):
    PLACE = "place", _("Ett orts- eller platsnamn")
    ORGANISATION = "organisation", _("En organisation, skola, verksamhet eller tjänst")
    WORD = "word", _("Ett vanligt ord")
    PUBLIC = "public", _("En offentlig eller historisk person, ett verk eller en symbol")


def clean_text(text: str) -> str:
    """Free text as it is stored: without invisible format characters (zero-width spaces, soft
    hyphens), which only hide what the scan looks for. The scan itself sees through them."""
    return deid.strip_invisible(text)


def findings_in(text: str, overridden: Iterable[tuple[str, str]] = ()) -> list[Finding]:
    """Findings in `text`, except PERSON/HANDLE findings the user has said are not personal."""
    return without_overridden(deid.scan(text), overridden)


def without_overridden(findings: list[Finding], overridden: Iterable[tuple[str, str]]) -> list[Finding]:
    skip = {(label, value) for label, value in overridden if label in OVERRIDABLE}
    return [f for f in findings if (f.label, f.text) not in skip]


def redact_findings(text: str, findings: list[Finding]) -> str:
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + PLACEHOLDERS[finding.label] + text[finding.end :]
    return text


def marked_html(text: str, findings: list[Finding]) -> SafeString:
    """The text, escaped, with each finding in a <mark> that says what it looks like."""
    parts: list[tuple[str, str]] = []
    position = 0
    for finding in findings:
        parts.append(("plain", text[position : finding.start]))
        parts.append((finding.label, text[finding.start : finding.end]))
        position = finding.end
    parts.append(("plain", text[position:]))
    return format_html_join(
        "",
        "{}",
        (
            (
                piece
                if kind == "plain"
                else format_html(
                    '<mark title="{}">{}<span class="visually-hidden"> ({})</span></mark>',
                    EXPLANATIONS[kind],
                    piece,
                    EXPLANATIONS[kind],
                ),
            )
            for kind, piece in parts
        ),
    )


@dataclass(frozen=True)
class FieldFindings:
    """What the template shows for one field: the marked text and each finding."""

    field: str  # the form field's name, the value of the redaction button
    name: str  # the prefixed name used in the HTML
    label: str
    marked: SafeString
    findings: list[dict[str, str]]
    overridable: list[dict[str, str]]
    overridden: set[str]
    reason: str


def _shown(finding: Finding) -> dict[str, str]:
    return {
        "text": finding.text,
        "label": finding.label,
        "explanation": EXPLANATIONS[finding.label],
        "key": f"{finding.label}|{finding.text}",
    }


class PersonalDataError(Exception):
    """Raised by services and the API when a text holds personal data: answered with 422."""

    def __init__(self, findings: dict[str, list[Finding]]) -> None:
        super().__init__("personal data in free text")
        self.findings = findings

    def payload(self) -> dict[str, Any]:
        # Never the matched text: it is exactly what must not be stored or logged.
        return {
            "detail": str(_("Texten innehåller uppgifter som kan identifiera en person.")),
            "code": "personal_data",
            "findings": [
                {"field": field, **finding.as_dict()}
                for field, found in self.findings.items()
                for finding in found
            ],
        }


# Findings the user let through in a form: field -> [(label, value)] not to count as personal data.
Overrides = Mapping[str, Iterable[tuple[str, str]]]


def ensure_clean(texts: Mapping[str, str], overridden: Overrides | None = None) -> None:
    """For services: raise PersonalDataError if any text holds personal data the user has not
    let through in the form."""
    found = {}
    for name, text in texts.items():
        if text and (findings := findings_in(text, (overridden or {}).get(name, ()))):
            found[name] = findings
    if found:
        raise PersonalDataError(found)


def ensure_no_personal_data(**texts: str) -> None:
    """For services and the API: raise PersonalDataError if any text holds personal data."""
    found = {name: f for name, text in texts.items() if text and (f := findings_in(text))}
    if found:
        raise PersonalDataError(found)


class DeidentifiedFormMixin(forms.BaseForm):
    """A form whose `deid_fields` are checked by the de-identification engine in clean().

    The redaction button (name `_deid_redact`, value: the field name) replaces the findings of
    that field with placeholders and shows the form again for a last look; nothing is saved.
    """

    deid_fields: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deid_results: dict[str, FieldFindings] = {}
        self.deid_overrides: list[tuple[str, str]] = []  # (label, reason): audited, no text
        self.redaction_applied = False
        field = self.data.get(REDACT_BUTTON) if self.is_bound else None
        if field in self.deid_fields:
            data = self.data.copy()
            text = data.get(self.add_prefix(field), "")
            data[self.add_prefix(field)] = redact_findings(text, findings_in(text, self._overridden(field)))
            self.data = data
            self.redaction_applied = True

    def _overridden(self, field: str) -> list[tuple[str, str]]:
        key = self.add_prefix(f"{field}__override")
        if not self.is_bound:
            return []
        values = self.data.getlist(key) if hasattr(self.data, "getlist") else self.data.get(key, [])
        values = [values] if isinstance(values, str) else values
        return [tuple(value.split("|", 1)) for value in values if "|" in value]  # type: ignore[misc]

    def is_valid(self) -> bool:
        return super().is_valid() and not self.redaction_applied

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for field in self.deid_fields:
            text = clean_text(cleaned.get(field) or "")
            if cleaned.get(field):
                cleaned[field] = text
            overridden = self._overridden(field)
            reason = self.data.get(self.add_prefix(f"{field}__override_reason"), "")
            if overridden and reason not in OverrideReason.values:
                self.add_error(field, _("Ange varför det markerade inte är en personuppgift."))
            all_findings = deid.scan(text) if text else []
            remaining = without_overridden(all_findings, overridden)
            if remaining or (overridden and reason not in OverrideReason.values):
                self.deid_results[field] = FieldFindings(
                    field=field,
                    name=self.add_prefix(field),
                    label=str(self.fields[field].label),
                    marked=marked_html(text, all_findings),
                    findings=[_shown(f) for f in remaining],
                    overridable=[_shown(f) for f in all_findings if f.label in OVERRIDABLE],
                    overridden={f"{label}|{value}" for label, value in overridden},
                    reason=reason,
                )
            if remaining:
                self.add_error(
                    field,
                    forms.ValidationError(
                        _(
                            "Texten innehåller uppgifter som kan identifiera en person. Ta bort dem, eller "
                            "ersätt dem med platshållare med knappen nedanför."
                        ),
                        code="personal_data",
                    ),
                )
            elif overridden and reason in OverrideReason.values:
                used = {(f.label, f.text) for f in all_findings}
                self.deid_overrides += [
                    (label, reason) for label, value in overridden if (label, value) in used
                ]
        return cleaned
