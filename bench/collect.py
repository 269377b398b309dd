"""Merge every bench/results-*.json into bench/results.json and a readable summary.

    .venv/bin/python bench/collect.py [--dir bench] [--json OUT] [--markdown OUT]

Each benchmark writes its own results-<name>.json (`make bench-deid`, `bench-documents`,
`bench-situation`, `bench-load`). This reads them all and turns them into one list of figures:
name, value, unit, and where the benchmark measured a baseline in the same run (Presidio for
de-identification, PostgreSQL's own insert rate for report submission, the empty request for
pages) the baseline and the ratio; where there is a target, the target. A benchmark this file
does not know yet still appears, with its numeric top-level values. Writes results.json (the
figures plus every benchmark's raw results) and results.md, and prints the summary.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent

Figure = dict[str, Any]


def figure(
    name: str,
    value: float | None,
    unit: str,
    *,
    better: str = "higher",
    baseline: tuple[str, float | None] | None = None,
    target: float | None = None,
) -> Figure:
    """One figure; `better` says which direction is good, for the ratio and the target."""
    out: Figure = {"name": name, "value": value, "unit": unit, "better": better}
    if baseline is not None:
        out["baseline"] = {"name": baseline[0], "value": baseline[1]}
        out["ratio"] = float(f"{value / baseline[1]:.3g}") if value is not None and baseline[1] else None
    if target is not None:
        out["target"] = target
        if value is not None:
            out["meets_target"] = value >= target if better == "higher" else value < target
    return out


# --- what each benchmark measured -------------------------------------------------------------


def deid_figures(data: dict[str, Any]) -> Iterator[Figure]:
    varna, presidio = data.get("varna", {}), data.get("presidio")

    def pair(name: str, get: Callable[[dict[str, Any]], float], unit: str, better: str) -> Figure:
        base = ("Presidio", get(presidio)) if presidio else None
        return figure(name, get(varna), unit, better=better, baseline=base)

    for name in varna.get("sets", {}):
        if presidio and name not in presidio.get("sets", {}):
            continue

        def get_summary(key: str, name: str = name) -> Callable[[dict[str, Any]], float]:
            return lambda r: r["sets"][name]["summary"][key]

        yield pair(
            f"{name}: leak rate", lambda r, n=name: 100 * r["sets"][n]["summary"]["leak_rate"], "%", "lower"
        )
        yield pair(f"{name}: names recall", get_summary("names_recall"), "", "higher")
        yield pair(f"{name}: micro precision", get_summary("micro_precision"), "", "higher")
    yield pair("throughput, distinct texts", lambda r: r["chars_per_s"], "chars/s", "higher")
    yield pair("latency per 2,000 characters", lambda r: r["ms_per_2000_chars"], "ms", "lower")
    yield pair("start-up, short text", lambda r: r["startup_s"], "s", "lower")
    yield pair("peak memory", lambda r: r["peak_rss_mb"], "MB", "lower")


def documents_figures(data: dict[str, Any]) -> Iterator[Figure]:
    target = data.get("target_seconds")
    for fmt in ("docx", "pdf"):
        yield figure(
            f"{fmt.upper()} of a 30-activity plan, median",
            data[f"{fmt}_seconds"],
            "s",
            better="lower",
            target=target,
        )
        yield figure(
            f"{fmt.upper()} of a 30-activity plan, max", data[f"{fmt}_max_seconds"], "s", better="lower"
        )


def situation_figures(data: dict[str, Any]) -> Iterator[Figure]:
    targets = data.get("targets_ms", {})
    for row in data.get("results", []):
        yield figure(
            f"{row['case']} ({row['backend']}, {row['size']:,} reports), median",
            row.get("median_ms"),
            "ms",
            better="lower",
            target=targets.get(row["case"]) if row["backend"] == "postgresql" else None,
        )


def load_figures(data: dict[str, Any]) -> Iterator[Figure]:
    for run in data.get("runs", []):
        users = run["users"]
        insert = run.get("pgbench_inserts_per_s")
        empty = run.get("empty_request_per_s")
        for name, row in run.get("requests", {}).items():
            base = ("pgbench insert, same clients", insert) if name == "submit report" and insert else None
            yield figure(f"{users} users: {name}, throughput", row.get("per_s"), "req/s", baseline=base)
            for p in ("p50", "p95", "p99"):
                yield figure(f"{users} users: {name}, {p}", row.get(f"{p}_ms"), "ms", better="lower")
        if empty:
            yield figure(
                f"{users} users: all requests, throughput",
                run.get("total_per_s"),
                "req/s",
                baseline=("empty request", empty),
            )
        yield figure(
            f"{users} users: server errors (5xx)", run.get("server_errors"), "", better="lower", target=1
        )
        yield figure(
            f"{users} users: accepted reports missing or duplicated in the database",
            run.get("reports_missing", 0) + run.get("reports_duplicated", 0),
            "",
            better="lower",
            target=1,
        )


def generic_figures(data: Any) -> Iterator[Figure]:
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                yield figure(key, value, "")


KNOWN: dict[str, Callable[[Any], Iterator[Figure]]] = {
    "deid": deid_figures,
    "documents": documents_figures,
    "situation": situation_figures,
    "load": load_figures,
}


def load_markdown(data: dict[str, Any]) -> list[str]:
    """One table per user count: the request types side by side."""
    lines = []
    for run in data.get("runs", []):
        lines += [
            f"{run['users']} concurrent users, {run['duration_s']} s after all had signed in:",
            "",
            "| request | count | failures | req/s | p50 ms | p95 ms | p99 ms |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, row in sorted(run.get("requests", {}).items()):
            cells = [row["count"], row["failures"], row["per_s"], row["p50_ms"], row["p95_ms"], row["p99_ms"]]
            lines.append(f"| {name} | " + " | ".join(_number(c) for c in cells) + " |")
        lines += [
            "",
            f"Reports: {run['reports_accepted']:,} accepted (302 to the receipt), "
            f"{run['reports_in_database']:,} new in the database, {run['reports_missing']} missing, "
            f"{run['reports_duplicated']} duplicated; 5xx answers: {run['server_errors']}. "
            f"pgbench: {_number(run.get('pgbench_inserts_per_s'))} inserts/s with "
            f"{run.get('pgbench_clients')} clients.",
            "",
        ]
    return lines


MARKDOWN: dict[str, Callable[[Any], list[str]]] = {"load": load_markdown}
TITLES = {
    "deid": "De-identification (Värna against Microsoft Presidio)",
    "documents": "Documents (DOCX and PDF/A rendering)",
    "situation": "Situation picture (page times as the report table grows)",
    "load": "Load (locust against gunicorn + PostgreSQL)",
}


# --- collecting and writing -------------------------------------------------------------------


def collect(directory: Path) -> dict[str, Any]:
    benchmarks: dict[str, Any] = {}
    figures: dict[str, list[Figure]] = {}
    problems: dict[str, str] = {}
    for path in sorted(directory.glob("results-*.json")):
        name = path.stem.removeprefix("results-")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            figures[name] = list(KNOWN.get(name, generic_figures)(data))
        except (ValueError, KeyError, TypeError) as exc:
            problems[name] = f"{type(exc).__name__}: {exc}"
            continue
        benchmarks[name] = {
            "file": path.name,
            "written": datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.UTC).isoformat(
                timespec="seconds"
            ),
            "results": data,
        }
    return {
        "collected": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "figures": figures,
        "problems": problems,
        "benchmarks": benchmarks,
    }


def _number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if value and abs(value) < 0.01:
        return f"{value:.2g}"
    return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Collected {results['collected']} on {results['machine']['cpus']} CPUs, "
        f"Python {results['machine']['python']}. Ratios are value ÷ baseline, both measured in the same run.",
    ]
    for name, figures in results["figures"].items():
        written = results["benchmarks"][name]["written"]
        lines += [
            "",
            f"## {TITLES.get(name, name)}",
            "",
            f"`bench/results-{name}.json`, written {written}.",
            "",
        ]
        if name in MARKDOWN:
            # The benchmark's own table, then only the figures with a baseline or a target.
            lines += MARKDOWN[name](results["benchmarks"][name]["results"])
            figures = [f for f in figures if "baseline" in f or "target" in f]
        lines += ["| figure | value | unit | baseline | ratio | target |", "|---|---:|---|---|---:|---|"]
        for f in figures:
            base = f"{f['baseline']['name']}: {_number(f['baseline']['value'])}" if "baseline" in f else ""
            ratio = f"×{_number(f['ratio'])}" if f.get("ratio") is not None else ""
            target = ""
            if "target" in f:
                sign = "≥" if f["better"] == "higher" else "<"
                verdict = {True: " ✓", False: " ✗"}.get(f.get("meets_target"), "")
                target = f"{sign} {_number(f['target'])}{verdict}"
            lines.append(
                f"| {f['name']} | {_number(f['value'])} | {f['unit']} | {base} | {ratio} | {target} |"
            )
    for name, problem in results["problems"].items():
        lines += ["", f"`results-{name}.json` could not be read: {problem}"]
    if not results["figures"]:
        lines += ["", "No bench/results-*.json found: run `make bench` (or one of its targets) first."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=BENCH)
    parser.add_argument("--json", type=Path, default=BENCH / "results.json")
    parser.add_argument("--markdown", type=Path, default=BENCH / "results.md")
    args = parser.parse_args()
    results = collect(args.dir)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = markdown(results)
    args.markdown.write_text(summary, encoding="utf-8")
    print(summary)
    print(f"wrote {args.json} and {args.markdown}")


if __name__ == "__main__":
    main()
