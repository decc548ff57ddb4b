"""One side of the upgrade from the twelve migrations main had before the squash
(issue 19), run by ``tests/test_migrations.py`` in a process of its own, on a
database of its own (``DATABASE_URL``), so that its migration history is not the
test database's.

``python -m tests.upgrade_database before``: migrate with the twelve old migrations
(``tests/migrations_before_squash``, verbatim copies), scaffold a site and give a
page a draft revision; print what the site holds.

``python -m tests.upgrade_database after``: with the package's migrations, print
what ``migrate`` would run, migrate, then print what the site holds, which of the
package's migrations are recorded as applied, what a visitor gets at the site's
URLs, and the schema.

Both print one JSON object on standard output.
"""

import json
import sys


BEFORE_SQUASH = {"wagtail_nd43": "tests.migrations_before_squash"}


def site_contents():
    """Pages with their URL, type, requirement key and revisions, keyed by id."""
    from wagtail.models import Page, Revision

    pages = {}
    for page in Page.objects.order_by("path").specific():
        revisions = Revision.page_revisions.filter(object_id=str(page.pk))
        pages[str(page.pk)] = {
            "path": page.path,
            "url_path": page.url_path,
            "url": page.get_url(),
            "type": page._meta.label_lower,
            "title": page.title,
            "live": page.live,
            "requirement_key": getattr(page, "requirement_key", None),
            "latest_revision": page.latest_revision_id,
            "revisions": sorted(revisions.values_list("pk", flat=True)),
            "draft_title": (
                page.latest_revision.as_object().title
                if page.latest_revision_id
                else None
            ),
        }
    return pages


def schema():
    """Tables, their columns and their constraints and indexes, as the database
    describes them (``connection.introspection``). Not the order of the columns:
    SQLite appends a column added to an existing table."""
    from django.db import connection

    tables = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table.startswith("sqlite_"):
                continue
            columns = {
                column.name: [str(column.type_code), bool(column.null_ok)]
                for column in connection.introspection.get_table_description(
                    cursor, table
                )
            }
            constraints = {}
            for name, details in connection.introspection.get_constraints(
                cursor, table
            ).items():
                details = {
                    key: (list(value) if isinstance(value, tuple) else value)
                    for key, value in sorted(details.items())
                }
                # SQLite's unnamed CHECKs are numbered in column order, which an
                # upgraded table and a fresh one need not share: key them by
                # what they constrain.
                if name.startswith("__unnamed_constraint_"):
                    name = f"unnamed check on {', '.join(details['columns'])}"
                constraints[name] = details
            tables[table] = {"columns": columns, "constraints": constraints}
    return tables


def before():
    from django.core.management import call_command
    from django.test.utils import override_settings
    from wagtail.models import Site

    from wagtail_nd43.rulebook import SO, get_profile
    from wagtail_nd43.scaffold import scaffold

    with override_settings(MIGRATION_MODULES=BEFORE_SQUASH):
        call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    home = scaffold(site, get_profile("nd43"), SO).steps[0].page
    # A draft waiting over a published page: its revision must survive too.
    draft = home.get_children().first().specific
    draft.title = f"{draft.title} (bản nháp)"
    draft.save_revision()
    return {"pages": site_contents()}


def after():
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.db.migrations.recorder import MigrationRecorder
    from django.test import Client

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    would_run = [f"{m.app_label}.{m.name}" for m, _backwards in plan]
    call_command("migrate", verbosity=0)
    applied = sorted(
        MigrationRecorder(connection)
        .migration_qs.filter(app="wagtail_nd43")
        .values_list("name", flat=True)
    )
    pages = site_contents()
    client = Client()
    statuses = {
        page["url"]: client.get(page["url"]).status_code
        for page in pages.values()
        if page["live"] and page["url"] and page["type"] != "wagtailcore.page"
    }
    return {
        "would_run": would_run,
        "applied": applied,
        "pages": pages,
        "statuses": statuses,
        "schema": schema(),
    }


def main(step):
    import django

    django.setup()
    result = {"before": before, "after": after}[step]()
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
