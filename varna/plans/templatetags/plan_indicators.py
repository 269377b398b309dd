"""`{% measured_indicator activity occasion %}`: the value of an activity's linked indicator
source (varna/plans/indicators.py), as of the occasion's period end or today; "" if none."""

from __future__ import annotations

from typing import Any

from django import template

from varna.plans import indicators

register = template.Library()


@register.simple_tag
def measured_indicator(activity: Any, occasion: str | None = None) -> str:
    return indicators.activity_value(activity, occasion)
