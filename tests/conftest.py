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


def pytest_xdist_make_scheduler(config, log):
    """Send whole test classes (or modules) to a worker, and every test of an
    ``xdist_group`` (the browser tests) to one worker.

    xdist's ``loadgroup`` sends each ungrouped test on its own, so a class's
    ``setUpTestData`` (most build a whole agency site) ran once per worker that got
    one of its tests: a quarter of the suite's time went on scaffolds built twice.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling, LoadScopeScheduling

    class ClassOrGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid):
            if nodeid.rfind("@") > nodeid.rfind("]"):
                return nodeid.split("@")[-1]
            return LoadScopeScheduling._split_scope(self, nodeid)

    return ClassOrGroupScheduling(config, log)
