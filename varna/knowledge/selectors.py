"""Reading the knowledge bank: what a person may see, search, contacts and what is due for review."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet

from varna.knowledge.constants import PageStatus
from varna.knowledge.models import REVIEW_INTERVAL, Page, Symbol
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Membership
from varna.organisation.permissions import administration_ids_with_role, has_rule, is_system_admin
from varna.reports.models import RoutineStep
from varna.reports.routine import municipal_steps, tel_href

SEARCH_CONFIG = "swedish"


def _editable_filter(user: Any) -> Q:
    """The drafts a person may see: those they may edit (the rule "knowledge.edit")."""
    if is_system_admin(user):
        return Q()
    editable = Q(administration_id__in=administration_ids_with_role(user, Role.COORDINATOR))
    if has_rule(user, "knowledge.write_city"):
        editable |= Q(administration__isnull=True)
    return editable


def visible_pages(user: Any) -> QuerySet[Page]:
    return Page.objects.filter(Q(status=PageStatus.PUBLISHED) | _editable_filter(user)).select_related(
        "administration", "owner"
    )


def visible_symbols(user: Any) -> QuerySet[Symbol]:
    return Symbol.objects.filter(Q(status=PageStatus.PUBLISHED) | _editable_filter(user)).select_related(
        "administration", "environment", "owner"
    )


def published_symbols() -> QuerySet[Symbol]:
    return (
        Symbol.objects.filter(status=PageStatus.PUBLISHED)
        .select_related("environment")
        .order_by("environment__order", "name")
    )


def _matching(queryset: QuerySet[Any], fields: list[str], query: str) -> QuerySet[Any]:
    """Full-text search in Swedish on PostgreSQL (stemming: "klistermärket" finds
    "klistermärken"); on SQLite every word must occur in one of the fields."""
    query = query.strip()
    if not query:
        return queryset.none()
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = SearchVector(*fields, config=SEARCH_CONFIG)
        search = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
        return queryset.annotate(rank=SearchRank(vector, search)).filter(rank__gt=0).order_by("-rank")
    for word in query.split():
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset


def search(user: Any, query: str) -> tuple[list[Page], list[Symbol]]:
    pages = _matching(visible_pages(user), ["title", "summary", "body"], query)
    symbols = _matching(visible_symbols(user), ["name", "meaning", "what_to_do", "environment__label"], query)
    return list(pages[:50]), list(symbols[:50])


def due_for_review(user: Any) -> tuple[list[Page], list[Symbol]]:
    """The person's own pages and symbols not reviewed for a year."""
    from django.utils import timezone

    before = timezone.localdate() - REVIEW_INTERVAL
    return (
        list(Page.objects.filter(owner=user, reviewed_on__lt=before).order_by("reviewed_on")),
        list(Symbol.objects.filter(owner=user, reviewed_on__lt=before).order_by("reviewed_on")),
    )


@dataclass
class Contact:
    name: str
    email: str


@dataclass
class Number:
    label: str
    phone: str
    href: str


@dataclass
class AdministrationContacts:
    administration: Administration
    coordinators: list[Contact] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)


def contacts() -> tuple[list[Number], list[AdministrationContacts]]:
    """The municipality's numbers from the routine, and per administration its coordinators and
    the numbers it has set itself: read from the organisation data, so always current."""
    administrations = list(Administration.objects.select_related("municipality").order_by("kind", "name"))
    shared: list[Number] = []
    if administrations:
        shared = [
            Number(step.phone_label or step.question, step.phone, tel_href(step.phone))
            for step in municipal_steps(administrations[0].municipality)
            if step.phone
        ]
    by_id = {a.pk: AdministrationContacts(a) for a in administrations}
    memberships = (
        Membership.objects.filter(role=Role.COORDINATOR, user__is_active=True)
        .select_related("user")
        .order_by("user__first_name", "user__last_name")
    )
    for membership in memberships:
        user = membership.user
        by_id[membership.administration_id].coordinators.append(
            Contact(user.get_full_name() or user.get_username(), user.email)
        )
    for step in RoutineStep.objects.filter(administration__isnull=False).exclude(phone="").order_by("order"):
        by_id[step.administration_id].numbers.append(
            Number(step.phone_label or step.question, step.phone, tel_href(step.phone))
        )
    return shared, list(by_id.values())
