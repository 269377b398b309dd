from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from varna.organisation.models import (
    Administration,
    ApiToken,
    Area,
    Department,
    Membership,
    Municipality,
    Unit,
    User,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["administration"]


@admin.register(User)
class VarnaUserAdmin(UserAdmin):
    inlines = [MembershipInline]


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
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "administration", "unit"]
    list_filter = ["role", "administration"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["user", "name", "prefix", "key_hash", "created_at", "last_used_at"]


admin.site.register([Municipality, Department, Area])
admin.site.site_header = "Värna – systemadministration"
admin.site.site_title = "Värna"
