"""Sections are data (issue 19) and clash-free names (issue 13, point 1).

- A profile that only adds content sections is data: registered through
  ``WAGTAIL_ND43_PROFILES``, its new section is built by the scaffold, allowed in the
  admin, checked by the checker and listed by the docs generator, with no model and
  no migration. A check kind of the site's own (``tests/testapp``: one class, one
  registered function) is evaluated and documented with the package's.
- A site upgraded from the schema before the change (migration 0005, one page type
  per section) keeps every page, URL, revision and requirement key.
- A host site with page types, a site setting and a snippet named like the
  package's runs beside it (``tests/testapp``).
"""

import json
from io import StringIO

from django.apps import apps as global_apps
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils

from wagtail_nd43.compliance import EMPTY, MISSING, OK, evaluate
from wagtail_nd43.models import (
    AgencyHomePage,
    AgencySettings,
    ContactPage,
    SectionPage,
    StandardPage,
)
from wagtail_nd43.models.base import open_sections_at
from wagtail_nd43.rulebook import SO, get_profile, profile_names

from .utils import KeepsInitialData, default_site, scaffold_site, section_page


PROFILES = {"tinh-mau": "tests.testapp.profiles"}
AWARDS = "gioi-thieu.thanh-tich"


class ProfileRegisteredBySettingTest(WagtailPageTestCase, WagtailTestUtils):
    @classmethod
    def setUpTestData(cls):
        with override_settings(WAGTAIL_ND43_PROFILES=PROFILES):
            cls.home = scaffold_site(SO, profile="tinh-mau")

    def setUp(self):
        self.enterContext(override_settings(WAGTAIL_ND43_PROFILES=PROFILES))

    def test_the_profile_is_known_only_while_registered(self):
        self.assertIn("tinh-mau", profile_names())
        with override_settings(WAGTAIL_ND43_PROFILES={}):
            self.assertNotIn("tinh-mau", profile_names())
            with self.assertRaises(KeyError):
                get_profile("tinh-mau")

    def test_the_scaffold_builds_the_new_section_in_its_place(self):
        page = section_page(self.home, AWARDS)
        self.assertIsInstance(page, SectionPage)
        self.assertEqual(page.title, "Thành tích, khen thưởng")
        self.assertEqual(page.url_path, "/trang-chu/gioi-thieu/thanh-tich/")
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().specific.requirement_key, "gioi-thieu")
        self.assertPageIsRenderable(page)

    def test_a_site_template_named_after_the_key_renders_it(self):
        response = self.client.get(section_page(self.home, AWARDS).url)
        self.assertTemplateUsed(
            response, "wagtail_nd43/pages/sections/gioi-thieu.thanh-tich.html"
        )
        self.assertContains(response, "Bảng vàng thành tích")
        # Other generic sections use the shared template.
        response = self.client.get(section_page(self.home, "gioi-thieu").url)
        self.assertTemplateUsed(response, "wagtail_nd43/pages/section_page.html")
        self.assertNotContains(response, "Bảng vàng thành tích")

    def test_the_editor_sees_its_guidance(self):
        self.login(self.create_superuser("admin", password="password"))
        page = section_page(self.home, AWARDS)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertContains(response, "danh hiệu thi đua và hình thức khen thưởng")
        self.assertContains(response, "QDT-3.2")

    def test_the_admin_offers_it_where_it_is_missing_only(self):
        intro = section_page(self.home, "gioi-thieu")
        self.assertEqual(open_sections_at(SectionPage, intro), [])
        section_page(self.home, AWARDS).delete()
        missing = open_sections_at(SectionPage, intro)
        self.assertEqual([s.key for s in missing], [AWARDS])
        self.assertTrue(SectionPage.can_create_at(intro))
        page = SectionPage(title="Khen thưởng", slug="khen-thuong")
        intro.add_child(instance=page)
        self.assertEqual(page.requirement_key, AWARDS)

    def test_the_checker_evaluates_its_requirement(self):
        findings = {f.requirement.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["QDT-3.2"].status, EMPTY)
        page = section_page(self.home, AWARDS)
        page.intro = "Huân chương Lao động hạng Ba (2024)."
        page.body = json.dumps(
            [{"type": "paragraph", "value": "<p>Huân chương Lao động hạng Ba.</p>"}]
        )
        page.save_revision().publish()
        findings = {f.requirement.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["QDT-3.2"].status, OK)

    def test_the_checker_evaluates_the_sites_own_check_kind(self):
        findings = {f.requirement.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["QDT-5.1"].status, MISSING)
        identity = AgencySettings.for_site(default_site())
        identity.email = "vanphong@tinh-mau.gov.vn"
        identity.save()
        findings = {f.requirement.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["QDT-5.1"].status, OK)

    def test_the_docs_generator_lists_it(self):
        out = StringIO()
        call_command("nd43_docs", "--profile", "tinh-mau", stdout=out)
        self.assertIn(AWARDS, out.getvalue())
        self.assertIn("Thành tích, khen thưởng", out.getvalue())
        self.assertIn("`official_email(domain=tinh-mau.gov.vn)`", out.getvalue())
        out = StringIO()
        call_command("nd43_docs", "--matrix", stdout=out)
        self.assertIn("QDT-3.2", out.getvalue())
        # The site's own kind is described with the package's.
        self.assertIn(
            "| `official_email` | The e-mail address of the agency identity is on "
            "`domain` (the province's official mail service). | ok, missing |",
            out.getvalue(),
        )

    def test_no_migration_is_needed(self):
        out = StringIO()
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
        self.assertIn("No changes detected", out.getvalue())


class HostSiteNamesTest(WagtailPageTestCase):
    """``tests/testapp`` has StandardPage, ArticlePage, ContactPage, NewsIndexPage,
    HistoryPage, PrivacyPage, SiteMapPage, SectionPage, AgencySettings,
    EditorialBoard and Spokesperson of its own."""

    def test_no_model_check_fails(self):
        errors = [
            message
            for message in checks.run_checks(tags=[checks.Tags.models])
            if message.level >= checks.ERROR
        ]
        self.assertEqual(errors, [])

    def test_both_apps_have_the_common_names(self):
        for name in ("StandardPage", "ContactPage", "SectionPage", "AgencySettings"):
            with self.subTest(name=name):
                self.assertIsNotNone(global_apps.get_model("testapp", name))
                self.assertIsNotNone(global_apps.get_model("wagtail_nd43", name))

    def test_add_child_page_never_offers_two_identical_names(self):
        host_home = global_apps.get_model("testapp", "HomePage")
        names = [
            str(model.get_verbose_name())
            for model in host_home.allowed_subpage_models()
        ]
        self.assertIn("Standard page", names)
        self.assertEqual(len(names), len(set(names)), names)

    def test_host_and_package_pages_live_side_by_side(self):
        root = Page.get_first_root_node()
        host_standard = global_apps.get_model("testapp", "StandardPage")
        host = host_standard(title="Giới thiệu chung", slug="gioi-thieu-chung")
        root.add_child(instance=host)
        ours = StandardPage(title="Trang thông tin", slug="trang-thong-tin")
        root.add_child(instance=ours)
        self.assertIsInstance(Page.objects.get(pk=host.pk).specific, host_standard)
        self.assertIsInstance(Page.objects.get(pk=ours.pk).specific, StandardPage)
        self.assertEqual(Page.objects.get(pk=ours.pk).wagtail_nd43_standardpage, ours)


#: The page types 0004 merges into SectionPage (the migration's own list).
MERGED_KEYS = {
    "introductionpage": "gioi-thieu",
    "functionspage": "gioi-thieu.chuc-nang-nhiem-vu",
    "newsindexpage": "tin-tuc-su-kien",
    "directionpage": "chi-dao-dieu-hanh",
    "gazettepage": "van-ban.cong-bao",
    "treatypage": "van-ban.dieu-uoc-quoc-te",
}
BEFORE = ("wagtail_nd43", "0005_scaffold_record")


class UpgradeFromOneTypePerSectionTest(KeepsInitialData, TransactionTestCase):
    """A database built at migration 0005 (the last schema with one page type per
    section) is migrated to the head: nothing an editor or a visitor sees changes."""

    def setUp(self):
        ContentType.objects.clear_cache()
        executor = MigrationExecutor(connection)
        self.head = executor.loader.graph.leaf_nodes()
        self.before = [key for key in self.head if key[0] != BEFORE[0]] + [BEFORE]
        executor.migrate(self.before)
        self.old_apps = executor.loader.project_state(self.before).apps
        self.pages = self.build_old_site(self.old_apps)

    def tearDown(self):
        executor = MigrationExecutor(connection)
        executor.migrate(self.head)
        super().tearDown()

    def build_old_site(self, apps):
        """A home, sections of merged and kept types, items under them and
        revisions, written with the models of migration 0005."""
        OldPage = apps.get_model("wagtailcore", "Page")
        OldRevision = apps.get_model("wagtailcore", "Revision")
        OldContentType = apps.get_model("contenttypes", "ContentType")
        OldSite = apps.get_model("wagtailcore", "Site")
        OldLocale = apps.get_model("wagtailcore", "Locale")
        locale = OldLocale.objects.first() or OldLocale.objects.create(
            language_code="vi"
        )
        page_type = OldContentType.objects.get_or_create(
            app_label="wagtailcore", model="page"
        )[0]
        # A TransactionTestCase empties the tables: Wagtail's root page may be gone.
        if not OldPage.objects.filter(depth=1).exists():
            OldPage.objects.create(
                title="Root",
                draft_title="Root",
                slug="root",
                content_type=page_type,
                path="0001",
                depth=1,
                numchild=0,
                url_path="/",
                locale=locale,
            )
        now = timezone.now()
        built = {}

        def add(model_name, parent, slug, **fields):
            model = apps.get_model("wagtail_nd43", model_name)
            content_type = OldContentType.objects.get_or_create(
                app_label="wagtail_nd43", model=model_name.lower()
            )[0]
            parent.refresh_from_db()
            page = model.objects.create(
                title=fields.pop("title", slug),
                draft_title=slug,
                slug=slug,
                content_type=content_type,
                path=parent.path + f"{parent.numchild + 1:04d}",
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                locale=locale,
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
            OldPage.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
            revision = OldRevision.objects.create(
                content_type=content_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                created_at=now,
                content={
                    "pk": page.pk,
                    "content_type": content_type.pk,
                    "title": page.title,
                    "draft_title": page.title,
                    "slug": slug,
                    "path": page.path,
                    "depth": page.depth,
                    "numchild": 0,
                    "url_path": page.url_path,
                    "live": True,
                    "locale": locale.pk,
                    "translation_key": str(page.translation_key),
                    **{k: v for k, v in fields.items() if k != "body"},
                },
            )
            OldPage.objects.filter(pk=page.pk).update(latest_revision=revision)
            built[slug] = page
            return page

        root = OldPage.objects.get(depth=1)
        home = add("AgencyHomePage", root, "trang-chu", title="Sở Thông tin")
        OldSite.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        intro = add(
            "IntroductionPage", home, "gioi-thieu", requirement_key="gioi-thieu"
        )
        functions = add(
            "FunctionsPage",
            intro,
            "chuc-nang-nhiem-vu",
            requirement_key="gioi-thieu.chuc-nang-nhiem-vu",
            intro="Sở là cơ quan chuyên môn thuộc UBND tỉnh.",
        )
        add("StandardPage", functions, "quyet-dinh-thanh-lap")
        news = add(
            "NewsIndexPage", home, "tin-tuc-su-kien", requirement_key="tin-tuc-su-kien"
        )
        add("ArticlePage", news, "hoi-nghi", lead="Hội nghị tổng kết.")
        add(
            "DirectionPage",
            home,
            "chi-dao-dieu-hanh",
            requirement_key="chi-dao-dieu-hanh",
        )
        legal = add("LegalDocumentsPage", home, "van-ban", requirement_key="van-ban")
        add("GazettePage", legal, "cong-bao", requirement_key="van-ban.cong-bao")
        add(
            "TreatyPage",
            legal,
            "dieu-uoc-quoc-te",
            requirement_key="van-ban.dieu-uoc-quoc-te",
        )
        add("ContactPage", home, "lien-he", requirement_key="lien-he")
        return {
            slug: (
                page.pk,
                page.url_path,
                page.path,
                getattr(page, "requirement_key", ""),
            )
            for slug, page in built.items()
        }

    def test_upgrade_keeps_pages_urls_revisions_and_keys_and_goes_back(self):
        """One scenario, since every migration run takes seconds: upgrade, check
        what an editor and a visitor see, then migrate back."""
        old_ids = {
            model: ContentType.objects.get(app_label="wagtail_nd43", model=model).pk
            for model in MERGED_KEYS
        }
        executor = MigrationExecutor(connection)
        executor.migrate(self.head)
        section_type = ContentType.objects.get_for_model(SectionPage)

        for slug, (pk, url_path, path, key) in self.pages.items():
            with self.subTest(page=slug):
                page = Page.objects.get(pk=pk)
                self.assertEqual(
                    (page.slug, page.url_path, page.path), (slug, url_path, path)
                )
                specific = page.specific
                if key:
                    self.assertEqual(specific.requirement_key, key)
                revision = Revision.objects.get(pk=page.latest_revision_id)
                self.assertEqual(revision.content_type_id, page.content_type_id)
                self.assertEqual(revision.content["content_type"], page.content_type_id)
                self.assertEqual(revision.as_object().pk, pk)
                if key in MERGED_KEYS.values():
                    self.assertIsInstance(specific, SectionPage)
                    self.assertEqual(page.content_type_id, section_type.pk)
        for model, old_id in old_ids.items():
            with self.subTest(old_type=model):
                self.assertFalse(Page.objects.filter(content_type_id=old_id).exists())
                self.assertFalse(
                    Revision.objects.filter(content_type_id=old_id).exists()
                )

        functions = section_page(
            Page.objects.get(pk=self.pages["trang-chu"][0]),
            "gioi-thieu.chuc-nang-nhiem-vu",
        )
        self.assertEqual(functions.intro, "Sở là cơ quan chuyên môn thuộc UBND tỉnh.")
        self.assertIsInstance(
            Page.objects.get(pk=self.pages["lien-he"][0]).specific, ContactPage
        )
        self.assertIsInstance(
            Page.objects.get(pk=self.pages["trang-chu"][0]).specific, AgencyHomePage
        )

        # The upgraded site answers at the same URLs.
        for slug in (
            "trang-chu",
            "gioi-thieu",
            "chuc-nang-nhiem-vu",
            "tin-tuc-su-kien",
            "hoi-nghi",
            "cong-bao",
            "quyet-dinh-thanh-lap",
        ):
            url_path = self.pages[slug][1]
            url = url_path.removeprefix("/trang-chu")
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
        response = self.client.get("/gioi-thieu/")
        self.assertContains(response, 'href="/gioi-thieu/chuc-nang-nhiem-vu/"')

        # Migrating back gives each section its own page type again.
        executor = MigrationExecutor(connection)
        executor.migrate(self.before)
        for slug, model in (
            ("gioi-thieu", "introductionpage"),
            ("tin-tuc-su-kien", "newsindexpage"),
            ("dieu-uoc-quoc-te", "treatypage"),
        ):
            with self.subTest(page=slug):
                pk = self.pages[slug][0]
                content_type = connection.cursor()
                content_type.execute(
                    "SELECT content_type_id FROM wagtailcore_page WHERE id = %s", [pk]
                )
                (type_id,) = content_type.fetchone()
                self.assertEqual(ContentType.objects.get(pk=type_id).model, model)
