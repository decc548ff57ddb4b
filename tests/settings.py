"""Settings for the package's test suite: fast and isolated.

``DATABASE_URL`` selects the database (SQLite in memory by default); the PostgreSQL
run of CI sets it to the local server.
"""

import os
import tempfile

import dj_database_url

from wagtail_nd43 import vi_admin


BASE_DIR = os.path.dirname(os.path.abspath(__file__))
SECRET_KEY = "tests-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "wagtail_nd43",
    # Before the wagtail.* apps: its Vietnamese wins over Wagtail's own.
    "wagtail_nd43.vi_admin",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # A host site's own app with page types named like the package's (issue 13).
    "tests.testapp",
]

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail_nd43.scheduling.ScheduleCacheMiddleware",
    # Cache-Control of pages: public for anonymous visitors, private otherwise;
    # after ScheduleCacheMiddleware, which caps the lifetime set here.
    "wagtail_nd43.frontend_cache.CacheControlMiddleware",
]

ROOT_URLCONF = "tests.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.config(
        default="sqlite://:memory:", conn_max_age=600, conn_health_checks=True
    )
}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# The admin's JavaScript catalogue reads only wagtail.admin and LOCALE_PATHS.
LOCALE_PATHS = [vi_admin.JAVASCRIPT_LOCALE_DIR]
# dd/mm/yyyy and 24-hour time in the admin date pickers, read back the same way.
FORMAT_MODULE_PATH = [vi_admin.FORMAT_MODULE]
# Editors choose the admin language among these (Wagtail's default list lacks vi).
WAGTAILADMIN_PERMITTED_LANGUAGES = vi_admin.PERMITTED_LANGUAGES
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# Wagtail's login form labels its password field with untranslated English.
WAGTAILADMIN_USER_LOGIN_FORM = "wagtail_nd43.vi_admin.forms.LoginForm"

STATIC_URL = "/static/"
STATIC_ROOT = os.path.join(tempfile.gettempdir(), "wagtail_nd43_tests_static")
MEDIA_ROOT = tempfile.mkdtemp(prefix="wagtail_nd43_tests_media_")
MEDIA_URL = "/media/"

WAGTAIL_SITE_NAME = "wagtail_nd43 tests"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
