"""Public API and command line: findings, placeholders, redact, the JSONL contract."""

import json
import subprocess
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from varna.deid import EXPLANATIONS, LABELS, PLACEHOLDERS, Finding, redact, scan

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Kontaktpersonen är Erik Holm, erik.holm@outlook.com, 073-998 11 22, "
    "Lindhagensgatan 76, 112 18 Stockholm. Sonen 080512-3452 har bilen ABC 123."
)


def test_every_label_has_a_placeholder_and_an_explanation():
    assert set(PLACEHOLDERS) == set(LABELS) == set(EXPLANATIONS)
    assert PLACEHOLDERS["PERSON"] == "[NAMN]"
    assert EXPLANATIONS["PERSON"] == "Ser ut som ett namn på en person."


def test_findings_are_frozen_and_exact_slices():
    found = scan(TEXT)
    assert {f.label for f in found} == {"PERSON", "EMAIL", "PHONE", "ADDRESS", "ID_NUMBER", "PLATE"}
    for f in found:
        assert TEXT[f.start : f.end] == f.text
        assert 0 < f.confidence <= 1
    with pytest.raises(FrozenInstanceError):
        found[0].label = "X"  # type: ignore[misc]
    assert isinstance(found[0], Finding)


def test_redact_replaces_with_placeholders_and_is_idempotent():
    out = redact(TEXT)
    assert out == (
        "Kontaktpersonen är [NAMN], [E-POST], [TELEFON], [ADRESS]. Sonen [PERSONNUMMER] har bilen [REGNR]."
    )
    assert redact(out) == out
    assert scan(out) == []


def test_placeholders_are_never_flagged():
    assert scan(" ".join(PLACEHOLDERS.values())) == []


def run_cli(*args: str, stdin: str | None = None) -> str:
    res = subprocess.run(
        [sys.executable, "-m", "varna.deid", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return res.stdout


def test_cli_jsonl_contract(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "Ring Stig på 070-412 33 90."}, {"id": 7, "text": "Inget här."}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    lines = run_cli("scan", "--jsonl", str(src)).splitlines()
    assert [json.loads(x) for x in lines] == [
        {
            "id": "a",
            "entities": [
                {"start": 5, "end": 9, "label": "PERSON"},
                {"start": 13, "end": 26, "label": "PHONE"},
            ],
        },
        {"id": 7, "entities": []},
    ]


def test_cli_redact_and_stdin():
    assert run_cli("redact", "Mentorn Jonas Lindqvist.").strip() == "Mentorn [NAMN]."
    assert run_cli("redact", "-", stdin="Ring Stig.").strip() == "Ring [NAMN]."
    assert "[Stig|PERSON]" in run_cli("scan", "Ring Stig.")
