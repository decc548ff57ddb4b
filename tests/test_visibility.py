"""View restrictions read once per request (visibility.py), and the indexes of
migration 0002 that keep the legal documents section and the menu fast: they exist
and the queries can use them."""

import datetime

from django.db import connection
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from wagtail_nd43.models import LegalDocumentPage
from wagtail_nd43.rulebook import SO
from wagtail_nd43.visibility import public

from .factories import LegalDocumentPageFactory, StandardPageFactory
from .utils import scaffold_site, section_page


def restriction_reads(queries):
    return [
        query["sql"]
        for query in queries
        if 'FROM "wagtailcore_pageviewrestriction"' in query["sql"]
    ]


class PublicOncePerRequestTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.documents = section_page(cls.home, "van-ban")
        cls.about = section_page(cls.home, "gioi-thieu")
        cls.open_document = LegalDocumentPageFactory(
            parent=cls.documents, number="1/2025/QĐ-UBND", title="Văn bản công khai"
        )
        cls.private_document = LegalDocumentPageFactory(
            parent=cls.documents, number="2/2025/QĐ-UBND", title="Văn bản nội bộ"
        )
        cls.private_section = StandardPageFactory(parent=cls.about, title="Nội bộ")
        StandardPageFactory(parent=cls.private_section, title="Tài liệu nội bộ")
        PageViewRestriction.objects.create(
            page=cls.private_document, restriction_type=PageViewRestriction.LOGIN
        )
        PageViewRestriction.objects.create(
            page=cls.private_section,
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",
        )

    def test_it_selects_the_same_pages_as_wagtails_public(self):
        request = RequestFactory().get("/")
        for queryset in (
            Page.objects.all(),
            Page.objects.live(),
            Page.objects.child_of(self.documents),
            Page.objects.descendant_of(self.about),
            LegalDocumentPage.objects.all(),
        ):
            with self.subTest(query=str(queryset.query)[:80]):
                expected = set(queryset.public().values_list("pk", flat=True))
                self.assertEqual(
                    set(public(queryset, request).values_list("pk", flat=True)),
                    expected,
                )
                self.assertEqual(
                    set(public(queryset).values_list("pk", flat=True)), expected
                )

    def test_without_restrictions_nothing_is_excluded(self):
        PageViewRestriction.objects.all().delete()
        self.assertEqual(public(Page.objects.all()).count(), Page.objects.count())

    def test_restrictions_are_read_once_per_request(self):
        request = RequestFactory().get("/")
        with CaptureQueriesContext(connection) as queries:
            for _ in range(3):
                list(public(Page.objects.live(), request))
        self.assertEqual(len(restriction_reads(queries)), 1)

    def test_a_listing_request_reads_the_restrictions_once(self):
        url = self.documents.get_url()
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        # Ours (menu, documents, years, subsections, sections found by type) come
        # from the cached site chrome: only Wagtail's own check of the page being
        # served reads them.
        self.assertEqual(len(restriction_reads(queries)), 1)
        self.assertContains(response, "Văn bản công khai")
        self.assertNotContains(response, "Văn bản nội bộ")
        self.assertEqual(response.context["items"].paginator.count, 1)


class IndexesTest(TestCase):
    """Migration 0002: the indexes exist and the slow queries can use them."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.documents = section_page(cls.home, "van-ban")
        LegalDocumentPageFactory(
            parent=cls.documents,
            number="43/2011/NĐ-CP",
            issued_date=datetime.date(2011, 6, 13),
        )

    def constraints(self, model):
        with connection.cursor() as cursor:
            return connection.introspection.get_constraints(
                cursor, model._meta.db_table
            )

    def explain(self, queryset):
        """The plan of ``queryset``, with sequential scans discouraged on
        PostgreSQL: the test tables are tiny, and whether an index *can* serve
        the query is what matters."""
        if connection.vendor != "postgresql":
            return queryset.explain()
        with connection.cursor() as cursor:
            cursor.execute("SET enable_seqscan = off")
        try:
            return queryset.explain()
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET enable_seqscan")

    def test_the_indexes_exist_on_postgresql_only(self):
        legal = self.constraints(LegalDocumentPage)
        page = self.constraints(Page)
        if connection.vendor == "postgresql":
            self.assertEqual(legal["nd43_legal_search_trgm"]["type"], "gin")
            self.assertEqual(
                legal["nd43_legal_listing_order"]["columns"],
                ["issued_date", "page_ptr_id"],
            )
            self.assertEqual(page["nd43_page_depth_path"]["columns"], ["depth", "path"])
        else:
            # See the migration: SQLite's planner does worse with them.
            for name in ("nd43_legal_search_trgm", "nd43_legal_listing_order"):
                self.assertNotIn(name, legal)
            self.assertNotIn("nd43_page_depth_path", page)

    def test_the_children_of_a_page_can_be_an_index_range_on_postgresql(self):
        if connection.vendor != "postgresql":
            self.skipTest("PostgreSQL only (see migration 0002)")
        # On a few rows the planner may as well range-scan the path index; at
        # 100,000 pages it takes this one (bench/bench_legal.py --profile). What
        # must hold: "depth = d AND path LIKE 'prefix%'" is a range on it.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
                ["nd43_page_depth_path"],
            )
            (definition,) = cursor.fetchone()
        self.assertIn("(depth, path varchar_pattern_ops)", definition)

    def test_the_keyword_search_reads_the_trigram_index_on_postgresql(self):
        if connection.vendor != "postgresql":
            self.skipTest("PostgreSQL only: SQLite scans the folded column")
        found = (
            LegalDocumentPage.objects.filter(search_text__contains="nd-cp")
            .order_by()
            .values("pk")
        )
        # Only bitmap scans allowed: can an index answer "LIKE '%nd-cp%'"?
        with connection.cursor() as cursor:
            cursor.execute("SET enable_indexscan = off")
        try:
            plan = self.explain(found)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET enable_indexscan")
        self.assertIn("nd43_legal_search_trgm", plan)
