from django.urls import path

from varna.knowledge import views

urlpatterns = [
    path("", views.knowledge_home, name="knowledge_home"),
    path("sok/", views.knowledge_search, name="knowledge_search"),
    path("kontakter/", views.contacts, name="knowledge_contacts"),
    path("att-granska/", views.review_list, name="knowledge_review_list"),
    path("sidor/ny/", views.page_create, name="page_create"),
    path("sidor/<int:page_id>/", views.page_detail, name="page_detail"),
    path("sidor/<int:page_id>/andra/", views.page_edit, name="page_edit"),
    path("sidor/<int:page_id>/versioner/", views.page_versions, name="page_versions"),
    path("sidor/<int:page_id>/granskad/", views.page_review, name="page_review"),
    path("sidor/<int:page_id>/bilagor/ny/", views.attachment_add, name="attachment_add"),
    path("bilagor/<int:attachment_id>/", views.attachment_download, name="attachment_download"),
    path("bilagor/<int:attachment_id>/ta-bort/", views.attachment_delete, name="attachment_delete"),
    path("symboler/", views.symbol_list, name="symbol_list"),
    path("symboler/ny/", views.symbol_create, name="symbol_create"),
    path("symboler/<int:symbol_id>/", views.symbol_detail, name="symbol_detail"),
    path("symboler/<int:symbol_id>/bild/", views.symbol_image, name="symbol_image"),
    path("symboler/<int:symbol_id>/andra/", views.symbol_edit, name="symbol_edit"),
    path("symboler/<int:symbol_id>/granskad/", views.symbol_review, name="symbol_review"),
]
