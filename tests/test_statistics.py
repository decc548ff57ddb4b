"""Statistical information and reports (Decree 43/2011 Art. 12, ND43-12): data,
report, methodology, analysis and period are required; the period is checked; the
section exists only for ministries and provinces; the listing filters by year,
kind of period and field at a constant number of queries."""

import datetime

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils

from wagtail_nd43.models import StatisticsPage, StatisticsReportPage
from wagtail_nd43.rulebook import BO, UBND_TINH

from .bulk import bulk_create_pages
from .factories import DocumentFileFactory, StatisticsReportPageFactory
from .utils import (
    ConstantListingQueriesMixin,
    errors_of,
    scaffold_site,
    section_page,
)


def build(**kwargs):
    fields = {
        "title": "Niên giám thống kê thông tin và truyền thông 2024",
        "slug": "nien-giam-2024",
        "field": "Bưu chính, viễn thông",
        "period_type": "year",
        "year": 2024,
        "compiling_unit": "Văn phòng Sở",
        "decision_date": datetime.date(2025, 3, 1),
        "date": datetime.date(2025, 3, 5),
        "data_file": DocumentFileFactory(),
        "summary": "Số thuê bao Internet băng rộng cố định đạt 320.000.",
        "methodology": "Tổng hợp báo cáo của doanh nghiệp.",
        "analysis": "Tăng 6% so với năm 2023.",
    }
    fields.update(kwargs)
    return StatisticsReportPage(**fields)


class StatisticsFieldRulesTest(TestCase):
    def test_a_complete_release_is_valid(self):
        self.assertEqual(errors_of(build()), {})

    def test_data_report_method_analysis_and_period_are_required(self):
        for name in ("summary", "methodology", "analysis", "field", "compiling_unit"):
            with self.subTest(field=name):
                self.assertIn(name, errors_of(build(**{name: ""})))
        for name in ("data_file", "year", "decision_date"):
            with self.subTest(field=name):
                self.assertIn(name, errors_of(build(**{name: None})))

    def test_the_period_number_fits_the_kind_of_period(self):
        self.assertIn("period_number", errors_of(build(period_number=2)))
        self.assertIn("period_number", errors_of(build(period_type="quarter")))
        self.assertIn(
            "period_number", errors_of(build(period_type="quarter", period_number=5))
        )
        self.assertIn(
            "period_number", errors_of(build(period_type="half", period_number=3))
        )
        for kind, number in (("quarter", 4), ("month", 12), ("half", 1)):
            with self.subTest(kind=kind):
                self.assertEqual(
                    errors_of(build(period_type=kind, period_number=number)), {}
                )

    def test_dates(self):
        future = datetime.date.today() + datetime.timedelta(days=30)
        self.assertIn("decision_date", errors_of(build(decision_date=future)))
        errors = errors_of(build(date=datetime.date(2025, 2, 1)))
        self.assertIn("date", errors)
        self.assertIn("year", errors_of(build(year=datetime.date.today().year + 1)))

    def test_period_labels_are_vietnamese(self):
        self.assertEqual(str(build().period_label), "Năm 2024")
        self.assertEqual(
            str(build(period_type="quarter", period_number=2).period_label),
            "Quý 2/2024",
        )
        self.assertEqual(
            str(build(period_type="month", period_number=11).period_label),
            "Tháng 11/2024",
        )


class StatisticsListingTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(BO)
        cls.section = section_page(cls.home, "thong-ke")
        cls.yearly = StatisticsReportPageFactory(parent=cls.section)
        cls.quarterly = StatisticsReportPageFactory(
            parent=cls.section,
            title="Số liệu báo chí quý 2/2025",
            field="Báo chí, xuất bản",
            period_type="quarter",
            period_number=2,
            year=2025,
            decision_date=datetime.date(2025, 7, 10),
            date=datetime.date(2025, 7, 15),
        )

    def test_page_type_rules(self):
        self.assertAllowedSubpageTypes(StatisticsPage, {StatisticsReportPage})
        self.assertAllowedParentPageTypes(StatisticsReportPage, {StatisticsPage})

    def test_pages_render(self):
        self.assertPageIsRenderable(self.section)
        response = self.client.get(self.quarterly.get_url())
        for text in ("Quý 2/2025", "Phương pháp", "Phân tích", ".pdf"):
            self.assertContains(response, text)

    def titles(self, **params):
        response = self.client.get(self.section.get_url(), params)
        self.assertEqual(response.status_code, 200)
        return [page.title for page in response.context["items"]]

    def test_newest_first_and_filters(self):
        self.assertEqual(self.titles(), [self.quarterly.title, self.yearly.title])
        self.assertEqual(self.titles(year="2024"), [self.yearly.title])
        self.assertEqual(self.titles(period="quarter"), [self.quarterly.title])
        self.assertEqual(self.titles(field="Báo chí, xuất bản"), [self.quarterly.title])
        self.assertEqual(self.titles(year="2024", period="quarter"), [])
        self.assertEqual(len(self.titles(year="nam", period="week")), 2)

    def test_the_form_keeps_the_chosen_filters(self):
        response = self.client.get(
            self.section.get_url(), {"year": "2025", "period": "quarter"}
        )
        self.assertContains(response, '<option value="2025" selected>')
        self.assertContains(response, '<option value="quarter" selected>')
        self.assertContains(response, '<label for="nd43-filter-period">')


class StatisticsQueryCountTest(ConstantListingQueriesMixin, TestCase):
    filter_params = [{"year": "2021", "period": "month", "field": "Lĩnh vực 1"}]

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.section = section_page(cls.home, "thong-ke")
        cls.document = DocumentFileFactory()

    def add(self, count):
        bulk_create_pages(
            self.section,
            StatisticsReportPage,
            count,
            field=lambda n: f"Lĩnh vực {n % 4}",
            period_type="month",
            period_number=lambda n: n % 12 + 1,
            year=lambda n: 2020 + n % 5,
            compiling_unit="Cục Thống kê",
            measurement_unit="",
            decision_date=datetime.date(2025, 1, 2),
            date=datetime.date(2025, 1, 6),
            data_file_id=self.document.pk,
            report_file_id=None,
            summary="Báo cáo.",
            methodology="Phương pháp.",
            analysis="Phân tích.",
            body="[]",
        )


class StatisticsAdminTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(BO)
        cls.section = section_page(cls.home, "thong-ke")
        cls.superuser = cls.create_superuser("admin", password="password")

    def test_the_form_is_in_vietnamese(self):
        self.login(self.superuser)
        response = self.client.get(
            reverse(
                "wagtailadmin_pages:add",
                args=["wagtail_nd43", "statisticsreportpage", self.section.pk],
            )
        )
        for label in (
            "Lĩnh vực thống kê",
            "Kỳ thống kê",
            "Loại kỳ thống kê",
            "Ngày quyết định công bố",
            "Tệp số liệu",
            "Phương pháp",
            "Phân tích",
        ):
            self.assertContains(response, label)
