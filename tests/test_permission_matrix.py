"""Every URL and every API operation, for every demo role: the expected outcome.

The table below is the specification. A URL pattern or API operation that is not in it, or a
view that names no rule, makes this test fail: a new view cannot be added without deciding who
may use it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.associations.factories import matrix_objects as associations_matrix_objects
from tests.conftest import PERSONAS
from tests.knowledge.factories import matrix_objects as knowledge_matrix_objects
from tests.plans.factories import matrix_objects as plan_matrix_objects
from tests.reports.factories import make_report
from tests.situation.snapshot_factories import matrix_objects as situation_matrix_objects
from tests.support.factories import matrix_objects as support_matrix_objects
from tests.surveys.factories import matrix_objects as survey_matrix_objects
from tests.training.factories import matrix_objects as training_matrix_objects
from varna.api.api import api
from varna.organisation.constants import Role
from varna.organisation.models import (
    Administration,
    ApiToken,
    Area,
    Department,
    Membership,
    RoleGrant,
    Unit,
    User,
)
from varna.organisation.services import create_api_token
from varna.reports.models import ImportBatch

ANON = "anonymous"
ROLES = [ANON, *PERSONAS]
LOGIN = 302  # anonymous visitors are sent to sign in


def outcome(default: int, **per_role: int) -> dict[str, int]:
    table = dict.fromkeys(ROLES, default)
    table.update({key.replace("_", "."): value for key, value in per_role.items()})
    return table


def signed_in(code: int = 200) -> dict[str, int]:
    return outcome(code, anonymous=LOGIN)


# Bromma is the object's administration: samordnare.bromma owns it, medarbetare and enhetschef
# work there without rights (403), the others are outsiders (404) unless city-wide.
BROMMA_READ = outcome(
    404, anonymous=LOGIN, medarbetare=403, enhetschef=403, samordnare_bromma=200, central=200, admin=200
)
BROMMA_MANAGE = {**BROMMA_READ, "central": 403}
BROMMA_MANAGE_POST = {**BROMMA_MANAGE, "samordnare.bromma": 302, "admin": 302}
# The role pages: the central coordinator too, since it grants roles that read reports (issue 22);
# which role to whom is refused per grant by the service (tests/organisation/test_separation_of_duties.py).
BROMMA_GRANT = BROMMA_READ
SYSTEM_ADMIN_ONLY = outcome(403, anonymous=LOGIN, admin=200)
COORDINATORS_ONLY = outcome(403, anonymous=LOGIN, samordnare_bromma=200, samordnare_soc=200, admin=200)
# A Bromma report with its free text: Bromma's coordinator only. The central coordinator and the
# system administrator see other administrations' reports only as statistics (403, not 404:
# they know the administration exists).
REPORT_REVIEW = outcome(
    404, anonymous=LOGIN, medarbetare=403, enhetschef=403, samordnare_bromma=200, central=403, admin=403
)
REPORT_REVIEW_POST = {**REPORT_REVIEW, "samordnare.bromma": 302}


@dataclass
class Case:
    name: str
    expected: dict[str, int]
    method: str = "get"
    kwargs: dict[str, Any] = field(default_factory=dict)


def cases(objects: dict[str, Any]) -> list[Case]:
    bromma = objects["bromma"]
    return [
        Case("home", signed_in()),
        Case("health", outcome(200)),
        Case("login", outcome(302, anonymous=200)),
        Case("logout", outcome(302), method="post"),
        Case("password_reset", outcome(200)),
        Case("password_reset_done", outcome(200)),
        Case("password_reset_confirm", outcome(200), kwargs={"uidb64": "MQ", "token": "ogiltig"}),
        Case("password_reset_complete", outcome(200)),
        Case("password_change", signed_in()),
        Case("password_change_done", signed_in()),
        Case("token_list", signed_in()),
        # Tokens are private: only their owner (here admin) finds them.
        Case(
            "token_revoke",
            outcome(404, anonymous=LOGIN, admin=302),
            method="post",
            kwargs={"pk": objects["token"].pk},
        ),
        Case("set_language", outcome(302), method="post"),
        Case("administration_list", COORDINATORS_ONLY | {"central": 200}),
        Case("administration_detail", BROMMA_READ, kwargs={"administration_id": bromma.pk}),
        Case("department_create", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case(
            "department_edit",
            BROMMA_MANAGE,
            kwargs={"administration_id": bromma.pk, "pk": objects["department"].pk},
        ),
        Case("unit_create", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case("unit_edit", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk, "pk": objects["unit"].pk}),
        Case("area_create", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case("area_edit", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk, "pk": objects["area"].pk}),
        Case("membership_add", BROMMA_GRANT, kwargs={"administration_id": bromma.pk}),
        # medarbetare's role reads no reports: the central coordinator may not take it away.
        Case(
            "membership_remove",
            BROMMA_MANAGE_POST,
            method="post",
            kwargs={"administration_id": bromma.pk, "pk": objects["membership"].pk},
        ),
        Case("role_grant_list", SYSTEM_ADMIN_ONLY),
        # The pending grant was asked for by admin, who may not confirm or reject it; it is in
        # Stadsledningskontoret, where only central and admin hold roles (others: 404).
        *(
            Case(
                name,
                outcome(404, anonymous=LOGIN, central=403, admin=403),
                method="post",
                kwargs={"pk": objects["role_grant"].pk},
            )
            for name in ("role_grant_confirm", "role_grant_reject")
        ),
        Case("identity_link", SYSTEM_ADMIN_ONLY, kwargs={"user_id": objects["membership"].user_id}),
        # Public: without a pending sign-in from the identity provider it sends everyone on.
        Case("oidc_link", outcome(302)),
        Case("audit_log", COORDINATORS_ONLY),
        Case("text_check", signed_in()),
        # The employee's side: anyone signed in reads the routine and reports; one's own report
        # (here medarbetare's) is found only by its reporter.
        Case("report_start", signed_in()),
        Case("routine", signed_in()),
        Case("report_create", signed_in()),
        Case(
            "report_receipt",
            outcome(404, anonymous=LOGIN, medarbetare=200),
            kwargs={"reference": objects["report"].reference},
        ),
        Case("my_reports", signed_in()),
        Case(
            "my_report_detail",
            outcome(404, anonymous=LOGIN, medarbetare=200),
            kwargs={"pk": objects["report"].pk},
        ),
        Case("routine_edit", BROMMA_MANAGE, kwargs={"administration_id": bromma.pk}),
        Case("routine_edit_municipal", outcome(403, anonymous=LOGIN, central=200, admin=200)),
        Case(
            "report_inboxes",
            outcome(403, anonymous=LOGIN, samordnare_bromma=302, samordnare_soc=302),  # one each: redirect
        ),
        Case("report_inbox", REPORT_REVIEW, kwargs={"administration_id": bromma.pk}),
        Case("report_detail", REPORT_REVIEW, kwargs={"pk": objects["report"].pk}),
        # An empty form is shown again with its errors (200); the others act and redirect.
        Case("report_review", REPORT_REVIEW, method="post", kwargs={"pk": objects["report"].pk}),
        Case("report_note", REPORT_REVIEW, method="post", kwargs={"pk": objects["report"].pk}),
        Case("report_link", REPORT_REVIEW, method="post", kwargs={"pk": objects["report"].pk}),
        Case(
            "report_unlink",
            REPORT_REVIEW_POST,
            method="post",
            kwargs={"pk": objects["report"].pk, "other_pk": objects["report"].pk},
        ),
        Case("report_close", REPORT_REVIEW_POST, method="post", kwargs={"pk": objects["report"].pk}),
        Case("report_reopen", REPORT_REVIEW_POST, method="post", kwargs={"pk": objects["report"].pk}),
        # Other sources (IA, police, graffiti, imports): the administration's coordinator only.
        Case("event_create", REPORT_REVIEW, kwargs={"administration_id": bromma.pk}),
        Case("graffiti_list", REPORT_REVIEW, kwargs={"administration_id": bromma.pk}),
        Case("import_upload", REPORT_REVIEW, kwargs={"administration_id": bromma.pk}),
        Case("import_preview", REPORT_REVIEW, kwargs={"pk": objects["import_batch"].pk}),
        Case("import_cancel", REPORT_REVIEW_POST, method="post", kwargs={"pk": objects["import_batch"].pk}),
        Case("import_template", signed_in(), kwargs={"kind": "ia", "fmt": "xlsx"}),
        *plan_cases(objects),
        *survey_cases(objects),
        # The situation picture: exact for Bromma's coordinator, disclosure-controlled for the
        # central coordinator and admin (and Bromma's committee, which has no demo persona).
        Case("situation", BROMMA_READ, kwargs={"administration_id": bromma.pk}),
        Case("situation_city", CENTRAL_ONLY),
        *support_cases(objects),
        *knowledge_cases(objects),
        *situation_cases(objects),
        *situation_map_cases(objects),
        *associations_cases(objects),
        *training_cases(objects),
    ]


# Action plans of Bromma: `plan` is a draft (version 2), `adopted_plan` version 1. Drafts are for
# the coordinators; unit managers and committee viewers read a plan once it went to the committee.
PLANS_READERS = outcome(
    403,
    anonymous=LOGIN,
    enhetschef=200,
    samordnare_bromma=200,
    samordnare_soc=200,
    central=200,
    namnd=200,
    admin=200,
)
CENTRAL_ONLY = outcome(403, anonymous=LOGIN, central=200, admin=200)
ADOPTED_READ = {**BROMMA_READ, "enhetschef": 200}
BROMMA_MANAGE_REDIRECT = {**BROMMA_MANAGE, "samordnare.bromma": 302, "admin": 302}


def plan_cases(objects: dict[str, Any]) -> list[Case]:
    plan, adopted = objects["plan"].pk, objects["adopted_plan"].pk
    section, draft_activity = objects["section"].pk, objects["activity"].pk
    on_plan = {"plan_id": plan}
    on_section = {"plan_id": plan, "section_id": section}
    on_activity = {"plan_id": plan, "activity_id": draft_activity}
    follow_up = {"plan_id": adopted, "activity_id": objects["responsible_activity"].pk, "occasion": "T1"}
    post = {"method": "post"}
    # In order: the posts change the draft (submit, withdraw, delete) and come last.
    return [
        Case("plan_list", PLANS_READERS),
        Case("plan_create", COORDINATORS_ONLY),
        Case("plan_overview", CENTRAL_ONLY),
        Case("my_activities", signed_in()),
        Case("plan_template", CENTRAL_ONLY),
        Case("plan_template_add", CENTRAL_ONLY),
        Case("plan_template_edit", CENTRAL_ONLY, kwargs={"pk": objects["template_section"].pk}),
        Case("plan_detail", BROMMA_READ, kwargs=on_plan),
        Case("plan_detail", ADOPTED_READ, kwargs={"plan_id": adopted}),
        Case("plan_edit", BROMMA_MANAGE, kwargs=on_plan),
        Case("plan_adopt", BROMMA_MANAGE_REDIRECT, kwargs=on_plan),  # a draft: back to the plan
        Case("plan_approve", BROMMA_MANAGE_REDIRECT, kwargs=on_plan),
        Case("plan_compare", BROMMA_READ, kwargs=on_plan),
        Case("plan_document", ADOPTED_READ, kwargs={"plan_id": adopted}),
        Case("follow_up_report", ADOPTED_READ, kwargs={"plan_id": adopted, "occasion": "T1"}),
        Case("follow_up_document", ADOPTED_READ, kwargs={"plan_id": adopted, "occasion": "T1"}),
        # The coordinator, or the activity's responsible user (here the unit manager).
        Case("follow_up_record", {**BROMMA_MANAGE, "enhetschef": 200}, kwargs=follow_up),
        Case("section_add", BROMMA_MANAGE, kwargs=on_plan),
        Case("section_edit", BROMMA_MANAGE, kwargs=on_section),
        Case("activity_add", BROMMA_MANAGE, kwargs=on_plan),
        Case("activity_edit", BROMMA_MANAGE, kwargs=on_activity),
        Case("activity_move", BROMMA_MANAGE_POST, kwargs=on_activity, **post),
        Case("activity_copy", BROMMA_MANAGE_POST, kwargs=on_activity, **post),
        Case("section_move", BROMMA_MANAGE_POST, kwargs=on_section, **post),
        Case("plan_new_version", BROMMA_MANAGE_POST, kwargs={"plan_id": adopted}, **post),
        Case("plan_next_year", BROMMA_MANAGE_POST, kwargs={"plan_id": adopted}, **post),
        Case("plan_submit", BROMMA_MANAGE_POST, kwargs=on_plan, **post),
        Case("plan_withdraw", BROMMA_MANAGE_POST, kwargs=on_plan, **post),
        Case("activity_delete", BROMMA_MANAGE_POST, kwargs=on_activity, **post),
        Case("section_delete", BROMMA_MANAGE_POST, kwargs=on_section, **post),
        Case(
            "plan_template_delete",
            outcome(403, anonymous=LOGIN, central=302, admin=302),
            kwargs={"pk": objects["template_section"].pk},
            **post,
        ),
    ]


def survey_cases(objects: dict[str, Any]) -> list[Case]:
    # Rounds are the administration's coordinators' (REPORT_REVIEW: the central coordinator and
    # admin know Bromma but may not manage its rounds). The round has no answers, so its results
    # are not for the central coordinator or admin (403): outside the administration only when at
    # least three units answered. The answering page is public: a valid link 200, any other 404.
    on_round = {"round_id": objects["survey_round"].pk}
    template = objects["survey_template"].pk
    on_section = {"pk": template, "section_id": objects["survey_section"].pk}
    on_question = {"pk": template, "question_id": objects["survey_question"].pk}
    central_post = outcome(403, anonymous=LOGIN, central=302, admin=302)
    post = {"method": "post"}
    return [
        Case("survey_round_list", COORDINATORS_ONLY | {"central": 200}),
        Case("survey_round_create", REPORT_REVIEW, kwargs={"administration_id": objects["bromma"].pk}),
        Case("survey_round_detail", REPORT_REVIEW, kwargs=on_round),
        Case("survey_round_results", REPORT_REVIEW, kwargs=on_round),
        Case("survey_round_export", REPORT_REVIEW, kwargs=on_round),
        Case("survey_answer", outcome(200), kwargs={"token": objects["survey_token"]}),
        Case("survey_answer", outcome(404), kwargs={"token": "ogiltig-lank"}),
        Case("survey_template_list", CENTRAL_ONLY),
        Case("survey_template_create", CENTRAL_ONLY),
        Case("survey_template_edit", CENTRAL_ONLY, kwargs={"pk": template}),
        Case("survey_section_create", CENTRAL_ONLY, kwargs={"pk": template}),
        Case("survey_section_edit", CENTRAL_ONLY, kwargs=on_section),
        Case("survey_question_create", CENTRAL_ONLY, kwargs={"pk": template}),
        Case("survey_question_edit", CENTRAL_ONLY, kwargs=on_question),
        Case("survey_round_remind", REPORT_REVIEW_POST, kwargs=on_round, **post),
        Case("survey_round_close", REPORT_REVIEW_POST, kwargs=on_round, **post),
        Case("survey_template_copy", central_post, kwargs={"pk": template}, **post),
        Case("survey_question_delete", central_post, kwargs=on_question, **post),
        Case("survey_section_delete", central_post, kwargs=on_section, **post),
    ]


OUTSIDE_UNRELEASED = {**BROMMA_READ, "central": 400, "admin": 400}
BROMMA_MANAGE_ADMIN = {**BROMMA_READ, "central": 403, "admin": 403}


def situation_cases(objects: dict[str, Any]) -> list[Case]:
    """Written sections and "Fastställ": Bromma's coordinators only (the central coordinator and
    admin know Bromma: 403). Snapshots and exports: whoever opens Bromma's picture (controlled
    figures for the central coordinator and admin). Outsiders see a year only through its latest
    release and compare no versions (ADR 0006): the live export of this year, not frozen, is a 400
    ("inte publicerad ännu") for them, and the comparison a 403."""
    on_bromma = {"administration_id": objects["bromma"].pk}
    on_snapshot = {**on_bromma, "pk": objects["situation_snapshot"].pk}
    return [
        Case("situation_texts", REPORT_REVIEW, kwargs=on_bromma),
        Case("situation_export", OUTSIDE_UNRELEASED, kwargs={**on_bromma, "fmt": "csv"}),
        Case("situation_snapshots", BROMMA_READ, kwargs=on_bromma),
        Case("situation_snapshot", BROMMA_READ, kwargs=on_snapshot),
        Case("situation_snapshot_compare", BROMMA_MANAGE_ADMIN, kwargs=on_bromma),
        Case("situation_snapshot_export", BROMMA_READ, kwargs={**on_snapshot, "fmt": "xlsx"}),
        Case("situation_freeze", REPORT_REVIEW_POST, method="post", kwargs=on_bromma),
    ]


def situation_map_cases(objects: dict[str, Any]) -> list[Case]:
    """Uploading the areas' boundaries for the map: Bromma's coordinators only (rule situation.edit)."""
    return [Case("situation_map_upload", REPORT_REVIEW, kwargs={"administration_id": objects["bromma"].pk})]


def knowledge_cases(objects: dict[str, Any]) -> list[Case]:
    """Everyone signed in reads what is published; coordinators write for their administration,
    the central coordinator (and admin) for the whole city. A draft exists only for its editors."""
    writers = outcome(403, anonymous=LOGIN, samordnare_bromma=200, samordnare_soc=200, central=200, admin=200)
    city_post = outcome(403, anonymous=LOGIN, central=302, admin=302)
    page = {"page_id": objects["knowledge_page"].pk}
    draft = {"page_id": objects["knowledge_draft"].pk}
    symbol = {"symbol_id": objects["knowledge_symbol"].pk}
    attachment = {"attachment_id": objects["knowledge_attachment"].pk}
    return [
        Case("knowledge_home", signed_in()),
        Case("knowledge_search", signed_in()),
        Case("knowledge_contacts", signed_in()),
        Case("knowledge_review_list", writers),
        Case("page_create", writers),
        Case("page_detail", signed_in(), kwargs=page),
        Case("page_detail", outcome(404, anonymous=LOGIN, samordnare_bromma=200, admin=200), kwargs=draft),
        Case("page_edit", CENTRAL_ONLY, kwargs=page),
        Case("page_edit", BROMMA_MANAGE, kwargs=draft),
        Case("page_versions", CENTRAL_ONLY, kwargs=page),
        Case("attachment_add", CENTRAL_ONLY, kwargs=page),
        Case("attachment_download", signed_in(), kwargs=attachment),
        Case("symbol_list", signed_in()),
        Case("symbol_create", writers),
        Case("symbol_detail", signed_in(), kwargs=symbol),
        Case("symbol_image", signed_in(), kwargs=symbol),
        Case("symbol_edit", CENTRAL_ONLY, kwargs=symbol),
        Case("symbol_review", city_post, method="post", kwargs=symbol),
        Case("page_review", city_post, method="post", kwargs=page),
        Case("attachment_delete", city_post, method="post", kwargs=attachment),
    ]


# The support log (issue 10): consultations and teams for Bromma's coordinator only; the 24-hour
# inbox also for Bromma's support team (here the unit manager); a receipt for its logger only.
SUPPORT_INBOX = {**REPORT_REVIEW, "enhetschef": 200}


def support_cases(objects: dict[str, Any]) -> list[Case]:
    on_bromma = {"administration_id": objects["bromma"].pk}
    on_consultation = {"pk": objects["consultation"].pk}
    post = {"method": "post"}
    return [
        Case("support_start", signed_in()),
        Case("support_city", CENTRAL_ONLY),
        Case("request_create", signed_in()),
        Case(
            "request_receipt",
            outcome(404, anonymous=LOGIN, medarbetare=200),
            kwargs={"reference": objects["support_request"].reference},
        ),
        Case("first_contact_detail", SUPPORT_INBOX, kwargs={"pk": objects["support_request"].pk}),
        Case("support_inbox", SUPPORT_INBOX, kwargs=on_bromma),
        Case("support_statistics", BROMMA_READ, kwargs=on_bromma),
        Case("support_teams", REPORT_REVIEW, kwargs=on_bromma),
        Case("support_team_edit", REPORT_REVIEW, kwargs={"pk": objects["support_team"].pk}),
        Case("consultation_list", REPORT_REVIEW, kwargs=on_bromma),
        Case("consultation_create", REPORT_REVIEW, kwargs=on_bromma),
        Case("consultation_detail", REPORT_REVIEW, kwargs=on_consultation),
        Case("consultation_edit", REPORT_REVIEW, kwargs=on_consultation),
        # An empty reference shows the page again with the error (200).
        Case("consultation_link", REPORT_REVIEW, kwargs=on_consultation, **post),
        Case(
            "consultation_unlink",
            REPORT_REVIEW_POST,
            kwargs={**on_consultation, "report_pk": objects["consultation_report"].pk},
            **post,
        ),
        Case("consultation_followed_up", REPORT_REVIEW_POST, kwargs=on_consultation, **post),
    ]


# Associations live in the grants officer's administration (Socialförvaltningen): `handlaggare`
# manages and decides, its coordinator and admin read, its committee viewer and the central
# coordinator know it (403), everyone else is an outsider (404).
SOC_READ = outcome(
    404, anonymous=LOGIN, handlaggare=200, samordnare_soc=200, admin=200, central=403, namnd=403
)
SOC_MANAGE = {**SOC_READ, "samordnare.soc": 403, "admin": 403}
SOC_MANAGE_POST = {**SOC_MANAGE, "handlaggare": 302}
SOC_STATISTICS = {**SOC_READ, "admin": 403}
ASSOCIATIONS_LIST = outcome(
    403, anonymous=LOGIN, handlaggare=200, samordnare_bromma=200, samordnare_soc=200, admin=200
)


# Training: the central coordinator (and admin) keeps the courses; Bromma's coordinator imports
# and records events; its unit manager reads the progress (their own unit's rows).
TRAINING_LIST = outcome(
    403, anonymous=LOGIN, enhetschef=200, samordnare_bromma=200, samordnare_soc=200, central=200, admin=200
)
TRAINING_READ = {**BROMMA_READ, "enhetschef": 200}


def training_cases(objects: dict[str, Any]) -> list[Case]:
    bromma = {"administration_id": objects["bromma"].pk}
    batch = {"pk": objects["training_import"].pk}
    return [
        Case("training_home", TRAINING_LIST),
        Case("training_course_create", CENTRAL_ONLY),
        Case(
            "training_course_edit",
            outcome(404, anonymous=LOGIN, central=200, admin=200),
            kwargs={"pk": objects["training_course"].pk},
        ),
        Case("training_progress", TRAINING_READ, kwargs=bromma),
        Case("training_export", TRAINING_READ, kwargs=bromma),
        Case("training_events", TRAINING_READ, kwargs=bromma),
        Case("training_event_create", REPORT_REVIEW, kwargs=bromma),
        Case("training_event_edit", REPORT_REVIEW, kwargs={"pk": objects["training_event"].pk}),
        Case("training_import", REPORT_REVIEW, kwargs=bromma),
        Case("training_import_example", REPORT_REVIEW, kwargs={**bromma, "kind": "completions"}),
        Case("training_import_columns", REPORT_REVIEW, kwargs=batch),
        Case("training_import_cancel", REPORT_REVIEW_POST, method="post", kwargs=batch),
    ]


def associations_cases(objects: dict[str, Any]) -> list[Case]:
    administration = {"administration_id": objects["grants_administration"].pk}
    association = {"pk": objects["association"].pk}
    application = {"pk": objects["application"].pk}
    granted = {"pk": objects["granted_application"].pk}
    letting = {"pk": objects["letting"].pk}
    document = {**association, "document_id": objects["association_document"].pk}
    post = {"method": "post"}
    return [
        Case("association_list", ASSOCIATIONS_LIST),
        Case("association_follow_ups", ASSOCIATIONS_LIST),
        Case("letting_list", ASSOCIATIONS_LIST),
        Case("association_create", SOC_MANAGE, kwargs=administration),
        Case("association_detail", SOC_READ, kwargs=association),
        Case("association_edit", SOC_MANAGE, kwargs=association),
        Case("association_document_upload", SOC_MANAGE, kwargs=association),
        Case("association_document", SOC_READ, kwargs=document),
        Case("application_create", SOC_MANAGE, kwargs=association),
        Case("application_detail", SOC_READ, kwargs=application),
        Case("application_screening", SOC_MANAGE, kwargs=application),
        Case("application_decide", SOC_MANAGE, kwargs=application),
        Case("decision_letter", SOC_READ, kwargs=granted),
        Case("association_follow_up", SOC_MANAGE, kwargs={"pk": objects["association_follow_up"].pk}),
        Case("letting_create", SOC_MANAGE, kwargs=administration),
        Case("letting_detail", SOC_READ, kwargs=letting),
        # The letting is received: starting its screening makes the screening and decision pages open.
        Case("letting_start_screening", SOC_MANAGE_POST, kwargs=letting, **post),
        Case("letting_screening", SOC_MANAGE, kwargs=letting),
        Case("letting_decide", SOC_MANAGE, kwargs=letting),
        # Already under screening, and nothing to confirm: back to the application with a message.
        Case("application_start_screening", SOC_MANAGE_POST, kwargs=application, **post),
        Case("decision_confirm", SOC_MANAGE_POST, kwargs=application, **post),
        Case("association_statistics", SOC_STATISTICS, kwargs=administration),
        Case("association_statistics_city", CENTRAL_ONLY),
        Case("association_checklist", CENTRAL_ONLY),
        Case("association_checklist_add", CENTRAL_ONLY),
        Case("association_checklist_edit", CENTRAL_ONLY, kwargs={"pk": objects["checklist_item"].pk}),
    ]


@dataclass
class ApiCase:
    method: str
    # The path, or a function of the matrix objects giving it (for paths with ids).
    path: str | Callable[[dict[str, Any]], str]
    expected: dict[str, int]
    body: dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]] | None = None


# API operations by operation id.
API_CASES: dict[str, ApiCase] = {
    "me": ApiCase("get", "/api/v1/me", outcome(200, anonymous=401)),
    "check_text": ApiCase(
        "post",
        "/api/v1/text/check",
        outcome(200, anonymous=401),
        body={"text": "Klotter vid busshållplatsen."},
    ),
    "reference_lists": ApiCase("get", "/api/v1/reference", outcome(200, anonymous=401)),
    "reporting_administrations": ApiCase("get", "/api/v1/administrations", outcome(200, anonymous=401)),
    "submit_report": ApiCase(
        "post",
        "/api/v1/reports",
        outcome(201, anonymous=401),
        body=lambda objects: {
            "administration": objects["bromma"].pk,
            "event_month": "2025-01",
            "age_group": "unknown",
            "event_types": ["graffiti"],
        },
    ),
    "list_reports": ApiCase("get", "/api/v1/reports", outcome(200, anonymous=401)),
    # The Bromma report is medarbetare's: they may read it, not review it; only Bromma's
    # coordinator reviews; to everyone else it does not exist.
    "get_report": ApiCase(
        "get",
        lambda objects: f"/api/v1/reports/{objects['report'].pk}",
        outcome(404, anonymous=401, medarbetare=200, samordnare_bromma=200),
    ),
    "review_report": ApiCase(
        "patch",
        lambda objects: f"/api/v1/reports/{objects['report'].pk}",
        outcome(404, anonymous=401, medarbetare=403, samordnare_bromma=200),
        body={"classification": "vbe"},
    ),
    "list_plans": ApiCase("get", "/api/v1/plans", {**PLANS_READERS, "anonymous": 401}),
    "get_plan": ApiCase("get", lambda o: f"/api/v1/plans/{o['plan'].pk}", {**BROMMA_READ, "anonymous": 401}),
    "get_plan_document": ApiCase(
        "get", lambda o: f"/api/v1/plans/{o['adopted_plan'].pk}/document", {**ADOPTED_READ, "anonymous": 401}
    ),
    # Bromma's coordinator, the activity's responsible user (the unit manager) and admin.
    "record_follow_up": ApiCase(
        "post",
        lambda o: (
            f"/api/v1/plans/{o['adopted_plan'].pk}/activities/{o['responsible_activity'].pk}/follow-ups"
        ),
        {**BROMMA_MANAGE, "anonymous": 401, "enhetschef": 201, "samordnare.bromma": 201, "admin": 201},
        body={"occasion": "T1", "status": "ongoing"},
    ),
    "situation": ApiCase(
        "get",
        lambda o: f"/api/v1/situation/{o['bromma'].pk}?from=2025-01-01&to=2025-12-31",
        {**BROMMA_READ, "anonymous": 401},
    ),
}
API_CASES.update(
    {
        "list_training_courses": ApiCase(
            "get", "/api/v1/training/courses", {**TRAINING_LIST, "anonymous": 401}
        ),
        "training_progress": ApiCase(
            "get",
            lambda o: f"/api/v1/training/{o['bromma'].pk}/progress",
            {**TRAINING_READ, "anonymous": 401},
        ),
    }
)
API_CASES.update(
    {
        # The support log: statistics as on the page (exact for Bromma's coordinator, a whole
        # year controlled for the central coordinator and admin); the inbox for coordinator and team.
        "support_statistics": ApiCase(
            "get", lambda o: f"/api/v1/support/{o['bromma'].pk}/statistics", {**BROMMA_READ, "anonymous": 401}
        ),
        "list_first_contacts": ApiCase(
            "get",
            lambda o: f"/api/v1/support/{o['bromma'].pk}/first-contacts",
            {**SUPPORT_INBOX, "anonymous": 401},
        ),
    }
)
API_CASES.update(
    {
        # Surveys: rounds for coordinators, the central coordinator and admin; a round's results
        # as on the pages (the matrix round has no answers: not for the central coordinator).
        "list_survey_rounds": ApiCase(
            "get", "/api/v1/surveys/rounds", {**COORDINATORS_ONLY, "central": 200, "anonymous": 401}
        ),
        "survey_round_results": ApiCase(
            "get",
            lambda o: f"/api/v1/surveys/rounds/{o['survey_round'].pk}/results",
            {**REPORT_REVIEW, "anonymous": 401},
        ),
    }
)


API_CASES.update(
    {
        "list_associations": ApiCase("get", "/api/v1/associations", {**ASSOCIATIONS_LIST, "anonymous": 401}),
        "get_association": ApiCase(
            "get", lambda o: f"/api/v1/associations/{o['association'].pk}", {**SOC_READ, "anonymous": 401}
        ),
        "list_grant_applications": ApiCase(
            "get", "/api/v1/associations/applications", {**ASSOCIATIONS_LIST, "anonymous": 401}
        ),
        "get_grant_application": ApiCase(
            "get",
            lambda o: f"/api/v1/associations/applications/{o['application'].pk}",
            {**SOC_READ, "anonymous": 401},
        ),
        "create_grant_application": ApiCase(
            "post",
            lambda o: f"/api/v1/associations/{o['association'].pk}/applications",
            {**SOC_MANAGE, "anonymous": 401, "handlaggare": 201},
            body={"year": 2030, "received_on": "2030-01-15"},
        ),
        "record_grant_decision": ApiCase(
            "post",
            lambda o: f"/api/v1/associations/applications/{o['application'].pk}/decisions",
            {**SOC_MANAGE, "anonymous": 401, "handlaggare": 201},
            body={"outcome": "denied", "justification": "Stadgarna saknar krav på öppet medlemskap."},
        ),
    }
)


API_CASES.update(
    {
        "situation_snapshots": ApiCase(
            "get",
            lambda o: f"/api/v1/situation/{o['bromma'].pk}/snapshots",
            {**BROMMA_READ, "anonymous": 401},
        ),
    }
)


def url_names(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    """Named URL patterns of Värna's own views (Django admin and the API are listed apart)."""
    names = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in ("admin", "api"):
                continue
            names += url_names(entry, prefix)
        elif isinstance(entry, URLPattern):
            names.append(entry.name)
    return names


def url_callbacks(resolver: URLResolver | None = None) -> list[URLPattern]:
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in ("admin", "api"):
                continue
            found += url_callbacks(entry)
        else:
            found.append(entry)
    return found


@pytest.fixture
def objects(demo, bromma) -> dict[str, Any]:
    token, _secret = create_api_token(user=User.objects.get(username="admin"), name="matris")
    return {
        "bromma": bromma,
        "token": token,
        "department": Department.objects.filter(administration=bromma).first(),
        "unit": Unit.objects.filter(administration=bromma).first(),
        "area": Area.objects.filter(administration=bromma).first(),
        "membership": Membership.objects.get(user__username="medarbetare"),
        "role_grant": RoleGrant.objects.create(
            user=User.objects.get(username="medarbetare"),
            administration=Administration.objects.get(name="Stadsledningskontoret"),
            role=Role.CENTRAL_COORDINATOR,
            requested_by=User.objects.get(username="admin"),
        ),
        "report": make_report(administration="Bromma", by="medarbetare"),
        "import_batch": ImportBatch.objects.create(administration=bromma, kind="ia", file_name="ia.csv"),
        **plan_matrix_objects(),
        **support_matrix_objects(),
        **survey_matrix_objects(),
        **knowledge_matrix_objects(),
        **situation_matrix_objects(),
        **associations_matrix_objects(),
        **training_matrix_objects(),
    }


def test_every_view_names_a_rule():
    unguarded = [p.name for p in url_callbacks() if not hasattr(p.callback, "varna_rule")]
    assert unguarded == []


def test_every_url_is_in_the_matrix(objects):
    specified = {case.name for case in cases(objects)}
    assert set(url_names()) - specified == set(), "add the new URL to cases() above"
    assert specified - set(url_names()) == set()


def test_every_api_operation_is_in_the_matrix_and_names_a_rule():
    operations = {}
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                operations[operation.operation_id] = operation.view_func
    assert set(operations) == set(API_CASES)
    assert [op for op, func in operations.items() if not hasattr(func, "varna_rule")] == []


@pytest.mark.parametrize("role", ROLES)
def test_pages_answer_each_role_as_specified(role, objects, client_as):
    failures = []
    for case in cases(objects):
        # Each request in a fresh client: a logout or language change must not leak into the next.
        client = client_as(None if role == ANON else role)
        url = reverse(case.name, kwargs=case.kwargs)
        response = getattr(client, case.method)(url)
        if response.status_code != case.expected[role]:
            failures.append(
                f"{case.method.upper()} {url}: {response.status_code}, want {case.expected[role]}"
            )
        if case.method == "post":
            wrong = client_as(None if role == ANON else role).get(url)
            if wrong.status_code not in (405, case.expected[role]) or wrong.status_code == 200:
                failures.append(f"GET {url} (POST only): {wrong.status_code}")
    assert failures == []


@pytest.mark.parametrize("role", ROLES)
def test_api_answers_each_role_as_specified(role, objects, client_as):
    client = client_as(None)
    headers = {}
    if role != ANON:
        _token, secret = create_api_token(user=User.objects.get(username=role), name="matris")
        headers["Authorization"] = f"Bearer {secret}"
    failures = []
    for operation_id, case in API_CASES.items():
        path = case.path(objects) if callable(case.path) else case.path
        body = case.body(objects) if callable(case.body) else case.body
        response = getattr(client, case.method)(path, body, content_type="application/json", headers=headers)
        if response.status_code != case.expected[role]:
            failures.append(f"{operation_id}: {response.status_code}, want {case.expected[role]}")
    assert failures == []


@pytest.mark.parametrize("role", ROLES)
def test_django_admin_is_for_the_system_administrator_only(role, client_as):
    response = client_as(None if role == ANON else role).get("/admin/")
    assert response.status_code == (200 if role == "admin" else 302)


def test_a_coordinator_is_an_outsider_to_another_administration(client_as, farsta):
    response = client_as("samordnare.bromma").get(reverse("administration_detail", args=[farsta.pk]))
    assert response.status_code == 404


def test_revoked_tokens_rows_are_untouched_by_others(objects, client_as):
    client_as("samordnare.bromma").post(reverse("token_revoke", args=[objects["token"].pk]))
    assert ApiToken.objects.get(pk=objects["token"].pk).revoked_at is None
