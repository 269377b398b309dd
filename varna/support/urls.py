"""URLs of the support log, under /stod/."""

from django.urls import path

from varna.support.views import consultations, overview, requests

ADMINISTRATION = "<int:administration_id>/"
CONSULTATION = "konsultationer/<int:pk>/"

urlpatterns = [
    path("", overview.start, name="support_start"),
    path("staden/", overview.city, name="support_city"),
    path("begaran/ny/", requests.request_create, name="request_create"),
    path("begaran/kvitto/<str:reference>/", requests.request_receipt, name="request_receipt"),
    path("begaran/<int:pk>/", requests.request_detail, name="first_contact_detail"),
    path(ADMINISTRATION + "inkorg/", requests.inbox, name="support_inbox"),
    path(ADMINISTRATION + "konsultationer/", consultations.consultation_list, name="consultation_list"),
    path(
        ADMINISTRATION + "konsultationer/ny/", consultations.consultation_create, name="consultation_create"
    ),
    path(ADMINISTRATION + "team/", overview.teams, name="support_teams"),
    path("team/<int:pk>/", overview.team_edit, name="support_team_edit"),
    path(ADMINISTRATION + "statistik/", overview.statistics, name="support_statistics"),
    path(CONSULTATION, consultations.consultation_detail, name="consultation_detail"),
    path(CONSULTATION + "andra/", consultations.consultation_edit, name="consultation_edit"),
    path(CONSULTATION + "koppla/", consultations.consultation_link, name="consultation_link"),
    path(
        CONSULTATION + "koppla/<int:report_pk>/ta-bort/",
        consultations.consultation_unlink,
        name="consultation_unlink",
    ),
    path(CONSULTATION + "uppfoljd/", consultations.consultation_followed_up, name="consultation_followed_up"),
]
