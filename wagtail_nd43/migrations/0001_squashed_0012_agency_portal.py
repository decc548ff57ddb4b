"""The schema of wagtail_nd43 0.1.0: migrations 0001_initial to 0012_spokesperson_site
squashed into one (issue 19).

Generated part: ``makemigrations`` from the models, then edited as the replaced
migrations were written: relations name ``wagtailcore.page`` (not Wagtail 8's
swappable page model setting) and the dependency on Wagtail is its 7.4 LTS's last
migration, so that it applies on Wagtail 7.4 and 8.x alike.

Hand-written part, PostgreSQL only (each ``RunPython`` checks
``schema_editor.connection.vendor`` and does nothing elsewhere; no model state, so
``makemigrations`` neither sees nor regenerates them), carried over verbatim from
``0003_legal_indexes`` and ``0004_site_search_index``; keep them at the end of the
head migration whenever migrations are regenerated or squashed again
(``docs/explanation/legal-documents-search.md``):

a. ``nd43_page_depth_path`` on Wagtail's page table (another app's table, kept on
   purpose): ``(depth, path varchar_pattern_ops)`` makes the children of a page
   (``child_of``: ``depth = d AND path LIKE 'prefix%'``) an index range. Measured
   with ``bench/bench_legal.py --profile`` at 100,000 pages: the main menu (the
   children of the site root, on every page view of the site) read every page row
   without it, 22-40 ms per page view. ``IF NOT EXISTS``: a database migrated with
   the replaced migrations already has it.
b. ``nd43_legal_listing_order`` on (issued_date, page_ptr_id): the legal documents
   listing's order, newest first, read backwards.
c. The ``pg_trgm`` extension and the trigram GIN index ``nd43_legal_search_trgm`` on
   ``search_text`` for the keyword box's ``LIKE '%term%'``; without the right to
   create the extension the migration says so and goes on (search stays correct,
   only slower).
d. The site search index's stored generated column ``search_vector`` (folded title
   weight A, folded text weight B, ``'simple'`` configuration) and its GIN index
   ``nd43_site_search_vector`` read by the site search's ``@@``.

Why not on SQLite: without statistics its planner did worse with (a) and (b) than
with its plain scans (``bench/bench_legal.py``), and it has no trigram index or
tsvector.

Left out: the data the replaced migrations carried forward (0006 merged the
one-type-per-section pages into ``SectionPage``; 0009, 0011 and 0012 filled new
fields of existing rows). A fresh database has no such rows, and a database at
0012 already ran them: ``replaces`` makes Django treat this migration as applied
there, so nothing runs again. A database at an older migration must first be
migrated with the release that still has the twelve (see CHANGELOG.md, Upgrade
considerations).
"""

import sys

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import modelcluster.fields
import modelsearch.index
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
import wagtail.models.preview
import wagtail_nd43.models.articles
import wagtail_nd43.models.banners
import wagtail_nd43.models.base
import wagtail_nd43.models.direction
import wagtail_nd43.models.legal
import wagtail_nd43.models.listing
import wagtail_nd43.models.participation
import wagtail_nd43.models.planning
import wagtail_nd43.models.projects
import wagtail_nd43.models.research
import wagtail_nd43.models.schedule
import wagtail_nd43.models.services
import wagtail_nd43.models.settings
import wagtail_nd43.models.statistics
import wagtail_nd43.validators
from django.conf import settings
from django.db import DatabaseError, migrations, models, transaction


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

    initial = True

    replaces = [
        ('wagtail_nd43', '0001_initial'),
        ('wagtail_nd43', '0002_session2'),
        ('wagtail_nd43', '0003_legal_indexes'),
        ('wagtail_nd43', '0004_site_search_index'),
        ('wagtail_nd43', '0005_scaffold_record'),
        ('wagtail_nd43', '0006_sections_as_data'),
        ('wagtail_nd43', '0007_compliance_result'),
        ('wagtail_nd43', '0008_publication_deadline_dates'),
        ('wagtail_nd43', '0009_question_status_notice'),
        ('wagtail_nd43', '0010_compliance_history'),
        ('wagtail_nd43', '0011_agency_sites'),
        ('wagtail_nd43', '0012_spokesperson_site'),
    ]

    dependencies = [
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AdHocPressPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'ad-hoc press information section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='AgencyHomePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('welcome', models.TextField(blank=True, help_text='A short welcome shown under the agency name on the home page.', verbose_name='welcome text')),
            ],
            options={
                'verbose_name': 'agency home page',
                'verbose_name_plural': 'agency home pages',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='CampaignPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
            ],
            options={
                'verbose_name': 'campaign',
                'verbose_name_plural': 'campaigns',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ConsultationsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'consultation section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ContactPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'contact section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='CounterFlushBatch',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('batch_id', models.CharField(max_length=64, unique=True, verbose_name='batch')),
                ('flushed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='flushed at')),
                ('rows', models.PositiveIntegerField(default=0, verbose_name='rows')),
                ('views', models.PositiveBigIntegerField(default=0, verbose_name='views')),
                ('visits', models.PositiveBigIntegerField(default=0, verbose_name='visits')),
                ('dropped', models.PositiveBigIntegerField(default=0, help_text='Counts of pages or sites deleted before the flush.', verbose_name='dropped')),
            ],
            options={
                'verbose_name': 'counter flush',
                'verbose_name_plural': 'counter flushes',
                'ordering': ['-flushed_at'],
            },
        ),
        migrations.CreateModel(
            name='DirectivesPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'directives section',
            },
            bases=(wagtail_nd43.models.direction.DirectiveListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='DocumentType',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=255, unique=True, verbose_name='name')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
                ('is_normative', models.BooleanField(default=False, help_text='Tick for forms of legal normative documents (văn bản quy phạm pháp luật) such as laws, decrees and circulars; leave unticked for administrative documents such as official letters and plans.', verbose_name='legal normative document')),
            ],
            options={
                'verbose_name': 'document type',
                'verbose_name_plural': 'document types',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='EditorialBoardPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'editorial board section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='EnglishPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'English section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='Holiday',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('date', models.DateField(help_text='One entry per day; a nine-day Tết break is entered day by day.', unique=True, verbose_name='date')),
                ('name', models.CharField(help_text='E.g. “Tết Nguyên đán”, “Nghỉ bù”.', max_length=255, verbose_name='name')),
                ('kind', models.CharField(choices=[('holiday', 'Public holiday'), ('day-off', 'Compensatory or swapped day off'), ('working-day', 'Weekend day worked instead (make-up working day)')], default='holiday', help_text='Public holidays and days off are not working days; a make-up working day turns a Saturday or Sunday into a working day. Deadlines counted in working days (for example 2 or 10 working days to publish a legal document, Decree 43, Article 17) use this table.', max_length=20, verbose_name='kind')),
                ('note', models.CharField(blank=True, help_text='Optional: the announcement that decided it, or the lunar date.', max_length=255, verbose_name='note')),
            ],
            options={
                'verbose_name': 'holiday or make-up day',
                'verbose_name_plural': 'holidays and make-up days',
                'ordering': ['date'],
            },
        ),
        migrations.CreateModel(
            name='IssuingBody',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=255, unique=True, verbose_name='name')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
            ],
            options={
                'verbose_name': 'issuing body',
                'verbose_name_plural': 'issuing bodies',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='LeadershipPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'leadership section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='LegalDocumentsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'legal documents section',
            },
            bases=(wagtail_nd43.models.listing.ItemListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='LegalField',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=255, unique=True, verbose_name='name')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
            ],
            options={
                'verbose_name': 'field',
                'verbose_name_plural': 'fields',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='OnlineServicePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('procedure_code', models.CharField(blank=True, help_text='The code of the procedure in the national database of administrative procedures (Decree 43/2011 Art. 18.1), e.g. 1.004227.', max_length=100, validators=[wagtail_nd43.models.services.validate_procedure_code], verbose_name='procedure code')),
                ('sector', models.CharField(help_text='The sector (ngành) the service is listed under, e.g. “Thông tin và Truyền thông”. Use the same spelling for every service of a sector.', max_length=255, verbose_name='sector')),
                ('field', models.CharField(help_text='The field (lĩnh vực) within the sector, e.g. “Xuất bản, in và phát hành”.', max_length=255, verbose_name='field')),
                ('administrative_level', models.CharField(choices=[('central', 'Central level'), ('province', 'Provincial level'), ('district', 'District level'), ('commune', 'Commune level')], default='province', help_text='The level of government that settles the procedure.', max_length=20, verbose_name='administrative level')),
                ('implementing_agency', models.CharField(help_text='The agency or unit that receives and settles the dossier.', max_length=255, verbose_name='implementing agency')),
                ('service_level', models.PositiveSmallIntegerField(blank=True, choices=[(1, 'Level 1'), (2, 'Level 2'), (3, 'Level 3'), (4, 'Level 4')], help_text='Decree 43/2011 Art. 3.4. Level 1: full information on the procedure and its documents is published. Level 2: level 1, and the forms can be downloaded; the completed dossier is submitted in person or by post. Level 3: level 2, and the forms are filled in and submitted online; the dossier is processed online; fees are paid and results received in person. Level 4: level 3, and fees are paid online; the result is delivered online, in person or by post.', null=True, verbose_name='service level')),
                ('online_level', models.CharField(blank=True, choices=[('toan-trinh', 'Fully online'), ('mot-phan', 'Partly online')], help_text='Decree 42/2022 Art. 11.1. Fully online (toàn trình): all information on the procedure is provided, and the dossier is submitted and settled entirely online; the result is returned online or by public postal service. Partly online (một phần): any online public service that is not fully online.', max_length=20, verbose_name='online service level (Decree 42/2022)')),
                ('has_forms', models.BooleanField(default=False, help_text='Tick if the procedure has application forms or declarations. Decree 43/2011 Art. 19.1: such a service must be provided at level 2 or above.', verbose_name='the procedure has forms')),
                ('portal_url', models.URLField(blank=True, help_text="The address of this service on the National Public Service Portal or the province's portal, starting with https://.", max_length=500, validators=[django.core.validators.URLValidator(message='Enter a full web address starting with http:// or https://.', schemes=('http', 'https'))], verbose_name='link to the national public service portal')),
                ('processing_time', models.CharField(blank=True, help_text='E.g. “10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ”.', max_length=255, verbose_name='processing time')),
                ('fees', models.CharField(blank=True, help_text='E.g. “Không” or “50.000 đồng/hồ sơ”.', max_length=500, verbose_name='fees and charges')),
                ('legal_basis', models.TextField(blank=True, help_text='The laws and decisions the procedure rests on, including the decision publishing the procedure (Circular 32/2017 Art. 5.1).', verbose_name='legal basis')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text='Steps, method of submission, dossier components and number of copies, who may apply, the result, and conditions (Circular 32/2017 Art. 5.1).', verbose_name='procedure details')),
            ],
            options={
                'verbose_name': 'online public service',
                'verbose_name_plural': 'online public services',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='OnlineServicesPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'online public services section',
            },
            bases=(wagtail_nd43.models.services.OnlineServiceListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PeriodicPressPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'periodic press information section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PetitionResponsesPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'petition responses section',
            },
            bases=(wagtail_nd43.models.direction.PetitionResponseListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PlanningPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'strategies and plans section',
            },
            bases=(wagtail_nd43.models.planning.PlanningListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PressConferencePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'press conference section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PressPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'press information section',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PrivacyPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'personal data protection section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ProjectPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('kind', models.CharField(choices=[('project', 'Project'), ('investment', 'Investment'), ('bidding', 'Bidding'), ('procurement', 'Public procurement')], default='project', help_text='Whether this is a project, an investment item, a bidding package or a public procurement.', max_length=20, verbose_name='kind')),
                ('main_objective', models.TextField(help_text='What the project is to achieve.', verbose_name='main objective')),
                ('professional_field', models.CharField(help_text='E.g. “Công nghệ thông tin”, “Viễn thông”.', max_length=255, verbose_name='professional field')),
                ('project_type', models.CharField(help_text='As classified by the law on public investment or procurement, e.g. “Dự án nhóm C”, “Gói thầu mua sắm hàng hóa”.', max_length=255, verbose_name='project type')),
                ('implementation_period', models.CharField(help_text='E.g. “2024 – 2026” or “Quý II – Quý IV/2025”.', max_length=255, verbose_name='implementation period')),
                ('budget', models.PositiveBigIntegerField(help_text="The project's total budget in VND, digits only, e.g. 18600000000.", verbose_name='budget (VND)')),
                ('funding_type', models.CharField(choices=[('state-budget', 'State budget'), ('oda', 'Official development assistance (ODA)'), ('concessional-loan', 'Concessional loan'), ('grant', 'Non-refundable aid'), ('ppp', 'Public–private partnership (PPP)'), ('private', 'Private or community funding'), ('other', 'Other')], max_length=30, verbose_name='funding type')),
                ('donor', models.CharField(help_text='Who funds the project, e.g. “Ngân sách tỉnh”, “Ngân hàng Thế giới (WB)”.', max_length=255, verbose_name='donor')),
                ('status', models.CharField(choices=[('preparing', 'In preparation for investment'), ('ongoing', 'Under way'), ('completed', 'Completed')], default='preparing', max_length=20, verbose_name='status')),
                ('approved_date', models.DateField(blank=True, help_text='The date of the decision approving the project, investment item, bidding package or procurement plan. Decree 43/2011 Art. 17.1.d: publish it within 10 working days of that date. Leave empty while it is not approved yet.', null=True, verbose_name='approval date')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text='Optional: progress, bidding results, contacts.', verbose_name='details')),
            ],
            options={
                'verbose_name': 'project',
                'verbose_name_plural': 'projects',
            },
            bases=(wagtail_nd43.models.listing.StructuredItemMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ProjectsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'projects and procurement section',
            },
            bases=(wagtail_nd43.models.projects.ProjectListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='QuestionCategory',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, unique=True, verbose_name='name')),
                ('slug', models.SlugField(help_text='Used in the address of the filtered list, e.g. “dat-dai”.', max_length=100, unique=True, verbose_name='slug')),
                ('sort_order', models.IntegerField(default=0, verbose_name='order')),
            ],
            options={
                'verbose_name': 'question topic',
                'verbose_name_plural': 'question topics',
                'ordering': ['sort_order', 'name'],
            },
        ),
        migrations.CreateModel(
            name='QuestionsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'questions and answers section',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='RemoteAgency',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=255, verbose_name='agency name')),
                ('level', models.CharField(blank=True, choices=[('bo', 'Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ'), ('tong-cuc', 'Tổng cục, Cục'), ('ubnd-tinh', 'UBND tỉnh, thành phố trực thuộc Trung ương'), ('so', 'Sở, ban, ngành thuộc UBND tỉnh'), ('ubnd-huyen', 'UBND quận, huyện, thị xã, thành phố thuộc tỉnh'), ('ubnd-xa', 'UBND xã, phường, đặc khu'), ('khac', 'Cơ quan, đơn vị khác')], max_length=50, verbose_name='agency level')),
                ('base_url', models.URLField(help_text="The portal's root address, e.g. https://sotuphap.example.gov.vn; the compliance endpoint /api/nd43/compliance.json is read under it.", verbose_name="address of the agency's portal")),
                ('token', models.CharField(help_text="The value of WAGTAIL_ND43_COMPLIANCE_API_TOKEN on the agency's server (at least 32 characters).", max_length=255, verbose_name='access token')),
                ('active', models.BooleanField(default=True, help_text="Untick to stop reading this agency's endpoint.", verbose_name='checked')),
                ('last_success_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='last read at')),
                ('unreachable_since', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='unreachable since')),
                ('last_error', models.CharField(blank=True, editable=False, max_length=500, verbose_name='last error')),
            ],
            options={
                'verbose_name': 'agency hosted elsewhere',
                'verbose_name_plural': 'agencies hosted elsewhere',
                'ordering': ['name'],
            },
        ),
        migrations.CreateModel(
            name='ResearchPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'science programmes section',
            },
            bases=(wagtail_nd43.models.research.ResearchListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='RewardsPenaltiesPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'rewards and penalties section',
            },
            bases=(wagtail_nd43.models.direction.RewardPenaltyListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='SectionPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'content section',
                'verbose_name_plural': 'content sections',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='SiteMapPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'site map section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='SiteSearchEntry',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to='wagtailcore.page', verbose_name='page')),
                ('path', models.CharField(max_length=255, verbose_name='path')),
                ('title', models.TextField(verbose_name='folded title')),
                ('text', models.TextField(blank=True, verbose_name='folded text')),
                ('number', models.CharField(blank=True, max_length=255, verbose_name='folded number')),
                ('date', models.DateField(blank=True, null=True, verbose_name='date')),
            ],
            options={
                'verbose_name': 'site search entry',
                'verbose_name_plural': 'site search entries',
            },
        ),
        migrations.CreateModel(
            name='SpokespersonPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'spokesperson section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='StandardPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, verbose_name='content')),
            ],
            options={
                'verbose_name': 'standard page',
                'verbose_name_plural': 'standard pages',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='StatisticsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'statistics section',
            },
            bases=(wagtail_nd43.models.statistics.StatisticsListingMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='Unit',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
                ('name', models.CharField(help_text='E.g. “Phòng Bưu chính, Viễn thông”.', max_length=255, verbose_name='name')),
                ('functions', models.TextField(help_text="The unit's functions and tasks, as in its founding decision.", verbose_name='functions and tasks')),
                ('head', models.CharField(blank=True, help_text='Full name and position, e.g. “Ông Trần Văn Bình – Trưởng phòng”.', max_length=255, verbose_name='head of the unit')),
                ('address', models.CharField(blank=True, max_length=500, verbose_name='address')),
                ('phone', models.CharField(blank=True, max_length=100, validators=[wagtail_nd43.validators.validate_phone], verbose_name='phone')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                ('website', models.URLField(blank=True, help_text="The unit's own website, if it has one.", verbose_name='website')),
            ],
            options={
                'verbose_name': 'unit',
                'verbose_name_plural': 'units',
                'ordering': ['sort_order', 'name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='UnitsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'subordinate units section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='WeekSchedulePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('week_start', models.DateField(help_text="The Monday of the week. The title is filled in from it when left empty, e.g. “Lịch làm việc tuần 48 (23/11 – 29/11/2026)”. Decree 43/2011 (Art. 10.1.c) asks for the leaders' schedule of every week: publish it before the week starts.", verbose_name='week starting on')),
            ],
            options={
                'verbose_name': "week's work schedule",
                'verbose_name_plural': "weeks' work schedules",
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='WorkSchedulePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
            ],
            options={
                'verbose_name': 'work schedule section',
            },
            bases=(wagtail_nd43.models.schedule.WorkScheduleMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ArticlePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('date', models.DateField(default=wagtail_nd43.models.articles._today, help_text='Shown on the article and used to order lists, newest first.', verbose_name='publication date')),
                ('lead', models.TextField(help_text='The summary (sapo) shown in lists and under the title.', verbose_name='lead')),
                ('image_alt', models.CharField(blank=True, help_text='Describe what the image shows for people who cannot see it. Required when an image is chosen.', max_length=255, verbose_name='image description')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, verbose_name='content')),
                ('author', models.CharField(help_text='Who wrote the article (required by Decree 43, Article 5).', max_length=255, verbose_name='author')),
                ('is_reused', models.BooleanField(default=False, help_text="Tick when the article quotes or reposts another's information.", verbose_name='reused from another source')),
                ('source_name', models.CharField(blank=True, help_text='Name of the original source, e.g. a newspaper or agency.', max_length=255, verbose_name='source')),
                ('source_url', models.URLField(blank=True, help_text='Link to the original, when it is online.', verbose_name='source address')),
                ('law_issued_date', models.DateField(blank=True, help_text='For an article that explains a newly issued law, decree or policy: the date it was issued. Decree 43/2011 Art. 17.1.b: publish the article within 15 working days of it. Leave empty for other articles.', null=True, verbose_name='issue date of the document explained')),
                ('image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image')),
            ],
            options={
                'verbose_name': 'article',
                'verbose_name_plural': 'articles',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ComplianceResult',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('profile', models.CharField(max_length=50, verbose_name='regulation profile')),
                ('level', models.CharField(blank=True, max_length=50, verbose_name='agency level')),
                ('score', models.FloatField(verbose_name='score')),
                ('required_ok', models.PositiveIntegerField(verbose_name='required items met')),
                ('required_applicable', models.PositiveIntegerField(verbose_name='required items evaluated')),
                ('computed_at', models.DateTimeField(verbose_name='computed at')),
                ('counts', models.JSONField(default=dict, verbose_name='findings per status')),
                ('worst', models.JSONField(default=list, verbose_name='most urgent findings')),
                ('site', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'compliance result',
                'verbose_name_plural': 'compliance results',
            },
        ),
        migrations.CreateModel(
            name='ConsultationPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('summary', models.TextField(help_text='What the draft is about and why comments are sought.', verbose_name='summary')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text='The full text of the draft, or its main content.', verbose_name='full text')),
                ('drafting_unit', models.CharField(max_length=255, verbose_name='drafting unit')),
                ('receiving_unit', models.CharField(max_length=255, verbose_name='receiving unit')),
                ('receiving_address', models.CharField(max_length=255, verbose_name="receiving unit's address")),
                ('receiving_email', models.EmailField(help_text='Comments sent through the site are also emailed here.', max_length=254, verbose_name="receiving unit's email")),
                ('opens_at', models.DateTimeField(verbose_name='open for comments from')),
                ('closes_at', models.DateTimeField(help_text='The form closes at this time.', verbose_name='comments until')),
                ('concluded_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='concluded at')),
                ('draft_document', models.ForeignKey(blank=True, help_text='The full draft as a file people can download.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='draft file')),
                ('synthesis_report', models.ForeignKey(blank=True, help_text='The report compiling, taking into account and explaining the comments (báo cáo tổng hợp, tiếp thu, giải trình). Attaching it concludes the consultation.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='synthesis report')),
            ],
            options={
                'verbose_name': 'consultation on a draft',
                'verbose_name_plural': 'consultations on drafts',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ConsultationComment',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('ticket', models.CharField(max_length=20, unique=True, verbose_name='ticket code')),
                ('full_name', models.CharField(blank=True, max_length=200, verbose_name='full name')),
                ('email', models.EmailField(blank=True, db_index=True, max_length=254, verbose_name='email')),
                ('phone', models.CharField(blank=True, max_length=30, verbose_name='phone')),
                ('address', models.CharField(blank=True, max_length=255, verbose_name='address')),
                ('body', models.TextField(verbose_name='content')),
                ('attachment', models.FileField(blank=True, max_length=200, upload_to=wagtail_nd43.models.participation.submission_upload_to, verbose_name='attached file')),
                ('publish_name', models.BooleanField(default=False, editable=False, verbose_name='agreed to publish the name')),
                ('consent_at', models.DateTimeField(editable=False, verbose_name='consent given at')),
                ('consent_purposes', models.JSONField(default=list, editable=False, verbose_name='purposes consented to')),
                ('notice_version', models.CharField(editable=False, max_length=40, verbose_name='version of the notice shown')),
                ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='received at')),
                ('erased_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='personal data erased at')),
                ('status', models.CharField(choices=[('pending', 'Waiting for moderation'), ('published', 'Published'), ('rejected', 'Rejected')], db_index=True, default='pending', max_length=20, verbose_name='status')),
                ('rejection_reason', models.TextField(blank=True, help_text='Required when rejecting: e.g. off-topic, offensive, duplicate.', verbose_name='reason for rejection')),
                ('moderated_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='moderated at')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='comments', to='wagtail_nd43.consultationpage', verbose_name='consultation')),
            ],
            options={
                'verbose_name': 'comment on a draft',
                'verbose_name_plural': 'comments on drafts',
                'ordering': ['-created_at'],
            },
        ),
        migrations.CreateModel(
            name='EditorialBoard',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('decision_number', models.CharField(blank=True, help_text='The decision that set up the board, e.g. “45/QĐ-STTTT”.', max_length=100, verbose_name='founding decision number')),
                ('decision_date', models.DateField(blank=True, null=True, verbose_name='founding decision date')),
                ('decision_signer', models.CharField(blank=True, help_text='Position and name of the signer.', max_length=255, verbose_name='signed by')),
                ('coordination_number', models.CharField(blank=True, max_length=100, verbose_name='coordination regulation number')),
                ('coordination_date', models.DateField(blank=True, null=True, verbose_name='coordination regulation date')),
                ('operation_number', models.CharField(blank=True, max_length=100, verbose_name='operation regulation number')),
                ('operation_date', models.DateField(blank=True, null=True, verbose_name='operation regulation date')),
                ('coordination_file', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='coordination regulation file')),
                ('decision_file', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='founding decision file')),
                ('operation_file', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='operation regulation file')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s', to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'editorial board',
                'verbose_name_plural': 'editorial boards',
            },
        ),
        migrations.CreateModel(
            name='EditorialBoardMember',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('full_name', models.CharField(max_length=255, verbose_name='full name')),
                ('role', models.CharField(choices=[('head', 'Head of the board'), ('deputy', 'Deputy head'), ('member', 'Member'), ('secretary', 'Secretary – standing member')], default='member', max_length=20, verbose_name='role in the board')),
                ('position', models.CharField(help_text='E.g. “Phó Giám đốc Sở”.', max_length=255, verbose_name='position')),
                ('unit', models.CharField(blank=True, max_length=255, verbose_name='unit')),
                ('board', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='members', to='wagtail_nd43.editorialboard')),
                ('user', models.ForeignKey(blank=True, help_text="Optional: the member's account in this admin. Never shown publicly.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='admin user')),
            ],
            options={
                'verbose_name': 'board member',
                'verbose_name_plural': 'board members',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='AgencySettings',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('full_name', models.CharField(help_text='The full Vietnamese name exactly as in the founding decision, e.g. “Sở Thông tin và Truyền thông thành phố Hồ Chí Minh”. Shown in the header and footer of every page.', max_length=255, verbose_name='full name of the agency')),
                ('short_name', models.CharField(blank=True, help_text='An abbreviation used where space is short, e.g. “Sở TT&TT”.', max_length=100, verbose_name='short name')),
                ('english_name', models.CharField(blank=True, help_text="The agency's official English name, for the English pages.", max_length=255, verbose_name='English name')),
                ('governing_body', models.CharField(blank=True, help_text='The body the agency reports to (cơ quan chủ quản), shown above the name, e.g. “Ủy ban nhân dân thành phố Hồ Chí Minh”.', max_length=255, verbose_name='governing body')),
                ('level', models.CharField(choices=wagtail_nd43.models.settings._level_choices, default='so', help_text='Decides which sections the decree requires: for example only ministries and provinces must publish statistics and English information.', max_length=20, verbose_name='agency level')),
                ('profile', models.CharField(choices=wagtail_nd43.models.settings._profile_choices, default='nd43', help_text='The decree the site is checked against.', max_length=20, verbose_name='regulation')),
                ('address', models.CharField(blank=True, max_length=255, verbose_name='address')),
                ('phone', models.CharField(blank=True, max_length=100, verbose_name='phone')),
                ('fax', models.CharField(blank=True, max_length=100, verbose_name='fax')),
                ('email', models.EmailField(blank=True, help_text="The agency's official (công vụ) email address for the public.", max_length=254, verbose_name='official email')),
                ('responsible_person', models.CharField(blank=True, help_text="Name and position of the person responsible for the site's content, shown in the footer, e.g. “Ông Nguyễn Văn A – Phó Giám đốc”.", max_length=255, verbose_name='person responsible')),
                ('licence_text', models.CharField(blank=True, help_text='Optional. Only if the site holds a licence, e.g. “Giấy phép số 123/GP-TTĐT”.', max_length=255, verbose_name='licence text')),
                ('copyright_text', models.CharField(blank=True, help_text='Optional. Leave empty for “Bản quyền thuộc về” followed by the agency name.', max_length=255, verbose_name='copyright text')),
                ('logo', models.ForeignKey(blank=True, help_text="The national emblem or the agency's logo, shown left of the name in the header (TT32/2017, Article 16).", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='emblem or logo')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s', to='wagtailcore.site')),
                ('responsible_member', models.ForeignKey(blank=True, help_text='Instead of typing a name, choose the head of the editorial board; the footer then shows their name and position.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtail_nd43.editorialboardmember', verbose_name='person responsible from the editorial board')),
            ],
            options={
                'verbose_name': 'agency identity',
                'verbose_name_plural': 'agency identity',
                'permissions': [('publish_province_wide', 'Can publish province-wide banners, alerts and mourning periods (shown on every site)')],
            },
        ),
        migrations.CreateModel(
            name='EnglishAboutPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
                ('translation_source', models.ForeignKey(blank=True, help_text='The Vietnamese page this page translates. When that page is published again, the compliance report asks for this page to be updated too.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='Vietnamese source page')),
            ],
            options={
                'verbose_name': 'English introduction section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='EnglishContactPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
                ('translation_source', models.ForeignKey(blank=True, help_text='The Vietnamese page this page translates. When that page is published again, the compliance report asks for this page to be updated too.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='Vietnamese source page')),
            ],
            options={
                'verbose_name': 'English contact section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='Leader',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
                ('full_name', models.CharField(max_length=255, verbose_name='full name')),
                ('position', models.CharField(help_text='E.g. “Giám đốc Sở” or “Phó Giám đốc Sở”.', max_length=255, verbose_name='position')),
                ('biography', models.TextField(help_text='Required by Decree 43/2011 Art. 10.1.a: year of birth, home town, education and the main positions held.', verbose_name='short biography')),
                ('duties', models.TextField(help_text="Required by Decree 43/2011 Art. 10.1.a: the fields and units this leader is in charge of, as in the agency's assignment of duties.", verbose_name='assigned duties')),
                ('phone', models.CharField(blank=True, help_text='The office phone number, if it is published.', max_length=100, validators=[wagtail_nd43.validators.validate_phone], verbose_name='phone')),
                ('email', models.EmailField(blank=True, help_text='The official (công vụ) address, if it is published.', max_length=254, verbose_name='official email')),
                ('photo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='photo')),
            ],
            options={
                'verbose_name': 'leader',
                'verbose_name_plural': 'leaders',
                'ordering': ['sort_order', 'full_name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='LegalDocumentPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('number', models.CharField(db_index=True, help_text='As printed on the document, e.g. 43/2011/NĐ-CP. It is saved in the standard form: “43/2011/nd-cp” becomes “43/2011/NĐ-CP”.', max_length=100, validators=[wagtail_nd43.models.legal.validate_number], verbose_name='number and symbol')),
                ('issued_date', models.DateField(db_index=True, help_text='The date the document was signed.', verbose_name='issue date')),
                ('effective_date', models.DateField(help_text='The date the document takes effect. For documents effective on signature, the issue date.', verbose_name='effective date')),
                ('expiry_date', models.DateField(blank=True, help_text='The first day on which the document no longer has effect, when it states one. A document replaced or repealed by another is shown as expired automatically.', null=True, verbose_name='expiry date')),
                ('summary', models.TextField(help_text='The summary (trích yếu) as printed under the number, e.g. “Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến...”.', verbose_name='summary')),
                ('is_own_issuance', models.BooleanField(default=False, help_text='Tick when this agency issued the document: Decree 43 (Art. 17.1.c) asks it to be posted within 2 working days of issue; documents of other authorities within 10 working days.', verbose_name='issued by this agency')),
                ('national_db_url', models.URLField(blank=True, help_text="The document's address in the national database of legal documents (vbpl.vn), which Decree 42/2022 asks portals to link to.", max_length=500, verbose_name='national legal database link')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text='Optional: the text of the document, or notes for readers.', verbose_name='full text or notes')),
                ('ended_on', models.DateField(editable=False, help_text='First day a live document replacing or repealing it is in effect.', null=True)),
                ('amended_on', models.DateField(editable=False, help_text='First day a live document amending it or part of it is in effect.', null=True)),
                ('search_text', models.TextField(default='', editable=False, help_text='Folded number, title, summary, issuer, type and text for search.')),
                ('document_type', models.ForeignKey(help_text='The form of the document (hình thức văn bản), e.g. Nghị định.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtail_nd43.documenttype', verbose_name='document type')),
                ('issuing_body', models.ForeignKey(help_text='The authority that issued the document (thẩm quyền ban hành).', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtail_nd43.issuingbody', verbose_name='issuing body')),
                ('fields', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='wagtail_nd43.legalfield', verbose_name='fields')),
            ],
            options={
                'verbose_name': 'legal document',
                'verbose_name_plural': 'legal documents',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='LegalDocumentAttachment',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('label', models.CharField(blank=True, help_text="Optional, e.g. “Phụ lục I”. Empty: the file's title is shown.", max_length=255, verbose_name='label')),
                ('document', models.ForeignKey(help_text='PDF, DOC, DOCX or ODT; see the size limit in the error, if any.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document', verbose_name='file')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='attachments', to='wagtail_nd43.legaldocumentpage')),
            ],
            options={
                'verbose_name': 'document file',
                'verbose_name_plural': 'document files',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='DirectivePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('number', models.CharField(help_text='The number and symbol of the document that issued the directive, e.g. 125/TB-STTTT.', max_length=100, validators=[wagtail_nd43.models.direction.validate_document_number], verbose_name='number and symbol')),
                ('date', models.DateField(db_index=True, help_text='The date the directive was issued in writing.', verbose_name='issue date')),
                ('issuer', models.CharField(help_text='Who gave the directive, e.g. “Giám đốc Sở” or “Phó Giám đốc Nguyễn Văn A”. Use the same spelling each time: the list is filtered by it.', max_length=255, verbose_name='directed by')),
                ('summary', models.TextField(help_text='One or two sentences: what is directed, to whom, by when.', verbose_name='summary')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text='The directive as issued, or its main points.', verbose_name='content of the directive')),
                ('legal_document', models.ForeignKey(blank=True, help_text='Optional: the document in the “Văn bản” section that carries the directive.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtail_nd43.legaldocumentpage', verbose_name='legal document')),
            ],
            options={
                'verbose_name': 'directive',
                'verbose_name_plural': 'directives',
            },
            bases=(wagtail_nd43.models.direction.NumberedItemMixin, wagtail_nd43.models.listing.StructuredItemMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='LegalDocumentRelation',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('kind', models.CharField(choices=[('replaces', 'replaces'), ('amends', 'amends or supplements'), ('repeals', 'repeals'), ('repeals-part', 'repeals part of'), ('guides', 'guides the implementation of')], max_length=20, verbose_name='relation')),
                ('note', models.CharField(blank=True, help_text='Optional: which articles, e.g. “Điều 5, khoản 2”.', max_length=255, verbose_name='note')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='relations', to='wagtail_nd43.legaldocumentpage')),
                ('target', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='incoming_relations', to='wagtail_nd43.legaldocumentpage', verbose_name='other document')),
            ],
            options={
                'verbose_name': 'relation to another document',
                'verbose_name_plural': 'relations to other documents',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='MourningPeriod',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('start_at', models.DateTimeField(blank=True, help_text='Leave empty to show it as soon as it is published.', null=True, verbose_name='show from')),
                ('end_at', models.DateTimeField(blank=True, help_text='It disappears at this moment by itself, even on pages kept by a cache. Leave empty to show it until it is unpublished.', null=True, verbose_name='show until')),
                ('title', models.CharField(help_text='E.g. “Quốc tang đồng chí …”.', max_length=255, verbose_name='title')),
                ('notice', models.TextField(help_text='Shown at the top of every page, e.g. the dates of the national mourning and the instruction to lower flags and stop entertainment.', max_length=1000, verbose_name='notice')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('site', models.ForeignKey(blank=True, help_text='The agency site that shows it. With none chosen, every site of the province shows it (only people allowed to publish province-wide may choose none).', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site (empty: whole province)')),
            ],
            options={
                'verbose_name': 'mourning period',
                'verbose_name_plural': 'mourning periods',
                'ordering': ['-start_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='PetitionResponsePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('petition_summary', models.TextField(help_text="What was asked or reported, in a few sentences. Do not publish the petitioner's personal data (address, phone, identity number).", verbose_name='petition summary')),
                ('petitioner_kind', models.CharField(choices=[('individual', 'Individual'), ('organisation', 'Organisation'), ('enterprise', 'Enterprise'), ('voters', 'Voters')], default='individual', max_length=20, verbose_name='petitioner')),
                ('responding_unit', models.CharField(help_text='The unit that handled and answered the petition, e.g. “Thanh tra Sở”. Use the same spelling each time: the list is filtered by it.', max_length=255, verbose_name='responding unit')),
                ('response', wagtail.fields.RichTextField(blank=True, help_text='The answer given. Write it here, attach it as a file, or both.', verbose_name='response')),
                ('date', models.DateField(db_index=True, help_text='The date of the response.', verbose_name='response date')),
                ('file', models.ForeignKey(blank=True, help_text='Optional: the response letter as a PDF, DOC(X), ODT or XLS(X) file.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='file')),
            ],
            options={
                'verbose_name': 'response to a petition',
                'verbose_name_plural': 'responses to petitions',
            },
            bases=(wagtail_nd43.models.listing.StructuredItemMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PlanDocumentPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('decision_number', models.CharField(help_text='The number and symbol of the approving decision, e.g. 1234/QĐ-UBND.', max_length=100, validators=[wagtail_nd43.models.direction.validate_document_number], verbose_name='approval decision number')),
                ('approved_date', models.DateField(db_index=True, help_text='The date of the approving decision. Decree 43/2011 Art. 17.1.d: publish the plan within 10 working days of it.', verbose_name='approval date')),
                ('period_start', models.PositiveSmallIntegerField(help_text='The first year the plan covers, e.g. 2021.', verbose_name='from year')),
                ('period_end', models.PositiveSmallIntegerField(help_text='The last year the plan covers, e.g. 2030; the same year for a yearly plan.', verbose_name='to year')),
                ('category', models.CharField(blank=True, choices=[('investment', 'Investment incentives, investment opportunities and projects calling for investment'), ('construction-land', 'Construction and urban planning, land-use planning and plans'), ('natural-resources', 'Planning and plans for the exploitation of natural resources'), ('waste-environment', 'Waste collection, recycling and treatment planning; sources of harmful waste; seriously polluted areas and areas at risk of environmental incidents')], help_text="Required for People's Committees: the area of Decree 43/2011 Art. 10.1.đ this plan belongs to.", max_length=30, verbose_name='area')),
                ('summary', models.TextField(blank=True, help_text="Optional: the plan's main targets.", verbose_name='summary')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="Optional: the plan's text or its main points.", verbose_name='content')),
                ('file', models.ForeignKey(help_text='The approved plan (with its decision) as a PDF, DOC(X), ODT or XLS(X) file.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='plan file')),
            ],
            options={
                'verbose_name': 'plan',
                'verbose_name_plural': 'plans',
            },
            bases=(wagtail_nd43.models.direction.NumberedItemMixin, wagtail_nd43.models.listing.StructuredItemMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PressRegulationPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown at the top of the page.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, help_text="The page's own content, shown above the list of items.", verbose_name='content')),
                ('requirement_key', models.CharField(blank=True, db_index=True, editable=False, help_text='Identifies the section in the rulebook; set by the scaffold.', max_length=100, verbose_name='requirement key')),
                ('regulation_number', models.CharField(blank=True, help_text='E.g. “15/QĐ-STTTT”.', max_length=100, verbose_name='regulation number')),
                ('regulation_date', models.DateField(blank=True, null=True, verbose_name='date issued')),
                ('regulation_issuer', models.CharField(blank=True, help_text='Position and name of the signer, e.g. “Giám đốc Sở”.', max_length=255, verbose_name='issued by')),
                ('regulation_summary', models.TextField(blank=True, verbose_name='regulation summary')),
                ('regulation_file', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='regulation file')),
            ],
            options={
                'verbose_name': 'spokesperson regulation section',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PressReleasePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('date', models.DateField(default=wagtail_nd43.models.articles._today, help_text='Shown on the article and used to order lists, newest first.', verbose_name='publication date')),
                ('lead', models.TextField(help_text='The summary (sapo) shown in lists and under the title.', verbose_name='lead')),
                ('image_alt', models.CharField(blank=True, help_text='Describe what the image shows for people who cannot see it. Required when an image is chosen.', max_length=255, verbose_name='image description')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, verbose_name='content')),
                ('author', models.CharField(help_text='Who wrote the article (required by Decree 43, Article 5).', max_length=255, verbose_name='author')),
                ('is_reused', models.BooleanField(default=False, help_text="Tick when the article quotes or reposts another's information.", verbose_name='reused from another source')),
                ('source_name', models.CharField(blank=True, help_text='Name of the original source, e.g. a newspaper or agency.', max_length=255, verbose_name='source')),
                ('source_url', models.URLField(blank=True, help_text='Link to the original, when it is online.', verbose_name='source address')),
                ('kind', models.CharField(choices=[('periodic', 'Periodic information'), ('ad-hoc', 'Ad-hoc information'), ('conference', 'Press conference'), ('release', 'Press release'), ('answer', 'Answer to the press'), ('correction', 'Correction request')], max_length=20, verbose_name='kind')),
                ('event_at', models.DateTimeField(blank=True, help_text='For ad-hoc information: when the event happened. The first statement is due within 24 hours (Decree 09/2017 Art. 6).', null=True, verbose_name='event happened at')),
                ('image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image')),
            ],
            options={
                'verbose_name': 'press release',
                'verbose_name_plural': 'press releases',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PressReleaseAttachment',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('title', models.CharField(blank=True, help_text="Leave empty to use the document's title.", max_length=255, verbose_name='link text')),
                ('document', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document', verbose_name='document')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='attachments', to='wagtail_nd43.pressreleasepage')),
            ],
            options={
                'verbose_name': 'attachment',
                'verbose_name_plural': 'attachments',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='ProjectAttachment',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('label', models.CharField(blank=True, help_text='Optional, e.g. “Kế hoạch lựa chọn nhà thầu”.', max_length=255, verbose_name='label')),
                ('document', models.ForeignKey(help_text='PDF, DOC(X), ODT or XLS(X).', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document', verbose_name='file')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='attachments', to='wagtail_nd43.projectpage')),
            ],
            options={
                'verbose_name': 'project file',
                'verbose_name_plural': 'project files',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='ResearchProjectPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('kind', models.CharField(choices=[('programme', 'Science and technology programme'), ('topic', 'Research topic'), ('project', 'Science and technology project')], default='topic', max_length=20, verbose_name='kind')),
                ('code', models.CharField(help_text='The code in the approval decision, e.g. “ĐTĐL.CN-12/24”.', max_length=100, verbose_name='code')),
                ('management_level', models.CharField(choices=[('national', 'National level'), ('ministry', 'Ministry level'), ('province', 'Provincial level'), ('base', 'Grassroots level')], help_text='Who manages the programme or topic (Decree 43/2011 Art. 11.1).', max_length=20, verbose_name='management level')),
                ('field', models.CharField(help_text='The science field, e.g. “Khoa học kỹ thuật và công nghệ”. Use the same spelling for every topic of a field.', max_length=255, verbose_name='field')),
                ('lead_organisation', models.CharField(help_text='The organisation in charge (tổ chức chủ trì).', max_length=255, verbose_name='implementing organisation')),
                ('lead_researcher', models.CharField(help_text='The head of the topic (chủ nhiệm), with academic title.', max_length=255, verbose_name='lead researcher')),
                ('start_date', models.DateField(verbose_name='start date')),
                ('end_date', models.DateField(help_text='The end of the approved implementation period.', verbose_name='end date')),
                ('budget', models.PositiveBigIntegerField(help_text='The funding from the state budget, in đồng, digits only.', verbose_name='state budget (VND)')),
                ('approval_number', models.CharField(help_text='E.g. “1234/QĐ-UBND”.', max_length=100, verbose_name='approval decision number')),
                ('approved_date', models.DateField(help_text='The date of the approval decision. Publish the topic within 20 working days of it (Decree 43/2011 Art. 17.1.e).', verbose_name='approval date')),
                ('status', models.CharField(choices=[('approved', 'Approved, not started'), ('ongoing', 'In progress'), ('accepted', 'Accepted by the scientific council'), ('stopped', 'Stopped')], default='approved', max_length=20, verbose_name='status')),
                ('summary', models.TextField(help_text='What the programme or topic sets out to do, in a few sentences.', verbose_name='objectives and main content')),
                ('accepted_date', models.DateField(blank=True, help_text='The date the scientific council accepted the results.', null=True, verbose_name='acceptance date')),
                ('acceptance_rating', models.CharField(blank=True, choices=[('excellent', 'Excellent'), ('passed', 'Passed'), ('failed', 'Failed')], max_length=20, verbose_name='acceptance result')),
                ('results', models.TextField(blank=True, help_text='The results obtained and where they are applied.', verbose_name='results')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, verbose_name='more information')),
                ('application_report', models.ForeignKey(blank=True, help_text='Required once the topic is accepted (Decree 43/2011 Art. 11.2).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='report on applying the results')),
                ('summary_report', models.ForeignKey(blank=True, help_text='The summary report of the results; required once the topic is accepted.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='summary report')),
            ],
            options={
                'verbose_name': 'science programme or topic',
                'verbose_name_plural': 'science programmes and topics',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='RewardPenaltyPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('subject', models.CharField(help_text='The organisation or enterprise rewarded or penalised.', max_length=255, verbose_name='subject')),
                ('decision_number', models.CharField(help_text='The number and symbol of the decision, e.g. 45/QĐ-XPHC.', max_length=100, validators=[wagtail_nd43.models.direction.validate_document_number], verbose_name='decision number')),
                ('decision_date', models.DateField(db_index=True, verbose_name='decision date')),
                ('form', models.CharField(choices=[('order', 'Order'), ('medal', 'Medal'), ('emulation-title', 'Emulation title'), ('emulation-flag', 'Emulation flag'), ('certificate-of-merit', 'Certificate of merit'), ('commendation', 'Letter of commendation'), ('warning', 'Warning'), ('fine', 'Fine'), ('licence-withdrawal', 'Withdrawal of a licence or suspension of activities for a fixed term'), ('confiscation', 'Confiscation of the exhibits and means of the violation')], help_text='The form of reward or of sanction the decision takes.', max_length=30, verbose_name='form')),
                ('amount', models.PositiveBigIntegerField(blank=True, help_text='In VND, digits only, e.g. 40000000. Required for a fine; empty for a warning; optional otherwise (money given with a reward).', null=True, verbose_name='amount (VND)')),
                ('reason', models.TextField(blank=True, help_text='Optional: the achievement rewarded, or the violation and the legal provision applied.', verbose_name='reason')),
                ('file', models.ForeignKey(blank=True, help_text='Optional: the decision as a PDF, DOC(X), ODT or XLS(X) file.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='file')),
            ],
            options={
                'verbose_name': 'reward or penalty',
                'verbose_name_plural': 'rewards and penalties',
            },
            bases=(wagtail_nd43.models.direction.NumberedItemMixin, wagtail_nd43.models.listing.StructuredItemMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ScaffoldRecord',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('mode', models.CharField(choices=[('under', "under the site's home page"), ('replace', "replaced the site's root page"), ('new-site', 'on a site created by the scaffold')], max_length=20, verbose_name='mode')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('home', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='agency home page')),
                ('previous_root', models.ForeignKey(blank=True, help_text="The site's root page before the scaffold replaced it.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='previous root page')),
                ('site', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='nd43_scaffold_record', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'scaffold record',
                'verbose_name_plural': 'scaffold records',
            },
        ),
        migrations.CreateModel(
            name='Signer',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('full_name', models.CharField(max_length=255, verbose_name='full name')),
                ('position', models.CharField(blank=True, help_text='The position written under the signature, e.g. “Giám đốc”.', max_length=255, verbose_name='position')),
            ],
            options={
                'verbose_name': 'signer',
                'verbose_name_plural': 'signers',
                'ordering': ['full_name', 'position'],
                'constraints': [models.UniqueConstraint(fields=('full_name', 'position'), name='nd43_signer_unique')],
            },
        ),
        migrations.AddField(
            model_name='legaldocumentpage',
            name='signer',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtail_nd43.signer', verbose_name='signer'),
        ),
        migrations.CreateModel(
            name='SiteAlert',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('start_at', models.DateTimeField(blank=True, help_text='Leave empty to show it as soon as it is published.', null=True, verbose_name='show from')),
                ('end_at', models.DateTimeField(blank=True, help_text='It disappears at this moment by itself, even on pages kept by a cache. Leave empty to show it until it is unpublished.', null=True, verbose_name='show until')),
                ('severity', models.CharField(choices=[('announcement', 'Announcement'), ('warning', 'Warning'), ('emergency', 'Emergency')], default='announcement', max_length=20, verbose_name='severity')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('text', models.TextField(help_text='Short and plain: what happened and what people should do. Visitors can close the notice; it comes back when you change its text.', max_length=1000, verbose_name='text')),
                ('link_url', models.CharField(blank=True, help_text='Optional full https:// address of the details.', max_length=2000, validators=[wagtail_nd43.models.banners.validate_external_url], verbose_name='more information at')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('site', models.ForeignKey(blank=True, help_text='The agency site that shows it. With none chosen, every site of the province shows it (only people allowed to publish province-wide may choose none).', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site (empty: whole province)')),
            ],
            options={
                'verbose_name': 'site alert',
                'verbose_name_plural': 'site alerts',
                'ordering': ['-start_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='Spokesperson',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                ('full_name', models.CharField(max_length=255, verbose_name='full name')),
                ('position', models.CharField(help_text='E.g. “Chánh Văn phòng Sở”.', max_length=255, verbose_name='position')),
                ('unit', models.CharField(max_length=255, verbose_name='unit')),
                ('phone', models.CharField(help_text='Published on the portal, as Decree 09/2017 Art. 3 requires.', max_length=100, validators=[wagtail_nd43.validators.validate_phone], verbose_name='phone')),
                ('email', models.EmailField(help_text='The official (công vụ) address, published on the portal.', max_length=254, verbose_name='official email')),
                ('role', models.CharField(choices=[('head', 'Head of the agency'), ('appointed', 'Appointed spokesperson'), ('authorised', 'Authorised to speak')], default='appointed', max_length=20, verbose_name='role')),
                ('decision_number', models.CharField(blank=True, help_text='E.g. “125/QĐ-STTTT”.', max_length=100, verbose_name='appointment decision number')),
                ('decision_date', models.DateField(blank=True, null=True, verbose_name='appointment decision date')),
                ('active_from', models.DateField(default=django.utils.timezone.localdate, verbose_name='speaks from')),
                ('active_to', models.DateField(blank=True, help_text='Leave empty while the person remains spokesperson.', null=True, verbose_name='speaks until')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
                ('decision_file', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='appointment decision file')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='wagtail_nd43_locked_spokespersons', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                ('photo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='photo')),
                ('site', models.ForeignKey(blank=True, help_text='The agency site that shows it. With none chosen, every site of the province shows it (only people allowed to publish province-wide may choose none).', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site (empty: whole province)')),
            ],
            options={
                'verbose_name': 'spokesperson',
                'verbose_name_plural': 'spokespersons',
                'ordering': ['sort_order', 'full_name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.AddField(
            model_name='pressreleasepage',
            name='spokesperson',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='press_releases', to='wagtail_nd43.spokesperson', verbose_name='spokesperson who spoke'),
        ),
        migrations.CreateModel(
            name='SpokespersonAuthorisation',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('scope', models.CharField(help_text='What the person may speak about, e.g. “Vụ cháy chợ X ngày …”.', max_length=500, verbose_name='case or scope')),
                ('signed_at', models.DateTimeField(verbose_name='signed at')),
                ('valid_from', models.DateTimeField(verbose_name='valid from')),
                ('valid_to', models.DateTimeField(blank=True, null=True, verbose_name='valid until')),
                ('document', models.ForeignKey(help_text='The signed authorisation, published with it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='authorisation document')),
                ('spokesperson', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='authorisations', to='wagtail_nd43.spokesperson')),
            ],
            options={
                'verbose_name': 'authorisation to speak',
                'verbose_name_plural': 'authorisations to speak',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='StatisticsReportPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, related_name='%(app_label)s_%(class)s', serialize=False, to='wagtailcore.page')),
                ('field', models.CharField(help_text='The area the indicators cover, e.g. “Bưu chính, viễn thông”. Use the same spelling for every release of an area.', max_length=255, verbose_name='statistical field')),
                ('period_type', models.CharField(choices=[('year', 'Year'), ('half', 'Half-year'), ('quarter', 'Quarter'), ('month', 'Month')], default='year', max_length=10, verbose_name='kind of period')),
                ('year', models.PositiveSmallIntegerField(verbose_name='year of the period')),
                ('period_number', models.PositiveSmallIntegerField(blank=True, help_text='Which half-year (1–2), quarter (1–4) or month (1–12); empty for a year.', null=True, verbose_name='period number')),
                ('compiling_unit', models.CharField(help_text='The unit that collected and compiled the figures.', max_length=255, verbose_name='compiling unit')),
                ('measurement_unit', models.CharField(blank=True, help_text='E.g. “thuê bao”, “tỷ đồng”; leave empty if the tables say it.', max_length=100, verbose_name='unit of measurement')),
                ('decision_date', models.DateField(help_text='The date the head of the agency decided to publish. Publish within 10 working days of it (Decree 43/2011 Art. 17.1.g).', verbose_name='publication decision date')),
                ('date', models.DateField(default=wagtail_nd43.models.statistics._today, help_text='Shown on the release and used to order lists, newest first.', verbose_name='publication date')),
                ('summary', models.TextField(help_text='The main figures and findings, in plain words.', verbose_name='report')),
                ('methodology', models.TextField(help_text='How the data were collected and computed: sources, scope, method.', verbose_name='methodology')),
                ('analysis', models.TextField(help_text='What the figures mean, compared with earlier periods.', verbose_name='analysis')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 4), ('table', 7), ('document', 10)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the table shows; screen readers read it first.', 'label': 'Caption'}), 6: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table'}), 7: ('wagtail.blocks.StructBlock', [[('caption', 5), ('table', 6)]], {}), 8: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('document', 8), ('title', 9)]], {})}, verbose_name='tables and more information')),
                ('data_file', models.ForeignKey(help_text='The figures, as a spreadsheet (XLSX, ODS or CSV) or PDF.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='data file')),
                ('report_file', models.ForeignKey(blank=True, help_text='The full statistical report, if it is a separate file.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='report file')),
            ],
            options={
                'verbose_name': 'statistical release',
                'verbose_name_plural': 'statistical releases',
            },
            bases=(wagtail_nd43.models.base.FoldedSearchMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ContactPerson',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are listed first.', verbose_name='order')),
                ('full_name', models.CharField(max_length=255, verbose_name='full name')),
                ('position', models.CharField(max_length=255, verbose_name='position')),
                ('phone', models.CharField(help_text='Required by Decree 43/2011 Art. 10.1.k, e.g. 028 3520 2727.', max_length=100, validators=[wagtail_nd43.validators.validate_phone], verbose_name='phone or fax')),
                ('email', models.EmailField(help_text='Required by Decree 43/2011 Art. 10.1.k: the official (công vụ) address, not a personal one.', max_length=254, verbose_name='official email')),
                ('search_text', models.TextField(blank=True, default='', editable=False)),
                ('unit', models.ForeignKey(help_text='The unit the official works in. Add the unit first under “Decree 43 › Units” if it is not in the list.', on_delete=django.db.models.deletion.PROTECT, related_name='contact_persons', to='wagtail_nd43.unit', verbose_name='work unit')),
            ],
            options={
                'verbose_name': 'contact person',
                'verbose_name_plural': 'contact persons',
                'ordering': ['sort_order', 'full_name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='WeekScheduleEntry',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('entry_uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('day', models.DateField(help_text="A day of the page's week.", verbose_name='day')),
                ('start_time', models.TimeField(help_text='E.g. 08:00.', verbose_name='start time')),
                ('end_time', models.TimeField(blank=True, null=True, verbose_name='end time')),
                ('content', models.TextField(help_text='What the meeting or activity is about.', verbose_name='content')),
                ('presiding_text', models.CharField(blank=True, help_text='Use when the person presiding is not in the list of leaders, e.g. “Lãnh đạo Sở” or “Đồng chí Chánh Văn phòng”.', max_length=255, verbose_name='presiding (as text)')),
                ('location', models.CharField(blank=True, max_length=255, verbose_name='location')),
                ('participants', models.TextField(blank=True, help_text='Who is invited or attends (thành phần).', verbose_name='participants')),
                ('preparing_unit', models.CharField(blank=True, help_text='The unit that prepares the content (đơn vị chuẩn bị).', max_length=255, verbose_name='preparing unit')),
                ('note', models.CharField(blank=True, max_length=500, verbose_name='note')),
                ('change_note', models.CharField(blank=True, help_text='When you change or add an entry after the week was published, say what changed, e.g. “Dời từ 8h00 sang 14h00”. Shown only on entries changed or added after publication.', max_length=500, verbose_name='change note')),
                ('leaders', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The leaders who preside or attend. They get the entry in their own calendar feed.', related_name='schedule_entries', to='wagtail_nd43.leader', verbose_name='presiding leaders')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='entries', to='wagtail_nd43.weekschedulepage')),
            ],
            options={
                'verbose_name': 'schedule entry',
                'verbose_name_plural': 'schedule entries',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='Banner',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('start_at', models.DateTimeField(blank=True, help_text='Leave empty to show it as soon as it is published.', null=True, verbose_name='show from')),
                ('end_at', models.DateTimeField(blank=True, help_text='It disappears at this moment by itself, even on pages kept by a cache. Leave empty to show it until it is unpublished.', null=True, verbose_name='show until')),
                ('title', models.CharField(help_text="The campaign's name, e.g. “Biển, đảo Việt Nam – Nguồn cội tự bao giờ”. Editors see it in lists; visitors see it as the banner's tooltip.", max_length=255, verbose_name='title')),
                ('image_alt', models.CharField(help_text='Write the words on the banner and where it leads, for people who cannot see it (required by Circular 32/2017, Article 18).', max_length=255, verbose_name='image description')),
                ('link_url', models.CharField(blank=True, help_text='A full https:// or http:// address, e.g. https://www.hochiminhcity.gov.vn/.', max_length=2000, validators=[wagtail_nd43.models.banners.validate_external_url], verbose_name='address on another site')),
                ('placement', models.CharField(choices=wagtail_nd43.models.banners.placement_choices, default='home-top', max_length=50, verbose_name='placement')),
                ('sort_order', models.IntegerField(default=0, help_text='Lower numbers are shown first.', verbose_name='order')),
                ('is_festive', models.BooleanField(default=False, help_text='Tick for celebration banners (holidays, anniversaries): they are hidden during a national mourning period.', verbose_name='festive')),
                ('image', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('link_page', models.ForeignKey(blank=True, help_text='E.g. the election campaign section.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='page in this site')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('site', models.ForeignKey(blank=True, help_text='The agency site that shows it. With none chosen, every site of the province shows it (only people allowed to publish province-wide may choose none).', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site (empty: whole province)')),
            ],
            options={
                'verbose_name': 'campaign banner',
                'verbose_name_plural': 'campaign banners',
                'ordering': ['placement', 'sort_order', 'pk'],
                'indexes': [models.Index(fields=['live', 'placement', 'end_at'], name='wagtail_nd4_live_35d84f_idx')],
            },
            bases=(wagtail.models.preview.PreviewableMixin, models.Model),
        ),
        migrations.CreateModel(
            name='PageViewDay',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('day', models.DateField(verbose_name='day')),
                ('views', models.PositiveBigIntegerField(default=0, verbose_name='views')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='nd43_view_days', to='wagtailcore.page', verbose_name='page')),
            ],
            options={
                'verbose_name': 'page views per day',
                'verbose_name_plural': 'page views per day',
                'indexes': [models.Index(fields=['day'], name='wagtail_nd4_day_fa728e_idx')],
                'constraints': [models.UniqueConstraint(fields=('page', 'day'), name='nd43_page_day_unique')],
            },
        ),
        migrations.CreateModel(
            name='Question',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('ticket', models.CharField(max_length=20, unique=True, verbose_name='ticket code')),
                ('full_name', models.CharField(blank=True, max_length=200, verbose_name='full name')),
                ('email', models.EmailField(blank=True, db_index=True, max_length=254, verbose_name='email')),
                ('phone', models.CharField(blank=True, max_length=30, verbose_name='phone')),
                ('address', models.CharField(blank=True, max_length=255, verbose_name='address')),
                ('body', models.TextField(verbose_name='content')),
                ('attachment', models.FileField(blank=True, max_length=200, upload_to=wagtail_nd43.models.participation.submission_upload_to, verbose_name='attached file')),
                ('publish_name', models.BooleanField(default=False, editable=False, verbose_name='agreed to publish the name')),
                ('consent_at', models.DateTimeField(editable=False, verbose_name='consent given at')),
                ('consent_purposes', models.JSONField(default=list, editable=False, verbose_name='purposes consented to')),
                ('notice_version', models.CharField(editable=False, max_length=40, verbose_name='version of the notice shown')),
                ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='received at')),
                ('erased_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='personal data erased at')),
                ('title', models.CharField(max_length=200, verbose_name='subject')),
                ('status', models.CharField(choices=[('received', 'Received'), ('forwarded', 'Forwarded for an answer'), ('answered', 'Answered'), ('out_of_scope', "Outside the agency's remit")], db_index=True, default='received', max_length=20, verbose_name='status')),
                ('forwarded_to', models.CharField(blank=True, help_text='The unit asked to prepare the answer.', max_length=255, verbose_name='forwarded to')),
                ('out_of_scope_reason', models.TextField(blank=True, help_text='Shown to the sender; say which body can deal with it. The sender is told at once (Decree 43, Article 17.1.đ).', verbose_name="why it is outside the agency's remit")),
                ('answer', models.TextField(blank=True, help_text='Plain text; shown to the sender.', verbose_name='answer')),
                ('is_public', models.BooleanField(default=False, help_text='For answers of general interest. Only the subject, question, answer, topic and — if the sender agreed — the name are published; never the email, phone or address.', verbose_name='publish in the Q&A list')),
                ('due_date', models.DateField(editable=False, help_text='15 working days after receipt.', null=True, verbose_name='answer due')),
                ('status_notice', models.TextField(blank=True, help_text='When the answer needs more time: tell the sender how the question is being handled. Saving it emails the sender and meets the 15-working-day deadline (Decree 43, Article 17.1.đ); the question stays open until it is answered.', verbose_name='status notice')),
                ('answer_expected_by', models.DateField(blank=True, help_text='The date the status notice gives for the answer.', null=True, verbose_name='answer expected by')),
                ('notice_sent_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='status notice sent at')),
                ('responded_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='answered or closed at')),
                ('first_response_at', models.DateTimeField(blank=True, editable=False, help_text='When the sender first got the answer, the out-of-scope notice or a status notice: the 15-working-day deadline stops there.', null=True, verbose_name='first response at')),
                ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site')),
                ('category', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='questions', to='wagtail_nd43.questioncategory', verbose_name='topic')),
            ],
            options={
                'verbose_name': 'question',
                'verbose_name_plural': 'questions',
                'ordering': ['-created_at'],
                'indexes': [models.Index(fields=['site', 'status', 'due_date'], name='wagtail_nd4_site_id_9d7e5c_idx')],
            },
        ),
        migrations.CreateModel(
            name='ComplianceEvaluation',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('profile', models.CharField(max_length=50, verbose_name='regulation profile')),
                ('level', models.CharField(blank=True, max_length=50, verbose_name='agency level')),
                ('score', models.FloatField(verbose_name='score')),
                ('required_ok', models.PositiveIntegerField(verbose_name='required items met')),
                ('required_applicable', models.PositiveIntegerField(verbose_name='required items evaluated')),
                ('computed_at', models.DateTimeField(verbose_name='computed at')),
                ('date', models.DateField(verbose_name='date')),
                ('statuses', models.JSONField(default=dict, verbose_name='status per requirement')),
                ('failing_since', models.JSONField(default=dict, verbose_name='failing since')),
                ('newly_failing', models.JSONField(default=list, verbose_name='newly failing')),
                ('newly_passing', models.JSONField(default=list, verbose_name='newly passing')),
                ('previous_date', models.DateField(blank=True, null=True, verbose_name='previous evaluation')),
                ('site', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site')),
                ('remote', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='evaluations', to='wagtail_nd43.remoteagency', verbose_name='agency hosted elsewhere')),
            ],
            options={
                'verbose_name': 'compliance evaluation',
                'verbose_name_plural': 'compliance history',
                'ordering': ['date'],
                'permissions': [('view_province_overview', 'Can see the compliance overview of every agency site')],
                'indexes': [models.Index(fields=['date'], name='wagtail_nd43_evaluation_date')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('site__isnull', False)), fields=('site', 'date'), name='wagtail_nd43_evaluation_site_day'), models.UniqueConstraint(condition=models.Q(('remote__isnull', False)), fields=('remote', 'date'), name='wagtail_nd43_evaluation_remote_day'), models.CheckConstraint(condition=models.Q(models.Q(('remote__isnull', True), ('site__isnull', False)), models.Q(('remote__isnull', False), ('site__isnull', True)), _connector='OR'), name='wagtail_nd43_evaluation_one_agency')],
            },
        ),
        migrations.CreateModel(
            name='SiteVisitDay',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('day', models.DateField(verbose_name='day')),
                ('visits', models.PositiveBigIntegerField(default=0, verbose_name='visits')),
                ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='nd43_visit_days', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'site visits per day',
                'verbose_name_plural': 'site visits per day',
                'constraints': [models.UniqueConstraint(fields=('site', 'day'), name='nd43_site_day_unique')],
            },
        ),
        # Hand-written, PostgreSQL only (no-ops elsewhere): see the docstring.
        migrations.RunPython(
            add_page_depth_path_index, remove_page_depth_path_index, elidable=False
        ),
        migrations.RunPython(
            add_listing_order_index, remove_listing_order_index, elidable=False
        ),
        migrations.RunPython(add_trigram_index, remove_trigram_index, elidable=False),
        migrations.RunPython(add_search_vector, remove_search_vector, elidable=False),
    ]
