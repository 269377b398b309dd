"""Scale bench of the situation picture (issue #5): server time of the real pages at 10k–1M reports.

    .venv/bin/python bench/situation_bench.py [--sizes 10000,100000,1000000]
        [--backend postgresql,sqlite] [--runs 5] [--fresh] [--json OUT]

Generates reports over 50 administrations × 10 years (areas, environments and event types,
settings, age groups, sources, classifications, graffiti counts) into a database of its own:
PostgreSQL `varna_bench` on 127.0.0.1:5432 (user postgres; BENCH_PG_URL overrides), created by
the bench, with COPY; and the SQLite file var/bench-situation.sqlite3, with executemany. The sizes
are reached by adding reports to what is there, so one run measures 10k, then 100k, then 1M; a
database that already holds more reports than the first size is rebuilt (--fresh always).

At each size it times, through Django's test client on the real views (server time: URL
resolution, middleware, queries, template), the median of --runs requests after one warm-up:
- administration_year: the coordinator's exact picture of the largest administration, last year;
- administration_year_controlled: the same page for the central coordinator (disclosure control);
- city_year: the city-wide view of the same year;
- *_after_change: the same after one report of an administration-year of the view changed (its
  yearly summary, varna/situation/summary.py, is counted again: the usual case in production);
- city_year_cold: the city-wide view with no summary stored (the first view after a bulk load).
Targets on PostgreSQL at 1M: administration-year (all three) < 300 ms, city-wide year < 1 s; the
administration-year nearly flat as the table grows. The cold view has no target. Prints a table
and the growth ratios and writes bench/results-situation.json. Each backend runs in a child
process of its own (the database is chosen by DATABASE_URL when Django starts).
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import logging
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ADMINISTRATIONS = 50
YEARS = 10
AREAS = 10  # per administration
MUNICIPALITY = "Benchkommunen"
COORDINATOR = "bench.samordnare"
CENTRAL = "bench.central"
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/varna_bench")
SQLITE_PATH = REPO / "var" / "bench-situation.sqlite3"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
CASES = (
    "administration_year",
    "administration_year_controlled",
    "city_year",
    "administration_year_after_change",
    "city_year_after_change",
    "city_year_cold",
)
TARGETS_MS = {
    "administration_year": 300,
    "administration_year_controlled": 300,
    "city_year": 1000,
    "administration_year_after_change": 300,
    "city_year_after_change": 1000,
}
CHUNK = 50_000

# Shares of the generated reports (weights).
CLASSIFICATIONS = {"vbe": 55, "unclear": 15, "unclassified": 20, "not_vbe": 10}
SOURCES = {"report": 70, "ia": 15, "police": 10, "other": 5}
AGE_GROUPS = {"under_18": 35, "18_20": 20, "21_plus": 15, "unknown": 30}
ENVIRONMENT_WEIGHTS = {"right_wing": 40, "islamist": 25, "left_wing": 12, "lone_actor": 5, "hybrid": 10}
ENVIRONMENT_WEIGHTS["conspiracy"] = 8


# --- the generator (needs Django set up) ------------------------------------------------------


@dataclass
class Organisation:
    administrations: list[int]  # ids, largest first
    weights: list[float]
    areas: dict[int, list[int]]  # administration id -> area ids
    environments: dict[str, int]  # code -> reference item id
    event_types: dict[str, int]
    settings: dict[str, int]
    first_year: int
    last_year: int

    @property
    def measured(self) -> int:
        """The administration the administration-year cases open: the largest."""
        return self.administrations[0]

    @property
    def measured_year(self) -> int:
        """The last whole year."""
        return self.last_year - 1


def bench_years(today: datetime.date | None = None) -> tuple[int, int]:
    """Ten years up to and including the current one."""
    year = (today or datetime.date.today()).year
    return year - YEARS + 1, year


def set_up_organisation(administrations: int = ADMINISTRATIONS, areas: int = AREAS) -> Organisation:
    """The bench municipality, its administrations and areas, two users and the graffiti counts
    (idempotent: what exists is reused)."""
    from django.db import transaction

    from varna.organisation.constants import AdministrationKind, Role
    from varna.organisation.models import Administration, Area, Membership, Municipality, User
    from varna.reports.constants import ReferenceKind
    from varna.reports.models import GraffitiCount, ReferenceItem

    with transaction.atomic():
        municipality, _ = Municipality.objects.get_or_create(name=MUNICIPALITY)
        ids: list[int] = []
        area_ids: dict[int, list[int]] = {}
        for index in range(administrations):
            administration, _ = Administration.objects.get_or_create(
                municipality=municipality,
                name=f"Förvaltning {index + 1:02d}",
                defaults={"kind": AdministrationKind.DISTRICT, "committee": f"Nämnd {index + 1:02d}"},
            )
            ids.append(administration.pk)
            area_ids[administration.pk] = [
                Area.objects.get_or_create(administration=administration, name=f"Område {k + 1:02d}")[0].pk
                for k in range(areas)
            ]
        coordinator, _ = User.objects.get_or_create(username=COORDINATOR)
        central, _ = User.objects.get_or_create(username=CENTRAL)
        Membership.objects.get_or_create(user=coordinator, administration_id=ids[0], role=Role.COORDINATOR)
        Membership.objects.get_or_create(
            user=central, administration_id=ids[0], role=Role.CENTRAL_COORDINATOR
        )
        items = {kind: {} for kind in ReferenceKind.values}
        for item in ReferenceItem.objects.all():
            items[item.kind][item.code] = item.pk
        first_year, last_year = bench_years()
        organisation = Organisation(
            administrations=ids,
            # From 2.0 down to 0.2: the smallest administrations have few reports at 10k, so
            # the disclosure control has small cells to suppress.
            weights=[2.0 - 1.8 * k / max(1, administrations - 1) for k in range(administrations)],
            areas=area_ids,
            environments=items[ReferenceKind.ENVIRONMENT],
            event_types=items[ReferenceKind.EVENT_TYPE],
            settings=items[ReferenceKind.SETTING],
            first_year=first_year,
            last_year=last_year,
        )
        if not GraffitiCount.objects.filter(administration_id__in=ids).exists():
            _write_graffiti(organisation)
    return organisation


def _write_graffiti(organisation: Organisation) -> None:
    """Graffiti counted per area and quarter, as the traffic office reports it."""
    rng = random.Random(5)
    right_wing = organisation.environments.get("right_wing")
    now = datetime.datetime.now(datetime.UTC)
    rows = []
    for adm in organisation.administrations:
        for area in organisation.areas[adm]:
            for year in range(organisation.first_year, organisation.last_year + 1):
                for quarter in range(4):
                    start = datetime.date(year, quarter * 3 + 1, 1)
                    end = (
                        datetime.date(year, quarter * 3 + 4, 1) - datetime.timedelta(days=1)
                        if quarter < 3
                        else datetime.date(year, 12, 31)
                    )
                    environment = right_wing if rng.random() < 0.5 else None
                    rows.append((adm, area, start, end, rng.randrange(0, 20), environment, now))
    write_rows(
        "reports_graffiticount",
        (
            "administration_id",
            "area_id",
            "period_start",
            "period_end",
            "count",
            "environment_id",
            "created_at",
        ),
        rows,
    )


def _weighted(choices: dict[str, int]) -> tuple[list[str], list[int]]:
    keys = list(choices)
    cumulative, total = [], 0
    for key in keys:
        total += choices[key]
        cumulative.append(total)
    return keys, cumulative


def report_rows(
    organisation: Organisation, count: int, first_id: int, seed: int = 1
) -> Iterator[tuple[tuple[Any, ...], list[int], list[int]]]:
    """`count` reports from id `first_id` on: (report row, environment ids, event-type ids).

    Deterministic for a given seed and first id. Columns as REPORT_COLUMNS.
    """
    rng = random.Random(f"{seed}:{first_id}")
    adm_cum: list[float] = []
    running = 0.0
    for weight in organisation.weights:
        running += weight
        adm_cum.append(running)
    years = list(range(organisation.first_year, organisation.last_year + 1))
    # A few more reports each year: the work became known.
    year_cum: list[float] = []
    running = 0.0
    for k in range(len(years)):
        running += 1 + 0.08 * k
        year_cum.append(running)
    classifications, classification_cum = _weighted(CLASSIFICATIONS)
    sources, source_cum = _weighted(SOURCES)
    ages, age_cum = _weighted(AGE_GROUPS)
    env_codes = [c for c in ENVIRONMENT_WEIGHTS if c in organisation.environments]
    env_ids = [organisation.environments[c] for c in env_codes]
    env_weights = [ENVIRONMENT_WEIGHTS[c] for c in env_codes]
    type_ids = sorted(organisation.event_types.values())
    setting_ids = sorted(organisation.settings.values())
    today = datetime.date.today()
    for k in range(count):
        report_id = first_id + k
        adm = rng.choices(organisation.administrations, cum_weights=adm_cum)[0]
        year = rng.choices(years, cum_weights=year_cum)[0]
        last_day = (today if year == today.year else datetime.date(year, 12, 31)).timetuple().tm_yday
        event_date = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(last_day))
        precision = "day"
        if rng.random() < 0.1:
            precision, event_date = "month", event_date.replace(day=1)
        classification = rng.choices(classifications, cum_weights=classification_cum)[0]
        submitted = datetime.datetime.combine(
            event_date + datetime.timedelta(days=rng.randrange(0, 10)), datetime.time(12), datetime.UTC
        )
        reviewed = None if classification == "unclassified" else submitted + datetime.timedelta(days=2)
        row = (
            report_id,
            f"B-{report_id:09d}",
            adm,
            rng.choice(organisation.areas[adm]) if rng.random() < 0.85 else None,
            event_date,
            precision,
            rng.choices(ages, cum_weights=age_cum)[0],
            rng.choice(setting_ids) if setting_ids and rng.random() < 0.9 else None,
            "",
            False,
            rng.choices(sources, cum_weights=source_cum)[0],
            submitted,
            "new" if reviewed is None else "closed",
            classification,
            reviewed,
            reviewed,
            reviewed,
        )
        roll = rng.random()
        environments = [] if roll < 0.1 or not env_ids else rng.choices(env_ids, weights=env_weights)
        if roll > 0.9 and len(env_ids) > 1:
            environments = list({*environments, *rng.choices(env_ids, weights=env_weights)})
        roll = rng.random()
        types = [] if roll < 0.05 else rng.sample(type_ids, 1 if roll < 0.8 else 2)
        yield row, environments, types


REPORT_COLUMNS = (
    "id",
    "reference",
    "administration_id",
    "area_id",
    "event_date",
    "date_precision",
    "age_group",
    "setting_id",
    "description",
    "contact_requested",
    "source",
    "submitted_at",
    "status",
    "classification",
    "first_opened_at",
    "reviewed_at",
    "closed_at",
)


def write_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Bulk insert: COPY on PostgreSQL, executemany in chunks elsewhere."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ", ".join(columns)
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608 - our names
        chunk: list[Sequence[Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= CHUNK:
                cursor.executemany(sql, chunk)
                chunk = []
        if chunk:
            cursor.executemany(sql, chunk)


def add_reports(organisation: Organisation, count: int, *, seed: int = 1) -> int:
    """Add `count` generated reports (and their environments and event types); return the first id."""
    from django.db import connection, transaction
    from django.db.models import Max

    from varna.reports.models import Report

    first_id = (Report.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
    done = 0
    while done < count:
        n = min(CHUNK * 4, count - done)
        reports, environments, types = [], [], []
        for row, envs, kinds in report_rows(organisation, n, first_id + done, seed):
            reports.append(row)
            environments.extend((row[0], item) for item in envs)
            types.extend((row[0], item) for item in kinds)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Generated consistently: skip the per-row foreign-key triggers of a bulk load.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL session_replication_role = replica")
            write_rows("reports_report", REPORT_COLUMNS, reports)
            write_rows("reports_report_environments", ("report_id", "referenceitem_id"), environments)
            write_rows("reports_report_event_types", ("report_id", "referenceitem_id"), types)
        done += n
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Sequences after explicit ids, then statistics and the visibility map.
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('reports_report', 'id'), "
                "(SELECT MAX(id) FROM reports_report))"
            )
            if not connection.in_atomic_block:  # VACUUM cannot run in a transaction (tests)
                for table in ("reports_report", "reports_report_environments", "reports_report_event_types"):
                    cursor.execute(f"VACUUM ANALYZE {table}")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return first_id


# --- measuring --------------------------------------------------------------------------------


def time_request(client: Any, url: str, runs: int, before: Any = None) -> dict[str, float]:
    """Median of `runs` requests after a warm-up; `before` runs untimed before each."""

    def once() -> float:
        if before is not None:
            before()
        start = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - start
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
        return elapsed * 1000

    once()  # warm-up: connection, caches, templates
    times = [once() for _ in range(runs)]
    return {"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times)}


def _touch(administration_id: int, year: int) -> Any:
    """Reclassify one report of the administration-year back and forth: its summary is stale."""
    from varna.reports.models import Report

    report = Report.objects.filter(administration_id=administration_id, event_date__year=year).first()

    def touch() -> None:
        if report is None:
            return
        report.classification = "unclear" if report.classification == "vbe" else "vbe"
        Report.objects.filter(pk=report.pk).update(classification=report.classification)

    return touch


def _forget_summaries() -> None:
    from varna.situation.summary import YearSummary

    YearSummary.objects.all().delete()


def measure(organisation: Organisation, runs: int) -> dict[str, dict[str, float]]:
    from django.test import Client
    from django.urls import reverse

    from varna.organisation.models import User

    coordinator, central = Client(), Client()
    coordinator.force_login(User.objects.get(username=COORDINATOR))
    central.force_login(User.objects.get(username=CENTRAL))
    year = organisation.measured_year
    page = reverse("situation", args=[organisation.measured]) + f"?ar={year}"
    city = reverse("situation_city") + f"?ar={year}"
    other = organisation.administrations[len(organisation.administrations) // 2]
    return {
        "administration_year": time_request(coordinator, page, runs),
        "administration_year_controlled": time_request(central, page, runs),
        "city_year": time_request(central, city, runs),
        # One report of the administration-year changed since the last view: its summary is
        # counted again.
        "administration_year_after_change": time_request(
            coordinator, page, runs, _touch(organisation.measured, year)
        ),
        "city_year_after_change": time_request(central, city, runs, _touch(other, year)),
        # No summary at all (the first view after the bulk load): every administration-year of
        # the view counted.
        "city_year_cold": time_request(central, city, min(runs, 3), _forget_summaries),
    }


def _counts(organisation: Organisation) -> dict[str, int]:
    from varna.reports.models import Report

    year = organisation.measured_year
    in_year = Report.objects.filter(event_date__year=year)
    return {
        "reports": Report.objects.count(),
        "administration_year_reports": in_year.filter(administration_id=organisation.measured).count(),
        "city_year_reports": in_year.count(),
    }


# --- one backend (child process) --------------------------------------------------------------


def _prepare_postgresql(fresh: bool) -> None:
    import psycopg

    name = PG_URL.rsplit("/", 1)[1]
    server = PG_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def run_backend(backend: str, sizes: Sequence[int], runs: int, fresh: bool) -> list[dict[str, Any]]:
    if backend == "postgresql":
        os.environ["DATABASE_URL"] = PG_URL
    else:
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_PATH}"
    os.environ.setdefault("DEBUG", "1")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varna.settings")
    sys.path.insert(0, str(REPO))
    if backend == "postgresql":
        _prepare_postgresql(fresh)
    elif fresh and SQLITE_PATH.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.DEBUG = False  # no query log while timing
    logging.getLogger("axes").setLevel(logging.WARNING)  # a sign-in per client
    call_command("migrate", verbosity=0)
    from varna.reports.models import Report

    existing = Report.objects.count()
    if existing > min(sizes):
        print(f"[{backend}] {existing} reports there, more than {min(sizes)}: rebuilding", flush=True)
        from django.db import connection

        connection.close()
        return run_backend(backend, sizes, runs, fresh=True)
    organisation = set_up_organisation()
    results = []
    for size in sorted(sizes):
        have = Report.objects.count()
        if have < size:
            start = time.perf_counter()
            add_reports(organisation, size - have)
            _forget_summaries()  # a bulk load bypasses the triggers on PostgreSQL
            print(
                f"[{backend}] generated {size - have} reports in {time.perf_counter() - start:.1f} s",
                flush=True,
            )
        counts = _counts(organisation)
        timings = measure(organisation, runs)
        for case, timing in timings.items():
            results.append({"backend": backend, "size": size, "case": case, **timing, **counts})
            print(f"[{backend}] {size:>9} {case:<32} {timing['median_ms']:8.1f} ms", flush=True)
    return results


# --- the whole run ----------------------------------------------------------------------------


def _table(results: list[dict[str, Any]]) -> str:
    lines = [f"{'backend':<11} {'case':<32} " + " ".join(f"{s:>10}" for s in _sizes(results)) + "  growth"]
    for backend in dict.fromkeys(r["backend"] for r in results):
        for case in CASES:
            row = {
                r["size"]: r["median_ms"] for r in results if r["backend"] == backend and r["case"] == case
            }
            sizes = sorted(row)
            growth = " → ".join(f"×{row[b] / row[a]:.2f}" for a, b in itertools.pairwise(sizes))
            cells = " ".join(f"{row[s]:>7.1f} ms" if s in row else f"{'':>10}" for s in _sizes(results))
            lines.append(f"{backend:<11} {case:<32} {cells}  {growth}")
    return "\n".join(lines)


def _row(results: list[dict[str, Any]], backend: str, case: str) -> dict[int, float]:
    return {r["size"]: r["median_ms"] for r in results if r["backend"] == backend and r["case"] == case}


def _sizes(results: list[dict[str, Any]]) -> list[int]:
    return sorted({r["size"] for r in results})


def growth_ratios(results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    ratios: dict[str, dict[str, float]] = {}
    for backend in dict.fromkeys(r["backend"] for r in results):
        for case in CASES:
            row = {
                r["size"]: r["median_ms"] for r in results if r["backend"] == backend and r["case"] == case
            }
            sizes = sorted(row)
            ratios[f"{backend}/{case}"] = {
                f"{a}->{b}": round(row[b] / row[a], 2) for a, b in itertools.pairwise(sizes)
            }
    return ratios


def over_target(results: list[dict[str, Any]]) -> list[str]:
    """PostgreSQL at the largest size measured over the issue's targets."""
    pg = [r for r in results if r["backend"] == "postgresql"]
    if not pg:
        return []
    largest = max(r["size"] for r in pg)
    return [
        f"{r['case']} {r['median_ms']:.0f} ms ≥ {TARGETS_MS.get(r['case'])} ms"
        for r in pg
        if r["size"] == largest and r["case"] in TARGETS_MS and r["median_ms"] >= TARGETS_MS[r["case"]]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES))
    parser.add_argument("--backend", default="postgresql,sqlite")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="rebuild the bench databases")
    parser.add_argument("--json", type=Path, default=REPO / "bench" / "results-situation.json")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    backends = [b.strip() for b in args.backend.split(",") if b.strip()]
    if args.child:
        results = run_backend(backends[0], sizes, args.runs, args.fresh)
        args.json.write_text(json.dumps(results), encoding="utf-8")
        return
    results: list[dict[str, Any]] = []
    for backend in backends:
        if backend not in ("postgresql", "sqlite"):
            raise SystemExit(f"unknown backend {backend!r}: postgresql or sqlite")
        out = REPO / "var" / f"bench-situation-{backend}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, __file__, "--child", "--backend", backend, "--sizes", args.sizes]
        command += ["--runs", str(args.runs), "--json", str(out)] + (["--fresh"] if args.fresh else [])
        subprocess.run(command, check=True)
        results.extend(json.loads(out.read_text(encoding="utf-8")))
    print()
    print(_table(results))
    summary = {
        "bench": "situation",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "administrations": ADMINISTRATIONS,
        "years": YEARS,
        "runs": args.runs,
        "targets_ms": TARGETS_MS,
        "results": results,
        "growth": growth_ratios(results),
    }
    args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    if slow := over_target(results):
        sys.exit("over the target on PostgreSQL: " + "; ".join(slow))


if __name__ == "__main__":
    main()
