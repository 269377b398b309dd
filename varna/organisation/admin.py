from typing import Any

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied

from varna.organisation.models import (
    Administration,
    ApiToken,
    Area,
    Department,
    Membership,
    Municipality,
    OidcIdentity,
    RoleGrant,
    Unit,
    User,
)
from varna.organisation.permissions import can_manage_account


class ReadOnlyAdmin:
    """Roles, grants and sign-in links change only through the services, which apply the rules
    of separation of duties (issue 22); Django admin shows them."""

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


class MembershipInline(ReadOnlyAdmin, admin.TabularInline):
    model = Membership
    extra = 0


@admin.register(User)
class VarnaUserAdmin(UserAdmin):
    inlines = [MembershipInline]

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        if obj is not None and not can_manage_account(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    def user_change_password(self, request: Any, id: str, form_url: str = "") -> Any:
        account = self.get_object(request, unquote(id))
        if account is not None and not can_manage_account(request.user, account):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        if obj is not None and not can_manage_account(request.user, obj):
            # Taking over a reading or city-wide account would bypass the rules of granting.
            return [field.name for field in obj._meta.fields if field.name != "password"]
        # Superuser and staff status would bypass the second administrator's confirmation.
        return [
            *super().get_readonly_fields(request, obj),
            "is_superuser",
            "is_staff",
            "groups",
            "user_permissions",
        ]


@admin.register(Administration)
class AdministrationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "committee"]
    list_filter = ["kind"]
    search_fields = ["name"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "department", "administration"]
    list_filter = ["administration"]
    search_fields = ["name"]


@admin.register(Membership)
class MembershipAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    list_display = ["user", "role", "administration", "unit"]
    list_filter = ["role", "administration"]


@admin.register(RoleGrant)
class RoleGrantAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    list_display = ["user", "role", "administration", "status", "requested_by", "decided_by"]
    list_filter = ["status", "role"]


@admin.register(OidcIdentity)
class OidcIdentityAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    list_display = ["user", "issuer", "linked_at"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["user", "name", "prefix", "key_hash", "created_at", "last_used_at"]


admin.site.register([Municipality, Department, Area])
admin.site.site_header = "Värna – systemadministration"
admin.site.site_title = "Värna"
