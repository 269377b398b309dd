"""The report form is sent once: its one-time token makes a repeated POST (a double click, or back
and send again) show the first receipt and store nothing new, even when the two posts race."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.db import OperationalError, connection
from django.urls import reverse
from django.utils import timezone

from tests.reports.test_report_form import form_data, post
from varna.organisation.models import Administration
from varna.reports import services
from varna.reports.models import Report, SubmissionToken


def _token(client) -> str:
    return client.get(reverse("report_create")).context["form"]["submission"].value()


def test_the_form_carries_a_new_one_time_token_each_time(client_as):
    client = client_as("medarbetare")
    first, second = _token(client), _token(client)
    assert services.TOKEN.fullmatch(first) and first != second


def test_the_same_form_sent_twice_stores_one_report_and_shows_the_first_receipt(client_as, bromma):
    client = client_as("medarbetare")
    data = form_data(bromma, submission=_token(client))

    first, again = post(client, data), post(client, data)

    report = Report.objects.get()
    assert first.status_code == again.status_code == 302
    assert first.url == again.url == reverse("report_receipt", args=[report.reference])
    assert SubmissionToken.objects.get().report == report
    assert not SubmissionToken.objects.filter(token_hash=data["submission"]).exists()  # only its hash


def test_a_changed_form_sent_again_with_the_token_still_shows_the_first_receipt(client_as, bromma):
    client = client_as("medarbetare")
    token = _token(client)
    first = post(client, form_data(bromma, submission=token))
    again = post(client, form_data(bromma, submission=token, description="Något annat på väggen."))

    assert again.url == first.url
    assert Report.objects.count() == 1


def test_a_form_with_errors_keeps_its_token_and_can_then_be_sent(client_as, bromma):
    client = client_as("medarbetare")
    token = _token(client)

    wrong = post(client, form_data(bromma, submission=token, event_date="", event_month=""))
    assert wrong.status_code == 200
    assert f'value="{token}"' in wrong.text
    assert Report.objects.count() == 0

    assert post(client, form_data(bromma, submission=token)).status_code == 302
    assert post(client, form_data(bromma, submission=token)).status_code == 302
    assert Report.objects.count() == 1


def test_another_person_s_token_shows_nothing_of_theirs(client_as, bromma):
    token = _token(client_as("medarbetare"))
    mine = post(client_as("medarbetare"), form_data(bromma, submission=token))
    theirs = post(client_as("enhetschef"), form_data(bromma, submission=token))

    assert theirs.status_code == 302 and theirs.url != mine.url
    assert Report.objects.count() == 2


def test_forms_without_a_token_are_still_stored(client_as, bromma):
    client = client_as("medarbetare")
    post(client, form_data(bromma))
    post(client, form_data(bromma, submission="kort"))
    assert Report.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_two_posts_of_one_form_at_the_same_time_store_one_report(demo, user):
    employee = user("medarbetare")
    bromma = Administration.objects.get(name="Bromma")
    token = services.new_submission_token()
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def send() -> None:
        try:
            start.wait()
            outcomes.append(
                services.submit_report_once(
                    token=token,
                    submitted_by=employee,
                    administration=bromma,
                    event_date=timezone.localdate() - datetime.timedelta(days=1),
                )
            )
        except OperationalError as error:
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Report.objects.count() == 1
    report = Report.objects.get()
    assert (report, False) in outcomes
    # PostgreSQL: the second waits on the token's unique index, fails, and answers with the first
    # report. SQLite's shared in-memory test database refuses the second writer ("locked").
    other = [outcome for outcome in outcomes if outcome != (report, False)]
    assert other == [(report, True)] or (connection.vendor == "sqlite" and "locked" in str(other[0]))
