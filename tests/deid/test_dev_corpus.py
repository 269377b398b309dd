"""Regression floor on the shared development corpus (acceptance is on held-out data)."""

import importlib.util
import json
from pathlib import Path

import pytest

from varna.deid import scan

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
CORPUS = EVAL / "deid-dev.jsonl"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="shared/eval not beside the repo")


def test_dev_corpus_floor():
    spec = importlib.util.spec_from_file_location("score_deid", EVAL / "score_deid.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = scorer.load(str(CORPUS))
    pred = {gid: {"entities": [f.as_dict() for f in scan(row["text"])]} for gid, row in gold.items()}
    res = scorer.score(gold, pred)
    assert res["leak_rate"] <= 0.01
    assert res["micro"]["overlap"]["f1"] >= 0.9
    print(json.dumps(res["micro"]))
