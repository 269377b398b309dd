"""URLs of the reports app: the employee's side, the coordinator's review, other sources."""

from varna.reports.urls import employee, review, sources

urlpatterns = employee.urlpatterns + review.urlpatterns + sources.urlpatterns
