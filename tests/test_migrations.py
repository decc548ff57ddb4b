"""Migrations squashed (issue 19): a database built with the twelve migrations that
main had before (``0001_initial`` … ``0012_spokesperson_site``, kept verbatim in
``tests/migrations_before_squash``) and holding a scaffolded site upgrades to the
squashed head: Django takes the squash as applied and runs nothing, the schema is
the one a fresh database gets, and every page, URL, revision and requirement key is
unchanged.

The old side runs in processes of its own on a database of its own (a file on
SQLite, a sibling database on PostgreSQL), so that its migration history is not the
test database's; the test database, built fresh from the package's migrations, is
the schema to match.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from django.db import connection
from django.test import TestCase

from .upgrade_database import schema


ROOT = Path(__file__).resolve().parents[1]
SQUASH = "0001_squashed_0012_agency_portal"
REPLACED = [
    "0001_initial",
    "0002_session2",
    "0003_legal_indexes",
    "0004_site_search_index",
    "0005_scaffold_record",
    "0006_sections_as_data",
    "0007_compliance_result",
    "0008_publication_deadline_dates",
    "0009_question_status_notice",
    "0010_compliance_history",
    "0011_agency_sites",
    "0012_spokesperson_site",
]


def run_step(step, database_url):
    """``python -m tests.upgrade_database <step>`` on ``database_url``: its JSON."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
        ),
    }
    done = subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "tests.upgrade_database", step],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise AssertionError(f"{step} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)


class PostgresSibling:
    """A database beside the test database on the same PostgreSQL server."""

    def __init__(self):
        settings = connection.settings_dict
        self.name = f"{settings['NAME']}_upgrade"[:63]
        credentials = quote(settings["USER"] or "", safe="")
        if settings["PASSWORD"]:
            credentials += ":" + quote(settings["PASSWORD"], safe="")
        self.url = (
            f"postgres://{credentials}@{settings['HOST'] or 'localhost'}"
            f":{settings['PORT'] or 5432}/{self.name}"
        )

    def _execute(self, sql):
        with connection._nodb_cursor() as cursor:
            cursor.execute(sql)

    def __enter__(self):
        self._execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(self.name)}")
        self._execute(f"CREATE DATABASE {connection.ops.quote_name(self.name)}")
        return self.url

    def __exit__(self, *exc):
        self._execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(self.name)}")


class SqliteFile:
    """A throwaway SQLite file."""

    def __enter__(self):
        self.folder = tempfile.TemporaryDirectory()
        return f"sqlite:///{self.folder.name}/upgraded.sqlite3"

    def __exit__(self, *exc):
        self.folder.cleanup()


class UpgradeFromBeforeTheSquashTest(TestCase):
    """One upgrade per run (two processes, ~45 s on SQLite): the tests read it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        database = (
            PostgresSibling() if connection.vendor == "postgresql" else SqliteFile()
        )
        with database as url:
            cls.before = run_step("before", url)
            cls.after = run_step("after", url)

    def test_django_takes_the_squash_as_applied_and_runs_nothing(self):
        self.assertEqual(self.after["would_run"], [])
        self.assertEqual(self.after["applied"], sorted([*REPLACED, SQUASH]))

    def test_the_schema_is_a_fresh_databases(self):
        upgraded, fresh = self.after["schema"], schema()
        self.assertEqual(sorted(upgraded), sorted(fresh))
        for table in fresh:
            with self.subTest(table=table):
                self.assertEqual(upgraded[table], fresh[table])

    def test_pages_urls_revisions_and_requirement_keys_are_unchanged(self):
        before, after = self.before["pages"], self.after["pages"]
        self.assertGreater(len(before), 30)
        self.assertTrue(any(page["requirement_key"] for page in before.values()))
        drafts = [
            page
            for page in before.values()
            if page["draft_title"] not in (None, page["title"])
        ]
        self.assertEqual(len(drafts), 1)
        self.assertEqual(after, before)

    def test_the_upgraded_site_answers_at_its_urls(self):
        statuses = self.after["statuses"]
        self.assertIn("/", statuses)
        self.assertEqual(
            {url for url, status in statuses.items() if status != 200}, set()
        )
