"""The one rule set: every right in Värna is a predicate on the user's role in an administration.

Views (through `varna.organisation.access`), the API and exports all ask `has_rule(user, name,
obj)`; the permission-matrix test reads the same names. A rule whose object is an administration
or anything with an `administration_id` is decided by the user's memberships there. We do not go
through Django's `user.has_perm`, which grants a superuser everything: a system administrator
gets exactly the rights named here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import rules

from varna.organisation.constants import Role


def memberships_of(user: Any) -> list[tuple[int, str, int | None]]:
    """(administration_id, role, unit_id) of the user's memberships, cached on the user object."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    cached = getattr(user, "_varna_memberships", None)
    if cached is None:
        cached = list(user.memberships.values_list("administration_id", "role", "unit_id"))
        user._varna_memberships = cached
    return cached


def forget_memberships(user: Any) -> None:
    """Drop the cache after memberships change within the same request."""
    user.__dict__.pop("_varna_memberships", None)


def administration_id_of(obj: Any) -> int | None:
    from varna.organisation.models import Administration

    if obj is None:
        return None
    if isinstance(obj, Administration):
        return obj.pk
    return getattr(obj, "administration_id", None)


def has_role_anywhere(user: Any, *roles: str) -> bool:
    return any(role in roles for _, role, _ in memberships_of(user))


def administration_ids_with_role(user: Any, role: str) -> list[int]:
    return [adm for adm, held, _ in memberships_of(user) if held == role]


def roles_in(user: Any, administration_id: int | None) -> set[str]:
    return {role for adm, role, _ in memberships_of(user) if adm == administration_id}


@rules.predicate
def is_signed_in(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


@rules.predicate
def is_system_admin(user: Any) -> bool:
    if not is_signed_in(user):
        return False
    return bool(user.is_superuser or has_role_anywhere(user, Role.ADMIN))


@rules.predicate
def is_central_coordinator(user: Any) -> bool:
    return has_role_anywhere(user, Role.CENTRAL_COORDINATOR)


@rules.predicate
def is_coordinator_anywhere(user: Any) -> bool:
    return has_role_anywhere(user, Role.COORDINATOR)


def role_in_administration(*wanted: str) -> rules.Predicate:
    """A predicate true when the user holds one of `wanted` in the object's administration."""

    def check(user: Any, obj: Any) -> bool:
        return bool(roles_in(user, administration_id_of(obj)) & set(wanted))

    return rules.Predicate(check, name=f"role_in_administration({', '.join(wanted)})")


is_coordinator_of = role_in_administration(Role.COORDINATOR)


def can_see(user: Any, obj: Any) -> bool:
    """Whether the object's existence may be revealed: decides 403 (yes) against 404 (no)."""
    if is_system_admin(user) or is_central_coordinator(user):
        return True
    if getattr(obj, "visible_to_all", False):  # e.g. a published knowledge-bank page
        return is_signed_in(user)
    return bool(roles_in(user, administration_id_of(obj)))


# Action plans: unit managers and committee viewers read a plan once it has gone to the committee;
# an activity's responsible user reports its follow-up.
@rules.predicate
def is_past_draft(user: Any, obj: Any) -> bool:
    plan = getattr(obj, "plan", obj)
    return getattr(plan, "status", "draft") != "draft"


@rules.predicate
def is_responsible_for(user: Any, obj: Any) -> bool:
    if not is_signed_in(user) or obj is None:
        return False
    return getattr(obj, "responsible_user_id", None) == user.pk


@rules.predicate
def reads_plans_anywhere(user: Any) -> bool:
    return has_role_anywhere(user, Role.UNIT_MANAGER, Role.COMMITTEE_VIEWER)


@rules.predicate
def is_city_wide(user: Any, obj: Any) -> bool:
    """A knowledge-bank page or symbol for the whole city (no administration)."""
    return obj is not None and hasattr(obj, "administration_id") and obj.administration_id is None


# Associations: the grants officer works within their administration.
is_grants_officer_of = role_in_administration(Role.GRANTS_OFFICER)


@rules.predicate
def is_grants_officer_anywhere(user: Any) -> bool:
    return has_role_anywhere(user, Role.GRANTS_OFFICER)


# The support log (varna/support): the members of an administration's support team (e.g. the VBE
# team) see its 24-hour inbox. The rules stay here; support registers how to find a user's teams
# when it is ready (support/apps.py), so that organisation imports nothing of it.
_support_team_lookup: list[Callable[[Any], Iterable[int]]] = []


def register_support_team_lookup(lookup: Callable[[Any], Iterable[int]]) -> None:
    """`lookup(user)`: the administration ids of the user's active support teams."""
    _support_team_lookup[:] = [lookup]


def support_team_administration_ids(user: Any) -> set[int]:
    """Administrations where the user is in an active support team, cached on the user object."""
    if not is_signed_in(user):
        return set()
    cached = getattr(user, "_varna_support_teams", None)
    if cached is None:
        ids = _support_team_lookup[0](user) if _support_team_lookup else ()
        # A team member keeps the team's rights only while they hold a role in its administration.
        cached = set(ids) & {adm for adm, _role, _unit in memberships_of(user)}
        user._varna_support_teams = cached
    return cached


@rules.predicate
def is_support_team_member_of(user: Any, obj: Any) -> bool:
    return administration_id_of(obj) in support_team_administration_ids(user)


@rules.predicate
def is_support_team_member_anywhere(user: Any) -> bool:
    return bool(support_team_administration_ids(user))


# Surveys: a round's results outside its administration only when enough units answered.
@rules.predicate
def passes_survey_threshold(user: Any, obj: Any) -> bool:
    return bool(obj is not None and hasattr(obj, "passes_threshold") and obj.passes_threshold())


@rules.predicate
def is_unit_manager_anywhere(user: Any) -> bool:
    return has_role_anywhere(user, Role.UNIT_MANAGER)


# name -> predicate. Names are stable: tests, templates and the API refer to them.
RULES: dict[str, rules.Predicate] = {
    "organisation.list_administrations": is_system_admin | is_central_coordinator | is_coordinator_anywhere,
    "organisation.view_administration": is_system_admin | is_central_coordinator | is_coordinator_of,
    "organisation.manage_administration": is_system_admin | is_coordinator_of,
    # Who may open the role pages of an administration; which role they may give to whom is
    # decided per grant by `can_grant_role` and `can_revoke_role` below, in the services.
    "organisation.grant_roles": is_system_admin | is_coordinator_of | is_central_coordinator,
    # A city-wide or system role takes effect only when a second system administrator confirms it.
    "organisation.confirm_grants": is_system_admin,
    # Linking an account to the identity provider's (iss, sub) by hand.
    "organisation.link_identity": is_system_admin,
    "audit.view_logs": is_system_admin | is_coordinator_anywhere,
    "audit.view_log": is_system_admin | is_coordinator_of,
    "accounts.manage_own_tokens": is_signed_in,
    "accounts.signed_in": is_signed_in,
    # Reports with their free text: only the administration's own coordinators, not the central
    # coordinator nor the system administrator (they see other administrations only as statistics).
    "reports.review": is_coordinator_of,
    "reports.review_any": is_coordinator_anywhere,
    # Anyone signed in may report to any administration; one sees one's own reports (the
    # selector filters, another person's report answers 404).
    "reports.submit": is_signed_in,
    "reports.view_own": is_signed_in,
    # The routine on concern: an administration's own steps, and the municipality's defaults.
    "reports.edit_routine": is_coordinator_of | is_system_admin,
    "reports.edit_municipal_routine": is_central_coordinator | is_system_admin,
    # Events of other sources (IA, police, graffiti counts): by hand or imported from a file.
    "reports.import": is_coordinator_of,
    "plans.list_plans": (
        is_system_admin | is_central_coordinator | is_coordinator_anywhere | reads_plans_anywhere
    ),
    "plans.view_plan": is_system_admin
    | is_central_coordinator
    | is_coordinator_of
    | (role_in_administration(Role.UNIT_MANAGER, Role.COMMITTEE_VIEWER) & is_past_draft),
    "plans.create_plan": is_system_admin | is_coordinator_anywhere,
    "plans.edit_plan": is_system_admin | is_coordinator_of,
    "plans.record_follow_up": is_system_admin | is_coordinator_of | is_responsible_for,
    "plans.my_activities": is_signed_in,
    "plans.manage_template": is_system_admin | is_central_coordinator,
    "plans.view_overview": is_system_admin | is_central_coordinator,
    # The situation picture: exact, live counts inside the administration (its coordinators and
    # its committee); everyone else who may see it gets the latest release (ADR 0006) and
    # compares no versions. "open" is either.
    "situation.view": is_coordinator_of | role_in_administration(Role.COMMITTEE_VIEWER),
    "situation.view_controlled": is_central_coordinator | is_system_admin,
    "situation.compare": is_coordinator_of | role_in_administration(Role.COMMITTEE_VIEWER),
    "situation.open": is_coordinator_of
    | is_central_coordinator
    | is_system_admin
    | role_in_administration(Role.COMMITTEE_VIEWER),
    "situation.view_city": is_central_coordinator | is_system_admin,
    # The situation picture's written sections and "Fastställ" (frozen snapshots): the
    # administration's coordinators write and freeze; snapshots are read under "situation.open".
    "situation.edit": is_coordinator_of,
    # The knowledge bank: everyone signed in reads what is published; coordinators write for
    # their administration, the central coordinator for the whole city.
    "knowledge.read": is_signed_in,
    "knowledge.write": is_system_admin | is_central_coordinator | is_coordinator_anywhere,
    "knowledge.write_city": is_system_admin | is_central_coordinator,
    "knowledge.edit": is_system_admin | is_coordinator_of | (is_central_coordinator & is_city_wide),
    # Associations, grants and premises (issue 8): the administration's grants officer registers,
    # screens, decides and confirms (never their own decision: the service refuses); the
    # administration's coordinators read; the central coordinator sees controlled statistics.
    "associations.list": is_system_admin | is_grants_officer_anywhere | is_coordinator_anywhere,
    "associations.view": is_system_admin | is_grants_officer_of | is_coordinator_of,
    "associations.manage": is_grants_officer_of,
    "associations.decide": is_grants_officer_of,
    "associations.confirm": is_grants_officer_of,
    "associations.statistics": is_grants_officer_of | is_coordinator_of,
    "associations.statistics_city": is_central_coordinator | is_system_admin,
    "associations.manage_checklist": is_central_coordinator | is_system_admin,
    # The support log (issue 10): consultations in de-identified individual cases and the teams
    # for the administration's coordinators; the 24-hour inbox also for the named support team;
    # anyone signed in logs a request to leave (and sees only their own receipt); outside the
    # administration only disclosure-controlled statistics (central coordinator, admin).
    "support.start": is_signed_in,
    "support.log_request": is_signed_in,
    "support.inbox": is_coordinator_of | is_support_team_member_of,
    "support.consultations": is_coordinator_of,
    "support.manage_team": is_coordinator_of,
    "support.view_statistics": is_coordinator_of,
    "support.open_statistics": is_coordinator_of | is_central_coordinator | is_system_admin,
    "support.view_city": is_central_coordinator | is_system_admin,
    # Surveys (issue 7): the central coordinator (and admin) keeps the templates; the
    # administration's coordinators open rounds, remind and read results. Outside the administration
    # (central coordinator, admin) a round's results only once at least three units have answered,
    # like the situation picture's disclosure control: fewer would point out a unit's manager.
    "surveys.manage_templates": is_central_coordinator | is_system_admin,
    "surveys.list_rounds": is_system_admin | is_central_coordinator | is_coordinator_anywhere,
    "surveys.manage_round": is_coordinator_of,
    "surveys.view_results": is_coordinator_of
    | ((is_central_coordinator | is_system_admin) & passes_survey_threshold),
    # Training (issue 7): the central coordinator (and admin) keeps the city's courses; an
    # administration's coordinators import from the learning portal and record workshops and
    # lectures; its progress is read by them, the central coordinator, admin and the
    # administration's unit managers (who see their own unit's rows).
    "training.list": is_system_admin
    | is_central_coordinator
    | is_coordinator_anywhere
    | is_unit_manager_anywhere,
    "training.manage_courses": is_central_coordinator | is_system_admin,
    "training.view": is_system_admin
    | is_central_coordinator
    | role_in_administration(Role.COORDINATOR, Role.UNIT_MANAGER),
    "training.import": is_coordinator_of,
    "training.manage_events": is_coordinator_of,
}


def has_rule(user: Any, rule: str, obj: Any = None) -> bool:
    return bool(RULES[rule].test(user, obj))


# --- Separation of duties (issue 22) --------------------------------------------------------
# Roles whose rules reach beyond one administration: granting one needs a second system
# administrator. The committee viewer reads its own administration only, so it is not here.
CITY_WIDE_ROLES: frozenset[str] = frozenset({Role.CENTRAL_COORDINATOR, Role.ADMIN})


class _RoleHolder:
    """A stand-in user holding exactly one role in administration 0, to ask the rules about it."""

    is_authenticated = True
    is_active = True
    is_superuser = False
    pk = None

    def __init__(self, role: str) -> None:
        self._varna_memberships = [(0, role, None)]
        self._varna_support_teams: set[int] = set()


class _InAdministrationZero:
    administration_id = 0


@cache
def roles_reading_reports() -> frozenset[str]:
    """Roles that read an administration's reports, read off the "reports.review" rule itself so
    that a change there changes who may hand the role out."""
    obj = _InAdministrationZero()
    return frozenset(role for role in Role.values if RULES["reports.review"].test(_RoleHolder(role), obj))


def grant_needs_confirmation(role: str) -> bool:
    return role in CITY_WIDE_ROLES


def _is_self(actor: Any, grantee: Any) -> bool:
    return grantee is not None and getattr(grantee, "pk", None) is not None and grantee.pk == actor.pk


def can_grant_role(actor: Any, role: str, administration: Any, grantee: Any = None) -> bool:
    """Whether `actor` may give (or ask for) `role` in `administration`, to `grantee` if known.

    Nobody changes their own roles. A role that reads reports comes only from the central
    coordinator or a coordinator of that administration, never from the system administrator.
    City-wide and system roles come from a system administrator (and wait for a second one).
    Other roles, as before: the system administrator or the administration's coordinator.
    """
    if not is_signed_in(actor) or role not in Role.values or _is_self(actor, grantee):
        return False
    if role in roles_reading_reports():
        return bool(is_central_coordinator(actor) or is_coordinator_of(actor, administration))
    if role in CITY_WIDE_ROLES:
        return bool(is_system_admin(actor))
    return bool(is_system_admin(actor) or is_coordinator_of(actor, administration))


def can_revoke_role(actor: Any, membership: Any) -> bool:
    """Taking a role away follows the same rule as giving it."""
    return can_grant_role(actor, membership.role, membership.administration, grantee=membership.user)


def can_confirm_grant(actor: Any, grant: Any) -> bool:
    """A second system administrator: neither the one who asked nor the one who gets the role."""
    return bool(is_system_admin(actor) and actor.pk != grant.requested_by_id and actor.pk != grant.user_id)


def holds_protected_role(account: Any) -> bool:
    """Whether the account reads reports or holds a city-wide role somewhere."""
    protected = roles_reading_reports() | CITY_WIDE_ROLES
    return bool(account.pk) and account.memberships.filter(role__in=protected).exists()


def can_manage_account(actor: Any, account: Any) -> bool:
    """Whether a system administrator may change another account's sign-in (password, e-mail,
    username, active, identity-provider link) or delete it. Not for an account that reads reports
    or holds a city-wide role: taking it over would hand the administrator those rights. Such a
    person resets their own password by e-mail, or links their account by proving it."""
    if not is_system_admin(actor):
        return False
    return actor.pk == account.pk or not holds_protected_role(account)


def can_be_linked_through_oidc(account: Any) -> bool:
    """Superuser and staff accounts are never matched or linked through the identity provider."""
    return not (account.is_superuser or account.is_staff)
