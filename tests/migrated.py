"""The test databases, migrated once per schema instead of once per worker and run.

Migrating an empty database runs every migration of Django, Wagtail and the package:
about 10 s per xdist worker on SQLite and 20-30 s on PostgreSQL, paid again by every
worker of every run. The first worker to need a schema migrates as Django does and
keeps the result; every other worker, and every later run, copies it:

* SQLite (in memory): the snapshot file of ``bench/migrated_db.py`` (named after the
  migrations' contents, the installed Django and Wagtail and the installed apps),
  copied in with SQLite's backup API;
* PostgreSQL: a template database ``test_<NAME>_migrated_<key>`` on the server, which
  ``CREATE DATABASE … TEMPLATE`` copies (the templates of other schemas are dropped
  when a new one is made).

A changed migration, app or version names another snapshot, so a copy never stands in
for a different schema. Workers take a lock (a file lock; on PostgreSQL an advisory
lock) while the snapshot is made, so two of them never migrate the same schema at once.
``ND43_TEST_MIGRATED=0`` migrates every test database as Django does.
"""

import os
import zlib
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command

from bench.migrated_db import SNAPSHOT_DIR, _restore, _save, schema_key


def enabled():
    return os.environ.get("ND43_TEST_MIGRATED", "1") != "0"


def install(connection):
    """Make ``connection``'s ``create_test_db`` copy a migrated snapshot."""
    creation = connection.creation
    migrate = creation.create_test_db

    def create_test_db(*args, **kwargs):
        # Arguments passed on as given: Django 6 deprecates ``serialize``, and
        # setup_databases serializes after creating (so it is off by default here).
        names = ("verbosity", "autoclobber", "serialize", "keepdb")
        options = dict(zip(names, args, strict=False))
        options.update(kwargs)
        plain = (
            options.get("keepdb")
            or not enabled()
            or connection.settings_dict["TEST"].get("MIGRATE") is False
        )
        if plain:
            return migrate(*args, **kwargs)

        def migrated():
            return migrate(*args, **kwargs)

        serialize = options.get("serialize", False)
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            return _sqlite(connection, migrated, serialize)
        if connection.vendor == "postgresql":
            return _postgresql(connection, migrated, serialize)
        return migrated()

    creation.create_test_db = create_test_db


def _use(connection, name):
    """What ``create_test_db`` does after its migrations, on the copied database."""
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()


def _finish(connection, serialize):
    if serialize:
        creation = connection.creation
        connection._test_serialized_contents = creation.serialize_db_to_string()
    call_command("createcachetable", database=connection.alias)
    connection.ensure_connection()


@contextmanager
def _file_lock(path):
    try:
        import fcntl
    except ImportError:  # Windows: no lock, at worst two workers migrate
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sqlite(connection, migrate, serialize):
    snapshot = SNAPSHOT_DIR / f"migrated-{schema_key()}.sqlite3"
    with _file_lock(snapshot.with_suffix(".lock")):
        if not snapshot.exists():
            name = migrate()
            _save(connection.connection, snapshot)
            return name
    name = connection.creation._get_test_db_name()
    _use(connection, name)
    _restore(snapshot, connection.connection)
    _finish(connection, serialize)
    return name


#: ``test_<NAME>_migrated_<schema key>``, the prefix cut to fit PostgreSQL's 63.
TEMPLATE = "test_{name}_migrated_"


def template_like():
    """A ``LIKE`` pattern of the templates of the current schema, whatever the
    database name: tests/test_two_servers.py copies one when there is one."""
    return "test\\_%\\_migrated\\_" + schema_key()


def _postgresql(connection, migrate, serialize):
    creation = connection.creation
    quote = connection.ops.quote_name
    key = schema_key()
    prefix = TEMPLATE.format(name=connection.settings_dict["NAME"])[: 63 - len(key)]
    template = prefix + key
    name = creation._get_test_db_name()
    with creation._nodb_cursor() as cursor:
        # One worker at a time makes or copies this schema's template.
        lock = zlib.crc32(template.encode())
        cursor.execute("SELECT pg_advisory_lock(%s)", [lock])
        try:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
            if cursor.fetchone() is None:
                name = migrate()
                connection.close()
                cursor.execute(
                    f"CREATE DATABASE {quote(template)} TEMPLATE {quote(name)}"
                )
                _drop_other_templates(cursor, prefix, template)
                connection.ensure_connection()
                return name
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
            cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}")
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [lock])
    _use(connection, name)
    _finish(connection, serialize)
    return name


def _drop_other_templates(cursor, prefix, keep):
    """Templates of older schemas of this database name: nothing copies them again."""
    from django.db import DatabaseError

    cursor.execute(
        "SELECT datname FROM pg_database WHERE starts_with(datname, %s) "
        "AND datname <> %s",
        [prefix, keep],
    )
    for (old,) in cursor.fetchall():
        try:
            cursor.execute(f'DROP DATABASE "{old}"')
        except DatabaseError:  # in use by another run: left for a later one
            pass
