"""URLs of the reports app: the coordinator's inbox and review."""

from django.urls import path

from varna.reports.views import review

urlpatterns: list = [
    path("rapporter/", review.report_inboxes, name="report_inboxes"),
    path("rapporter/forvaltning/<int:administration_id>/", review.report_inbox, name="report_inbox"),
    path("rapporter/<int:pk>/", review.report_detail, name="report_detail"),
    path("rapporter/<int:pk>/bedom/", review.report_review, name="report_review"),
    path("rapporter/<int:pk>/anteckning/", review.report_note, name="report_note"),
    path("rapporter/<int:pk>/lank/", review.report_link, name="report_link"),
    path("rapporter/<int:pk>/lank/<int:other_pk>/ta-bort/", review.report_unlink, name="report_unlink"),
    path("rapporter/<int:pk>/avsluta/", review.report_close, name="report_close"),
    path("rapporter/<int:pk>/ateroppna/", review.report_reopen, name="report_reopen"),
]
