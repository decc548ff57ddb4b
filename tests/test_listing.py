"""Listings of structured items (``models/listing.py``): newest first, paginated,
filters in GET parameters that combine, keep their values in the form, ignore bad
values, and cost the same number of queries however many items there are."""

import datetime

from django.apps import apps
from django.db import connection
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext

from wagtail_nd43.models import (
    AdHocPressPage,
    DirectivePage,
    OnlineServicesPage,
    PeriodicPressPage,
    PetitionResponsePage,
    PlanDocumentPage,
    PressConferencePage,
    PressPage,
    ProjectPage,
    RewardPenaltyPage,
)
from wagtail_nd43.models.filters import ListingFilterSet
from wagtail_nd43.models.listing import ItemListingMixin
from wagtail_nd43.rulebook import UBND_HUYEN

from .bulk import bulk_create_pages
from .factories import (
    DirectivePageFactory,
    DocumentFileFactory,
    PetitionResponsePageFactory,
    PlanDocumentPageFactory,
    ProjectPageFactory,
    RewardPenaltyPageFactory,
)
from .utils import scaffold_site, section_page


D = datetime.date


def day(n):
    return D(2020, 1, 1) + datetime.timedelta(days=n * 3)


#: Section key → (item model, factory, bulk fields, GET parameters with every
#: filter of the listing set).
LISTINGS = {
    "chi-dao-dieu-hanh.y-kien-chi-dao": (
        DirectivePage,
        DirectivePageFactory,
        {
            "number": lambda n: f"{n + 500}/TB-STTTT",
            "date": day,
            "issuer": lambda n: ("Giám đốc Sở", "Phó Giám đốc Sở")[n % 2],
            "summary": "Nội dung chỉ đạo.",
            "body": "[]",
        },
        {"issuer": "Giám đốc Sở", "year": "2025"},
    ),
    "chi-dao-dieu-hanh.tra-loi-kien-nghi": (
        PetitionResponsePage,
        PetitionResponsePageFactory,
        {
            "petition_summary": "Kiến nghị.",
            "petitioner_kind": lambda n: ("individual", "voters", "enterprise")[n % 3],
            "responding_unit": lambda n: f"Phòng {n % 4}",
            "response": "<p>Trả lời.</p>",
            "date": day,
        },
        {"petitioner": "voters", "unit": "Phòng Bưu chính, Viễn thông", "year": "2025"},
    ),
    "chi-dao-dieu-hanh.khen-thuong-xu-phat": (
        RewardPenaltyPage,
        RewardPenaltyPageFactory,
        {
            "subject": "Công ty",
            "decision_number": lambda n: f"{n + 500}/QĐ-XPHC",
            "decision_date": day,
            "form": lambda n: ("fine", "warning", "commendation")[n % 3],
            "amount": lambda n: 1_000_000 if n % 3 == 0 else None,
        },
        {"kind": "penalty", "form": "fine", "year": "2025"},
    ),
    "du-an-dau-tu": (
        ProjectPage,
        ProjectPageFactory,
        {
            "kind": lambda n: ("project", "bidding", "procurement")[n % 3],
            "status": lambda n: ("preparing", "ongoing", "completed")[n % 3],
            "main_objective": "Mục tiêu.",
            "professional_field": "Công nghệ thông tin",
            "project_type": "Nhóm C",
            "implementation_period": "2025",
            "budget": 1_000_000,
            "funding_type": "state-budget",
            "donor": "Ngân sách tỉnh",
            "body": "[]",
        },
        {"kind": "project", "status": "ongoing"},
    ),
    "quy-hoach-ke-hoach": (
        PlanDocumentPage,
        PlanDocumentPageFactory,
        {
            "decision_number": lambda n: f"{n + 500}/QĐ-UBND",
            "approved_date": day,
            "period_start": lambda n: 2015 + n % 10,
            "period_end": lambda n: 2025 + n % 10,
            "category": lambda n: ("investment", "waste-environment")[n % 2],
            "summary": "",
            "body": "[]",
        },
        {"category": "investment", "year": "2025"},
    ),
}


class ListingTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        # A district: the plans listing has its area filter too.
        cls.home = scaffold_site(UBND_HUYEN)
        cls.sections = {key: section_page(cls.home, key) for key in LISTINGS}

    def get(self, key, params=None):
        response = self.client.get(self.sections[key].url, params or {})
        self.assertEqual(response.status_code, 200)
        return response

    def count_queries(self, key, params):
        with CaptureQueriesContext(connection) as context:
            self.get(key, params)
            self.get(key, {**params, "page": "2"})
        return len(context.captured_queries)

    def test_query_counts_do_not_grow_with_the_number_of_items(self):
        for key, (model, factory, fields, params) in LISTINGS.items():
            with self.subTest(section=key):
                section = self.sections[key]
                # The first items match every filter: an empty result would skip
                # the query that reads the items.
                extra = {"category": "investment"} if model is PlanDocumentPage else {}
                factory(parent=section, **extra)
                factory(parent=section, **extra)
                if model is PlanDocumentPage:
                    fields = {**fields, "file": DocumentFileFactory()}
                self.get(key, params)  # warm up per-process caches
                small = [self.count_queries(key, p) for p in ({}, params)]
                bulk_create_pages(section, model, 60, **fields)
                self.assertEqual(model.objects.child_of(section).count(), 62)
                large = [self.count_queries(key, p) for p in ({}, params)]
                self.assertEqual(small, large)
                response = self.get(key)
                self.assertEqual(response.context["items"].paginator.count, 62)
                self.assertEqual(len(response.context["items"].object_list), 20)

    def test_filters_combine_and_keep_their_values_in_the_form(self):
        section = self.sections["du-an-dau-tu"]
        wanted = ProjectPageFactory(parent=section, kind="bidding", status="completed")
        ProjectPageFactory(parent=section, kind="bidding", status="ongoing")
        ProjectPageFactory(parent=section, kind="procurement", status="completed")
        response = self.get("du-an-dau-tu", {"kind": "bidding"})
        self.assertEqual(len(response.context["items"].object_list), 2)
        response = self.get("du-an-dau-tu", {"status": "completed"})
        self.assertEqual(len(response.context["items"].object_list), 2)
        response = self.get("du-an-dau-tu", {"kind": "bidding", "status": "completed"})
        self.assertEqual(list(response.context["items"].object_list), [wanted])
        self.assertContains(response, '<option value="bidding" selected>')
        self.assertContains(response, '<option value="completed" selected>')
        self.assertContains(response, "Xóa bộ lọc")
        response = self.get(
            "du-an-dau-tu", {"kind": "procurement", "status": "ongoing"}
        )
        self.assertEqual(len(response.context["items"].object_list), 0)
        self.assertContains(response, "Không có nội dung phù hợp")

    def test_penalties_group_their_forms_and_combine_with_the_year(self):
        key = "chi-dao-dieu-hanh.khen-thuong-xu-phat"
        section = self.sections[key]
        fine = RewardPenaltyPageFactory(
            parent=section, form="fine", decision_date=D(2025, 5, 1)
        )
        RewardPenaltyPageFactory(
            parent=section, form="warning", amount=None, decision_date=D(2024, 5, 1)
        )
        RewardPenaltyPageFactory(
            parent=section,
            form="certificate-of-merit",
            amount=None,
            decision_date=D(2025, 6, 1),
        )
        for params, count in (
            ({"kind": "penalty"}, 2),
            ({"kind": "reward"}, 1),
            ({"kind": "penalty", "year": "2025"}, 1),
            ({"kind": "reward", "form": "fine"}, 0),
            ({"year": "2024"}, 1),
        ):
            with self.subTest(params=params):
                items = self.get(key, params).context["items"].object_list
                self.assertEqual(len(items), count)
        items = self.get(key, {"kind": "penalty", "year": "2025"}).context["items"]
        self.assertEqual(list(items.object_list), [fine])

    def test_bad_values_are_ignored_not_errors(self):
        section = self.sections["chi-dao-dieu-hanh.y-kien-chi-dao"]
        DirectivePageFactory(parent=section)
        for params in (
            {"year": "abc"},
            {"year": "1900"},
            {"issuer": "<script>"},
            {"page": "999"},
            {"page": "-1"},
        ):
            with self.subTest(params=params):
                response = self.get("chi-dao-dieu-hanh.y-kien-chi-dao", params)
                self.assertEqual(len(response.context["items"].object_list), 1)
                self.assertNotContains(response, "<script>")

    def test_newest_first_and_pagination_keeps_the_filters(self):
        key = "chi-dao-dieu-hanh.y-kien-chi-dao"
        section = self.sections[key]
        for offset in range(25):
            DirectivePageFactory(
                parent=section, date=D(2025, 1, 1) + datetime.timedelta(days=offset)
            )
        DirectivePageFactory(parent=section, issuer="Phó Giám đốc Sở")
        response = self.get(key, {"issuer": "Giám đốc Sở"})
        dates = [item.date for item in response.context["items"].object_list]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(dates[0], D(2025, 1, 25))
        self.assertEqual(response.context["items"].paginator.count, 25)
        self.assertContains(response, "issuer=Gi%C3%A1m")
        self.assertContains(response, "page=2")

    def test_a_plan_period_filter_matches_the_years_it_covers(self):
        section = self.sections["quy-hoach-ke-hoach"]
        PlanDocumentPageFactory(
            parent=section, period_start=2021, period_end=2030, category="investment"
        )
        PlanDocumentPageFactory(
            parent=section, period_start=2025, period_end=2025, category="investment"
        )
        PlanDocumentPageFactory(
            parent=section, period_start=2032, period_end=2035, category="investment"
        )
        for year, count in (("2022", 1), ("2025", 2), ("2031", 0), ("2033", 1)):
            with self.subTest(year=year):
                response = self.get("quy-hoach-ke-hoach", {"year": year})
                self.assertEqual(len(response.context["items"].object_list), count)


class OneFilterMechanismTest(SimpleTestCase):
    """Issue 19: one way per job. Every item listing filters through a django-filter
    ``FilterSet`` built on ``ListingFilterSet``, applied by ``ItemListingMixin``."""

    def test_every_item_listing_declares_a_filter_set(self):
        listings = [
            model
            for model in apps.get_app_config("wagtail_nd43").get_models()
            if issubclass(model, ItemListingMixin)
        ]
        self.assertGreaterEqual(len(listings), 8)
        # The online services and press sections too: none keeps a filter of
        # its own (``get_filters``).
        self.assertLessEqual(
            {
                OnlineServicesPage,
                PressPage,
                PeriodicPressPage,
                AdHocPressPage,
                PressConferencePage,
            },
            set(listings),
        )
        for model in listings:
            with self.subTest(model=model.__name__):
                self.assertTrue(issubclass(model.filterset_class, ListingFilterSet))
                self.assertIsNot(model.filterset_class, ListingFilterSet)
                self.assertFalse(hasattr(model, "get_filters"))
