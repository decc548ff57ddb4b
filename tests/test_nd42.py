"""The Decree 42/2022 profile on a site: switching to it, the scaffold adding what it
needs without touching content, the checker and ``nd43_check`` following the
chosen profile, the ND42 service levels, and the new sections' pages."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield

from wagtail_nd43.compliance import OK, evaluate
from wagtail_nd43.models import (
    AgencySettings,
    ArticlePage,
    OnlineServicePage,
    SectionPage,
)
from wagtail_nd43.models.base import section_page_models
from wagtail_nd43.rulebook import BO, SO, get_profile

from .bulk import bulk_create_pages
from .compliance_fixture import fill_site
from .test_services import service
from .utils import check_json, default_site, run_scaffold, scaffold_site, section_page


ND42 = get_profile("nd42")
ND43 = get_profile("nd43")
NEW_KEYS = {s.key for s in ND42.sections(SO)} - {s.key for s in ND43.sections(SO)}


def section_keys(home):
    return {
        page.requirement_key
        for page in Page.objects.descendant_of(home)
        .type(*section_page_models())
        .specific()
    }


def page_rows(pks):
    return list(
        Page.objects.filter(pk__in=pks)
        .order_by("pk")
        .values(
            "pk",
            "path",
            "title",
            "slug",
            "url_path",
            "live",
            "latest_revision_id",
            "last_published_at",
            "content_type_id",
        )
    )


class ProfileSwitchTest(TestCase):
    """Scaffold ND43, fill content, switch to ND42, scaffold again: the new
    sections are created and nothing that existed changes."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        fill_site(default_site())

    def test_new_sections_are_added_and_nothing_existing_changes(self):
        self.assertTrue(NEW_KEYS)
        self.assertFalse(NEW_KEYS & section_keys(self.home))
        existing = list(Page.objects.values_list("pk", flat=True))
        before = page_rows(existing)
        revisions = set(Revision.objects.values_list("pk", flat=True))

        output = run_scaffold("--profile", "nd42")

        self.assertEqual(page_rows(existing), before)
        # No existing page got a new revision.
        new_revisions = Revision.objects.exclude(pk__in=revisions)
        self.assertFalse(new_revisions.filter(object_id__in=map(str, existing)))
        self.assertEqual(
            section_keys(self.home), {s.key for s in ND42.sections(SO)[1:]}
        )
        self.assertIn("Nghị định 42/2022/NĐ-CP", output)
        self.assertEqual(AgencySettings.for_site(default_site()).profile, "nd42")
        for key in NEW_KEYS:
            with self.subTest(key=key):
                page = section_page(self.home, key)
                self.assertTrue(page.live)
                self.assertEqual(page.title, ND42.section(key).title_vi)

        # A second run creates nothing.
        after = Page.objects.count()
        output = run_scaffold()
        self.assertEqual(Page.objects.count(), after)
        self.assertIn("Đã tạo 0 trên", output)

    def test_the_profile_chosen_in_the_identity_setting_drives_the_scaffold(self):
        identity = AgencySettings.for_site(default_site())
        identity.profile = "nd42"
        identity.save()

        run_scaffold()

        self.assertLessEqual(NEW_KEYS, section_keys(self.home))

    def test_switching_back_keeps_the_nd42_sections(self):
        run_scaffold("--profile", "nd42")
        count = Page.objects.count()
        run_scaffold("--profile", "nd43")
        self.assertEqual(Page.objects.count(), count)
        self.assertEqual(AgencySettings.for_site(default_site()).profile, "nd43")


class ND42ComplianceTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO, profile="nd42")

    def test_an_empty_nd42_scaffold_fails_and_lists_every_required_item(self):
        code, data = check_json()
        self.assertEqual(code, 1)
        self.assertEqual(data["profile"], "nd42")
        ids = {f["requirement"] for f in data["findings"]}
        self.assertEqual(
            ids, {r.id for r in ND42.requirements_for(SO, on=timezone.localdate())}
        )
        required = [f for f in data["findings"] if f["severity"] == "required"]
        # Everything required is content or settings the agency must provide, except
        # the structure the scaffold built (sections, the menu) and the privacy
        # notice it writes with the headings the law asks for (issue 6).
        for finding in required:
            kind = ND42.requirement(finding["requirement"]).check.kind
            with self.subTest(finding["requirement"]):
                if kind in ("section_live", "in_menu") or (
                    finding["requirement"] == "L91-9"
                ):
                    self.assertEqual(finding["status"], OK)
                else:
                    self.assertNotEqual(finding["status"], OK)
        self.assertIn("TCTT-19.1e", ids)
        self.assertNotIn("ND43-10.1e", ids)  # re-cited as ND42-4.1(vb)
        self.assertIn("ND42-4.1(vb)", ids)

    def test_a_filled_nd42_site_passes(self):
        fill_site(default_site())
        report = evaluate(default_site())
        self.assertEqual(report.profile.name, "nd42")
        self.assertEqual([f.id for f in report.failing()], [])
        self.assertEqual(report.score, 1.0)
        code, data = check_json()
        self.assertEqual(code, 0)

    def test_the_checker_follows_the_identity_setting_and_the_option(self):
        fill_site(default_site())
        # The ND43 profile on the same site: the schedule is required again.
        code, data = check_json("--profile", "nd43")
        self.assertEqual(data["profile"], "nd43")
        self.assertIn("ND43-10.1e", {f["requirement"] for f in data["findings"]})
        identity = AgencySettings.for_site(default_site())
        identity.profile = "nd43"
        identity.save()
        self.assertEqual(evaluate(default_site()).profile.name, "nd43")

    def test_an_old_financial_report_is_stale_but_only_recommended(self):
        fill_site(default_site())
        ArticlePage.objects.child_of(
            SectionPage.objects.get(requirement_key="bao-cao-tai-chinh")
        ).update(date="2020-03-31")
        findings = {f.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["ND42-4.1(tc)"].status, "stale")
        self.assertFalse(findings["ND42-4.1(tc)"].required)
        self.assertEqual(findings["TCTT-19.1e"].status, OK)

    def test_english_is_checked_for_a_provincial_department(self):
        findings = {f.id: f for f in evaluate(default_site()).findings}
        self.assertIn("ND42-7.2.1", findings)
        self.assertEqual(findings["ND42-7.2.1"].status, "empty")


class ND42QueryCountTest(TestCase):
    """Evaluating an ND42 site costs the same number of queries at two sizes."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO, profile="nd42")
        fill_site(default_site())

    def count_queries(self):
        ContentType.objects.clear_cache()
        with CaptureQueriesContext(connection) as context:
            evaluate(default_site())
        return len(context.captured_queries)

    def test_constant_number_of_queries(self):
        small = self.count_queries()
        for key in (
            "tin-tuc-su-kien",
            "bao-cao-tai-chinh",
            "quy-hoach-ke-hoach.ke-hoach-cong-tac",
        ):
            bulk_create_pages(
                section_page(self.home, key),
                ArticlePage,
                1000,
                lead="Tin",
                author="A",
                body="[]",
            )
        self.assertGreater(Page.objects.count(), 3000)
        self.assertEqual(self.count_queries(), small)


class ND42PagesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(BO, profile="nd42")

    def test_every_new_section_answers_200(self):
        keys = {s.key for s in ND42.sections(BO)} - {s.key for s in ND43.sections(BO)}
        self.assertIn("van-ban.dieu-uoc-quoc-te", keys)
        for key in keys:
            page = section_page(self.home, key)
            with self.subTest(key=key):
                response = self.client.get(page.get_url())
                self.assertContains(response, page.title)

    def test_a_treaty_article_is_listed(self):
        section = SectionPage.objects.get(requirement_key="van-ban.dieu-uoc-quoc-te")
        article = ArticlePage(
            title="Hiệp định thương mại tự do Việt Nam – EU",
            lead="Toàn văn.",
            author="Vụ Pháp chế",
        )
        section.add_child(instance=article)
        response = self.client.get(section.get_url())
        self.assertContains(response, "Hiệp định thương mại tự do Việt Nam – EU")


class ND42ServiceLevelTest(WagtailTestUtils, TestCase):
    """Under Decree 42 a service is “toàn trình” or “một phần”; the 1–4 level of
    Decree 43 stays for the record."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO, profile="nd42")
        cls.section = section_page(cls.home, "dich-vu-cong")
        cls.superuser = cls.create_superuser("admin", password="password")

    def add_url(self):
        return reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "onlineservicepage", self.section.pk],
        )

    def form_data(self, **overrides):
        return nested_form_data(
            {
                "title": "Cấp giấy phép hoạt động in",
                "slug": "cap-giay-phep-hoat-dong-in",
                "procedure_code": "1.004227",
                "administrative_level": "province",
                "sector": "Thông tin và Truyền thông",
                "field": "Xuất bản, in và phát hành",
                "implementing_agency": "Sở Thông tin và Truyền thông",
                "online_level": "",
                "service_level": "",
                "portal_url": "",
                "processing_time": "10 ngày làm việc",
                "fees": "Không",
                "legal_basis": "",
                "body": streamfield([]),
                "action-publish": "publish",
                **overrides,
            }
        )

    def test_the_form_asks_for_the_nd42_level_with_its_definitions(self):
        self.login(self.superuser)
        response = self.client.get(self.add_url())
        self.assertContains(response, "Toàn trình")
        self.assertContains(response, "Một phần")
        form = response.context["form"]
        self.assertTrue(form.fields["online_level"].required)
        self.assertFalse(form.fields["service_level"].required)
        self.assertIn("11", str(form.fields["online_level"].help_text))

    def test_a_service_without_the_nd42_level_is_refused_and_nothing_lost(self):
        self.login(self.superuser)
        response = self.client.post(self.add_url(), self.form_data())
        self.assertEqual(response.status_code, 200)
        self.assertIn("online_level", response.context["form"].errors)
        self.assertContains(response, 'value="10 ngày làm việc"')
        self.assertFalse(OnlineServicePage.objects.exists())

        response = self.client.post(
            self.add_url(), self.form_data(online_level="toan-trinh")
        )
        self.assertEqual(response.status_code, 302)
        page = OnlineServicePage.objects.get()
        self.assertEqual(page.online_level, OnlineServicePage.FULLY_ONLINE)
        self.assertIsNone(page.service_level)

    def test_an_unknown_level_is_refused(self):
        self.login(self.superuser)
        response = self.client.post(
            self.add_url(), self.form_data(online_level="muc-5")
        )
        self.assertIn("online_level", response.context["form"].errors)

    def test_the_nd43_form_still_requires_levels_1_to_4(self):
        identity = AgencySettings.for_site(default_site())
        identity.profile = "nd43"
        identity.save()
        self.login(self.superuser)
        response = self.client.post(
            self.add_url(), self.form_data(online_level="toan-trinh")
        )
        self.assertIn("service_level", response.context["form"].errors)

    def test_the_listing_filters_by_the_nd42_levels(self):
        service(self.section, "Thủ tục toàn trình", online_level="toan-trinh")
        service(self.section, "Thủ tục một phần", online_level="mot-phan")
        response = self.client.get(self.section.get_url(), {"level": "toan-trinh"})
        self.assertContains(response, "Thủ tục toàn trình")
        self.assertNotContains(response, "Thủ tục một phần</a>")
        self.assertContains(response, '<option value="mot-phan">')
        # A 1–4 level is not a filter of this site: everything is listed.
        response = self.client.get(self.section.get_url(), {"level": "3"})
        self.assertContains(response, "Thủ tục một phần")

    def test_a_service_needs_one_level_or_the_other(self):
        from django.core.exceptions import ValidationError

        page = OnlineServicePage(
            title="Thủ tục",
            slug="thu-tuc",
            sector="A",
            field="B",
            implementing_agency="C",
        )
        with self.assertRaises(ValidationError):
            page.full_clean(exclude=["path", "depth"])
