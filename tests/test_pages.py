"""Every page of a scaffolded site answers over HTTP, and the busiest pages cost the
same number of queries however much content the site holds."""

from xml.etree import ElementTree

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from wagtail_nd43.models import AgencySettings, ArticlePage
from wagtail_nd43.models.base import section_page_models
from wagtail_nd43.rulebook import BO, SO, UBND_TINH, get_profile

from .factories import (
    STRUCTURED_ITEM_FACTORIES,
    ArticlePageFactory,
    ConsultationPageFactory,
    ImageFactory,
    ResearchProjectPageFactory,
    StandardPageFactory,
    StatisticsReportPageFactory,
)
from .utils import create_articles, default_site, scaffold_site, section_page


PROFILE = get_profile("nd43")
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def fill_identity(site):
    return AgencySettings.objects.update_or_create(
        site=site,
        defaults={
            "full_name": "Ủy ban nhân dân tỉnh Lâm Viên",
            "short_name": "UBND tỉnh Lâm Viên",
            "governing_body": "Chính phủ",
            "address": "Số 1 đường Trần Hưng Đạo, thành phố Lâm Viên",
            "phone": "0263 3822 000",
            "fax": "0263 3822 001",
            "email": "vanphong@lamvien.gov.vn",
            "responsible_person": "Ông Nguyễn Văn An – Chánh Văn phòng",
        },
    )[0]


class EveryPageAnswersTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        fill_identity(default_site())
        # The province's tree plus what only ministries have: every section type.
        scaffold_site(UBND_TINH)
        cls.home = scaffold_site(BO)
        cls.article = ArticlePageFactory(
            parent=section_page(cls.home, "tin-tuc-su-kien"),
            title="Lâm Viên đón 1 triệu lượt khách",
            image=ImageFactory(),
            image_alt="Du khách tham quan hồ Xuân Hương",
        )
        cls.standard = StandardPageFactory(
            parent=section_page(cls.home, "gioi-thieu.chuc-nang-nhiem-vu"),
            title="Quyết định thành lập",
        )
        # One item of each structured type (directives, projects, plans...).
        for page in Page.objects.descendant_of(cls.home).specific():
            factory = STRUCTURED_ITEM_FACTORIES.get(type(page).__name__)
            if factory is not None:
                factory(parent=page)
        # Items of the sections only ministries and provinces have (Art. 11–12).
        ResearchProjectPageFactory(parent=section_page(cls.home, "de-tai-khoa-hoc"))
        StatisticsReportPageFactory(parent=section_page(cls.home, "thong-ke"))
        # A consultation on a draft (issue 6), with its comment form.
        ConsultationPageFactory(parent=section_page(cls.home, "lay-y-kien"))

    def test_the_site_has_every_section_of_both_levels(self):
        keys = {
            page.requirement_key
            for page in Page.objects.descendant_of(self.home)
            .type(*section_page_models())
            .specific()
        }
        expected = {s.key for s in PROFILE.sections(UBND_TINH) + PROFILE.sections(BO)}
        self.assertEqual(keys, expected - {PROFILE.root.key})

    def test_every_scaffolded_page_answers_200(self):
        pages = Page.objects.descendant_of(self.home, inclusive=True).specific()
        self.assertGreater(len(pages), 40)
        for page in pages:
            url = page.get_url()
            with self.subTest(url=url, type=type(page).__name__):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, page.title)

    def test_an_article_answers_200_with_its_author(self):
        response = self.client.get(self.article.get_url())

        self.assertContains(response, "Lâm Viên đón 1 triệu lượt khách")
        self.assertContains(response, self.article.author)
        self.assertContains(response, 'alt="Du khách tham quan hồ Xuân Hương"')

    def test_a_standard_page_answers_200(self):
        response = self.client.get(self.standard.get_url())
        self.assertContains(response, "Quyết định thành lập")

    def test_the_xml_site_map_lists_every_section(self):
        response = self.client.get("/sitemap.xml")

        self.assertEqual(response.status_code, 200)
        self.assertIn("xml", response["Content-Type"])
        tree = ElementTree.fromstring(response.content)
        locations = {
            element.text for element in tree.findall("sm:url/sm:loc", SITEMAP_NS)
        }
        for page in Page.objects.descendant_of(self.home, inclusive=True):
            with self.subTest(url=page.url_path):
                self.assertIn(page.get_full_url(), locations)


class QueryCountTest(TestCase):
    """Queries per page are pinned: they do not grow with the number of articles."""

    @classmethod
    def setUpTestData(cls):
        fill_identity(default_site())
        cls.home = scaffold_site(SO)
        cls.news = section_page(cls.home, "tin-tuc-su-kien")
        cls.image = ImageFactory()
        create_articles(cls.news, 10, image=cls.image, image_alt="Ảnh minh họa")

    def count_queries(self, url):
        self.client.get(url)  # Warm the caches a long-running server would have.
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_home_news_listing_and_sitemap_queries_do_not_grow_with_articles(self):
        urls = ["/", self.news.get_url(), "/sitemap.xml"]
        with_10 = {url: self.count_queries(url) for url in urls}

        create_articles(self.news, 190, image=self.image, image_alt="Ảnh minh họa")
        self.assertEqual(self.news.get_children().count(), 200)

        for url in urls:
            with self.subTest(url=url):
                self.client.get(url)
                with self.assertNumQueries(with_10[url]):
                    response = self.client.get(url)
                self.assertEqual(response.status_code, 200)


class RoutingTest(TestCase):
    """A section the URL only passes through is not loaded whole: its own table is
    read only for the page that answers."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.news = section_page(cls.home, "tin-tuc-su-kien")
        (cls.article,) = create_articles(cls.news, 1)

    def route(self, page):
        components = [
            part for part in page.relative_url(default_site()).split("/") if part
        ]
        with CaptureQueriesContext(connection) as queries:
            result = self.home.route(None, components)
        return result.page, [query["sql"] for query in queries]

    def test_an_article_is_read_with_its_own_table_in_one_query(self):
        """The page that answers, of an item type its section holds, is read with
        its table joined: one query for the section, one for the article."""
        page, queries = self.route(self.article)
        self.assertEqual(page, self.article)
        self.assertIs(type(page), ArticlePage)
        self.assertIn("lead", page.__dict__)  # loaded whole
        self.assertEqual(page.get_parent(), self.news)  # kept by the routing
        self.assertEqual(len(queries), 2)

    def test_a_section_is_still_routed_as_wagtail_does(self):
        page, queries = self.route(self.news)
        self.assertEqual(page.specific, self.news)
        self.assertIs(type(page), type(self.news))
        self.assertEqual(len(queries), 2)

    def test_an_article_is_routed_without_reading_its_section_row(self):
        page, queries = self.route(self.article)
        self.assertEqual(page, self.article)
        self.assertIn("lead", page.__dict__)  # loaded whole
        section_table = type(self.news)._meta.db_table
        self.assertEqual([sql for sql in queries if section_table in sql], [])

    def test_the_section_itself_is_loaded_whole(self):
        page, queries = self.route(self.news)
        self.assertEqual(type(page), type(self.news))
        self.assertIn("body", page.__dict__)
