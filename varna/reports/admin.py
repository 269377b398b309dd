"""The system administrator edits the reference lists here. Reports are deliberately absent:
their free text is for the administration's coordinators only, never for the system administrator."""

from django.contrib import admin

from varna.reports.models import ReferenceItem


@admin.register(ReferenceItem)
class ReferenceItemAdmin(admin.ModelAdmin):
    list_display = ["label", "kind", "code", "order", "active"]
    list_filter = ["kind", "active"]
    list_editable = ["order", "active"]
    search_fields = ["label", "code"]

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        # Codes are what the API, imports and statistics refer to: fixed once created.
        return ["kind", "code"] if obj else []

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        # Deleting would break the statistics of old reports; deactivate instead.
        return False
