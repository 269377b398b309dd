"""Benchmark of varna.deid against Microsoft Presidio on the development corpus.

    .venv/bin/python bench/deid_bench.py [--corpus PATH] [--json OUT] [--no-presidio]

Prints precision, recall, F1 (overlap matching) and leak rate per label using the shared
scorer, and throughput (MB/s), latency for a 2,000-character text, start-up time and peak
resident memory, side by side. Each system runs in its own process so memory is its own.
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
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "deid-dev.jsonl"
SHORT = "Mentorn Jonas Lindqvist ringde från 070-412 33 90."


def load_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def worker(system: str, corpus: Path) -> None:
    """Runs in a child process: predictions, throughput, latency, peak memory."""
    sys.path.insert(0, str(REPO))
    rows = load_rows(corpus)
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

    preds = [{"id": r["id"], "entities": predict(r["text"])} for r in rows]
    texts = [r["text"] for r in rows]
    # Throughput: the corpus texts over and over, up to 1 MB or 30 s, whichever comes first.
    done = 0
    n = 0
    t0 = time.perf_counter()
    while done < 1_000_000 and time.perf_counter() - t0 < 30:
        text = texts[n % len(texts)]
        predict(text)
        done += len(text.encode("utf-8"))
        n += 1
    mb_s = done / 1e6 / (time.perf_counter() - t0)
    # The same as one long document (about 0.5 MB), which exposes anything worse than linear.
    big = "\n".join(texts * max(1, 500_000 // len("\n".join(texts))))
    t = time.perf_counter()
    predict(big)
    big_mb_s = len(big.encode("utf-8")) / 1e6 / (time.perf_counter() - t)
    # Latency on a 2,000-character report made of corpus texts.
    doc = " ".join(texts)[:2000]
    times = []
    for _ in range(30):
        t = time.perf_counter()
        predict(doc)
        times.append((time.perf_counter() - t) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump(
        {
            "predictions": preds,
            "mb_per_s": mb_s,
            "mb_per_s_one_document": big_mb_s,
            "ms_per_2000_chars": statistics.median(times),
            "peak_rss_mb": rss_mb,
        },
        sys.stdout,
    )


def startup(system: str) -> float:
    """Wall time of a fresh process that loads the system and checks one short text."""
    if system == "varna":
        cmd = [sys.executable, "-m", "varna.deid", "scan", SHORT]
    else:
        code = (
            "import sys; sys.path.insert(0, 'bench'); import deid_presidio as p; "
            f"p.predict(p.build(), {SHORT!r})"
        )
        cmd = [sys.executable, "-c", code]
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=REPO, check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def scorer(corpus: Path):
    path = corpus.parent / "score_deid.py"
    if not path.exists():
        path = DEFAULT_CORPUS.parent / "score_deid.py"
    spec = importlib.util.spec_from_file_location("score_deid", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(system: str, corpus: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", system, "--corpus", str(corpus)],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    res = json.loads(out.stdout)
    sc = scorer(corpus)
    gold = sc.load(str(corpus))
    pred = {str(p["id"]): p for p in res.pop("predictions")}
    res["scores"] = sc.score(gold, pred)
    res["startup_s"] = startup(system)
    return res


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def report(results: dict[str, dict]) -> None:
    systems = list(results)
    labels = sorted({lab for r in results.values() for lab in r["scores"]["labels"]})
    head = "".join(f"{s + ' P':>12}{'R':>7}{'F1':>7}" for s in systems)
    print(f"{'label':<11}{'n':>4}{head}")
    for lab in [*labels, "MICRO"]:
        cells = ""
        n = ""
        for s in systems:
            sc = results[s]["scores"]
            v = (
                sc["micro"]["overlap"]
                if lab == "MICRO"
                else sc["labels"].get(lab, {}).get("overlap", {"precision": None, "recall": None, "f1": None})
            )
            if lab != "MICRO" and lab in sc["labels"] and sc["labels"][lab]["support"]:
                n = str(sc["labels"][lab]["support"])
            cells += f"{fmt(v['precision']):>12}{fmt(v['recall']):>7}{fmt(v['f1']):>7}"
        print(f"{lab:<11}{n:>4}{cells}")
    print()
    print(f"{'':<40}" + "".join(f"{s:>14}" for s in systems))
    rows = [
        ("leak rate (%)", lambda r: 100 * r["scores"]["leak_rate"]),
        ("throughput (MB/s)", lambda r: r["mb_per_s"]),
        ("throughput, one 0.5 MB document (MB/s)", lambda r: r["mb_per_s_one_document"]),
        ("ms per 2,000-char text", lambda r: r["ms_per_2000_chars"]),
        ("start-up, short text (s)", lambda r: r["startup_s"]),
        ("peak RSS (MB)", lambda r: r["peak_rss_mb"]),
    ]
    for name, get in rows:
        print(f"{name:<40}" + "".join(f"{get(results[s]):>14.3f}" for s in systems))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--json", type=Path, default=REPO / "bench" / "results-deid.json")
    ap.add_argument("--no-presidio", action="store_true", help="measure Värna only")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a.worker, a.corpus)
        return
    results = {"varna": run("varna", a.corpus)}
    if not a.no_presidio:
        try:
            results["presidio"] = run("presidio", a.corpus)
        except subprocess.CalledProcessError as exc:
            print(
                "Presidio could not run (pip install -r requirements-bench.txt):",
                exc.stderr.strip().splitlines()[-1:],
                file=sys.stderr,
            )
    report(results)
    a.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwrote {a.json}")


if __name__ == "__main__":
    main()
