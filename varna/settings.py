"""Django settings for Värna, read from the environment (see README.md, "Configuration")."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from varna.lib.env import env_bool, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VARNA_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_secret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (or SECRET_KEY_FILE).")
    SECRET_KEY = "development-only-key-never-use-in-production-" + "x" * 20

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
    "ninja",
    "mozilla_django_oidc",
    "varna.organisation",
    "varna.audit",
    "varna.reports",
    "varna.plans",
    "varna.situation",
    "varna.surveys",
    "varna.knowledge",
    "varna.support",
    "varna.associations",
    "varna.training",
    "varna.api",
    "varna.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "varna.lib.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "varna.lib.middleware.NoStoreMiddleware",  # after WhiteNoise: static files stay cacheable
    "varna.lib.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "varna.lib.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "varna.urls"
WSGI_APPLICATION = "varna.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "varna" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "varna.organisation.context_processors.navigation",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'varna.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and immediate transactions: readers never block the writer, and two writers queue
    # instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
if test_database := env_str("TEST_DATABASE_NAME", ""):
    # Lets two test runs share one PostgreSQL server without sharing a test database.
    DATABASES["default"]["TEST"] = {"NAME": test_database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Sign-in --------------------------------------------------------------------------------
AUTH_USER_MODEL = "organisation.User"
# What an audit entry's administration points to; named here so that audit imports no app above it.
AUDIT_ADMINISTRATION_MODEL = "organisation.Administration"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# Throttling: after AXES_FAILURE_LIMIT failures for one username from one address, that
# combination is locked out for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_VERBOSE = False

# Optional sign-in through the municipality's identity provider (OpenID Connect).
OIDC_ENABLED = bool(env_str("OIDC_RP_CLIENT_ID"))
if OIDC_ENABLED:
    OIDC_RP_CLIENT_ID = env_str("OIDC_RP_CLIENT_ID")
    OIDC_RP_CLIENT_SECRET = env_secret("OIDC_RP_CLIENT_SECRET", "")
    OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_OP_AUTHORIZATION_ENDPOINT")
    OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_OP_TOKEN_ENDPOINT")
    OIDC_OP_USER_ENDPOINT = env_str("OIDC_OP_USER_ENDPOINT")
    OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_OP_JWKS_ENDPOINT")
    OIDC_RP_SIGN_ALGO = env_str("OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_RP_SCOPES = env_str("OIDC_RP_SCOPES", "openid email profile")
    OIDC_CREATE_USER = env_bool("OIDC_CREATE_USER", True)
    missing = [
        name
        for name in ("OIDC_OP_AUTHORIZATION_ENDPOINT", "OIDC_OP_TOKEN_ENDPOINT", "OIDC_OP_USER_ENDPOINT")
        if not globals()[name]
    ]
    if missing:
        raise ImproperlyConfigured(f"OIDC is on (OIDC_RP_CLIENT_ID is set) but {missing} are empty.")
    AUTHENTICATION_BACKENDS.append("varna.organisation.oidc.MunicipalityOIDCBackend")
    # An unmatched sign-in goes to the page that links an account by its password (issue 22).
    LOGIN_REDIRECT_URL_FAILURE = "/konto/koppla-inloggning/"

# --- E-mail ---------------------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD", "") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "varna@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Action plans ---------------------------------------------------------------------------
# Follow-up deadlines as OCCASION=MM-DD; "+1:" puts a deadline in the year after the plan's.
# Read (and checked) by varna/plans/deadlines.py.
PLAN_FOLLOW_UP_DEADLINES = env_str("PLAN_FOLLOW_UP_DEADLINES", "T1=04-30,T2=08-31,VB=+1:01-31")
PLAN_REMINDER_DAYS_BEFORE = env_str("PLAN_REMINDER_DAYS_BEFORE", "14,3")
# Training: the key of the HMAC that turns a learning-portal employee id into a pseudonym
# (varna/training/pseudonyms.py). Empty: derived from SECRET_KEY; set it (or _FILE) in production,
# since changing the key changes every pseudonym.
TRAINING_PSEUDONYM_KEY = env_secret("TRAINING_PSEUDONYM_KEY", "") or ""

# --- Surveys --------------------------------------------------------------------------------
# Personal survey links work until the end of the deadline day plus this many days.
SURVEY_LINK_GRACE_DAYS = env_int("SURVEY_LINK_GRACE_DAYS", 7)
# send_survey_reminders reminds those who have not answered once, this many days before the deadline.
SURVEY_REMINDER_DAYS_BEFORE = env_int("SURVEY_REMINDER_DAYS_BEFORE", 3)

# --- Associations ---------------------------------------------------------------------------
# Uploaded statutes, activity plans and annual reports (PDF, DOCX, ODT; type told by content).
ASSOCIATIONS_MAX_UPLOAD_MB = env_int("ASSOCIATIONS_MAX_UPLOAD_MB", 10)
# A grant decision takes effect only when a second grants officer confirms it (per municipality
# in Django admin, "Inställningar för föreningsbidrag", which overrides this default).
ASSOCIATIONS_FOUR_EYES = env_bool("ASSOCIATIONS_FOUR_EYES", False)
# Granted associations are followed up by this day (MM-DD) of the grant year; from the year
# ASSOCIATIONS_VBE_CONTROL_FROM the follow-up includes the VBE control step (seed 000).
ASSOCIATIONS_FOLLOW_UP_DUE = env_str("ASSOCIATIONS_FOLLOW_UP_DUE", "10-31")
ASSOCIATIONS_VBE_CONTROL_FROM = env_int("ASSOCIATIONS_VBE_CONTROL_FROM", 2024)
ASSOCIATIONS_REMINDER_DAYS_BEFORE = env_int("ASSOCIATIONS_REMINDER_DAYS_BEFORE", 14)

# --- Language, time, numbers ----------------------------------------------------------------
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Svenska")), ("en", _("Engelska"))]
LOCALE_PATHS = [BASE_DIR / "varna" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Stockholm"
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "varna" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and env_bool("STATIC_MANIFEST", True)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = VAR_DIR / "media"
# Knowledge bank uploads: guidance attachments (PDF, DOCX) and symbol images (re-encoded as PNG).
KNOWLEDGE_MAX_ATTACHMENT_BYTES = env_int("KNOWLEDGE_MAX_ATTACHMENT_BYTES", 10_000_000)
KNOWLEDGE_MAX_IMAGE_BYTES = env_int("KNOWLEDGE_MAX_IMAGE_BYTES", 5_000_000)

# --- Security headers -----------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY") else None
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# HSTS preload is a commitment for the whole domain: the municipality opts in explicitly.
SILENCED_SYSTEM_CHECKS = [] if env_bool("SECURE_HSTS_PRELOAD", False) else ["security.W021"]

# No inline scripts or styles anywhere: every asset is a file served by the app itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF] + ([env_str("OIDC_OP_AUTHORIZATION_ENDPOINT")] if OIDC_ENABLED else []),
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"redact": {"()": "varna.lib.logging.RedactPersonalData"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # WeasyPrint and fontTools log every rendering step at INFO.
    "loggers": {
        # Django's own configuration gives these loggers handlers without the filter (runserver
        # prints every request line with its query string, django.request the path of every
        # error): drop them, so that these lines reach the root's redacting handler.
        "django": {"handlers": [], "propagate": True},
        "django.server": {"handlers": [], "propagate": True},
        "django.db.backends": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# --- Värna ----------------------------------------------------------------------------------
VARNA_MUNICIPALITY_NAME = env_str("VARNA_MUNICIPALITY_NAME", "Stockholms stad")
# The first year Värna holds data for: earlier years and dates are refused (varna/lib/years.py).
VARNA_FIRST_YEAR = env_int("VARNA_FIRST_YEAR", 2000)
# Counts below this are suppressed wherever figures leave their administration (ADR 0003).
SITUATION_SUPPRESSION_THRESHOLD = env_int("SITUATION_SUPPRESSION_THRESHOLD", 3)
if SITUATION_SUPPRESSION_THRESHOLD < 1:
    raise ImproperlyConfigured("SITUATION_SUPPRESSION_THRESHOLD must be at least 1")
# Reports older than this many whole calendar years are reduced to statistics by
# `manage.py apply_retention` (ADR 0005).
REPORT_RETENTION_YEARS = env_int("REPORT_RETENTION_YEARS", 5)
if REPORT_RETENTION_YEARS < 1:
    raise ImproperlyConfigured("REPORT_RETENTION_YEARS must be at least 1")
CSRF_FAILURE_VIEW = "varna.views.csrf_failure"
