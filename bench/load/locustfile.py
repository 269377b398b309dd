"""The load scenario (run by bench/load/run.py, which prepares the database and the accounts).

Three kinds of people, signed in through the real sign-in form:
- employees (weight 6) open the report form and submit a de-identified report through it, with
  the CSRF token of the page, as a browser does; a 302 to the receipt is an accepted report;
- coordinators (weight 3) open their administration's inbox and its situation picture;
- central coordinators (weight 1) open the city-wide situation picture.
`EmptyUser` asks for /halsa/ only: the baseline of a request that does almost nothing.

Settings come from the JSON file named by LOAD_CONFIG (accounts, ids, think time); what the
run saw beyond locust's statistics (references of accepted reports, 5xx answers) is written
to LOAD_OUT when the run stops.
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
import random
import re
import threading
import time
from pathlib import Path
from typing import Any

import gevent
from locust import HttpUser, between, events, task

CONFIG: dict[str, Any] = json.loads(Path(os.environ["LOAD_CONFIG"]).read_text(encoding="utf-8"))
WAIT = between(*CONFIG["wait_seconds"])
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RECEIPT = re.compile(r"/rapportera/kvitto/([A-Z0-9-]+)/$")
# De-identified texts, as staff write them: they pass varna.deid.
TEXTS = [
    "Klistermärken med vit makt-symboler vid busshållplatsen nära fritidsgården.",
    "En ungdom uttryckte att våld mot myndigheter är befogat under en aktivitet.",
    "Affischer med budskap från en våldsbejakande rörelse satt uppe vid skolan på morgonen.",
    "Personal hörde elever dela propaganda från en extremistisk kanal i en gruppchatt.",
    "Hotfullt klotter riktat mot verksamheten upptäcktes på fasaden efter helgen.",
    "En förälder berättade om oro för att ett barn dras in i en konspirationsmiljö på nätet.",
]

_lock = threading.Lock()
_accounts = {kind: itertools.cycle(CONFIG["accounts"][kind]) for kind in CONFIG["accounts"]}
observed: dict[str, Any] = {"accepted": [], "server_errors": 0, "statuses": {}, "refused_reports": 0}
# The measurement starts when every user has signed in (Argon2 is slow on purpose, and 200
# sign-ins on a small machine take a while) and lasts LOAD_DURATION seconds; then the run stops.
USERS = int(os.environ.get("LOAD_USERS", "0"))
DURATION = float(os.environ.get("LOAD_DURATION", "60"))
_started: list[int] = []


def signed_in(environment: Any) -> None:
    with _lock:
        _started.append(1)
        everyone = len(_started) == USERS
    if everyone and environment.runner is not None:
        environment.runner.stats.reset_all()
        observed["measured_from"] = time.time()
        gevent.spawn_later(DURATION, environment.runner.quit)


def next_account(kind: str) -> dict[str, Any]:
    with _lock:
        return next(_accounts[kind])


@events.request.add_listener
def count_statuses(name: str, response: Any, exception: Any, **kwargs: Any) -> None:
    status = getattr(response, "status_code", None) or 0
    with _lock:
        observed["statuses"][str(status)] = observed["statuses"].get(str(status), 0) + 1
        if status >= 500:
            observed["server_errors"] += 1


@events.test_stop.add_listener
def write_observations(**kwargs: Any) -> None:
    observed["measured_until"] = time.time()
    Path(os.environ["LOAD_OUT"]).write_text(json.dumps(observed), encoding="utf-8")


class SignedIn(HttpUser):
    abstract = True
    wait_time = WAIT
    kind = ""

    def on_start(self) -> None:
        # The app sits behind a TLS proxy (BEHIND_TLS_PROXY): its cookies are Secure, and the
        # proxy's header says the request came over HTTPS. Send the cookies back over loopback.
        send = self.client.request

        def request(*args: Any, **kwargs: Any) -> Any:
            for cookie in self.client.cookies:
                cookie.secure = False
            return send(*args, **kwargs)

        self.client.request = request
        self.client.headers.update({"X-Forwarded-Proto": "https", "Origin": f"https://{self.host_name}"})
        self.account = next_account(self.kind)
        page = self.client.get("/konto/logga-in/", name="sign in (form)")
        with self.client.post(
            "/konto/logga-in/",
            data={
                "csrfmiddlewaretoken": self.token(page.text),
                "username": self.account["username"],
                "password": CONFIG["password"],
            },
            headers={"Referer": f"https://{self.host_name}/konto/logga-in/"},
            allow_redirects=False,
            name="sign in",
            catch_response=True,
        ) as answer:
            if answer.status_code != 302:
                answer.failure(f"sign-in of {self.account['username']} answered {answer.status_code}")
        signed_in(self.environment)

    @property
    def host_name(self) -> str:
        return self.host.split("://", 1)[1].rstrip("/")

    @staticmethod
    def token(html: str) -> str:
        found = CSRF.search(html)
        return found.group(1) if found else ""


class Employee(SignedIn):
    weight = 6
    kind = "employee"

    @task
    def submit_report(self) -> None:
        form = self.client.get("/rapportera/ny/", name="report form")
        account = self.account
        lists = CONFIG["lists"]
        data = {
            "csrfmiddlewaretoken": self.token(form.text),
            "administration": account["administration"],
            "unit": account["unit"] or "",
            "area": random.choice(account["areas"]) if account["areas"] else "",
            "event_date": (
                datetime.date.today() - datetime.timedelta(days=random.randint(0, 60))
            ).isoformat(),
            "event_types": random.sample(lists["event_type"], k=min(2, len(lists["event_type"]))),
            "environments": random.choice(lists["environment"]),
            "age_group": random.choice(lists["age_group"]),
            "setting": random.choice(lists["setting"]),
            "actions": random.choice(lists["action"]),
            "description": random.choice(TEXTS),
        }
        with self.client.post(
            "/rapportera/ny/",
            data=data,
            headers={"Referer": f"https://{self.host_name}/rapportera/ny/"},
            allow_redirects=False,
            name="submit report",
            catch_response=True,
        ) as answer:
            found = RECEIPT.search(answer.headers.get("Location", "")) if answer.status_code == 302 else None
            if found:
                with _lock:
                    observed["accepted"].append(found.group(1))
            else:
                with _lock:
                    observed["refused_reports"] += 1
                answer.failure(f"report not accepted: {answer.status_code}")


class Coordinator(SignedIn):
    weight = 3
    kind = "coordinator"

    @task(2)
    def inbox(self) -> None:
        self.client.get(f"/rapporter/forvaltning/{self.account['administration']}/", name="inbox")

    @task(1)
    def situation_picture(self) -> None:
        self.client.get(f"/lagesbild/{self.account['administration']}/", name="situation picture")


class CentralCoordinator(SignedIn):
    weight = 1
    kind = "central"

    @task
    def city_view(self) -> None:
        self.client.get("/lagesbild/staden/", name="city-wide view")


class EmptyUser(HttpUser):
    """Only for the baseline run: run.py names the classes of each run."""

    wait_time = WAIT

    def on_start(self) -> None:
        signed_in(self.environment)

    @task
    def empty(self) -> None:
        self.client.get("/halsa/", name="empty request")
