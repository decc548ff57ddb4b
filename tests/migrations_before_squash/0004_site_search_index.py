"""The site search index (issue 21): ``SiteSearchEntry``, one row per live page.

Generated part: the table. Hand-written part, PostgreSQL only (a no-op elsewhere,
no model state, so ``makemigrations`` does not see it): a stored generated column
``search_vector`` = the folded title with weight A and the folded text with weight
B (``'simple'`` configuration: the text is already folded, nothing to stem), and
the GIN index ``nd43_site_search_vector`` that the site search's ``@@`` reads.

The table starts empty: run ``manage.py nd43_search_index`` once after upgrading
(system check ``wagtail_nd43.W150`` reminds). When migrations are regenerated or
squashed keep the ``RunPython`` with its table.
"""

import django.db.models.deletion
from django.db import migrations, models


VECTOR_INDEX = "nd43_site_search_vector"


def _table(apps, schema_editor):
    model = apps.get_model("wagtail_nd43", "SiteSearchEntry")
    return schema_editor.quote_name(model._meta.db_table)


def add_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = _table(apps, schema_editor)
    schema_editor.execute(
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
        "GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple'::regconfig, title), 'A') || "
        "setweight(to_tsvector('simple'::regconfig, text), 'B')) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {schema_editor.quote_name(VECTOR_INDEX)} "
        f"ON {table} USING gin (search_vector)"
    )


def remove_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"DROP INDEX IF EXISTS {schema_editor.quote_name(VECTOR_INDEX)}"
    )
    schema_editor.execute(
        f"ALTER TABLE {_table(apps, schema_editor)} DROP COLUMN IF EXISTS search_vector"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_nd43", "0003_legal_indexes"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="SiteSearchEntry",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.page",
                        verbose_name="page",
                    ),
                ),
                ("path", models.CharField(max_length=255, verbose_name="path")),
                ("title", models.TextField(verbose_name="folded title")),
                ("text", models.TextField(blank=True, verbose_name="folded text")),
                (
                    "number",
                    models.CharField(
                        blank=True, max_length=255, verbose_name="folded number"
                    ),
                ),
                ("date", models.DateField(blank=True, null=True, verbose_name="date")),
            ],
            options={
                "verbose_name": "site search entry",
                "verbose_name_plural": "site search entries",
            },
        ),
        # Hand-written, PostgreSQL only (no-op elsewhere): keep with the table.
        migrations.RunPython(add_search_vector, remove_search_vector, elidable=False),
    ]
