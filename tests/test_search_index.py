"""The package's site search index (issue 21, search_index.py): kept in step with
publishing, unpublishing, drafts, moves, deletions and view restrictions; ranked
exact number or title first, then title matches, then text matches; counted up to
a cap; the same number of queries whatever the number of matches; rebuilt by
``nd43_search_index``; and on PostgreSQL answered through its full-text index."""

import datetime
from io import StringIO

from django.core.checks import run_checks
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase
from wagtail.models import Page, PageViewRestriction, Site

from wagtail_nd43.models import SiteSearchEntry
from wagtail_nd43.search_index import search_entries

from .factories import (
    ArticlePageFactory,
    LegalDocumentPageFactory,
    StandardPageFactory,
)
from .utils import default_site


def found(query, site=None, request=None):
    return [entry.pk for entry in search_entries(query, site, request)]


class IndexKeptUpToDateTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = default_site().root_page
        cls.section = StandardPageFactory(parent=cls.home, title="Tin tức")
        cls.article = ArticlePageFactory(
            parent=cls.section,
            title="Hội nghị chuyển đổi số toàn tỉnh",
            lead="Đồng chí Giám đốc Sở chủ trì hội nghị trực tuyến.",
        )

    def test_a_live_page_is_found_by_its_folded_title_and_text(self):
        self.assertEqual(found("hoi nghi chuyen doi so"), [self.article.pk])
        self.assertEqual(found("giam đốc SỞ chu tri"), [self.article.pk])

    def test_a_new_page_is_found_once_saved_live(self):
        page = StandardPageFactory(parent=self.home, title="Quy chế phát ngôn")
        self.assertEqual(found("quy che phat ngon"), [page.pk])

    def test_a_draft_revision_changes_nothing_until_it_is_published(self):
        page = Page.objects.get(pk=self.article.pk).specific
        page.title = "Tiêu đề bản nháp mới"
        revision = page.save_revision()
        self.assertEqual(found("tieu de ban nhap"), [])
        self.assertEqual(found("hoi nghi chuyen doi so"), [self.article.pk])
        revision.publish()
        self.assertEqual(found("tieu de ban nhap"), [self.article.pk])
        self.assertEqual(found("hoi nghi chuyen doi so"), [])

    def test_unpublishing_removes_the_page_and_publishing_brings_it_back(self):
        self.article.unpublish()
        self.assertEqual(found("hoi nghi chuyen doi so"), [])
        self.assertFalse(SiteSearchEntry.objects.filter(pk=self.article.pk).exists())
        self.article.save_revision().publish()
        self.assertEqual(found("hoi nghi chuyen doi so"), [self.article.pk])

    def test_a_deleted_page_leaves_the_index(self):
        self.article.delete()
        self.assertFalse(SiteSearchEntry.objects.filter(pk=self.article.pk).exists())

    def test_a_moved_page_and_its_children_follow_it_to_another_site(self):
        other_root = StandardPageFactory(parent=Page.get_first_root_node(), title="Xã")
        other = Site.objects.create(hostname="xa.example", root_page=other_root)
        child = ArticlePageFactory(parent=self.section, title="Hội nghị cấp xã")
        self.section.move(other_root, pos="last-child")
        self.assertEqual(found("hoi nghi", site=default_site()), [])
        self.assertEqual(
            sorted(found("hoi nghi", site=other)), sorted([self.article.pk, child.pk])
        )

    def test_a_view_restriction_hides_the_pages_under_it_at_once(self):
        restriction = PageViewRestriction.objects.create(
            page=self.section, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertEqual(found("hoi nghi chuyen doi so"), [])
        restriction.delete()
        self.assertEqual(found("hoi nghi chuyen doi so"), [self.article.pk])

    def test_pages_of_another_site_are_not_found(self):
        other_root = StandardPageFactory(parent=Page.get_first_root_node(), title="Xã")
        Site.objects.create(hostname="xa.example", root_page=other_root)
        ArticlePageFactory(parent=other_root, title="Hội nghị chuyển đổi số cấp xã")
        self.assertEqual(
            found("hoi nghi chuyen doi so", site=default_site()), [self.article.pk]
        )

    def test_words_match_whole_words_only(self):
        self.assertEqual(found("hoi ngh"), [])
        self.assertEqual(found("nghi"), [self.article.pk])


class RebuildCommandTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = default_site().root_page
        cls.pages = [
            StandardPageFactory(parent=home, title=f"Trang giới thiệu {n}")
            for n in range(3)
        ]
        cls.draft = StandardPageFactory(parent=home, title="Trang nháp", live=False)

    def test_the_command_indexes_every_live_page_and_no_draft(self):
        SiteSearchEntry.objects.all().delete()
        self.assertEqual(found("trang gioi thieu"), [])
        out = StringIO()
        call_command("nd43_search_index", "--batch-size", "2", stdout=out)
        self.assertEqual(
            sorted(found("trang gioi thieu")), sorted(p.pk for p in self.pages)
        )
        self.assertEqual(found("trang nhap"), [])
        live = Page.objects.live().filter(depth__gt=1).count()
        self.assertEqual(SiteSearchEntry.objects.count(), live)
        self.assertIn(str(live), out.getvalue())

    def test_a_batch_size_below_one_is_refused(self):
        with self.assertRaises(CommandError):
            call_command("nd43_search_index", "--batch-size", "0", stdout=StringIO())

    def test_check_w150_asks_for_the_command_when_the_index_is_empty(self):
        def w150():
            return [
                m.id
                for m in run_checks(databases=["default"])
                if m.id == "wagtail_nd43.W150"
            ]

        self.assertEqual(w150(), [])
        SiteSearchEntry.objects.all().delete()
        self.assertEqual(w150(), ["wagtail_nd43.W150"])
        call_command("nd43_search_index", stdout=StringIO())
        self.assertEqual(w150(), [])

    @override_settings(WAGTAIL_ND43_SITE_SEARCH_BACKEND="elastic")
    def test_check_w151_names_an_unknown_backend(self):
        ids = [m.id for m in run_checks()]
        self.assertIn("wagtail_nd43.W151", ids)


class RankingTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = default_site().root_page
        section = StandardPageFactory(parent=home, title="Văn bản")
        # Newest first would put them in the reverse order of their rank.
        cls.text_match = ArticlePageFactory(
            parent=section,
            title="Tin hoạt động của Sở",
            lead="Triển khai Quyết định 15/2019/QĐ-UBND về chuyển đổi số.",
            date=datetime.date(2025, 1, 1),
        )
        cls.title_match = ArticlePageFactory(
            parent=section,
            title="Hướng dẫn thực hiện Quyết định 15/2019/QĐ-UBND",
            date=datetime.date(2024, 1, 1),
        )
        cls.number_match = LegalDocumentPageFactory(
            parent=section,
            title="Quyết định ban hành quy chế chuyển đổi số",
            number="15/2019/QĐ-UBND",
            issued_date=datetime.date(2019, 3, 1),
        )
        cls.exact_title = StandardPageFactory(parent=section, title="Chuyển đổi số")

    def test_exact_number_then_title_matches_then_text_matches(self):
        self.assertEqual(
            found("15/2019/qd-ubnd"),
            [self.number_match.pk, self.title_match.pk, self.text_match.pk],
        )

    def test_an_exact_title_comes_before_newer_pages_that_mention_it(self):
        self.assertEqual(
            found("chuyen doi so"),
            [self.exact_title.pk, self.number_match.pk, self.text_match.pk],
        )

    def test_within_a_rank_newest_first(self):
        newest = ArticlePageFactory(
            parent=default_site().root_page,
            title="Quyết định khác",
            date=datetime.date(2026, 1, 1),
        )
        self.assertEqual(
            found("quyet dinh"),
            [newest.pk, self.title_match.pk, self.number_match.pk, self.text_match.pk],
        )


class SearchPageAtScaleTest(TestCase):
    """What the search page costs does not depend on how much matches."""

    @classmethod
    def setUpTestData(cls):
        cls.section = StandardPageFactory(
            parent=default_site().root_page, title="Tin tức"
        )

    def add_articles(self, count, start=0):
        for n in range(start, start + count):
            ArticlePageFactory(parent=self.section, title=f"Bản tin hội nghị số {n}")

    def queries_of_search(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/nd43/search/", {"q": "ban tin hoi nghi"})
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def warm_queries_of_search(self):
        """Queries of the search once the site's caches (settings, menu, chrome)
        are warm: what every request but the first after an edit costs."""
        self.queries_of_search()
        self.queries_of_search()
        return self.queries_of_search()

    @override_settings(WAGTAIL_ND43_LISTING_PAGE_SIZE=5)
    def test_queries_do_not_grow_with_the_matches(self):
        self.add_articles(6)
        few, response = self.warm_queries_of_search()
        self.assertEqual(len(response.context["rows"]), 5)
        self.add_articles(30, start=6)
        many, response = self.warm_queries_of_search()
        self.assertEqual(response.context["results"].paginator.count, 36)
        self.assertEqual(few, many)

    @override_settings(
        WAGTAIL_ND43_LISTING_PAGE_SIZE=2, WAGTAIL_ND43_SITE_SEARCH_MAX_COUNT=5
    )
    def test_the_count_stops_at_the_cap_and_says_more_than(self):
        self.add_articles(8)
        _, response = self.queries_of_search()
        paginator = response.context["results"].paginator
        self.assertEqual(paginator.count, 5)
        self.assertTrue(paginator.capped)
        self.assertEqual(paginator.num_pages, 3)
        self.assertContains(response, "Hơn 5 kết quả")

    @override_settings(WAGTAIL_ND43_SITE_SEARCH_MAX_COUNT=5)
    def test_an_exact_count_under_the_cap(self):
        self.add_articles(5)
        _, response = self.queries_of_search()
        self.assertFalse(response.context["results"].paginator.capped)
        self.assertContains(response, "5 kết quả")
        self.assertNotContains(response, "Hơn 5 kết quả")

    @override_settings(
        WAGTAILSEARCH_BACKENDS={
            "default": {"BACKEND": "wagtail.search.backends.database"}
        },
        WAGTAIL_ND43_SITE_SEARCH_BACKEND="default",
    )
    def test_a_wagtail_search_backend_can_be_chosen_by_settings(self):
        self.add_articles(2)
        SiteSearchEntry.objects.all().delete()  # not read with this setting
        _, response = self.queries_of_search()
        self.assertEqual(len(response.context["rows"]), 2)


@override_settings(WAGTAIL_ND43_SITE_SEARCH_BACKEND="nd43")
class PostgresPlanTest(TestCase):
    """On PostgreSQL the site search reads the GIN index of the folded vector."""

    @classmethod
    def setUpTestData(cls):
        section = StandardPageFactory(parent=default_site().root_page, title="Tin")
        for n in range(30):
            ArticlePageFactory(parent=section, title=f"Bản tin số {n}")

    def test_the_site_search_query_uses_the_full_text_index(self):
        if connection.vendor != "postgresql":
            self.skipTest("PostgreSQL only: other databases have no full-text index")
        with connection.cursor() as cursor:
            # As at 100,000 pages: a sequential scan is no longer the cheap plan.
            cursor.execute("SET LOCAL enable_seqscan = off")
            sql, params = search_entries(
                "ban tin so 7", default_site()
            ).query.sql_with_params()
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        self.assertIn("nd43_site_search_vector", plan)
        self.assertNotIn("Seq Scan on wagtail_nd43_sitesearchentry", plan)


#: Characters with a meaning in full-text query languages (tsquery, FTS5, Lucene),
#: control characters and NUL, which PostgreSQL refuses inside a text parameter.
QUERY_SYNTAX = [
    "\x00",
    "\x01",
    "\x1f",
    "\x7f",
    '"',
    "'",
    "&",
    "|",
    "!",
    "(",
    ")",
    ":",
    "*",
    "<->",
    "\\",
    "NEAR(",
    "AND",
    "OR",
    "NOT",
    "^",
    "~",
    "-",
    "/",
    "%",
    "_",
    "\u0300",
    "đ",
    "Ð",
]
QUERIES = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=80),
    st.lists(
        st.one_of(st.sampled_from(QUERY_SYNTAX), st.sampled_from(["hoi", "nghi", " "])),
        max_size=12,
    ).map("".join),
)


class QueryFuzzTest(HypothesisTestCase):
    """Whatever is typed in the search box, the page answers 200, never 500."""

    @classmethod
    def setUpTestData(cls):
        section = StandardPageFactory(parent=default_site().root_page, title="Tin")
        ArticlePageFactory(parent=section, title="Hội nghị: “đổi mới” & (số) 1/2024")

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(query=QUERIES, page=st.one_of(st.none(), st.text(max_size=5)))
    def test_any_query_answers_200(self, query, page):
        params = {"q": query}
        if page is not None:
            params["page"] = page
        response = self.client.get("/nd43/search/", params)
        self.assertEqual(response.status_code, 200)

    def test_syntax_characters_around_words_still_find_the_page(self):
        for query in ('"hoi nghi"', "hoi & nghi", "(hoi) | !nghi:*", "hoi\x00nghi"):
            with self.subTest(query=ascii(query)):
                response = self.client.get("/nd43/search/", {"q": query})
                self.assertEqual(len(response.context["rows"]), 1)
