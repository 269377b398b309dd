"""The frozen held-out set (issue 18) is intact: valid offsets and checksums, the frozen bytes.

These tests read the data and its checker only; they never run the engine on the set.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "bench" / "deid_data"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, DATA_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def checker():
    return _load("check_heldout")


@pytest.fixture(scope="module")
def rows(checker):
    return checker.load()


def test_every_offset_label_and_checksum_is_valid(checker, rows):
    errors, _ = checker.validate(rows)
    assert errors == []


def test_the_file_is_the_one_whose_hash_the_readme_freezes(checker):
    assert checker.readme_sha256() == checker.sha256()


def test_the_generator_reproduces_the_file_byte_for_byte():
    generator = _load("make_heldout")
    assert generator.dump(generator.rows()).encode("utf-8") == (DATA_DIR / "heldout.jsonl").read_bytes()


def test_the_set_is_large_mixed_and_covers_every_class(checker, rows):
    counts = checker.counts(rows)
    assert counts["texts"] >= 330
    assert 0.22 <= counts["texts_without_entities"] / counts["texts"] <= 0.30
    assert set(counts["classes"]) == checker.CLASSES
    assert set(counts["labels"]) == checker.LABELS
    assert counts["entities_with_odd_characters"] >= 20


def test_the_checker_refuses_a_wrong_check_digit_and_a_shifted_span(checker, rows):
    broken = copy.deepcopy(rows)
    pnr_row = next(r for r in broken if any(e["label"] == "ID_NUMBER" for e in r["entities"]))
    entity = next(e for e in pnr_row["entities"] if e["label"] == "ID_NUMBER")
    last = entity["text"][-1]
    wrong = str((int(last) + 1) % 10)
    text = pnr_row["text"]
    pnr_row["text"] = text[: entity["end"] - 1] + wrong + text[entity["end"] :]
    entity["text"] = entity["text"][:-1] + wrong
    name_row = next(r for r in broken if r["id"] != pnr_row["id"] and r["entities"])
    name_row["entities"][0]["start"] += 1

    errors, _ = checker.validate(broken)

    assert any(pnr_row["id"] in e and "checksum" in e for e in errors)
    assert any(name_row["id"] in e for e in errors)


def test_the_checker_refuses_an_unannotated_personnummer(checker, rows):
    row = copy.deepcopy(next(r for r in rows if any(e["label"] == "ID_NUMBER" for e in r["entities"])))
    row["entities"] = [e for e in row["entities"] if e["label"] != "ID_NUMBER"]

    errors, _ = checker.validate([row])

    assert any("unannotated valid personnummer" in e for e in errors)
