"""Every URL of Värna. Each view is guarded by one named rule (see organisation/access.py)."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language

from varna import text_check, views
from varna.api.api import api
from varna.organisation.access import public, requires
from varna.organisation.views import account, administrations, audit_log, grants, identity

signed_in = requires("accounts.signed_in")

auth_patterns = [
    path(
        "logga-in/",
        public(
            auth_views.LoginView.as_view(
                redirect_authenticated_user=True, extra_context={"oidc_enabled": settings.OIDC_ENABLED}
            )
        ),
        name="login",
    ),
    path("logga-ut/", public(auth_views.LogoutView.as_view()), name="logout"),
    path("losenord/nytt/", public(account.PasswordResetView.as_view()), name="password_reset"),
    path("losenord/skickat/", public(auth_views.PasswordResetDoneView.as_view()), name="password_reset_done"),
    path(
        "losenord/<uidb64>/<token>/",
        public(auth_views.PasswordResetConfirmView.as_view()),
        name="password_reset_confirm",
    ),
    path(
        "losenord/klart/",
        public(auth_views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
    path("losenord/byt/", signed_in(auth_views.PasswordChangeView.as_view()), name="password_change"),
    path(
        "losenord/bytt/", signed_in(auth_views.PasswordChangeDoneView.as_view()), name="password_change_done"
    ),
    path("api-nycklar/", account.token_list, name="token_list"),
    path("api-nycklar/<int:pk>/aterkalla/", account.token_revoke, name="token_revoke"),
    path("koppla-inloggning/", identity.oidc_link, name="oidc_link"),
]

organisation_patterns = [
    path("", administrations.administration_list, name="administration_list"),
    path("<int:administration_id>/", administrations.administration_detail, name="administration_detail"),
    path(
        "<int:administration_id>/avdelningar/ny/",
        administrations.part_edit,
        {"kind": "department"},
        name="department_create",
    ),
    path(
        "<int:administration_id>/avdelningar/<int:pk>/",
        administrations.part_edit,
        {"kind": "department"},
        name="department_edit",
    ),
    path(
        "<int:administration_id>/enheter/ny/", administrations.part_edit, {"kind": "unit"}, name="unit_create"
    ),
    path(
        "<int:administration_id>/enheter/<int:pk>/",
        administrations.part_edit,
        {"kind": "unit"},
        name="unit_edit",
    ),
    path(
        "<int:administration_id>/omraden/ny/", administrations.part_edit, {"kind": "area"}, name="area_create"
    ),
    path(
        "<int:administration_id>/omraden/<int:pk>/",
        administrations.part_edit,
        {"kind": "area"},
        name="area_edit",
    ),
    path("<int:administration_id>/roller/ny/", administrations.membership_add, name="membership_add"),
    path(
        "<int:administration_id>/roller/<int:pk>/ta-bort/",
        administrations.membership_remove,
        name="membership_remove",
    ),
    path("bekraftelser/", grants.role_grant_list, name="role_grant_list"),
    path(
        "bekraftelser/<int:pk>/bekrafta/",
        grants.role_grant_decide,
        {"confirm": True},
        name="role_grant_confirm",
    ),
    path(
        "bekraftelser/<int:pk>/avvisa/",
        grants.role_grant_decide,
        {"confirm": False},
        name="role_grant_reject",
    ),
    path("konton/<int:user_id>/koppla-inloggning/", identity.identity_link, name="identity_link"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("halsa/", views.health, name="health"),
    path("konto/", include(auth_patterns)),
    path("organisation/", include(organisation_patterns)),
    path("", include("varna.reports.urls")),
    path("handlingsplaner/", include("varna.plans.urls")),
    path("enkater/", include("varna.surveys.urls")),
    path("", include("varna.situation.urls")),
    path("kunskap/", include("varna.knowledge.urls")),
    path("stod/", include("varna.support.urls")),
    path("foreningar/", include("varna.associations.urls")),
    path("utbildning/", include("varna.training.urls")),
    path("text/kontrollera/", text_check.text_check, name="text_check"),
    path("logg/", audit_log.event_list, name="audit_log"),
    path("sprak/", public(set_language), name="set_language"),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

if settings.OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

# A year or date out of range (varna/lib/years.py) names itself on the 400 page.
handler400 = views.bad_request
