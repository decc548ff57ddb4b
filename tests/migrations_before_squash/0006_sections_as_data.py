"""Sections are data (issue 19) and clash-free names (issue 13).

1. The content-only section page types become one generic ``SectionPage``: every
   page of the old types keeps its id, tree position, slug, URL path, requirement
   key, content and revisions; only its content type changes (on the page, its
   revisions and their stored content, log entries, workflow states and the
   reference index).
2. Every parent link and every relation to Wagtail's Page, Site and the user model
   gets a reverse accessor of its own (``wagtail_nd43_<model>``), so a host site
   with page types of the same names (StandardPage, ContactPage...) migrates.

Written for Wagtail 7.4 / Django 5.2: relations name ``wagtailcore.page``, not the
swappable page model setting of later Wagtail versions.
"""

import django.db.models.deletion
import wagtail.fields
import wagtail_nd43.models.base
from django.conf import settings
from django.db import migrations, models


APP = "wagtail_nd43"
#: The page types merged into SectionPage, with the requirement keys their pages
#: carry (for the way back).
MERGED = {
    "introductionpage": ("gioi-thieu",),
    "functionspage": ("gioi-thieu.chuc-nang-nhiem-vu",),
    "organisationstructurepage": ("gioi-thieu.co-cau-to-chuc",),
    "historypage": ("gioi-thieu.lich-su-phat-trien",),
    "localityoverviewpage": ("gioi-thieu.tong-quan",),
    "administrativemappage": ("gioi-thieu.ban-do-hanh-chinh",),
    "newsindexpage": ("tin-tuc-su-kien",),
    "directionpage": ("chi-dao-dieu-hanh",),
    "lawdisseminationpage": ("pho-bien-phap-luat",),
    "gazettepage": ("van-ban.cong-bao",),
    "regulationfeedbackpage": ("lay-y-kien.phan-anh-kien-nghi",),
    "serviceguidepage": ("dich-vu-cong.huong-dan",),
    "servicefaqpage": ("dich-vu-cong.cau-hoi-thuong-gap",),
    "accesstoinformationpage": ("tiep-can-thong-tin",),
    "treatypage": ("van-ban.dieu-uoc-quoc-te",),
    "annualworkplanpage": ("quy-hoach-ke-hoach.ke-hoach-cong-tac",),
    "financialreportpage": ("bao-cao-tai-chinh",),
    "officialchannelspage": ("kenh-thong-tin",),
    "informationratingpage": ("danh-gia",),
}
COLUMNS = ("page_ptr_id", "intro", "body", "requirement_key")
BATCH = 500


def _content_type(apps, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=APP, model=model)[0]


def _copy_rows(schema_editor, source, target, where="", params=()):
    quote = schema_editor.connection.ops.quote_name
    columns = ", ".join(quote(column) for column in COLUMNS)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(target)} ({columns}) "
            f"SELECT {columns} FROM {quote(source)}{where}",
            params,
        )


def _retype(apps, page_ids, old, new):
    """Point the pages ``page_ids`` and everything that records their specific
    type from content type ``old`` to ``new``."""
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    ids = [str(pk) for pk in page_ids]
    Page.objects.filter(pk__in=page_ids, content_type=old).update(content_type=new)
    revisions = Revision.objects.filter(content_type=old, object_id__in=ids)
    batch = []
    for revision in revisions.iterator(chunk_size=BATCH):
        revision.content_type = new
        if isinstance(revision.content, dict) and "content_type" in revision.content:
            revision.content["content_type"] = new.pk
        batch.append(revision)
        if len(batch) >= BATCH:
            Revision.objects.bulk_update(batch, ["content_type", "content"])
            batch = []
    if batch:
        Revision.objects.bulk_update(batch, ["content_type", "content"])
    for app_label, model_name, id_field, type_field in (
        ("wagtailcore", "PageLogEntry", "page_id", "content_type"),
        ("wagtailcore", "WorkflowState", "object_id", "content_type"),
        ("wagtailcore", "ReferenceIndex", "object_id", "content_type"),
        ("wagtailcore", "ReferenceIndex", "to_object_id", "to_content_type"),
        ("wagtailsearch", "IndexEntry", "object_id", "content_type"),
        ("wagtailadmin", "EditingSession", "object_id", "content_type"),
    ):
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        model.objects.filter(
            **{
                type_field: old,
                f"{id_field}__in": page_ids if id_field == "page_id" else ids,
            }
        ).update(**{type_field: new})


def _check_constraints(schema_editor):
    # PostgreSQL refuses to alter tables with pending deferred constraint checks.
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def merge_sections(apps, schema_editor):
    section = _content_type(apps, "sectionpage")
    target = apps.get_model(APP, "SectionPage")._meta.db_table
    for model_name in MERGED:
        model = apps.get_model(APP, model_name)
        page_ids = list(model.objects.values_list("pk", flat=True))
        if not page_ids:
            continue
        _copy_rows(schema_editor, model._meta.db_table, target)
        _retype(apps, page_ids, _content_type(apps, model_name), section)
    _check_constraints(schema_editor)


def split_sections(apps, schema_editor):
    SectionPage = apps.get_model(APP, "SectionPage")
    section = _content_type(apps, "sectionpage")
    quote = schema_editor.connection.ops.quote_name
    for model_name, keys in MERGED.items():
        model = apps.get_model(APP, model_name)
        page_ids = list(
            SectionPage.objects.filter(requirement_key__in=keys).values_list(
                "pk", flat=True
            )
        )
        if not page_ids:
            continue
        placeholders = ", ".join(["%s"] * len(keys))
        _copy_rows(
            schema_editor,
            SectionPage._meta.db_table,
            model._meta.db_table,
            f" WHERE {quote('requirement_key')} IN ({placeholders})",
            keys,
        )
        _retype(apps, page_ids, section, _content_type(apps, model_name))
    left = SectionPage.objects.exclude(
        requirement_key__in=[key for keys in MERGED.values() for key in keys]
    )
    if left.exists():
        raise RuntimeError(
            "Cannot go back: sections of profiles added after this migration "
            f"({', '.join(sorted(set(left.values_list('requirement_key', flat=True))))}) "
            "have no page type of their own before it."
        )
    _check_constraints(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_nd43", "0005_scaffold_record"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SectionPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        related_name="%(app_label)s_%(class)s",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "intro",
                    models.TextField(
                        blank=True,
                        help_text="One or two sentences shown at the top of the page.",
                        verbose_name="introduction",
                    ),
                ),
                (
                    "body",
                    wagtail.fields.StreamField(
                        [
                            ("heading", 2),
                            ("paragraph", 3),
                            ("image", 4),
                            ("table", 7),
                            ("document", 10),
                        ],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "Heading", "max_length": 255},
                            ),
                            1: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [
                                        ("h2", "Heading 2"),
                                        ("h3", "Heading 3"),
                                    ],
                                    "label": "Level",
                                },
                            ),
                            2: (
                                "wagtail.blocks.StructBlock",
                                [[("text", 0), ("level", 1)]],
                                {},
                            ),
                            3: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {
                                    "features": [
                                        "bold",
                                        "italic",
                                        "ol",
                                        "ul",
                                        "link",
                                        "document-link",
                                    ],
                                    "label": "Paragraph",
                                },
                            ),
                            4: (
                                "wagtail.images.blocks.ImageBlock",
                                [],
                                {"label": "Image"},
                            ),
                            5: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Describe what the table shows; screen readers read it first.",
                                    "label": "Caption",
                                },
                            ),
                            6: (
                                "wagtail.contrib.table_block.blocks.TableBlock",
                                (),
                                {"label": "Table"},
                            ),
                            7: (
                                "wagtail.blocks.StructBlock",
                                [[("caption", 5), ("table", 6)]],
                                {},
                            ),
                            8: (
                                "wagtail.documents.blocks.DocumentChooserBlock",
                                (),
                                {"label": "Document"},
                            ),
                            9: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Leave empty to use the document's title.",
                                    "label": "Link text",
                                    "required": False,
                                },
                            ),
                            10: (
                                "wagtail.blocks.StructBlock",
                                [[("document", 8), ("title", 9)]],
                                {},
                            ),
                        },
                        help_text="The page's own content, shown above the list of items.",
                        verbose_name="content",
                    ),
                ),
                (
                    "requirement_key",
                    models.CharField(
                        blank=True,
                        db_index=True,
                        editable=False,
                        help_text="Identifies the section in the rulebook; set by the scaffold.",
                        max_length=100,
                        verbose_name="requirement key",
                    ),
                ),
            ],
            options={
                "verbose_name": "content section",
                "verbose_name_plural": "content sections",
            },
            bases=(
                wagtail_nd43.models.base.FoldedSearchMixin,
                "wagtailcore.page",
                models.Model,
            ),
        ),
        migrations.RunPython(merge_sections, split_sections),
        migrations.AlterField(
            model_name="adhocpresspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="agencyhomepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="agencysettings",
            name="site",
            field=models.OneToOneField(
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="%(app_label)s_%(class)s",
                to="wagtailcore.site",
            ),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="consultationpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="consultationspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="contactpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="directivepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="directivespage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="editorialboard",
            name="site",
            field=models.OneToOneField(
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="%(app_label)s_%(class)s",
                to="wagtailcore.site",
            ),
        ),
        migrations.AlterField(
            model_name="editorialboardpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="englishaboutpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="englishcontactpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="englishpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="leadershippage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="legaldocumentpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="legaldocumentspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="onlineservicepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="onlineservicespage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="periodicpresspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="petitionresponsepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="petitionresponsespage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="plandocumentpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="planningpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="pressconferencepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="presspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="pressregulationpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="pressreleasepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="privacypage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="projectpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="projectspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="questionspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="researchpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="researchprojectpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="rewardpenaltypage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="rewardspenaltiespage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="sitemappage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="spokesperson",
            name="locked_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="wagtail_nd43_locked_spokespersons",
                to=settings.AUTH_USER_MODEL,
                verbose_name="locked by",
            ),
        ),
        migrations.AlterField(
            model_name="spokespersonpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="standardpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="statisticspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="statisticsreportpage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="unitspage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="weekschedulepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="workschedulepage",
            name="page_ptr",
            field=models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                related_name="%(app_label)s_%(class)s",
                serialize=False,
                to="wagtailcore.page",
            ),
        ),
        migrations.DeleteModel(
            name="AccessToInformationPage",
        ),
        migrations.DeleteModel(
            name="AdministrativeMapPage",
        ),
        migrations.DeleteModel(
            name="AnnualWorkPlanPage",
        ),
        migrations.DeleteModel(
            name="DirectionPage",
        ),
        migrations.DeleteModel(
            name="FinancialReportPage",
        ),
        migrations.DeleteModel(
            name="FunctionsPage",
        ),
        migrations.DeleteModel(
            name="GazettePage",
        ),
        migrations.DeleteModel(
            name="HistoryPage",
        ),
        migrations.DeleteModel(
            name="InformationRatingPage",
        ),
        migrations.DeleteModel(
            name="IntroductionPage",
        ),
        migrations.DeleteModel(
            name="LawDisseminationPage",
        ),
        migrations.DeleteModel(
            name="LocalityOverviewPage",
        ),
        migrations.DeleteModel(
            name="NewsIndexPage",
        ),
        migrations.DeleteModel(
            name="OfficialChannelsPage",
        ),
        migrations.DeleteModel(
            name="OrganisationStructurePage",
        ),
        migrations.DeleteModel(
            name="RegulationFeedbackPage",
        ),
        migrations.DeleteModel(
            name="ServiceFAQPage",
        ),
        migrations.DeleteModel(
            name="ServiceGuidePage",
        ),
        migrations.DeleteModel(
            name="TreatyPage",
        ),
    ]
