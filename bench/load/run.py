"""Load benchmark: locust against gunicorn + PostgreSQL on loopback, with pgbench as the baseline.

    .venv/bin/python bench/load/run.py [--users 50,200] [--duration 60] [--workers 4 --threads 4]
                                       [--database-url postgres://postgres@127.0.0.1:5432/varna_load]

1. Drops and creates the database `varna_load` (never the one in DATABASE_URL), migrates it,
   loads the demo municipality (`load_demo`) and creates the load accounts: employees in the
   district administrations, a coordinator per district, central coordinators.
2. Starts gunicorn with production settings (DEBUG off, Argon2, secure cookies behind a TLS
   proxy: locust sends X-Forwarded-Proto) on a free loopback port.
3. For each user count: locust, headless, for --duration seconds after all users have signed in
   (bench/load/locustfile.py: employees submit reports through the form, coordinators open the
   inbox and the situation picture, central coordinators the city-wide view); then the database
   is counted: every accepted report (a 302 to its receipt) must be there exactly once, and no
   report may be there that was not accepted; no answer may be a 5xx. Then the baselines on the
   same server: pgbench inserting rows shaped like a report (a copy of the report table with its
   indexes) with as many clients as gunicorn has database connections, and locust asking for the
   empty request (/halsa/) with the same user count.
4. Writes bench/results-load.json and prints a table. Exits non-zero on a 5xx or a lost or
   duplicated report.

Throughput and latency depend on the machine and on what else runs on it: compare runs on the
same machine only.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PASSWORD = "varna-last-2024!"  # noqa: S105 - the throwaway load accounts
GUNICORN_LOG = REPO / "var" / "load-gunicorn.log"
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/varna_load"
SCENARIO = ["Employee", "Coordinator", "CentralCoordinator"]
PGBENCH_SCRIPT = """\\set n random(1, 1000000000)
INSERT INTO bench_report_insert (reference, administration_id, unit_id, area_id, event_date,
  date_precision, age_group, setting_id, description, contact_requested, source, submitted_by_id,
  submitted_at, status, classification)
VALUES ('P-' || substr(md5(:n::text || clock_timestamp()::text), 1, 14), 1, 1, 1, current_date,
  'day', 'unknown', 1, 'Klistermärken med vit makt-symboler vid busshållplatsen nära fritidsgården.',
  false, 'report', 1, now(), 'new', 'unclassified');
"""


def log(message: str) -> None:
    print(f"[load] {message}", flush=True)


# --- the database -----------------------------------------------------------------------------


def server_and_name(url: str) -> tuple[str, str]:
    base, name = url.rsplit("/", 1)
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise SystemExit(f"unexpected database name {name!r}")
    return base + "/postgres", name


def recreate_database(url: str) -> None:
    import psycopg

    maintenance, name = server_and_name(url)
    if name == server_and_name(os.environ.get("DATABASE_URL", "x/none"))[1]:
        raise SystemExit("the load database must not be the one in DATABASE_URL")
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare(url: str, employees: int, coordinators: int, central: int) -> dict[str, Any]:
    """Migrate, load the demo, create the accounts; returns what the locustfile needs."""
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command

    from varna.organisation.constants import AdministrationKind, Role
    from varna.organisation.models import Administration, Membership, User
    from varna.reports.constants import AgeGroup, ReferenceKind
    from varna.reports.models import ReferenceItem

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    districts = [
        a
        for a in Administration.objects.filter(kind=AdministrationKind.DISTRICT).order_by("name")
        if a.units.exists()
    ]
    executive = Administration.objects.filter(kind=AdministrationKind.EXECUTIVE_OFFICE).first()
    password = make_password(PASSWORD)  # one Argon2 hash for every account: creating them stays fast
    accounts: dict[str, list[dict[str, Any]]] = {"employee": [], "coordinator": [], "central": []}

    def account(username: str, administration: Administration, role: str, unit: Any = None) -> None:
        user = User.objects.create(
            username=username, password=password, email=f"{username}@last.varna.example"
        )
        Membership.objects.create(user=user, administration=administration, role=role, unit=unit)

    for k in range(employees):
        administration = districts[k % len(districts)]
        unit = list(administration.units.order_by("pk"))[k // len(districts) % administration.units.count()]
        account(f"last.medarbetare.{k:03d}", administration, Role.EMPLOYEE, unit)
        accounts["employee"].append(
            {
                "username": f"last.medarbetare.{k:03d}",
                "administration": administration.pk,
                "unit": unit.pk,
                "areas": list(administration.areas.values_list("pk", flat=True)),
            }
        )
    for k in range(coordinators):
        administration = districts[k % len(districts)]
        account(f"last.samordnare.{k:03d}", administration, Role.COORDINATOR)
        accounts["coordinator"].append(
            {"username": f"last.samordnare.{k:03d}", "administration": administration.pk}
        )
    for k in range(central):
        account(f"last.central.{k:03d}", executive, Role.CENTRAL_COORDINATOR)
        accounts["central"].append({"username": f"last.central.{k:03d}"})

    def ids(kind: str) -> list[int]:
        return list(ReferenceItem.objects.of_kind(kind).values_list("pk", flat=True))

    return {
        "password": PASSWORD,
        "accounts": accounts,
        "lists": {
            "event_type": ids(ReferenceKind.EVENT_TYPE),
            "environment": ids(ReferenceKind.ENVIRONMENT),
            "setting": ids(ReferenceKind.SETTING),
            "action": ids(ReferenceKind.ACTION),
            "age_group": list(AgeGroup.values),
        },
    }


def report_counts(usernames: list[str]) -> dict[str, Any]:
    from django.db.models import Count

    from varna.reports.models import Report

    reports = Report.objects.filter(submitted_by__username__in=usernames)
    duplicated = reports.values("reference").annotate(n=Count("pk")).filter(n__gt=1).count()
    return {
        "count": reports.count(),
        "references": set(reports.values_list("reference", flat=True)),
        "dup": duplicated,
    }


# --- the app server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, workers: int, threads: int) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "varna.wsgi",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--backlog=2048",
        "--timeout=120",
        # No keep-alive, as behind nginx (HTTP/1.0 to the upstream by default): a client whose
        # think time outlasts the keep-alive would otherwise race the server closing its socket.
        "--keep-alive=0",
    ]
    GUNICORN_LOG.parent.mkdir(exist_ok=True)
    with open(GUNICORN_LOG, "w") as errors:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=errors)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/halsa/", timeout=2) as answer:
                if answer.status == 200:
                    return server
        except OSError:
            time.sleep(0.5)
        if server.poll() is not None:
            break
    server.terminate()
    raise SystemExit(f"gunicorn did not start: see {GUNICORN_LOG}")


# --- locust and pgbench -----------------------------------------------------------------------


def run_locust(
    classes: list[str], users: int, duration: int, port: int, config: Path, env: dict[str, str], ramp: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Locust's statistics per request name (after every user has started) and what it observed."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "observed.json"
        # Every user has started after `ramp` seconds; the locustfile resets the statistics
        # when the last has signed in and stops the run `duration` seconds later.
        spawn = max(1, round(users / ramp))
        command = [
            str(Path(sys.executable).parent / "locust"),
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "--only-summary",
            # At the end, let every user finish the request it is in: a report submitted just
            # before the stop is then counted as accepted (or refused), never lost in between.
            "--stop-timeout=120",
            f"--users={users}",
            f"--spawn-rate={spawn}",
            f"--run-time={duration + ramp + 900}s",  # a safety net only
            f"--host=http://127.0.0.1:{port}",
            f"--csv={tmp}/stats",
            "--loglevel=WARNING",
            *classes,
        ]
        run_env = {
            **env,
            "LOAD_CONFIG": str(config),
            "LOAD_OUT": str(out),
            "LOAD_USERS": str(users),
            "LOAD_DURATION": str(duration),
        }
        subprocess.run(command, cwd=REPO, env=run_env, check=False, stdout=subprocess.DEVNULL)
        with open(f"{tmp}/stats_stats.csv", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        observed = json.loads(out.read_text(encoding="utf-8"))
    stats = {}
    for row in rows:
        stats[row["Name"]] = {
            "count": int(row["Request Count"]),
            "failures": int(row["Failure Count"]),
            "per_s": round(float(row["Requests/s"]), 2),
            "p50_ms": _ms(row["50%"]),
            "p95_ms": _ms(row["95%"]),
            "p99_ms": _ms(row["99%"]),
            "max_ms": _ms(row["Max Response Time"]),
        }
    return stats, observed


def _ms(value: str) -> float | None:
    return None if value in ("", "N/A") else round(float(value), 1)


def pgbench(url: str, clients: int, seconds: int) -> float:
    """Inserts per second of rows shaped like a report, into a copy of the report table."""
    binary = shutil.which("pgbench")
    if binary is None:
        raise SystemExit("pgbench was not found: install PostgreSQL's client tools (postgresql-client)")
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TABLE IF EXISTS bench_report_insert")
        # The same columns, defaults, constraints and indexes as the report table, no foreign keys.
        connection.execute("CREATE TABLE bench_report_insert (LIKE reports_report INCLUDING ALL)")
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
        script.write(PGBENCH_SCRIPT)
    try:
        done = subprocess.run(
            [
                binary,
                "--no-vacuum",
                f"--client={clients}",
                f"--jobs={min(clients, 4)}",
                f"--time={seconds}",
                f"--file={script.name}",
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(script.name)
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("DROP TABLE IF EXISTS bench_report_insert")
    found = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", done.stdout)
    if not found:
        raise SystemExit(f"could not read pgbench's output:\n{done.stdout}\n{done.stderr}")
    return round(float(found.group(1)), 1)


# --- the whole run ----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", default=os.environ.get("LOAD_USERS", "50,200"))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("LOAD_DURATION", "60")))
    parser.add_argument(
        "--baseline-duration", type=int, default=int(os.environ.get("LOAD_BASELINE_DURATION", "20"))
    )
    parser.add_argument(
        "--ramp", type=int, default=int(os.environ.get("LOAD_RAMP", "30")), help="seconds to start all users"
    )
    parser.add_argument("--workers", type=int, default=int(os.environ.get("LOAD_WORKERS", "4")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("LOAD_THREADS", "4")))
    parser.add_argument(
        "--wait", default=os.environ.get("LOAD_WAIT", "0.5,2"), help="think time, min,max seconds"
    )
    parser.add_argument("--database-url", default=os.environ.get("LOAD_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--json", type=Path, default=REPO / "bench" / "results-load.json")
    args = parser.parse_args()
    user_counts = [int(u) for u in args.users.split(",") if u]
    most = max(user_counts)

    recreate_database(args.database_url)
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DEBUG": "0",
        "SECRET_KEY": "load-bench-only-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "BEHIND_TLS_PROXY": "1",
        "SECURE_SSL_REDIRECT": "0",  # the proxy redirects plain HTTP; locust says it came over HTTPS
        "STATIC_MANIFEST": "0",
        "LOG_LEVEL": "WARNING",
        # No SMTP server here: the notice to coordinators is built and handed to a no-op backend.
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "DJANGO_SETTINGS_MODULE": "varna.settings",
        # Every locust user signs in from 127.0.0.1: no failed sign-ins are expected, but a
        # lock-out must not turn the run into 403s if one happens.
        "AXES_FAILURE_LIMIT": "1000",
    }
    os.environ.update(env)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    started = time.perf_counter()
    config = prepare(
        args.database_url,
        employees=most * 6 // 10 + 1,
        coordinators=most * 3 // 10 + 1,
        central=most // 10 + 1,
    )
    config["wait_seconds"] = [float(x) for x in args.wait.split(",")]
    log(f"database {server_and_name(args.database_url)[1]} ready in {time.perf_counter() - started:.0f} s")
    employees = [a["username"] for a in config["accounts"]["employee"]]
    config_file = Path(tempfile.mkstemp(suffix=".json")[1])
    config_file.write_text(json.dumps(config), encoding="utf-8")

    port = free_port()
    server = start_gunicorn(env, port, args.workers, args.threads)
    log(f"gunicorn on 127.0.0.1:{port}, {args.workers} workers × {args.threads} threads")
    runs = []
    try:
        for users in user_counts:
            before = report_counts(employees)
            log(f"{users} users for {args.duration} s …")
            stats, observed = run_locust(SCENARIO, users, args.duration, port, config_file, env, args.ramp)
            after = report_counts(employees)
            accepted = observed["accepted"]
            new = after["references"] - before["references"]
            run = {
                "users": users,
                "duration_s": args.duration,
                # From the last sign-in to the stop, the users' last requests included.
                "measured_s": round(observed["measured_until"] - observed["measured_from"], 1)
                if "measured_from" in observed
                else None,
                "requests": {
                    name: row for name, row in stats.items() if name != "Aggregated" and row["count"]
                },
                "total_per_s": stats.get("Aggregated", {}).get("per_s"),
                "server_errors": observed["server_errors"],
                "statuses": observed["statuses"],
                "reports_accepted": len(accepted),
                "reports_refused": observed["refused_reports"],
                "reports_in_database": after["count"] - before["count"],
                "reports_missing": len(set(accepted) - after["references"]),
                "reports_duplicated": after["dup"] + (len(accepted) - len(set(accepted))),
                "reports_not_accepted_but_stored": len(new - set(accepted)),
            }
            log(f"pgbench, {args.workers * args.threads} clients, {args.baseline_duration} s …")
            run["pgbench_clients"] = args.workers * args.threads
            run["pgbench_inserts_per_s"] = pgbench(
                args.database_url, args.workers * args.threads, args.baseline_duration
            )
            submit = run["requests"].get("submit report", {}).get("per_s")
            run["submit_to_pgbench_ratio"] = (
                round(submit / run["pgbench_inserts_per_s"], 4) if submit else None
            )
            log(f"empty request, {users} users, {args.baseline_duration} s …")
            empty, _ = run_locust(["EmptyUser"], users, args.baseline_duration, port, config_file, env, 5)
            run["empty_request_per_s"] = empty.get("empty request", {}).get("per_s")
            run["empty_request_p50_ms"] = empty.get("empty request", {}).get("p50_ms")
            runs.append(run)
            print_run(run)
    finally:
        server.terminate()
        server.wait(timeout=30)
        config_file.unlink(missing_ok=True)

    results = {
        "bench": "load",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "server": {"workers": args.workers, "threads": args.threads, "worker_class": "gthread"},
        "think_time_s": config["wait_seconds"],
        "runs": runs,
    }
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {args.json}")
    wrong = [
        f"{r['users']} users: {what}"
        for r in runs
        for what, bad in (
            (f"{r['server_errors']} answers 5xx", r["server_errors"]),
            (f"{r['reports_missing']} accepted reports missing", r["reports_missing"]),
            (f"{r['reports_duplicated']} reports duplicated", r["reports_duplicated"]),
            (
                f"{r['reports_not_accepted_but_stored']} reports stored but not accepted",
                r["reports_not_accepted_but_stored"],
            ),
        )
        if bad
    ]
    if wrong:
        sys.exit("load bench failed: " + "; ".join(wrong))


def print_run(run: dict[str, Any]) -> None:
    print(f"\n{run['users']} users, {run['duration_s']} s")
    print(f"{'request':<22}{'count':>8}{'fail':>6}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for name, row in sorted(run["requests"].items()):
        cells = [row["p50_ms"], row["p95_ms"], row["p99_ms"]]
        print(
            f"{name:<22}{row['count']:>8}{row['failures']:>6}{row['per_s']:>9.1f}"
            + "".join(f"{c:>9.0f}" if c is not None else f"{'–':>9}" for c in cells)
        )
    print(
        f"all requests: {run['total_per_s']} req/s; empty request alone: {run['empty_request_per_s']} req/s"
    )
    print(
        f"reports: {run['reports_accepted']} accepted, {run['reports_in_database']} new in the database, "
        f"{run['reports_missing']} missing, {run['reports_duplicated']} duplicated; "
        f"5xx: {run['server_errors']}"
    )
    print(
        f"pgbench: {run['pgbench_inserts_per_s']} inserts/s with {run['pgbench_clients']} clients; "
        f"report submission / pgbench = {run['submit_to_pgbench_ratio']}"
    )


if __name__ == "__main__":
    main()
