"""Template filters of the situation picture."""

from __future__ import annotations

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def count(value: int | None) -> SafeString | str:
    """A count, or a dash that a screen reader reads as "hidden" when it is suppressed."""
    if value is None:
        return format_html(
            '<span aria-hidden="true">–</span><span class="visually-hidden">{}</span>', _("dolt")
        )
    return number_format(value, force_grouping=True)
