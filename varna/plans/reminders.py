"""E-mail reminders before each follow-up deadline, sent by the command run daily from cron.

A reminder goes to an activity's responsible user, or to the administration's coordinators for
activities without one, while the activity lacks a report for the occasion. Each threshold in
PLAN_REMINDER_DAYS_BEFORE (e.g. 14 and 3 days before) sends at most one e-mail per plan, occasion
and person, however often the command runs or however long it did not.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from varna.organisation.constants import Role
from varna.organisation.models import User
from varna.plans.constants import IN_FORCE, Occasion
from varna.plans.deadlines import deadline, reminder_days
from varna.plans.models import Activity, FollowUpReminder, Plan


@dataclass
class Reminder:
    plan: Plan
    occasion: str
    due: datetime.date
    days_before: int
    recipient: User
    activities: list[Activity] = field(default_factory=list)


def due_occasions(today: datetime.date) -> list[tuple[int, str, datetime.date, int]]:
    """(plan year, occasion, deadline, threshold) for each deadline whose reminder time has come."""
    days = reminder_days()
    found = []
    for year in (today.year - 1, today.year):
        for occasion in Occasion.values:
            due = deadline(occasion, year)
            remaining = (due - today).days
            reached = [d for d in days if 0 <= remaining <= d]
            if reached:
                found.append((year, occasion, due, min(reached)))
    return found


def plans_in_force(year: int) -> list[Plan]:
    """Of each administration, the newest version in force for the year."""
    plans = Plan.objects.filter(year=year, status__in=IN_FORCE).select_related("administration")
    newest = dict(
        plans.values("administration_id").annotate(v=Max("version")).values_list("administration_id", "v")
    )
    return [plan for plan in plans if plan.version == newest[plan.administration_id]]


def reminders_due(today: datetime.date) -> list[Reminder]:
    reminders = []
    for year, occasion, due, days_before in due_occasions(today):
        for plan in plans_in_force(year):
            missing = [
                a
                for a in plan.activities.select_related("responsible_user").prefetch_related("follow_ups")
                if a.follows_up_at(occasion) and not any(f.occasion == occasion for f in a.follow_ups.all())
            ]
            by_recipient: dict[int, Reminder] = {}
            coordinators = list(
                User.objects.filter(
                    memberships__administration_id=plan.administration_id,
                    memberships__role=Role.COORDINATOR,
                    is_active=True,
                ).exclude(email="")
            )
            for activity in missing:
                user = activity.responsible_user
                recipients = [user] if user and user.is_active and user.email else coordinators
                for recipient in recipients:
                    reminder = by_recipient.setdefault(
                        recipient.pk, Reminder(plan, occasion, due, days_before, recipient)
                    )
                    reminder.activities.append(activity)
            sent = set(
                FollowUpReminder.objects.filter(
                    plan=plan, occasion=occasion, days_before=days_before
                ).values_list("recipient_id", flat=True)
            )
            reminders += [r for pk, r in by_recipient.items() if pk not in sent]
    return reminders


def _message(reminder: Reminder) -> tuple[str, str]:
    plan = reminder.plan
    due = formats.date_format(reminder.due, "j F Y")
    subject = _("Påminnelse: uppföljning %(occasion)s av handlingsplanen, senast %(due)s") % {
        "occasion": reminder.occasion,
        "due": due,
    }
    lines = [
        _("Hej!"),
        "",
        _(
            "Senast %(due)s ska aktiviteterna nedan i %(title)s följas upp (%(occasion)s). "
            "De har ingen rapport ännu."
        )
        % {"due": due, "title": plan.title, "occasion": Occasion(reminder.occasion).label.lower()},
        "",
    ]
    for activity in reminder.activities:
        url = reverse("follow_up_record", args=[plan.pk, activity.pk, reminder.occasion])
        lines += [f"- {activity.description[:200]}", f"  {settings.SITE_URL}{url}"]
    lines += ["", _("Meddelandet skickas automatiskt av Värna.")]
    return subject, "\n".join(lines)


def send_reminders(today: datetime.date, *, dry_run: bool = False) -> list[Reminder]:
    """Send the reminders due today; each is recorded so that it is not sent again."""
    reminders = reminders_due(today)
    if dry_run:
        return reminders
    with translation.override(settings.LANGUAGE_CODE):
        for reminder in reminders:
            subject, body = _message(reminder)
            with transaction.atomic():
                FollowUpReminder.objects.create(
                    plan=reminder.plan,
                    occasion=reminder.occasion,
                    recipient=reminder.recipient,
                    days_before=reminder.days_before,
                )
                email = reminder.recipient.email
                transaction.on_commit(
                    lambda s=subject, b=body, e=email: send_mail(s, b, None, [e], fail_silently=False)
                )
    return reminders
