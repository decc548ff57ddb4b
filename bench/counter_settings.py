"""Settings of bench/bench_counters.py and tests/test_two_servers.py: the test
settings served by gunicorn, with PostgreSQL (DATABASE_URL) and a shared Redis cache
(ND43_BENCH_REDIS)."""

import os

from tests.settings import *  # noqa: F403


DEBUG = False
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ.get("ND43_BENCH_REDIS", "redis://127.0.0.1:6379/14"),
    }
}
WAGTAIL_ND43_COUNTER_MODE = os.environ.get("ND43_BENCH_MODE", "server")
WAGTAIL_ND43_COUNTER_DEDUP_SECONDS = int(os.environ.get("ND43_BENCH_DEDUP", "1800"))
WAGTAIL_ND43_COUNTER_KEY_PREFIX = os.environ.get("ND43_BENCH_PREFIX", "nd43bench")
LOGGING = {"version": 1, "disable_existing_loggers": False}
