"""On PostgreSQL, a trigram index makes the legal documents keyword box fast:
``search_text LIKE '%term%'`` then reads the index instead of every row.

Kept apart from the model migrations so that regenerating those keeps it. Where the
``pg_trgm`` extension cannot be created (no permission), the index is skipped and
the keyword box still works, scanning the table. Other databases need nothing.
"""

from django.db import DatabaseError, migrations, transaction


INDEX = "wagtail_nd43_legal_search_trgm"


def create_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DatabaseError:
            return
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtail_nd43_legaldocumentpage "
            "USING gin (search_text gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtail_nd43", "0003_legal_documents")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
