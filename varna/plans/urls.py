"""URLs of the action plans, under /handlingsplaner/."""

from django.urls import path

from varna.plans.views import contents, follow_up, plans, template

PLAN = "<int:plan_id>/"
ACTIVITY = PLAN + "aktiviteter/<int:activity_id>/"
SECTION = PLAN + "avsnitt/<int:section_id>/"

urlpatterns = [
    path("", plans.plan_list, name="plan_list"),
    path("ny/", plans.plan_create, name="plan_create"),
    path("oversikt/", follow_up.overview, name="plan_overview"),
    path("mina-aktiviteter/", follow_up.my_activities, name="my_activities"),
    path("mall/", template.template_list, name="plan_template"),
    path("mall/ny/", template.template_edit, name="plan_template_add"),
    path("mall/<int:pk>/", template.template_edit, name="plan_template_edit"),
    path("mall/<int:pk>/ta-bort/", template.template_delete, name="plan_template_delete"),
    path(PLAN, plans.plan_detail, name="plan_detail"),
    path(PLAN + "andra/", plans.plan_edit, name="plan_edit"),
    path(PLAN + "overlamna/", plans.plan_submit, name="plan_submit"),
    path(PLAN + "ta-tillbaka/", plans.plan_withdraw, name="plan_withdraw"),
    path(PLAN + "anta/", plans.plan_adopt, name="plan_adopt"),
    path(PLAN + "godkann/", plans.plan_approve, name="plan_approve"),
    path(PLAN + "ny-version/", plans.plan_new_version, name="plan_new_version"),
    path(PLAN + "nasta-ar/", plans.plan_next_year, name="plan_next_year"),
    path(PLAN + "jamfor/", plans.plan_compare, name="plan_compare"),
    path(PLAN + "dokument/", plans.plan_document, name="plan_document"),
    path(PLAN + "avsnitt/nytt/", contents.section_add, name="section_add"),
    path(SECTION, contents.section_edit, name="section_edit"),
    path(SECTION + "flytta/", contents.section_move, name="section_move"),
    path(SECTION + "ta-bort/", contents.section_delete, name="section_delete"),
    path(PLAN + "aktiviteter/ny/", contents.activity_add, name="activity_add"),
    path(ACTIVITY, contents.activity_edit, name="activity_edit"),
    path(ACTIVITY + "flytta/", contents.activity_move, name="activity_move"),
    path(ACTIVITY + "kopiera/", contents.activity_copy, name="activity_copy"),
    path(ACTIVITY + "ta-bort/", contents.activity_delete, name="activity_delete"),
    path(ACTIVITY + "uppfoljning/<str:occasion>/", follow_up.follow_up_record, name="follow_up_record"),
    path(PLAN + "uppfoljning/<str:occasion>/", follow_up.follow_up_report, name="follow_up_report"),
    path(
        PLAN + "uppfoljning/<str:occasion>/dokument/", follow_up.follow_up_document, name="follow_up_document"
    ),
]
