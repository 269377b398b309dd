"""The years Värna works with, and one way to read a year or a date from a request.

From the municipality's first year (`VARNA_FIRST_YEAR`, 2000 unless set) to next year (plans
and survey rounds are made ahead). A year or date outside that range, or a year that is not a
number, is the caller's mistake: `OutOfRange` is a `BadRequest`, so a page answers 400 with the
Swedish message (varna.views.bad_request) and the API 422 (varna.api.api), never a server error
from a date the database or the calendar code cannot hold.
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import timezone
from django.utils.translation import gettext as _

# Far beyond any list a person pages through, far below what the database's integers can hold.
MAX_OFFSET = 10**9


class OutOfRange(BadRequest):
    """A year, date or number outside what Värna supports; `message` is Swedish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def first_year() -> int:
    return int(getattr(settings, "VARNA_FIRST_YEAR", 2000))


def last_year() -> int:
    return timezone.localdate().year + 1


def before_first_year() -> str:
    """What a form says to a date before the first year."""
    return _("Värna tar emot uppgifter från %(year)s och senare.") % {"year": first_year()}


def check_year(year: int, *, latest: int | None = None) -> int:
    latest = last_year() if latest is None else latest
    if not first_year() <= year <= latest:
        raise OutOfRange(
            _("Välj ett år mellan %(first)s och %(last)s.") % {"first": first_year(), "last": latest}
        )
    return year


def parse_year(value: str | int | None, *, default: int | None = None, latest: int | None = None) -> int:
    """`value` (a query parameter, say) as a year within range; `default` when it is empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is None:
            raise OutOfRange(_("Ange ett år."))
        return default
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 4):
        example = {"year": last_year() - 1}
        raise OutOfRange(_("Året ska anges med fyra siffror, till exempel %(year)s.") % example)
    return check_year(int(text), latest=latest)


def check_date(day: datetime.date, *, field: str = "", latest: datetime.date | None = None) -> datetime.date:
    """`day` if its year is within range (and it is not after `latest`, when given)."""
    start = datetime.date(first_year(), 1, 1)
    end = latest if latest is not None else datetime.date(last_year(), 12, 31)
    if not start <= day <= end:
        where = f"{field}: " if field else ""
        raise OutOfRange(
            where
            + _("Datumet måste ligga mellan %(start)s och %(end)s.")
            % {"start": start.isoformat(), "end": end.isoformat()}
        )
    return day


def check_offset(offset: int) -> int:
    if not 0 <= offset <= MAX_OFFSET:
        raise OutOfRange(_("offset måste vara mellan 0 och %(max)s.") % {"max": MAX_OFFSET})
    return offset


class YearField(forms.IntegerField):
    """A form's year, within the range above (checked when cleaned: next year moves on)."""

    def __init__(self, *, up_to_this_year: bool = False, **kwargs: Any) -> None:
        self.up_to_this_year = up_to_this_year
        super().__init__(**kwargs)

    def _latest(self) -> int:
        return timezone.localdate().year if self.up_to_this_year else last_year()

    def clean(self, value: Any) -> int | None:
        year = super().clean(value)
        if year is None:
            return None
        try:
            return check_year(year, latest=self._latest())
        except OutOfRange as error:
            raise forms.ValidationError(error.message) from None

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {**super().widget_attrs(widget), "min": first_year(), "max": self._latest()}
