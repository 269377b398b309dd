"""Support-log objects for tests through the real services (also for the permission matrix)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from tests.reports.factories import make_report
from varna.organisation.models import Administration, User
from varna.support import services
from varna.support.constants import Channel, Requester, Subject, SupportKind
from varna.support.models import Consultation, FirstContactRequest, SupportTeam


def make_team(administration: str = "Bromma", *members: str, name: str = "Första kontakt") -> SupportTeam:
    adm = Administration.objects.get(name=administration)
    coordinator = User.objects.filter(
        memberships__administration=adm, memberships__role="coordinator"
    ).first()
    return services.save_team(
        administration=adm,
        by=coordinator,
        name=name,
        members=[User.objects.get(username=username) for username in members],
    )


def make_consultation(
    administration: str = "Bromma", by: str = "samordnare.bromma", **fields: Any
) -> Consultation:
    adm = Administration.objects.get(name=administration)
    fields.setdefault("date", timezone.localdate() - datetime.timedelta(days=1))
    fields.setdefault("asking_administration", adm)
    fields.setdefault("subject", Subject.RADICALISATION)
    fields.setdefault("support_given", [SupportKind.ADVICE])
    return services.save_consultation(administration=adm, by=User.objects.get(username=by), **fields)


def make_request(
    team: SupportTeam,
    *,
    by: str = "medarbetare",
    requested_at: datetime.datetime | None = None,
    **fields: Any,
) -> FirstContactRequest:
    fields.setdefault("channel", Channel.PHONE)
    fields.setdefault("requester", Requester.SELF)
    return services.log_request(
        by=User.objects.get(username=by),
        team=team,
        requested_at=requested_at or timezone.now() - datetime.timedelta(hours=2),
        notify=False,
        **fields,
    )


def matrix_objects() -> dict[str, Any]:
    """In Bromma: a team with the unit manager as member, a request logged by the employee, and a
    consultation of the coordinator's linked to the employee's report."""
    team = make_team("Bromma", "enhetschef")
    consultation = make_consultation(follow_up_on=timezone.localdate())
    report = make_report(administration="Bromma", by="medarbetare")
    consultation.reports.add(report)
    return {
        "support_team": team,
        "support_request": make_request(team),
        "consultation": consultation,
        "consultation_report": report,
    }
