"""Reminders of follow-ups that are due, sent by a command run daily from cron.

Each follow-up is reminded once: the e-mail goes to the grants officers of its administration
when the day is within ASSOCIATIONS_REMINDER_DAYS_BEFORE (or past), and `reminded_at` is set.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from varna.associations import conf
from varna.associations.constants import ApplicationStatus
from varna.associations.models import GrantFollowUp
from varna.organisation.constants import Role
from varna.organisation.models import User


def due_follow_ups(today: datetime.date) -> list[GrantFollowUp]:
    horizon = today + datetime.timedelta(days=conf.reminder_days_before())
    return list(
        GrantFollowUp.objects.select_related("application__association__administration")
        .filter(
            done_on__isnull=True,
            reminded_at__isnull=True,
            due_on__lte=horizon,
            application__status=ApplicationStatus.GRANTED,
        )
        .order_by("due_on", "pk")
    )


def send_reminders(today: datetime.date, *, dry_run: bool = False) -> list[tuple[User, list[GrantFollowUp]]]:
    """One e-mail per officer listing their administration's due follow-ups not yet reminded."""
    follow_ups = due_follow_ups(today)
    by_administration: dict[int, list[GrantFollowUp]] = defaultdict(list)
    for follow_up in follow_ups:
        by_administration[follow_up.administration_id].append(follow_up)
    sent: list[tuple[User, list[GrantFollowUp]]] = []
    for administration_id, items in by_administration.items():
        officers = (
            User.objects.filter(
                is_active=True,
                memberships__administration_id=administration_id,
                memberships__role=Role.GRANTS_OFFICER,
            )
            .exclude(email="")
            .distinct()
        )
        for officer in officers:
            sent.append((officer, items))
            if not dry_run:
                _send(officer, items)
        if not dry_run:
            with transaction.atomic():
                # Marked even without an officer to mail: the list page still shows them as due.
                GrantFollowUp.objects.filter(pk__in=[f.pk for f in items], reminded_at__isnull=True).update(
                    reminded_at=timezone.now()
                )
    return sent


def _send(officer: User, items: list[GrantFollowUp]) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        lines = [
            f"- {f.application.association.name} {f.application.year}: {f.get_kind_display()}, "
            + _("senast %(date)s") % {"date": formats.date_format(f.due_on, "j F Y")}
            for f in items
        ]
        body = "\n".join(
            [
                _("Följande uppföljningar av föreningsbidrag ska göras:"),
                "",
                *lines,
                "",
                _("Registrera uppföljningen i Värna: %(url)s")
                % {"url": settings.SITE_URL + reverse("association_follow_ups")},
            ]
        )
        send_mail(
            _("Värna: uppföljning av föreningsbidrag"),
            body,
            settings.DEFAULT_FROM_EMAIL,
            [officer.email],
        )
