"""Strategies and plans (Decree 43/2011 Art. 10.1.đ): the plan's field rules, and
the four areas People's Committees must publish — asked for, required, filterable
and checked only at the levels the rulebook names."""

import datetime

from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield

from wagtail_nd43.compliance import evaluate
from wagtail_nd43.models import PlanCategory, PlanDocumentPage
from wagtail_nd43.models.planning import category_requirement
from wagtail_nd43.rulebook import (
    BO,
    SO,
    TONG_CUC,
    UBND_HUYEN,
    UBND_TINH,
    UBND_XA,
    get_profile,
)
from wagtail_nd43.rulebook.nd43 import PLAN_CATEGORIES

from .factories import DocumentFileFactory, PlanDocumentPageFactory
from .utils import (
    assert_refused,
    default_site,
    scaffold_site,
    section_page,
)


KEY = "quy-hoach-ke-hoach"
LOCAL_LEVELS = (UBND_TINH, UBND_HUYEN, UBND_XA)


def plan(**kwargs):
    values = {
        "title": "Kế hoạch chuyển đổi số năm 2025",
        "slug": "ke-hoach",
        "decision_number": "1234/QĐ-UBND",
        "approved_date": datetime.date(2025, 1, 10),
        "period_start": 2025,
        "period_end": 2025,
    }
    return PlanDocumentPage(**{**values, **kwargs})


class PlanRulesTest(TestCase):
    ROWS = [
        ({}, None, ""),
        ({"period_start": 2021, "period_end": 2030}, None, ""),
        ({"period_start": 2030, "period_end": 2021}, "period_end", "năm đầu"),
        ({"period_start": 1800}, "period_start", "Hãy nhập năm"),
        ({"period_end": 3000}, "period_end", "Hãy nhập năm"),
        ({"decision_number": "quyết định"}, "decision_number", ""),
        (
            {"approved_date": timezone.localdate() + datetime.timedelta(days=1)},
            "approved_date",
            "không được ở tương lai",
        ),
        ({"file": None}, "file", ""),
        ({"file": "xls"}, None, ""),
        ({"file": "png"}, "file", ".png"),
        ({"category": "tourism"}, "category", ""),
        ({"category": "waste-environment"}, None, ""),
    ]

    def test_field_rules_and_messages(self):
        for changes, field, words in self.ROWS:
            with self.subTest(changes=changes):
                extension = changes.get("file", "pdf")
                file = (
                    DocumentFileFactory(
                        file=ContentFile(b"%PDF", name=f"ke-hoach.{extension}")
                    )
                    if extension
                    else None
                )
                assert_refused(self, plan(**{**changes, "file": file}), field, words)

    def test_the_rulebook_names_the_models_categories(self):
        self.assertEqual(PLAN_CATEGORIES, tuple(PlanCategory.values))

    def test_the_four_areas_are_asked_of_peoples_committees_only(self):
        profile = get_profile("nd43")
        for level in (*LOCAL_LEVELS, SO, BO, TONG_CUC):
            with self.subTest(level=level):
                requirement = category_requirement("nd43", level, KEY)
                self.assertEqual(requirement is not None, level in LOCAL_LEVELS)
        self.assertIsNone(category_requirement("nd43", UBND_TINH, "du-an-dau-tu"))
        self.assertIn("ND43-10.1đ.1", profile.section(KEY).requirement_ids)


class CategoryFormTest(WagtailTestUtils, TestCase):
    """The area is required in the admin for People's Committees and not shown
    elsewhere."""

    def add(self, level, category):
        scaffold_site(level)
        section = section_page(default_site().root_page, KEY)
        self.login(self.create_superuser("admin", password="password"))
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "plandocumentpage", section.pk],
        )
        data = nested_form_data(
            {
                "title": "Quy hoạch sử dụng đất thời kỳ 2021–2030",
                "slug": "quy-hoach-su-dung-dat",
                "decision_number": "1234/QĐ-UBND",
                "approved_date": "2025-01-10",
                "period_start": "2021",
                "period_end": "2030",
                "category": category,
                "file": str(DocumentFileFactory().pk),
                "summary": "",
                "body": streamfield([]),
                "action-publish": "publish",
            }
        )
        return url, self.client.get(url), self.client.post(url, data)

    def test_a_district_must_choose_the_area(self):
        _url, form, response = self.add(UBND_HUYEN, "")
        self.assertContains(form, "Quy hoạch xây dựng, quy hoạch đô thị")
        self.assertEqual(response.status_code, 200)
        self.assertIn("category", response.context["form"].errors)
        self.assertContains(response, "cả bốn lĩnh vực")
        self.assertContains(response, 'value="1234/QĐ-UBND"')
        self.assertFalse(PlanDocumentPage.objects.exists())

    def test_a_district_with_an_area_is_accepted(self):
        _url, _form, response = self.add(UBND_HUYEN, "construction-land")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(PlanDocumentPage.objects.get().category, "construction-land")

    def test_a_department_is_not_asked_for_an_area(self):
        _url, form, response = self.add(SO, "")
        self.assertNotContains(form, 'name="category"')
        self.assertEqual(response.status_code, 302)
        self.assertEqual(PlanDocumentPage.objects.get().category, "")


class CategoryListingAndCheckTest(TestCase):
    def setUp(self):
        self.today = timezone.localdate()

    def build(self, level, categories):
        home = scaffold_site(level)
        section = section_page(home, KEY)
        for category in categories:
            PlanDocumentPageFactory(
                parent=section, category=category, approved_date=self.today
            )
        return section

    def finding(self, rid):
        report = evaluate(default_site(), today=self.today)
        return {f.requirement.id: f for f in report.findings}.get(rid)

    def test_a_province_missing_areas_is_incomplete_and_told_which(self):
        self.build(UBND_TINH, ["investment", "natural-resources"])
        finding = self.finding("ND43-10.1đ.1")
        self.assertEqual(finding.status, "incomplete")
        self.assertIn("Quy hoạch xây dựng, quy hoạch đô thị", finding.message)
        self.assertIn("thu gom, tái chế", finding.message)
        self.assertNotIn("khai thác tài nguyên", finding.message)
        self.assertEqual(self.finding("ND43-10.1đ").status, "ok")

    def test_a_commune_with_every_area_is_ok(self):
        self.build(UBND_XA, PLAN_CATEGORIES)
        self.assertEqual(self.finding("ND43-10.1đ.1").status, "ok")

    def test_a_province_without_plans_is_empty(self):
        self.build(UBND_TINH, [])
        self.assertEqual(self.finding("ND43-10.1đ.1").status, "empty")

    def test_a_department_is_not_checked_for_areas(self):
        self.build(SO, [""])
        self.assertIsNone(self.finding("ND43-10.1đ.1"))
        self.assertEqual(self.finding("ND43-10.1đ").status, "ok")

    def test_the_area_filter_is_offered_only_where_areas_are_required(self):
        section = self.build(UBND_HUYEN, ["investment", "waste-environment"])
        response = self.client.get(section.url)
        self.assertContains(response, 'name="category"')
        response = self.client.get(section.url, {"category": "investment"})
        self.assertEqual(len(response.context["items"].object_list), 1)
        self.assertContains(response, '<option value="investment" selected>')

    def test_no_area_filter_for_a_department(self):
        section = self.build(SO, ["", ""])
        response = self.client.get(section.url)
        self.assertNotContains(response, 'name="category"')
        self.assertEqual(len(response.context["items"].object_list), 2)
