"""Benchmark of varna.deid against Microsoft Presidio on three sets, in one run.

    .venv/bin/python bench/deid_bench.py [--sets dev,heldout,news] [--json OUT] [--no-presidio]

Sets (each scored with shared/eval/score_deid.py, overlap matching):
  dev       shared/eval/deid-dev.jsonl, the development corpus (an upper bound: tuned on it)
  heldout   bench/deid_data/heldout.jsonl, frozen report-style texts never tuned on (if present)
  news      bench/deid_data/news_test.jsonl, a public news NER test split, PERSON only (if present)

Per set: leak (share of identifying characters no finding covers), recall per label, names
recall, micro precision. Speed is measured on *distinct* texts: every text of every set once,
after a warm-up on an unrelated sentence, so caches of already seen texts do not count.
Each system runs in its own process, so memory and start-up are its own.
Writes bench/results-deid.json unless --json says otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "deid-dev.jsonl"
DATA = REPO / "bench" / "deid_data"
SETS = {
    "dev": (DEV, None),
    "heldout": (DATA / "heldout.jsonl", None),
    "news": (DATA / "news_test.jsonl", "PERSON"),  # the corpus annotates persons only
}
WARM_UP = "Mentorn Jonas Lindqvist ringde från 070-412 33 90."
TARGETS = {
    "leak_max": 0.01,
    "recall_min": {"ID_NUMBER": 0.99, "PHONE": 0.99, "EMAIL": 0.99, "PLATE": 0.99, "PERSON": 0.97},
    "precision_min": 0.90,
    "news": {"person_recall_min": 0.93, "precision_min": 0.85},
    "speed_ratio_min": 20.0,
    "ms_per_2000_chars_max": 20.0,
}


def load_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def available_sets(names: list[str]) -> dict[str, tuple[Path, str | None]]:
    return {name: SETS[name] for name in names if SETS[name][0].exists()}


def worker(system: str, names: list[str]) -> None:
    """Runs in a child process: predictions for every set, timed once over distinct texts."""
    sys.path.insert(0, str(REPO))
    if system == "varna":
        from varna.deid import scan

        def predict(text: str) -> list[dict]:
            return [f.as_dict() for f in scan(text)]
    else:
        sys.path.insert(0, str(REPO / "bench"))
        import deid_presidio

        analyzer = deid_presidio.build()

        def predict(text: str) -> list[dict]:
            return deid_presidio.predict(analyzer, text)

    predict(WARM_UP)  # loads lists and models; not a text of any set
    seen: set[str] = set()
    out: dict[str, list[dict]] = {}
    per_text: list[float] = []  # ms per 2,000 characters, one entry per distinct text
    chars = 0
    elapsed = 0.0
    for name, (path, _only) in available_sets(names).items():
        preds = []
        for row in load_rows(path):
            text = row["text"]
            t = time.perf_counter()
            ents = predict(text)
            dt = time.perf_counter() - t
            if text and text not in seen:
                seen.add(text)
                chars += len(text)
                elapsed += dt
                per_text.append(dt * 1000 * 2000 / len(text))
            preds.append({"id": row["id"], "entities": ents})
        out[name] = preds
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump(
        {
            "predictions": out,
            "distinct_texts": len(seen),
            "distinct_chars": chars,
            "chars_per_s": chars / elapsed if elapsed else None,
            "ms_per_2000_chars": 1000 * elapsed * 2000 / chars if chars else None,
            "ms_per_2000_chars_median_text": statistics.median(per_text) if per_text else None,
            "peak_rss_mb": rss_mb,
        },
        sys.stdout,
    )


def startup(system: str) -> float:
    """Wall time of a fresh process that loads the system and checks one short text."""
    if system == "varna":
        cmd = [sys.executable, "-m", "varna.deid", "scan", WARM_UP]
    else:
        code = (
            "import sys; sys.path.insert(0, 'bench'); import deid_presidio as p; "
            f"p.predict(p.build(), {WARM_UP!r})"
        )
        cmd = [sys.executable, "-c", code]
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=REPO, check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def scorer():
    spec = importlib.util.spec_from_file_location("score_deid", DEV.parent / "score_deid.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def summary(scores: dict) -> dict:
    labels = scores["labels"]
    return {
        "leak_rate": scores["leak_rate"],
        "recall": {lab: v["overlap"]["recall"] for lab, v in labels.items()},
        "support": {lab: v["support"] for lab, v in labels.items()},
        "names_recall": labels.get("PERSON", {}).get("overlap", {}).get("recall"),
        "micro_precision": scores["micro"]["overlap"]["precision"],
        "micro_recall": scores["micro"]["overlap"]["recall"],
    }


def run(system: str, names: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", system, "--sets", ",".join(names)],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    res = json.loads(out.stdout)
    sc = scorer()
    res["sets"] = {}
    for name, preds in res.pop("predictions").items():
        path, only = SETS[name]
        gold = sc.load(str(path))
        pred = {}
        for p in preds:
            ents = [e for e in p["entities"] if only is None or e["label"] == only]
            pred[str(p["id"])] = {"id": p["id"], "entities": ents}
        scores = sc.score(gold, pred)
        res["sets"][name] = {"summary": summary(scores), "scores": scores}
    res["startup_s"] = startup(system)
    return res


def fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "  -  "
    return f"{100 * x:.2f}%" if pct else f"{x:.3f}"


def report(results: dict[str, dict]) -> None:
    systems = list(results)
    for name in results["varna"]["sets"]:
        print(f"== {name} ({SETS[name][0].name})")
        labels = sorted({lab for r in results.values() for lab in r["sets"][name]["summary"]["recall"]})
        print(f"{'':<22}" + "".join(f"{s:>12}" for s in systems))
        rows = [("leak", lambda s: fmt(s["leak_rate"], pct=True))]
        rows.append(("micro precision", lambda s: fmt(s["micro_precision"])))
        rows.append(("micro recall", lambda s: fmt(s["micro_recall"])))
        for lab in labels:
            rows.append((f"recall {lab}", lambda s, lab=lab: fmt(s["recall"].get(lab))))
        for title, get in rows:
            print(
                f"{title:<22}" + "".join(f"{get(results[s]['sets'][name]['summary']):>12}" for s in systems)
            )
        support = results["varna"]["sets"][name]["summary"]["support"]
        print("support: " + ", ".join(f"{k} {v}" for k, v in sorted(support.items())))
        print()
    print("== speed on distinct texts")
    print(f"{'':<34}" + "".join(f"{s:>12}" for s in systems))
    rows = [
        ("distinct texts", "distinct_texts", "{:>12d}"),
        ("characters per second", "chars_per_s", "{:>12.0f}"),
        ("ms per 2,000 characters", "ms_per_2000_chars", "{:>12.2f}"),
        ("ms per 2,000 chars, median text", "ms_per_2000_chars_median_text", "{:>12.2f}"),
        ("start-up, short text (s)", "startup_s", "{:>12.3f}"),
        ("peak RSS (MB)", "peak_rss_mb", "{:>12.1f}"),
    ]
    for title, key, pattern in rows:
        print(f"{title:<34}" + "".join(pattern.format(results[s][key]) for s in systems))
    if "presidio" in results and results["presidio"]["chars_per_s"]:
        ratio = results["varna"]["chars_per_s"] / results["presidio"]["chars_per_s"]
        results["varna"]["speed_vs_presidio"] = ratio
        print(f"Värna is {ratio:.1f}× Presidio's throughput on the same distinct texts.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, default=REPO / "bench" / "results-deid.json")
    ap.add_argument("--no-presidio", action="store_true", help="measure Värna only")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: dev,heldout,news")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    names = [n for n in a.sets.split(",") if n]
    if unknown := set(names) - set(SETS):
        ap.error(f"unknown set: {', '.join(sorted(unknown))}")
    if a.worker:
        worker(a.worker, names)
        return
    results = {"varna": run("varna", names)}
    if not a.no_presidio:
        try:
            results["presidio"] = run("presidio", names)
        except subprocess.CalledProcessError as exc:
            print(
                "Presidio could not run (pip install -r requirements-bench.txt):",
                exc.stderr.strip().splitlines()[-1:],
                file=sys.stderr,
            )
    report(results)
    results["targets"] = TARGETS
    a.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwrote {a.json}")


if __name__ == "__main__":
    main()
