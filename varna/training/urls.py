"""URLs of the training follow-up, under /utbildning/."""

from django.urls import path

from varna.training import views

ADMINISTRATION = "<int:administration_id>/"

urlpatterns = [
    path("", views.training_home, name="training_home"),
    path("kurser/ny/", views.course_create, name="training_course_create"),
    path("kurser/<int:pk>/", views.course_edit, name="training_course_edit"),
    path(ADMINISTRATION, views.training_progress, name="training_progress"),
    path(ADMINISTRATION + "export.xlsx", views.training_export, name="training_export"),
    path(ADMINISTRATION + "import/", views.training_import, name="training_import"),
    path(
        ADMINISTRATION + "import/exempel/<str:kind>.xlsx",
        views.training_import_example,
        name="training_import_example",
    ),
    path("import/<int:pk>/", views.training_import_columns, name="training_import_columns"),
    path("import/<int:pk>/avbryt/", views.training_import_cancel, name="training_import_cancel"),
    path(ADMINISTRATION + "tillfallen/", views.training_events, name="training_events"),
    path(ADMINISTRATION + "tillfallen/nytt/", views.training_event_create, name="training_event_create"),
    path("tillfallen/<int:pk>/", views.training_event_edit, name="training_event_edit"),
]
