"""Every test starts with empty caches: the site chrome, counters and rate limits
kept by one test's data must not leak into the next (test transactions roll back
without the signals that would renew them)."""

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def _empty_caches():
    for cache in caches.all():
        cache.clear()
    yield
