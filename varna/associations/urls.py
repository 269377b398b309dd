"""URLs of associations, grants and premises, under /foreningar/."""

from django.urls import path

from varna.associations.views import grants, premises, registry, statistics

urlpatterns = [
    path("", registry.association_list, name="association_list"),
    path("forvaltning/<int:administration_id>/ny/", registry.association_create, name="association_create"),
    path("<int:pk>/", registry.association_detail, name="association_detail"),
    path("<int:pk>/andra/", registry.association_edit, name="association_edit"),
    path("<int:pk>/handlingar/ny/", registry.document_upload, name="association_document_upload"),
    path("<int:pk>/handlingar/<int:document_id>/", registry.document_download, name="association_document"),
    path("<int:pk>/ansokningar/ny/", grants.application_create, name="application_create"),
    path("ansokningar/<int:pk>/", grants.application_detail, name="application_detail"),
    path(
        "ansokningar/<int:pk>/paborja-granskning/",
        grants.application_start_screening,
        name="application_start_screening",
    ),
    path("ansokningar/<int:pk>/granskning/", grants.application_screening, name="application_screening"),
    path("ansokningar/<int:pk>/beslut/", grants.application_decide, name="application_decide"),
    path("ansokningar/<int:pk>/bekrafta/", grants.decision_confirm, name="decision_confirm"),
    path("ansokningar/<int:pk>/beslutsbrev/", grants.decision_letter, name="decision_letter"),
    path("uppfoljningar/", grants.follow_up_list, name="association_follow_ups"),
    path("uppfoljningar/<int:pk>/", grants.follow_up_record, name="association_follow_up"),
    path("lokaler/", premises.letting_list, name="letting_list"),
    path("lokaler/forvaltning/<int:administration_id>/ny/", premises.letting_create, name="letting_create"),
    path("lokaler/<int:pk>/", premises.letting_detail, name="letting_detail"),
    path(
        "lokaler/<int:pk>/paborja-granskning/",
        premises.letting_start_screening,
        name="letting_start_screening",
    ),
    path("lokaler/<int:pk>/granskning/", premises.letting_screening, name="letting_screening"),
    path("lokaler/<int:pk>/beslut/", premises.letting_decide, name="letting_decide"),
    path("statistik/", statistics.statistics_city, name="association_statistics_city"),
    path(
        "statistik/<int:administration_id>/",
        statistics.statistics_administration,
        name="association_statistics",
    ),
    path("checklista/", statistics.checklist_list, name="association_checklist"),
    path("checklista/ny/", statistics.checklist_edit, name="association_checklist_add"),
    path("checklista/<int:pk>/", statistics.checklist_edit, name="association_checklist_edit"),
]
