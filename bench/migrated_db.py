"""The benchmarks' throwaway database, migrated once per schema.

Creating the in-memory SQLite database of ``tests.settings`` runs every migration of
Wagtail, Django and the package: about 20 s, longer than most smoke runs measure,
and CI runs several benchmarks one after the other. The first run keeps the freshly
migrated database in a file named after the migrations' contents and the installed
versions; later runs copy it into their in-memory database with SQLite's backup API
(well under a second). A changed migration, a new app or another Django or Wagtail
names another file, so a snapshot never stands in for a different schema.
PostgreSQL databases are created and migrated as Django's test runner does; the
SQLite file that ``bench_overhead.py`` and ``bench_load.py`` serve through gunicorn
is copied from a snapshot the same way (``migrate_file_database``).
"""

import hashlib
import os
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path


SNAPSHOT_DIR = Path(tempfile.gettempdir()) / "wagtail-nd43-bench"


def schema_key():
    """A digest of everything that decides the migrated schema and its rows."""
    import django
    import wagtail
    from django.apps import apps
    from django.conf import settings

    digest = hashlib.sha256()
    digest.update(f"{django.__version__} {wagtail.__version__} ".encode())
    digest.update(" ".join(settings.INSTALLED_APPS).encode())
    # Settings that change the rows migrations write (Wagtail's first Locale, the
    # user table) without changing an app or a migration.
    for name in ("LANGUAGE_CODE", "WAGTAIL_CONTENT_LANGUAGES", "AUTH_USER_MODEL"):
        digest.update(f" {name}={getattr(settings, name, None)!r}".encode())
    for app in apps.get_app_configs():
        for path in sorted((Path(app.path) / "migrations").glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def create_test_database():
    """Create and migrate a new test database, as ``create_test_db`` does."""
    from django.db import connection

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        _in_memory_from_snapshot(SNAPSHOT_DIR / f"migrated-{schema_key()}.sqlite3")
    else:
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=False, serialize=False
        )


@contextmanager
def throwaway_database():
    """Create and migrate the test database; destroy it on leaving."""
    from django.db import connection

    original_name = connection.settings_dict["NAME"]
    create_test_database()
    try:
        yield
    finally:
        connection.creation.destroy_test_db(original_name, verbosity=0)


def migrate_file_database():
    """Migrate the SQLite file database of the default connection (one gunicorn's
    workers share), copied from the snapshot when there is one."""
    from django.core.management import call_command
    from django.db import connection

    snapshot = SNAPSHOT_DIR / f"migrated-{schema_key()}.sqlite3"
    if snapshot.exists():
        connection.ensure_connection()
        _restore(snapshot, connection.connection)
        return
    call_command("migrate", verbosity=0, run_syncdb=True)
    _save(connection.connection, snapshot)


def _save(source, snapshot):
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    partial = snapshot.with_name(f"{snapshot.name}.{os.getpid()}.partial")
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
    finally:
        target.close()
    os.replace(partial, snapshot)


def _restore(snapshot, target):
    source = sqlite3.connect(snapshot)
    try:
        source.backup(target)
    finally:
        source.close()


def _in_memory_from_snapshot(snapshot):
    from django.conf import settings
    from django.db import connection

    creation = connection.creation
    if not snapshot.exists():
        creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=False, serialize=False
        )
        _save(connection.connection, snapshot)
        return
    # What create_test_db does for an in-memory database, with the migrations
    # replaced by the copy.
    test_name = creation._get_test_db_name()
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    _restore(snapshot, connection.connection)
