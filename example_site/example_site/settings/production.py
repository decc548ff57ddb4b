"""Production settings of the example site: the WSGI default (issue 16).

Everything secret or site-specific comes from the environment; ``manage.py check
--deploy`` passes with these settings. Required: ``DJANGO_SECRET_KEY`` (50+ random
characters) and ``DJANGO_ALLOWED_HOSTS``. Optional: ``REDIS_URL`` (default the local
Redis), ``DJANGO_TRUSTED_PROXY_COUNT`` (default 1: nginx in front),
``DJANGO_HSTS_SECONDS``, ``DJANGO_HSTS_INCLUDE_SUBDOMAINS``, ``DJANGO_HSTS_PRELOAD``,
``DJANGO_CSRF_TRUSTED_ORIGINS``, ``DJANGO_EMAIL_HOST`` and the usual database
``DATABASE_URL``. See docs/how-to/secure-defaults.md.
"""

import os

import django

from wagtail_nd43.csp import django_csp_policy, django_policy

from .base import *  # noqa: F403
from .base import MIDDLEWARE


def _flag(name, default):
    return os.environ.get(name, "1" if default else "0").lower() in ("1", "true", "yes")


DEBUG = False
try:
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
except KeyError as error:
    raise RuntimeError(
        "Set DJANGO_SECRET_KEY (50 or more random characters) for production."
    ) from error

# HTTPS, behind nginx that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _flag("DJANGO_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _flag("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _flag("DJANGO_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail marks its own preview views SAMEORIGIN; everything else may not be framed.
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = [
    origin
    for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin
]
# Sessions survive a Redis outage (docs/explanation/cache-outage.md).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# A strict, same-origin Content-Security-Policy on public pages: Django's own
# middleware where Django has it (6.0+), the maintained django-csp package before.
MIDDLEWARE = list(MIDDLEWARE)
if django.VERSION >= (6, 0):
    MIDDLEWARE.insert(1, "django.middleware.csp.ContentSecurityPolicyMiddleware")
    SECURE_CSP = django_policy()
else:
    INSTALLED_APPS = [*INSTALLED_APPS, "csp"]  # noqa: F405
    MIDDLEWARE.insert(1, "csp.middleware.CSPMiddleware")
    CONTENT_SECURITY_POLICY = django_csp_policy()

# The cache layout of docs/explanation/cache-outage.md: the default cache ignores
# Redis errors (Wagtail reads it on every page); counters and rate limits have
# their own alias; short timeouts everywhere.
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379")
_REDIS_OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"{REDIS_URL}/1",
        "OPTIONS": {**_REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True},
    },
    "nd43": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"{REDIS_URL}/2",
        "OPTIONS": _REDIS_OPTIONS,
    },
}
WAGTAIL_ND43_COUNTER_CACHE = "nd43"
WAGTAIL_ND43_PARTICIPATION_CACHE = "nd43"

# The client's address as nginx saw it (docs/explanation/client-address.md).
WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
WAGTAIL_ND43_TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", 1))

EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "wagtail_nd43": {"handlers": ["console"], "level": "WARNING"},
        "django.request": {"handlers": ["console"], "level": "ERROR"},
    },
}
