"""Development settings: debug on, a fixed key, e-mail printed to the console."""

from .base import *  # noqa: F403


DEBUG = True
SECRET_KEY = "example-site-development-only-not-secret"  # noqa: S105
# ".localhost": the component sites of ``dev.py demo --province``.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", ".localhost", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The counters use the default process-local cache here: every counted view is one
# atomic database update, which is right for one developer. wagtail_nd43.W070 says so
# only when DEBUG is off or with `check --deploy`; production settings use a shared
# Redis cache instead (see docs/explanation/counters.md).
