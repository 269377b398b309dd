"""Reference data in Django admin: the municipality's checklist and its four-eyes choice."""

from django.contrib import admin

from varna.associations.models import AssociationSettings, ChecklistItem


@admin.register(ChecklistItem)
class ChecklistItemAdmin(admin.ModelAdmin):
    list_display = ["text", "code", "applies_to", "order", "active", "municipality"]
    list_filter = ["municipality", "applies_to", "active"]
    ordering = ["municipality", "order"]


@admin.register(AssociationSettings)
class AssociationSettingsAdmin(admin.ModelAdmin):
    list_display = ["municipality", "four_eyes"]
