"""Every test starts with empty caches: the site chrome, counters and rate limits
kept by one test's data must not leak into the next (test transactions roll back
without the signals that would renew them)."""

import pytest
from django.core.cache import caches
from django.test import TransactionTestCase


#: Fixtures that give a test the database.
DATABASE_FIXTURES = {"db", "transactional_db", "live_server"}


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Runs before pytest-django creates the test databases: they are copied from a
    database migrated once per schema (``tests/migrated.py``)."""
    from django.db import connections

    from .migrated import install

    for alias in connections:
        install(connections[alias])


@pytest.fixture(autouse=True)
def _empty_caches():
    for cache in caches.all():
        cache.clear()
    yield


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, which may be off
def pytest_xdist_make_scheduler(config, log):
    """Send whole test classes (or modules) to a worker, and every test of an
    ``xdist_group`` (the browser tests) to one worker.

    xdist's ``loadgroup`` sends each ungrouped test on its own, so a class's
    ``setUpTestData`` (most build a whole agency site) ran once per worker that got
    one of its tests: 64 of 238 scaffolds per SQLite run were built a second time.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling, LoadScopeScheduling

    class ClassOrGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid):
            if nodeid.rfind("@") > nodeid.rfind("]"):
                return nodeid.split("@")[-1]
            # xdist did not put the group in these ids (two workers each built
            # the demo site): the folder is the group.
            if nodeid.startswith("tests/browser/"):
                return "browser"
            return LoadScopeScheduling._split_scope(self, nodeid)

    return ClassOrGroupScheduling(config, log)


def pytest_collection_modifyitems(items):
    """Mark the tests that use the database. ``dev.py test`` runs only these again
    on PostgreSQL: a test that never reaches the database would run the very same
    code twice."""
    for item in items:
        cls = getattr(item, "cls", None)
        if (
            (cls is not None and issubclass(cls, TransactionTestCase))
            or item.get_closest_marker("django_db")
            or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        ):
            item.add_marker(pytest.mark.database)
