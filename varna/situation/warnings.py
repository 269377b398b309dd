"""Early warning (issue #5): an area or an event type clearly above its own history.

For each of the administration's areas and each event type, the reports of the last 30 and of
the last 90 days (standard selection of classifications, by the day the event happened) are
compared with the same days in each of the three years before. The test is a one-sided Poisson
test: a warning when the count is at least MIN_EVENTS and a count that high would happen with
probability below P_LIMIT if the expected count were the mean of those earlier years (at least
MIN_EXPECTED, so that an empty history does not make every single event a warning).

Only the administration's coordinators see warnings: on the exact situation picture and by
e-mail, once per warning (`send_early_warnings`, run daily from cron). A warning that has not
been active for WARNING_GAP_DAYS ends; if it comes back, it is a new warning. The e-mail names
the area or type, the counts and a link; nothing of a report's content.
"""

from __future__ import annotations

import datetime
import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Area, User
from varna.reports.models import ReferenceItem, Report
from varna.situation.statistics import DEFAULT_CLASSIFICATIONS

WINDOWS = (30, 90)
HISTORY_YEARS = 3
MIN_EVENTS = 3
P_LIMIT = 0.01
MIN_EXPECTED = 0.5
WARNING_GAP_DAYS = 30


class Dimension(models.TextChoices):
    AREA = "area", gettext_lazy("Område")
    EVENT_TYPE = "event_type", gettext_lazy("Typ av händelse")


class SentWarning(models.Model):
    """An early warning e-mailed to the administration's coordinators (sent once per warning)."""

    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="+", verbose_name=gettext_lazy("förvaltning")
    )
    dimension = models.CharField(gettext_lazy("gäller"), max_length=16, choices=Dimension.choices)
    code = models.CharField(
        gettext_lazy("kod"), max_length=64, help_text=gettext_lazy("Områdets id eller typens kod.")
    )
    label = models.CharField(gettext_lazy("benämning"), max_length=200)
    observed = models.PositiveIntegerField(gettext_lazy("antal"))
    window_days = models.PositiveSmallIntegerField(gettext_lazy("dagar"))
    sent_at = models.DateTimeField(gettext_lazy("skickad"))
    last_active_on = models.DateField(gettext_lazy("senast aktiv"))

    class Meta:
        verbose_name = gettext_lazy("skickad tidig varning")
        verbose_name_plural = gettext_lazy("skickade tidiga varningar")
        constraints = [
            models.UniqueConstraint(
                fields=["administration", "dimension", "code"], name="unique_sent_warning"
            )
        ]

    def __str__(self) -> str:
        return f"{self.administration_id} {self.dimension} {self.code}"


@dataclass(frozen=True)
class Window:
    days: int
    observed: int
    history: tuple[int, ...]  # the same days one, two, three years before
    expected: float
    p_value: float

    @property
    def flagged(self) -> bool:
        return self.observed >= MIN_EVENTS and self.p_value < P_LIMIT

    @property
    def mean(self) -> float:
        return sum(self.history) / len(self.history)


@dataclass
class Alert:
    dimension: str
    code: str
    label: str
    windows: list[Window] = field(default_factory=list)

    @property
    def dimension_label(self) -> str:
        return str(Dimension(self.dimension).label)

    @property
    def flagged(self) -> list[Window]:
        return [w for w in self.windows if w.flagged]

    @property
    def observed(self) -> int:
        return max(w.observed for w in self.flagged)


def poisson_upper_tail(observed: int, expected: float) -> float:
    """P(X >= observed) for X ~ Poisson(expected)."""
    if observed <= 0:
        return 1.0
    term, below = math.exp(-expected), 0.0
    for k in range(observed):
        below += term
        term *= expected / (k + 1)
    return max(0.0, 1.0 - below)


def _years_earlier(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _window_buckets(today: datetime.date) -> dict[str, Q]:
    """One conditional count per window and year: w30_0 is the last 30 days, w30_1 a year before."""
    buckets = {}
    for days in WINDOWS:
        start = today - datetime.timedelta(days=days - 1)
        for back in range(HISTORY_YEARS + 1):
            buckets[f"w{days}_{back}"] = Q(
                event_date__gte=_years_earlier(start, back), event_date__lte=_years_earlier(today, back)
            )
    return buckets


def alerts_for(administration: Administration, today: datetime.date | None = None) -> list[Alert]:
    """The administration's early warnings today: areas first, then event types."""
    today = today or timezone.localdate()
    buckets = _window_buckets(today)
    earliest = _years_earlier(today - datetime.timedelta(days=max(WINDOWS) - 1), HISTORY_YEARS)
    widest = Q()  # only the reports of the longest windows: a year's worth, not three
    for back in range(HISTORY_YEARS + 1):
        widest |= buckets[f"w{max(WINDOWS)}_{back}"]
    reports = Report.objects.filter(
        widest,
        administration=administration,
        classification__in=DEFAULT_CLASSIFICATIONS,
        event_date__gte=earliest,
        event_date__lte=today,
    ).order_by()
    counts = {name: Count("pk", filter=condition) for name, condition in buckets.items()}
    areas = {str(a.pk): a.name for a in Area.objects.filter(administration=administration)}
    types = {i.pk: (i.code, i.label) for i in ReferenceItem.objects.filter(kind="event_type")}
    alerts: list[Alert] = []
    for row in reports.filter(area__isnull=False).values("area_id").annotate(**counts).order_by():
        code = str(row["area_id"])
        alerts.append(_alert(Dimension.AREA, code, areas.get(code, code), row))
    by_type: dict[int, dict] = defaultdict(dict)
    for row in reports.values("event_types").annotate(**counts).order_by():
        if row["event_types"] is not None:
            by_type[row["event_types"]] = row
    for pk, row in by_type.items():
        code, label = types.get(pk, (str(pk), str(pk)))
        alerts.append(_alert(Dimension.EVENT_TYPE, code, label, row))
    flagged = [a for a in alerts if a.flagged]
    return sorted(flagged, key=lambda a: (a.dimension != Dimension.AREA, -a.observed, a.label))


def _alert(dimension: str, code: str, label: str, row: dict) -> Alert:
    alert = Alert(dimension, code, label)
    for days in WINDOWS:
        history = tuple(row[f"w{days}_{back}"] for back in range(1, HISTORY_YEARS + 1))
        expected = max(sum(history) / len(history), MIN_EXPECTED)
        observed = row[f"w{days}_0"]
        alert.windows.append(
            Window(days, observed, history, expected, poisson_upper_tail(observed, expected))
        )
    return alert


# --- e-mail -----------------------------------------------------------------------------------


@dataclass
class Notice:
    administration: Administration
    alerts: list[Alert]
    recipients: list[User]


def _coordinators(administration: Administration) -> list[User]:
    return list(
        User.objects.filter(
            memberships__administration=administration, memberships__role=Role.COORDINATOR, is_active=True
        )
        .exclude(email="")
        .distinct()
    )


def notices_due(today: datetime.date) -> list[Notice]:
    """Per administration, the warnings active today that have not been e-mailed in this episode."""
    notices = []
    for administration in Administration.objects.order_by("name"):
        alerts = alerts_for(administration, today)
        if not alerts:
            continue
        sent = {
            (w.dimension, w.code): w.last_active_on
            for w in SentWarning.objects.filter(administration=administration)
        }
        gap = today - datetime.timedelta(days=WARNING_GAP_DAYS)
        new = [a for a in alerts if sent.get((a.dimension, a.code), datetime.date.min) < gap]
        ongoing = [a for a in alerts if a not in new]
        if ongoing:
            # Still the same warning: remember it is active, so that it is not sent again.
            for alert in ongoing:
                SentWarning.objects.filter(
                    administration=administration, dimension=alert.dimension, code=alert.code
                ).update(last_active_on=today)
        recipients = _coordinators(administration)
        if new and recipients:
            notices.append(Notice(administration, new, recipients))
    return notices


def message(notice: Notice) -> tuple[str, str]:
    subject = _("Värna: tidig varning för %(administration)s") % {
        "administration": notice.administration.name
    }
    lines = [
        _("Hej!"),
        "",
        _(
            "Lägesbilden för %(administration)s visar fler händelser än vanligt. Antalet är klart "
            "högre än under samma dagar de tre föregående åren:"
        )
        % {"administration": notice.administration.name},
        "",
    ]
    for alert in notice.alerts:
        for window in alert.flagged:
            lines.append(
                _(
                    "- %(what)s %(label)s: %(observed)s händelser de senaste %(days)s dagarna "
                    "(samma dagar tidigare år: %(history)s)."
                )
                % {
                    "what": alert.dimension_label,
                    "label": alert.label,
                    "observed": window.observed,
                    "days": window.days,
                    "history": ", ".join(str(n) for n in window.history),
                }
            )
    url = reverse("situation", args=[notice.administration.pk])
    lines += ["", _("Se lägesbilden: %(url)s") % {"url": f"{settings.SITE_URL}{url}"}, ""]
    lines.append(_("Meddelandet skickas automatiskt av Värna, en gång per varning."))
    return subject, "\n".join(lines)


def send_early_warnings(today: datetime.date | None = None, *, dry_run: bool = False) -> list[Notice]:
    """E-mail the new warnings to each administration's coordinators; each is sent once."""
    today = today or timezone.localdate()
    with transaction.atomic():
        notices = notices_due(today)
        if dry_run:
            transaction.set_rollback(True)
            return notices
    with translation.override(settings.LANGUAGE_CODE):
        for notice in notices:
            subject, body = message(notice)
            with transaction.atomic():
                for alert in notice.alerts:
                    SentWarning.objects.update_or_create(
                        administration=notice.administration,
                        dimension=alert.dimension,
                        code=alert.code,
                        defaults={
                            "label": alert.label[:200],
                            "observed": alert.observed,
                            "window_days": alert.flagged[0].days,
                            "sent_at": timezone.now(),
                            "last_active_on": today,
                        },
                    )
                emails = [user.email for user in notice.recipients]
                transaction.on_commit(
                    lambda s=subject, b=body, e=emails: send_mail(s, b, None, e, fail_silently=False)
                )
    return notices
