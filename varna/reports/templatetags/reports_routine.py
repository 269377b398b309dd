"""Template tag for pages outside the reports app (the start page): the person's routine."""

from __future__ import annotations

from typing import Any

from django import template

from varna.reports import routine as routines

register = template.Library()


@register.simple_tag
def routine_for_user(user: Any) -> routines.Routine:
    """The routine of the administration where the person works (the municipality's if none)."""
    administration = routines.home_administration(user)
    municipality = administration.municipality if administration else routines.municipality_of(user)
    return routines.routine_view(administration, municipality)
