"""Issue 17: the public site's 404 and 500 pages, favicon, absolute addresses and
menu, as a visitor meets them with ``DEBUG = False``."""

import re

from django.test import RequestFactory, TestCase, override_settings
from django.views.defaults import server_error

from wagtail_nd43.models import SiteMapPage

from .factories import ArticlePageFactory, ImageFactory
from .utils import default_site, scaffold_site, section_page


def head_of(response):
    html = response.content.decode()
    return html[: html.index("</head>")]


@override_settings(DEBUG=False)
class NotFoundPageTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")

    def test_an_unknown_address_shows_the_themed_page_in_vietnamese(self):
        response = self.client.get("/khong-co-trang-nay/")

        self.assertEqual(response.status_code, 404)
        self.assertTemplateUsed(response, "wagtail_nd43/errors/404.html")
        html = response.content.decode()
        self.assertIn('<html lang="vi"', html)
        self.assertIn("<h1>Không tìm thấy trang</h1>", html)
        self.assertNotIn("Not Found", html)
        # The visitor can go on: search, home, site map, the site's own menu.
        self.assertIn('role="search"', html)
        self.assertIn(SiteMapPage.objects.get().url, html)
        self.assertIn('<nav class="nd43-menu"', html)
        self.assertIn('<meta name="robots" content="noindex">', html)

    def test_a_missing_page_under_a_section_is_the_same_page(self):
        news = section_page(self.home, "tin-tuc-su-kien")
        response = self.client.get(news.url + "bai-da-xoa/")

        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Không tìm thấy trang", status_code=404)


class ServerErrorPageTest(TestCase):
    def test_the_500_page_needs_no_database_and_speaks_vietnamese(self):
        request = RequestFactory().get("/")
        with self.assertNumQueries(0):
            response = server_error(request)

        self.assertEqual(response.status_code, 500)
        html = response.content.decode()
        self.assertIn('<html lang="vi">', html)
        self.assertIn("Trang web đang gặp sự cố", html)
        self.assertIn('href="/"', html)
        self.assertIn("favicon.svg", html)


class FaviconTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")

    def test_without_an_emblem_the_default_icon_is_linked(self):
        head = head_of(self.client.get(self.home.url))
        self.assertRegex(
            head, r'<link rel="icon" href="[^"]*/wagtail_nd43/img/favicon.svg"'
        )

    def test_the_identity_emblem_is_the_favicon(self):
        from wagtail_nd43.models import AgencySettings

        identity = AgencySettings.for_site(default_site())
        identity.logo = ImageFactory(title="Quốc huy")
        identity.save()

        head = head_of(self.client.get(self.home.url))

        icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/png"', head)
        self.assertIsNotNone(icon)
        rendition = identity.logo.get_rendition("fill-64x64|format-png")
        self.assertEqual(icon.group(1), rendition.url)
        self.assertNotIn("favicon.svg", head)


class AbsoluteAddressTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = scaffold_site("so")
        cls.article = ArticlePageFactory(
            parent=section_page(home, "tin-tuc-su-kien"), title="Hội nghị"
        )

    def test_canonical_and_dc_identifier_use_the_address_the_visitor_used(self):
        # The Site record still says "localhost", as Wagtail creates it.
        self.assertEqual(default_site().hostname, "localhost")

        response = self.client.get(
            self.article.url, HTTP_HOST="sotttt.lamvien.gov.vn", secure=True
        )

        expected = "https://sotttt.lamvien.gov.vn" + self.article.url
        head = head_of(response)
        self.assertIn(f'<link rel="canonical" href="{expected}">', head)
        self.assertIn(f'<meta name="DC.identifier" content="{expected}">', head)
        self.assertNotIn("localhost", head)


class CompactMenuTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")

    def test_the_menu_folds_into_details_on_narrow_screens_without_javascript(self):
        html = self.client.get(self.home.url).content.decode()
        nav = html[html.index('<nav class="nd43-menu"') : html.index("</nav>")]

        self.assertEqual(html.count('<nav class="nd43-menu"'), 1)
        compact = re.search(r"<details[^>]*>(.*?)</details>", nav, re.S)
        self.assertIsNotNone(compact)
        self.assertIn('<summary class="nd43-menu__toggle">Danh mục</summary>', nav)
        links = re.findall(r'class="nd43-menu__link" href="([^"]+)"', nav)
        compact_links = re.findall(
            r'class="nd43-menu__link" href="([^"]+)"', compact.group(1)
        )
        # The wide list and the folded one carry the same entries.
        self.assertEqual(links, compact_links * 2)
        self.assertGreater(len(compact_links), 5)
