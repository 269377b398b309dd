"""Measured plan indicators: values other apps compute, shown next to an activity's indicator.

An activity's indicator is free text ("antal medarbetare som genomgått utbildningen"). When a
figure for it exists in Värna (a course's completion rate, say), the coordinator links the
activity to it (`Activity.indicator_source`, a key such as "training:course:12") and the plan
page, the follow-up form, the follow-up report and its documents show the measured value
without anyone typing it.

How to add a provider (one call, usually in the app's `AppConfig.ready()`):

    from varna.plans import indicators

    indicators.register(
        key="training",                       # the prefix of every key the provider answers
        label=_("Utbildning"),                # heading of the provider's group in the select
        choices=course_choices,               # (administration) -> [(key, label), ...]
        value=completion_value,               # (key, administration, on_date) -> str
    )

- Every key of a provider starts with its prefix and a colon: "training:course:12".
- `choices(administration)` lists what the administration's activities may link to.
- `value(key, administration, on_date)` returns the value as text for people, e.g.
  "725 av 955 = 76 %", or "" when there is nothing to show (an unknown key, no data). It is
  called with the day the figure should describe: the end of the follow-up period (or today,
  if that is earlier).
- Providers must not raise for keys they no longer know (a deleted course): return "".

Plans depend on no provider: with none registered, the select is empty and nothing is shown.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.functional import Promise

from varna.plans.constants import Occasion
from varna.plans.deadlines import period_end

Choices = Callable[[Any], list[tuple[str, str]]]
Value = Callable[[str, Any, datetime.date], str]


@dataclass(frozen=True)
class Provider:
    key: str
    label: str | Promise
    choices: Choices
    value: Value


_PROVIDERS: dict[str, Provider] = {}


def register(*, key: str, label: str | Promise, choices: Choices, value: Value) -> None:
    """Register (or replace, so that a reload is harmless) the provider answering `key:…`."""
    if not key or ":" in key:
        raise ValueError(f"An indicator provider's key is a plain prefix, got {key!r}")
    _PROVIDERS[key] = Provider(key=key, label=label, choices=choices, value=value)


def unregister(key: str) -> None:
    _PROVIDERS.pop(key, None)


def providers() -> list[Provider]:
    return list(_PROVIDERS.values())


def _provider_of(key: str | None) -> Provider | None:
    if not key or ":" not in key:
        return None
    return _PROVIDERS.get(key.split(":", 1)[0])


def grouped_choices(administration: Any) -> list[tuple[str, list[tuple[str, str]]]]:
    """(provider label, [(key, label), ...]) for a select with one group per provider."""
    groups = []
    for provider in _PROVIDERS.values():
        options = provider.choices(administration)
        if options:
            groups.append((str(provider.label), options))
    return groups


def label_of(key: str | None, administration: Any) -> str:
    provider = _provider_of(key)
    if provider is None:
        return ""
    return dict(provider.choices(administration)).get(key or "", "")


def value(key: str | None, administration: Any, on_date: datetime.date) -> str:
    """The measured value of `key` for the administration on `on_date`, or "" if none."""
    provider = _provider_of(key)
    if provider is None or key is None:
        return ""
    return provider.value(key, administration, on_date)


def measured_on(year: int, occasion: str | None = None, today: datetime.date | None = None) -> datetime.date:
    """The day a plan year's figure describes: the end of the occasion's period (the year's end
    without one), or today if that comes first."""
    today = today or timezone.localdate()
    end = period_end(occasion, year) if occasion in Occasion.values else datetime.date(year, 12, 31)
    return min(end, today)


def activity_value(activity: Any, occasion: str | None = None, today: datetime.date | None = None) -> str:
    """The measured value for a plan activity linked to a source, or "" when it is not linked."""
    key = getattr(activity, "indicator_source", None)
    if not key:
        return ""
    plan = activity.plan
    return value(key, plan.administration, measured_on(plan.year, occasion, today))
