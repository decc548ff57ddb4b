"""Sections are data (issue 19) and clash-free names (issue 13, point 1).

- A profile that only adds content sections is data: registered through
  ``WAGTAIL_ND43_PROFILES``, its new section is built by the scaffold, allowed in the
  admin, checked by the checker and listed by the docs generator, with no model and
  no migration. A check kind of the site's own (``tests/testapp``: one class, one
  registered function) is evaluated and documented with the package's.
- A host site with page types, a site setting and a snippet named like the
  package's runs beside it (``tests/testapp``).
"""

import json
from io import StringIO

from django.apps import apps as global_apps
from django.core import checks
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils

from wagtail_nd43.compliance import EMPTY, MISSING, OK, evaluate
from wagtail_nd43.models import (
    AgencySettings,
    SectionPage,
    StandardPage,
)
from wagtail_nd43.models.base import open_sections_at
from wagtail_nd43.rulebook import SO, get_profile, profile_names

from .utils import default_site, scaffold_site, section_page


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
