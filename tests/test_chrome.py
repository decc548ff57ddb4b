"""The site chrome comes from the shared cache and is renewed the moment anything it
shows changes (issue 15)."""

import datetime
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from wagtail_nd43 import chrome
from wagtail_nd43.models import AgencySettings

from .factories import BannerFactory, SiteAlertFactory, StandardPageFactory
from .test_templatetags import ScaffoldedSiteMixin


CHROME_TABLES = (
    "wagtail_nd43_agencysettings",
    "wagtail_nd43_banner",
    "wagtail_nd43_sitealert",
    "wagtail_nd43_mourningperiod",
)


def chrome_reads(queries):
    return [
        query["sql"]
        for query in queries.captured_queries
        if any(f'FROM "{table}"' in query["sql"] for table in CHROME_TABLES)
    ]


class ChromeTestCase(ScaffoldedSiteMixin, TestCase):
    def get(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def queries_for(self, page):
        with CaptureQueriesContext(connection) as queries:
            self.get(page)
        return queries


class WarmCacheTest(ChromeTestCase):
    def test_a_warm_page_reads_no_chrome_from_the_database(self):
        BannerFactory(placement="footer-strip")
        SiteAlertFactory()
        self.fill_identity()
        self.get(self.article)

        queries = self.queries_for(self.article)

        self.assertEqual(chrome_reads(queries), [])

    def test_home_and_article_stay_within_ten_queries_on_a_warm_cache(self):
        BannerFactory(placement="home-top")
        BannerFactory(placement="sidebar")
        SiteAlertFactory()
        for page in (self.home, self.news, self.article):
            with self.subTest(page=page.title):
                self.get(page)
                self.assertLessEqual(len(self.queries_for(page)), 10)

    def test_pages_read_the_chrome_once_from_the_cache(self):
        self.get(self.article)
        with mock.patch.object(chrome, "_read", wraps=chrome._read) as read:
            self.get(self.article)
        names = [call.args[2] for call in read.call_args_list]
        self.assertEqual(names.count("chrome"), 1)


class RenewalTest(ChromeTestCase):
    def test_publishing_a_menu_page_shows_it_in_the_menu_at_once(self):
        self.get(self.article)
        page = StandardPageFactory(
            parent=self.home, title="Chuyên mục mới", show_in_menus=True, live=False
        )
        self.assertNotIn("Chuyên mục mới", self.get(self.article))

        page.save_revision().publish()

        self.assertIn("Chuyên mục mới", self.get(self.article))

    def test_unpublishing_a_menu_page_removes_it_at_once(self):
        page = StandardPageFactory(
            parent=self.home, title="Chuyên mục cũ", show_in_menus=True
        )
        self.assertIn("Chuyên mục cũ", self.get(self.article))

        page.unpublish()

        self.assertNotIn("Chuyên mục cũ", self.get(self.article))

    def test_restricting_a_menu_page_hides_it_at_once(self):
        page = StandardPageFactory(
            parent=self.home, title="Chuyên mục nội bộ", show_in_menus=True
        )
        self.assertIn("Chuyên mục nội bộ", self.get(self.article))

        PageViewRestriction.objects.create(page=page, restriction_type="login")

        self.assertNotIn("Chuyên mục nội bộ", self.get(self.article))

    def test_saving_the_identity_shows_it_at_once(self):
        self.fill_identity()
        self.get(self.home)

        self.fill_identity(full_name="Sở Văn hóa và Thể thao tỉnh Bình An")

        self.assertIn("Sở Văn hóa và Thể thao tỉnh Bình An", self.get(self.home))

    def test_publishing_and_unpublishing_a_banner_shows_and_hides_it(self):
        banner = BannerFactory(title="Ngày hội non sông", live=False)
        self.assertNotIn("Ngày hội non sông", self.get(self.home))

        banner.save_revision().publish()
        self.assertIn("Ngày hội non sông", self.get(self.home))

        banner.refresh_from_db()
        banner.unpublish()
        self.assertNotIn("Ngày hội non sông", self.get(self.home))

    def test_an_alert_disappears_when_it_ends_without_any_publish(self):
        now = timezone.now()
        SiteAlertFactory(title="Bão số 10", end_at=now + datetime.timedelta(hours=1))
        self.assertIn("Bão số 10", self.get(self.home))

        later = now + datetime.timedelta(hours=1, seconds=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            html = self.get(self.home)

        self.assertNotIn("Bão số 10", html)

    def test_a_change_made_on_another_server_is_seen_here(self):
        """The version lives in the shared cache, not in this process: another
        server's publish (which only renews the version there) is seen here."""
        self.fill_identity()
        self.get(self.home)
        AgencySettings.objects.filter(site=self.site).update(
            full_name="Tên do máy chủ khác lưu"
        )  # no signal in this process
        self.assertNotIn("Tên do máy chủ khác lưu", self.get(self.home))

        chrome._cache().set(chrome.VERSION_KEY, "renewed-by-another-server", None)

        self.assertIn("Tên do máy chủ khác lưu", self.get(self.home))


class CacheOutageTest(ChromeTestCase):
    def test_pages_are_built_from_the_database_when_the_cache_fails(self):
        self.fill_identity()
        broken = mock.Mock()
        broken.get.side_effect = ConnectionError("cache down")
        broken.set.side_effect = ConnectionError("cache down")
        broken.add.side_effect = ConnectionError("cache down")
        with (
            mock.patch.object(chrome, "_cache", return_value=broken),
            self.assertLogs("wagtail_nd43.chrome", "WARNING"),
        ):
            html = self.get(self.article)

        self.assertIn(self.fill_identity().full_name, html)
        self.assertIn(self.news.title, html)


class MenuTest(ChromeTestCase):
    def test_the_menu_marks_the_current_section_from_the_cached_entries(self):
        self.get(self.home)
        html = self.get(self.article)
        menu = html.split('<nav class="nd43-menu"', 1)[1].split("</nav>", 1)[0]
        news = Page.objects.get(pk=self.news.pk)
        self.assertIn(f'href="{news.url}" aria-current="true"', menu)
