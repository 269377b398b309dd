"""URLs of the reports app: the employee's side and the routine on concern or incident."""

from django.urls import path

from varna.reports.views import employee, routine

urlpatterns: list = [
    path("rapportera/", routine.report_start, name="report_start"),
    path("rapportera/ny/", employee.report_create, name="report_create"),
    path("rapportera/kvitto/<str:reference>/", employee.report_receipt, name="report_receipt"),
    path("mina-rapporter/", employee.my_reports, name="my_reports"),
    path("mina-rapporter/<int:pk>/", employee.my_report_detail, name="my_report_detail"),
    path("rutin/", routine.routine, name="routine"),
    path("rutin/kommun/", routine.routine_edit_municipal, name="routine_edit_municipal"),
    path("organisation/<int:administration_id>/rutin/", routine.routine_edit, name="routine_edit"),
]
