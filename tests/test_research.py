"""Science programmes and topics (Decree 43/2011 Art. 11, ND43-11): the fields the
decree lists, the acceptance rules, the section only for ministries and provinces,
and the listing filtered by GET parameters at a constant number of queries."""

import datetime

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield

from wagtail_nd43.models import ResearchPage, ResearchProjectPage
from wagtail_nd43.rulebook import BO, UBND_TINH

from .bulk import bulk_create_pages
from .factories import DocumentFileFactory, ResearchProjectPageFactory
from .utils import (
    ConstantListingQueriesMixin,
    errors_of,
    scaffold_site,
    section_page,
)


def build(**kwargs):
    fields = {
        "title": "Nghiên cứu giải pháp phát triển du lịch cộng đồng",
        "slug": "du-lich-cong-dong",
        "kind": "topic",
        "code": "ĐT.03/24",
        "management_level": "province",
        "field": "Khoa học xã hội",
        "lead_organisation": "Viện Khoa học xã hội Bình Xanh",
        "lead_researcher": "PGS.TS. Trần Văn Hải",
        "start_date": datetime.date(2024, 1, 1),
        "end_date": datetime.date(2025, 6, 30),
        "budget": 600_000_000,
        "approval_number": "88/QĐ-UBND",
        "approved_date": datetime.date(2023, 12, 15),
        "status": "ongoing",
        "summary": "Đề xuất mô hình du lịch cộng đồng.",
    }
    fields.update(kwargs)
    return ResearchProjectPage(**fields)


class ResearchFieldRulesTest(TestCase):
    def test_a_complete_topic_is_valid(self):
        self.assertEqual(errors_of(build()), {})

    def test_the_six_list_fields_of_article_11_are_required(self):
        for name in ("code", "management_level", "field", "lead_organisation"):
            with self.subTest(field=name):
                self.assertIn(name, errors_of(build(**{name: ""})))
        for name in ("start_date", "end_date"):
            with self.subTest(field=name):
                self.assertIn(name, errors_of(build(**{name: None})))

    def test_the_period_must_not_end_before_it_starts(self):
        errors = errors_of(build(end_date=datetime.date(2023, 1, 1)))
        self.assertIn("end_date", errors)

    def test_an_accepted_topic_needs_its_date_result_and_reports(self):
        errors = errors_of(build(status="accepted"))
        self.assertIn("accepted_date", errors)
        errors = errors_of(
            build(status="accepted", accepted_date=datetime.date(2025, 7, 10))
        )
        self.assertIn("acceptance_rating", errors)
        self.assertIn("summary_report", errors)
        self.assertIn("application_report", errors)
        self.assertIn("11", errors["summary_report"][0])
        accepted = build(
            status="accepted",
            accepted_date=datetime.date(2025, 7, 10),
            acceptance_rating="passed",
            summary_report=DocumentFileFactory(),
            application_report=DocumentFileFactory(),
        )
        self.assertEqual(errors_of(accepted), {})

    def test_a_failed_topic_needs_no_application_report(self):
        failed = build(
            status="accepted",
            accepted_date=datetime.date(2025, 7, 10),
            acceptance_rating="failed",
            summary_report=DocumentFileFactory(),
        )
        self.assertEqual(errors_of(failed), {})

    def test_an_acceptance_date_needs_the_accepted_status(self):
        errors = errors_of(build(accepted_date=datetime.date(2025, 7, 10)))
        self.assertIn("status", errors)
        errors = errors_of(build(acceptance_rating="passed"))
        self.assertIn("acceptance_rating", errors)

    def test_dates_cannot_be_in_the_future(self):
        future = datetime.date.today() + datetime.timedelta(days=400)
        self.assertIn("approved_date", errors_of(build(approved_date=future)))
        errors = errors_of(
            build(
                status="accepted",
                accepted_date=future,
                end_date=future,
                acceptance_rating="passed",
                summary_report=DocumentFileFactory(),
                application_report=DocumentFileFactory(),
            )
        )
        self.assertIn("accepted_date", errors)

    def test_messages_are_in_vietnamese(self):
        errors = errors_of(build(end_date=datetime.date(2023, 1, 1)))
        self.assertIn("ngày kết thúc", errors["end_date"][0].lower())


class ResearchListingTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.section = section_page(cls.home, "de-tai-khoa-hoc")
        cls.digital = ResearchProjectPageFactory(parent=cls.section)
        cls.tourism = ResearchProjectPageFactory(
            parent=cls.section,
            title="Bảo tồn di sản văn hóa phi vật thể",
            field="Khoa học xã hội",
            management_level="national",
            start_date=datetime.date(2021, 1, 1),
            end_date=datetime.date(2022, 12, 31),
            approved_date=datetime.date(2020, 12, 1),
            status="accepted",
            accepted_date=datetime.date(2023, 3, 1),
            acceptance_rating="excellent",
            summary_report=DocumentFileFactory(),
            application_report=DocumentFileFactory(),
        )

    def test_page_type_rules(self):
        self.assertAllowedSubpageTypes(ResearchPage, {ResearchProjectPage})
        self.assertAllowedParentPageTypes(ResearchProjectPage, {ResearchPage})

    def test_pages_render(self):
        self.assertPageIsRenderable(self.section)
        self.assertPageIsRenderable(self.tourism)
        response = self.client.get(self.tourism.get_url())
        for text in (
            "ĐT.",
            "Khoa học xã hội",
            "Xuất sắc",
            "Báo cáo tóm tắt",
            "850.000.000 đồng",
        ):
            self.assertContains(response, text)

    def titles(self, **params):
        response = self.client.get(self.section.get_url(), params)
        self.assertEqual(response.status_code, 200)
        return [page.title for page in response.context["items"]]

    def test_the_list_shows_the_six_fields(self):
        response = self.client.get(self.section.get_url())
        for text in (
            self.digital.code,
            "Cấp tỉnh",
            "Khoa học kỹ thuật và công nghệ",
            "Trường Đại học Bình Xanh",
            "03/2024 – 12/2025",
        ):
            self.assertContains(response, text)

    def test_filters(self):
        self.assertEqual(len(self.titles()), 2)
        self.assertEqual(self.titles(status="accepted"), [self.tourism.title])
        self.assertEqual(self.titles(level="national"), [self.tourism.title])
        self.assertEqual(self.titles(field="Khoa học xã hội"), [self.tourism.title])
        self.assertEqual(self.titles(year="2025"), [self.digital.title])
        self.assertEqual(self.titles(year="2022"), [self.tourism.title])

    def test_bad_filter_values_are_ignored(self):
        self.assertEqual(len(self.titles(status="x", level="<b>", year="abc")), 2)

    def test_the_form_keeps_the_chosen_filters(self):
        response = self.client.get(
            self.section.get_url(), {"status": "accepted", "year": "2022"}
        )
        self.assertContains(response, '<option value="accepted" selected>', html=False)
        self.assertContains(response, '<option value="2022" selected>', html=False)
        self.assertContains(response, '<label for="nd43-filter-status">')

    def test_no_match_says_so(self):
        response = self.client.get(self.section.get_url(), {"year": "2030"})
        self.assertContains(response, "Không có nội dung phù hợp")


class ResearchQueryCountTest(ConstantListingQueriesMixin, TestCase):
    filter_params = [{"status": "ongoing", "year": "2024", "field": "Lĩnh vực 1"}]

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(BO)
        cls.section = section_page(cls.home, "de-tai-khoa-hoc")

    def add(self, count):
        bulk_create_pages(
            self.section,
            ResearchProjectPage,
            count,
            kind="topic",
            code=lambda n: f"KC.{n}/24",
            management_level="ministry",
            field=lambda n: f"Lĩnh vực {n % 5}",
            lead_organisation="Viện Khoa học",
            lead_researcher="TS. Lê Văn Minh",
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2025, 12, 31),
            budget=100,
            approval_number="1/QĐ-BTTTT",
            approved_date=datetime.date(2023, 12, 1),
            status="ongoing",
            summary="Nội dung.",
            results="",
            acceptance_rating="",
            body="[]",
        )


class ResearchAdminTest(WagtailTestUtils, TestCase):
    """The editor is in Vietnamese; a refused topic loses nothing."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.section = section_page(cls.home, "de-tai-khoa-hoc")
        cls.superuser = cls.create_superuser("admin", password="password")

    def url(self):
        return reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "researchprojectpage", self.section.pk],
        )

    def test_the_form_is_in_vietnamese(self):
        self.login(self.superuser)
        response = self.client.get(self.url())
        for label in (
            "Tên chương trình, đề tài",
            "Mã số",
            "Cấp quản lý",
            "Tổ chức chủ trì",
            "Chủ nhiệm",
            "Nghiệm thu và kết quả",
            "Báo cáo kết quả ứng dụng",
        ):
            self.assertContains(response, label)

    def test_an_accepted_topic_without_reports_is_refused_and_nothing_lost(self):
        self.login(self.superuser)
        data = nested_form_data(
            {
                "title": "Nghiên cứu giải pháp giảm ngập đô thị",
                "slug": "giam-ngap-do-thi",
                "kind": "topic",
                "code": "ĐT.07/23",
                "management_level": "province",
                "field": "Khoa học kỹ thuật và công nghệ",
                "lead_organisation": "Viện Thủy lợi Bình Xanh",
                "lead_researcher": "TS. Võ Thị Mai",
                "start_date": "2023-01-01",
                "end_date": "2024-12-31",
                "budget": "700000000",
                "approval_number": "77/QĐ-UBND",
                "approved_date": "2022-12-20",
                "status": "accepted",
                "summary": "Mô hình hồ điều hòa.",
                "accepted_date": "2025-03-01",
                "acceptance_rating": "passed",
                "results": "",
                "body": streamfield([]),
                "action-publish": "publish",
            }
        )
        response = self.client.post(self.url(), data)
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertIn("summary_report", errors)
        self.assertIn("application_report", errors)
        self.assertContains(response, "Đề tài đã nghiệm thu phải công khai báo cáo")
        self.assertContains(response, 'value="Viện Thủy lợi Bình Xanh"')
        self.assertFalse(ResearchProjectPage.objects.exists())

        data["status"] = "ongoing"
        data["accepted_date"] = ""
        data["acceptance_rating"] = ""
        response = self.client.post(self.url(), data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(ResearchProjectPage.objects.get().live)
