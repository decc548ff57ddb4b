"""Settings of bench/bench_overhead.py: the test settings plus the ``home`` app of
a project made by ``wagtail start`` (its directory in ``ND43_PLAIN_PROJECT``), so
one process serves the plain Wagtail site and the agency site side by side."""

import os
import sys

from tests.settings import *  # noqa: F403
from tests.settings import INSTALLED_APPS, TEMPLATES


PLAIN_PROJECT = os.environ["ND43_PLAIN_PROJECT"]
PLAIN_NAME = os.environ.get("ND43_PLAIN_NAME", "plainsite")
if PLAIN_PROJECT not in sys.path:
    sys.path.insert(0, PLAIN_PROJECT)

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "home"]
TEMPLATES = [
    {
        **TEMPLATES[0],
        "DIRS": [os.path.join(PLAIN_PROJECT, PLAIN_NAME, "templates")],
    }
]
STATICFILES_DIRS = [os.path.join(PLAIN_PROJECT, PLAIN_NAME, "static")]
if os.environ.get("ND43_BENCH_REDIS"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["ND43_BENCH_REDIS"],
        }
    }
# The builder's media directory, so gunicorn's workers find the images it made
# (the test settings give each process a temporary one of its own).
MEDIA_ROOT = os.environ.get("ND43_BENCH_MEDIA", MEDIA_ROOT)  # noqa: F405
if os.environ.get("ND43_BENCH_COUNTER_MODE"):
    WAGTAIL_ND43_COUNTER_MODE = os.environ["ND43_BENCH_COUNTER_MODE"]
LOGGING = {"version": 1, "disable_existing_loggers": False}
