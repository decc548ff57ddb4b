"""Indexes that keep the legal documents section fast at 100,000 documents on
PostgreSQL. Hand-written: every operation is a ``RunPython`` that checks
``schema_editor.connection.vendor`` and does nothing outside PostgreSQL, and none
changes model state, so ``makemigrations`` does not see them. When migrations are
regenerated or squashed, keep this file as its own hand-written migration after the
generated ones (see ``docs/explanation/legal-documents-search.md``).

a. ``nd43_page_depth_path`` on Wagtail's page table, (depth, path
   varchar_pattern_ops): the children of a page (``child_of``: ``depth = d AND path
   LIKE 'prefix%'``) are an index range instead of a read of every descendant. The
   main menu (the children of the site root, on every page view) read all 100,000
   page rows without it.
b. ``nd43_legal_listing_order`` on (issued_date, page_ptr_id): the listing's order,
   newest first, read backwards; the first page reads 20 index entries and sorts
   nothing.
c. The ``pg_trgm`` extension and a trigram GIN index ``nd43_legal_search_trgm`` on
   ``search_text``, so that the keyword box's ``search_text LIKE '%term%'`` reads
   the index instead of scanning every document. Needs the right to create the
   extension (``pg_trgm`` is a trusted extension: the database owner may, since
   PostgreSQL 13); without it the migration says so and goes on without the index
   (search stays correct, only slower).

Why not on SQLite: without statistics its planner takes ``depth = d`` as selective
and reads the 100,000 documents of a section through (a), and walks (b) with a table
lookup per row instead of scanning; both were slower than its plain scans
(``bench/bench_legal.py``). SQLite has no trigram index.
"""

import sys

from django.db import DatabaseError, migrations, transaction


PAGE_INDEX = "nd43_page_depth_path"
ORDER_INDEX = "nd43_legal_listing_order"
TRIGRAM_INDEX = "nd43_legal_search_trgm"


def _page_table(apps):
    return apps.get_model("wagtailcore", "Page")._meta.db_table


def add_page_depth_path_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {quote(PAGE_INDEX)} ON "
        f"{quote(_page_table(apps))} (depth, path varchar_pattern_ops)"
    )


def remove_page_depth_path_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(PAGE_INDEX)}")


def _legal_table(apps):
    return apps.get_model("wagtail_nd43", "LegalDocumentPage")._meta.db_table


def add_listing_order_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {quote(ORDER_INDEX)} ON "
        f"{quote(_legal_table(apps))} (issued_date, page_ptr_id)"
    )


def remove_listing_order_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(ORDER_INDEX)}")


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    table = quote(_legal_table(apps))
    try:
        # A savepoint: a refused CREATE EXTENSION must not abort the migration.
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as error:
        sys.stderr.write(
            "wagtail_nd43: could not create the pg_trgm extension "
            f"({str(error).strip()}); the legal documents keyword search works "
            "without its trigram index but scans every document. Run "
            "“CREATE EXTENSION pg_trgm;” as a superuser, then "
            f"“CREATE INDEX {TRIGRAM_INDEX} ON {table} USING gin "
            "(search_text gin_trgm_ops);”.\n"
        )
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {quote(TRIGRAM_INDEX)} ON {table} "
        "USING gin (search_text gin_trgm_ops)"
    )


def remove_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The extension stays: other applications may use it.
    schema_editor.execute(
        f"DROP INDEX IF EXISTS {schema_editor.quote_name(TRIGRAM_INDEX)}"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_nd43", "0002_session2"),
    ]

    operations = [
        # Hand-written, PostgreSQL only (no-ops elsewhere): keep as its own migration.
        migrations.RunPython(
            add_page_depth_path_index, remove_page_depth_path_index, elidable=False
        ),
        migrations.RunPython(
            add_listing_order_index, remove_listing_order_index, elidable=False
        ),
        migrations.RunPython(add_trigram_index, remove_trigram_index, elidable=False),
    ]
