"""A draft survives every error: the server shows everything typed again, the browser keeps a copy.

The server never keeps a draft (free text is stored only after the de-identification check);
the browser keeps one in the tab's sessionStorage through `varna/static/varna/draft.js`, which
the pages below switch on. The browser side is tested in tests/e2e/test_report_employee.py.
"""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from tests.reports.test_report_form import PERSONAL, form_data
from varna.reports.models import Report

pytestmark = pytest.mark.django_db


def test_the_form_asks_the_browser_to_keep_a_draft_for_this_person_only(client_as, user):
    text = client_as("medarbetare").get(reverse("report_create")).content.decode()

    assert f'data-draft="report:{user("medarbetare").pk}"' in text
    assert "data-draft-from-server" not in text  # a fresh form: the browser may offer its draft
    assert "varna/draft.js" in text


def test_a_form_shown_again_after_sending_is_the_new_draft(client_as, bromma):
    text = (
        client_as("medarbetare")
        .post(reverse("report_create"), form_data(bromma, event_date=""))
        .content.decode()
    )

    assert "data-draft-from-server" in text


def test_the_receipt_tells_the_browser_to_forget_the_draft(client_as, bromma, user):
    client = client_as("medarbetare")
    client.post(reverse("report_create"), form_data(bromma))

    text = client.get(reverse("report_receipt", args=[Report.objects.get().reference])).content.decode()

    assert f'data-draft-clear="report:{user("medarbetare").pk}"' in text


def test_the_draft_survives_a_validation_error(client_as, bromma):
    data = form_data(bromma, event_date="", contact_requested="on")

    form = client_as("medarbetare").post(reverse("report_create"), data).context["form"]

    assert form.errors
    for name in (
        "administration",
        "unit",
        "area",
        "setting",
        "age_group",
        "description",
        "contact_requested",
    ):
        assert str(form[name].value()) == str(data[name]) or form[name].value() is True
    assert [str(v) for v in form["event_types"].value()] == [str(v) for v in data["event_types"]]
    assert [str(v) for v in form["actions"].value()] == [str(v) for v in data["actions"]]


def test_the_draft_survives_a_deid_refusal(client_as, bromma):
    data = form_data(bromma, description=PERSONAL)

    form = client_as("medarbetare").post(reverse("report_create"), data).context["form"]

    assert "description" in form.errors
    assert form["description"].value() == PERSONAL
    assert [str(v) for v in form["event_types"].value()] == [str(v) for v in data["event_types"]]
    assert Report.objects.count() == 0


def test_a_lost_database_answers_a_swedish_503_and_stores_nothing(client_as, bromma, user):
    client = client_as("medarbetare")
    assert isinstance(client, Client)
    client.raise_request_exception = False

    # The middleware also drops the broken connection; here that would be the test's own.
    with (
        mock.patch("varna.reports.services.submit_report", side_effect=OperationalError("db gone")),
        mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.close_if_unusable_or_obsolete"),
    ):
        response = client.post(reverse("report_create"), form_data(bromma))

    assert response.status_code == 503
    assert "Databasen går inte att nå just nu. Ingenting har sparats." in response.content.decode()
    assert Report.objects.count() == 0
