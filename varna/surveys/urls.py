"""URLs of the surveys, under /enkater/."""

from django.urls import path

from varna.surveys.views import answer, rounds, templates

ROUND = "<int:round_id>/"
TEMPLATE = "mallar/<int:pk>/"

urlpatterns = [
    path("", rounds.round_list, name="survey_round_list"),
    path("forvaltning/<int:administration_id>/ny/", rounds.round_create, name="survey_round_create"),
    path(ROUND, rounds.round_detail, name="survey_round_detail"),
    path(ROUND + "paminn/", rounds.round_remind, name="survey_round_remind"),
    path(ROUND + "stang/", rounds.round_close, name="survey_round_close"),
    path(ROUND + "resultat/", rounds.round_results_page, name="survey_round_results"),
    path(ROUND + "resultat.xlsx", rounds.round_export, name="survey_round_export"),
    path("svar/<str:token>/", answer.survey_answer, name="survey_answer"),
    path("mallar/", templates.template_list, name="survey_template_list"),
    path("mallar/ny/", templates.template_edit, name="survey_template_create"),
    path(TEMPLATE, templates.template_edit, name="survey_template_edit"),
    path(TEMPLATE + "kopiera/", templates.template_copy, name="survey_template_copy"),
    path(TEMPLATE + "delar/ny/", templates.section_edit, name="survey_section_create"),
    path(TEMPLATE + "delar/<int:section_id>/", templates.section_edit, name="survey_section_edit"),
    path(
        TEMPLATE + "delar/<int:section_id>/ta-bort/", templates.section_delete, name="survey_section_delete"
    ),
    path(TEMPLATE + "fragor/ny/", templates.question_edit, name="survey_question_create"),
    path(TEMPLATE + "fragor/<int:question_id>/", templates.question_edit, name="survey_question_edit"),
    path(
        TEMPLATE + "fragor/<int:question_id>/ta-bort/",
        templates.question_delete,
        name="survey_question_delete",
    ),
]
