"""Scaffolds replayed from a recording, so that the suite builds each agency tree
once per worker instead of once per test class.

A scaffold is about 3,500 queries through Wagtail's publish path (2.6 s on SQLite):
the test classes that start from the migrated database and scaffold the default
site made it the larger part of the suite's time. The first scaffold of each
profile and level from a given database state runs for real and records, table by
table, the rows it changed; a later one replays them, but only when the database
holds exactly what it held before that recorded run (a digest of every row of every
table compared), and never while a test has ``django.utils.timezone.now`` patched
(the recording's dates would be wrong). Anything else scaffolds for real, and is
recorded in turn: many classes fill the agency's identity the same way before
they scaffold, and share that recording (25 more replays per run). ``ReplayTest`` checks that a replay
leaves the database as the real run does.

The rows are copied in the database's own text form, so nothing is converted on
the way: SQLite's ``quote()`` literals, PostgreSQL's ``COPY``. Tables a database
fills itself are left to it: SQLite's full-text tables (filled by triggers on
Wagtail's index table) and PostgreSQL's generated columns.
``ND43_TEST_REPLAY=0`` turns replaying off.
"""

# Names come from the database's own catalogue, quoted; the values are its own
# literals, read back from it.
# ruff: noqa: S608

import hashlib
import io
import os
import types
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone
from wagtail.models import Page, Site


@dataclass
class Recording:
    changed: dict
    home_pk: int


#: ``{(vendor, database, profile, level, digest of the rows before): Recording}``
_recordings = {}


def enabled():
    return os.environ.get("ND43_TEST_REPLAY", "1") != "0" and isinstance(
        timezone.now, types.FunctionType
    )


def scaffold_replayed(key, build):
    """``build()`` (a scaffold returning the new home page), or its replay."""
    if not enabled():
        return build()
    before = read_tables()
    key = (connection.vendor, connection.settings_dict["NAME"], *key, digest(before))
    recording = _recordings.get(key)
    if recording is not None:
        for table, rows in recording.changed.items():
            write_table(table, rows)
        Site.clear_site_root_paths_cache()
        return Page.objects.get(pk=recording.home_pk).specific
    home = build()
    after = read_tables()
    changed = {t: rows for t, rows in after.items() if rows != before.get(t)}
    _recordings[key] = Recording(changed, home.pk)
    return home


def digest(tables):
    """A digest of ``read_tables()``: equal digests, equal databases."""
    found = hashlib.sha256()
    for table in sorted(tables):
        found.update(table.encode() + b"\0")
        for row in tables[table]:
            found.update(row.encode() if isinstance(row, str) else bytes(row))
            found.update(b"\n")
        found.update(b"\1")
    return found.hexdigest()


def _columns():
    """``{table: [column, ...]}`` of the tables to copy, columns the database
    computes itself left out."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
            virtual = [name for (name,) in cursor.fetchall()]
            tables = [
                name
                for name in connection.introspection.table_names(cursor)
                if not any(name.startswith(v) for v in virtual)
            ]
            return {
                table: [
                    column.name
                    for column in connection.introspection.get_table_description(
                        cursor, table
                    )
                ]
                for table in tables
            }
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
            "AND table_name IN (SELECT tablename FROM pg_tables "
            "WHERE schemaname = current_schema()) ORDER BY table_name, ordinal_position"
        )
        columns = {}
        for table, column in cursor.fetchall():
            columns.setdefault(table, []).append(column)
        return columns


_columns_cache = {}


def columns():
    key = (connection.vendor, connection.settings_dict["NAME"])
    if key not in _columns_cache:
        _columns_cache[key] = _columns()
    return _columns_cache[key]


def _names(table):
    quote = connection.ops.quote_name
    return quote(table), ", ".join(quote(c) for c in columns()[table])


def read_tables():
    """Every row of every table, as the database writes it out."""
    return {table: _read(table) for table in columns()}


def _read(table):
    name, cols = _names(table)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            quoted = " || ',' || ".join(
                f"quote({connection.ops.quote_name(c)})" for c in columns()[table]
            )
            cursor.execute(f"SELECT {quoted} FROM {name}")
            return sorted(row for (row,) in cursor.fetchall())
        out = io.BytesIO()
        with cursor.cursor.copy(f"COPY (SELECT {cols} FROM {name}) TO STDOUT") as copy:
            for data in copy:
                out.write(data)
        return sorted(out.getvalue().splitlines())


def write_table(table, rows):
    name, cols = _names(table)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {name}")
        if not rows:
            return
        if connection.vendor == "sqlite":
            for start in range(0, len(rows), 200):
                values = ", ".join(f"({row})" for row in rows[start : start + 200])
                cursor.execute(f"INSERT INTO {name} ({cols}) VALUES {values}")
            return
        with cursor.cursor.copy(f"COPY {name} ({cols}) FROM STDIN") as copy:
            copy.write(b"\n".join(rows) + b"\n")
        # Later inserts must not take the ids of the replayed rows.
        for column, sequence in sequences().get(table, ()):
            column = connection.ops.quote_name(column)
            cursor.execute(
                f"SELECT setval(%s, GREATEST((SELECT MAX({column}) FROM {name}), 1))",
                [sequence],
            )


_sequences_cache = {}


def sequences():
    """PostgreSQL: ``{table: [(column, sequence), ...]}`` of the columns that take
    their values from a sequence."""
    key = connection.settings_dict["NAME"]
    if key not in _sequences_cache:
        found = {}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT table_name, column_name, "
                "pg_get_serial_sequence(quote_ident(table_name), column_name) "
                "FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%%')"
            )
            for table, column, sequence in cursor.fetchall():
                if sequence:
                    found.setdefault(table, []).append((column, sequence))
        _sequences_cache[key] = found
    return _sequences_cache[key]
