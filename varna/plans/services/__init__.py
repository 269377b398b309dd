"""Operations that change action plans. Each is one transaction, locks the plan it changes,
refuses personal data in free text and leaves an audit entry (which never holds the text).

Callers use `from varna.plans import services` and `services.<operation>`; the operations live
in modules by behaviour: the plan's lifecycle, its contents, follow-up and the template.
"""

from varna.lib.personal_data import Overrides, ensure_clean
from varna.plans.services.common import PlanStateError, default_title
from varna.plans.services.contents import (
    ACTIVITY_FIELDS,
    ACTIVITY_FREE_TEXT,
    add_activity,
    add_section,
    copy_activity,
    delete_activity,
    delete_section,
    move_activity,
    move_section,
    reorder_activities,
    update_activity,
    update_section,
)
from varna.plans.services.follow_up import delete_template_section, record_follow_up, save_template_section
from varna.plans.services.plans import (
    adopt_plan,
    approve_plan,
    create_new_version,
    create_next_year_plan,
    create_plan,
    latest_status,
    submit_plan,
    update_plan,
    withdraw_plan,
)

__all__ = [
    "ACTIVITY_FIELDS",
    "ACTIVITY_FREE_TEXT",
    "Overrides",
    "PlanStateError",
    "add_activity",
    "add_section",
    "adopt_plan",
    "approve_plan",
    "copy_activity",
    "create_new_version",
    "create_next_year_plan",
    "create_plan",
    "default_title",
    "delete_activity",
    "delete_section",
    "delete_template_section",
    "ensure_clean",
    "latest_status",
    "move_activity",
    "move_section",
    "record_follow_up",
    "reorder_activities",
    "save_template_section",
    "submit_plan",
    "update_activity",
    "update_plan",
    "update_section",
    "withdraw_plan",
]
