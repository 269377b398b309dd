"""Choosing a new password through a link sent by e-mail."""

from __future__ import annotations

import re

from django.core import mail
from django.test import Client
from django.urls import reverse

from varna.audit.models import AuditEvent

NEW_PASSWORD = "Ny-lösenordsfras-för-Värna-2024"


def request_link(client: Client, email: str):
    return client.post(reverse("password_reset"), {"email": email})


def link_in(message: mail.EmailMessage) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def test_a_password_reset_sends_a_swedish_email_with_a_link(demo):
    response = request_link(Client(), "medarbetare@demo.varna.example")

    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["medarbetare@demo.varna.example"]
    assert message.subject == "Välj lösenord för Värna"
    assert "Öppna länken för att välja lösenord" in message.body
    assert "Ditt användarnamn är: medarbetare" in message.body
    assert link_in(message).startswith("/konto/losenord/")


def test_the_link_lets_the_person_choose_a_new_password_and_sign_in_with_it(demo):
    client = Client()
    request_link(client, "medarbetare@demo.varna.example")

    form_page = client.get(link_in(mail.outbox[0]), follow=True)
    assert form_page.status_code == 200
    assert "new_password1" in form_page.text
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done.status_code == 302
    assert done.url == reverse("password_reset_complete")

    signed_in = Client().post(reverse("login"), {"username": "medarbetare", "password": NEW_PASSWORD})
    assert signed_in.status_code == 302
    assert signed_in.url == reverse("home")


def test_the_link_works_only_once(demo):
    client = Client()
    request_link(client, "medarbetare@demo.varna.example")
    link = link_in(mail.outbox[0])
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )

    again = Client().get(link, follow=True)

    assert "new_password1" not in again.text


def test_an_unknown_address_gets_the_same_answer_and_no_email(demo):
    response = request_link(Client(), "ingen@example.se")

    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    assert mail.outbox == []


def test_a_password_reset_request_is_recorded_in_the_audit_log(demo):
    request_link(Client(), "medarbetare@demo.varna.example")

    assert AuditEvent.objects.filter(action="password_reset_requested").exists()
