"""The default theme's page, block and admin templates, as a visitor or editor gets
them."""

import datetime
import re

import wagtail_factories
from django.test import TestCase, override_settings
from django.utils import translation
from django.utils.html import escape
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import (
    AgencySettings,
    ContactPage,
    OnlineServicesPage,
    ProjectsPage,
    SectionPage,
    SiteMapPage,
)
from wagtail_nd43.rulebook import SO

from .factories import (
    ArticlePageFactory,
    ImageFactory,
    StandardPageFactory,
)
from .test_templatetags import IDENTITY
from .utils import default_site, scaffold_site


def vi(message):
    """``message`` as the site (in Vietnamese) shows it."""
    with translation.override("vi"):
        return translation.gettext(message)


TABLE = {
    "caption": "Một số chỉ tiêu kinh tế – xã hội",
    "table": {
        "data": [
            ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
            ["Tăng trưởng GRDP", "7,5%", "8,1%"],
        ],
        "first_row_is_table_header": True,
        "first_col_is_header": True,
    },
}


class ThemeTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)  # replayed: what `nd43_scaffold --level so` builds
        cls.site = default_site()
        cls.home = cls.site.root_page.specific
        cls.news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
        identity = AgencySettings.for_site(cls.site)
        for name, value in IDENTITY.items():
            setattr(identity, name, value)
        identity.save()

    def get(self, page, params=None):
        response = self.client.get(page.url, params or {})
        self.assertEqual(response.status_code, 200)
        return response.content.decode()


class TestBase(ThemeTestCase):
    def test_document_basics(self):
        html = self.get(self.home)

        self.assertIn('<html lang="vi">', html)
        self.assertIn(
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            html,
        )
        self.assertIn('<main id="main"', html)
        self.assertIn(f"<title>{escape(self.home.title)}", html)

    def test_skip_link_is_the_first_link(self):
        html = self.get(self.news)
        body = html[html.index("<body") :]

        first = re.search(r"<(a|button)\b[^>]*>", body).group(0)
        self.assertIn('href="#main"', first)
        self.assertIn("nd43-skip-link", first)

    def test_assets_are_local_and_print_css_is_for_print(self):
        html = self.get(self.news)

        self.assertIn(
            '<link rel="stylesheet" href="/static/wagtail_nd43/css/site.css">', html
        )
        self.assertIn(
            '<link rel="stylesheet" href="/static/wagtail_nd43/css/print.css" '
            'media="print">',
            html,
        )
        self.assertIn(
            '<script src="/static/wagtail_nd43/js/site.js" defer></script>', html
        )
        assets = r'<(?:link rel="stylesheet"|script|img)\b[^>]*>'
        for tag in re.findall(assets, html):
            with self.subTest(tag=tag):
                self.assertNotRegex(tag, r'(src|href)="(https?:)?//')

    def test_no_inline_script(self):
        html = self.get(self.news)

        self.assertNotRegex(html, r"<script>|<script [^>]*>[^<]")
        self.assertNotIn("onclick", html)


class TestSectionPage(ThemeTestCase):
    def test_lists_articles_with_date_lead_and_thumbnail(self):
        ArticlePageFactory(
            parent=self.news,
            title="Khánh thành cầu Bình An",
            lead="Cây cầu nối hai bờ sông.",
            date=datetime.date(2025, 3, 7),
            image=ImageFactory(),
            image_alt="Toàn cảnh cây cầu",
        )

        html = self.get(self.news)

        self.assertIn(">Khánh thành cầu Bình An</a>", html)
        self.assertIn('<time datetime="2025-03-07">07/03/2025</time>', html)
        self.assertIn("Cây cầu nối hai bờ sông.", html)
        self.assertRegex(html, r'<img [^>]*alt="Toàn cảnh cây cầu"')

    def test_thumbnails_are_responsive_webp_and_lazy_after_the_first(self):
        for day in (1, 2, 3):
            ArticlePageFactory(
                parent=self.news,
                date=datetime.date(2025, 3, day),
                image=ImageFactory(file__width=960, file__height=600),
                image_alt=f"Ảnh {day}",
            )

        html = self.get(self.news)
        pictures = re.findall(r"<picture>.*?</picture>", html, re.S)

        self.assertEqual(len(pictures), 3)
        for picture in pictures:
            with self.subTest(picture=picture):
                self.assertRegex(picture, r'<source [^>]*type="image/webp"')
                self.assertRegex(
                    picture, r'srcset="[^"]*\.webp 160w, [^"]*320w, [^"]*480w"'
                )
                self.assertRegex(picture, r'<img [^>]*src="[^"]*\.jpg"')
                self.assertRegex(picture, r'<img [^>]*height="100" [^>]*width="160"')
                self.assertIn('sizes="(min-width: 40em) 12rem, 6.5rem"', picture)
        # The newest card may be in the first screen; the others load when scrolled to.
        self.assertIn('loading="eager"', pictures[0])
        self.assertIn('alt="Ảnh 3"', pictures[0])
        for picture in pictures[1:]:
            self.assertIn('loading="lazy"', picture)

    @override_settings(WAGTAIL_ND43_LISTING_PAGE_SIZE=2)
    def test_pagination(self):
        for day in range(1, 6):
            ArticlePageFactory(parent=self.news, date=datetime.date(2025, 1, day))

        html = self.get(self.news, {"page": 2})
        nav = html[html.index('<nav class="nd43-pagination"') :]
        nav = nav[: nav.index("</nav>")]

        self.assertIn("aria-label=", nav)
        self.assertIn('href="?page=1" rel="prev"', nav)
        self.assertIn('href="?page=3" rel="next"', nav)
        self.assertIn('aria-current="page"', nav)
        self.assertEqual(html.count('class="nd43-article-card"'), 2)

    def test_no_pagination_for_one_page(self):
        ArticlePageFactory(parent=self.news)

        self.assertNotIn("nd43-pagination", self.get(self.news))

    def test_empty_section_says_so(self):
        # The projects section: the Q&A section lists answers since issue 6.
        html = self.get(ProjectsPage.objects.get())

        self.assertIn(escape(vi("No content yet.")), html)

    def test_intro_and_subsections(self):
        introduction = SectionPage.objects.get(requirement_key="gioi-thieu")
        introduction.intro = "Giới thiệu về Sở."
        introduction.save()

        html = self.get(introduction)

        self.assertIn('<h1 class="nd43-page-title">Giới thiệu</h1>', html)
        self.assertIn("Giới thiệu về Sở.", html)
        for child in introduction.get_children().live():
            with self.subTest(child=child.title):
                self.assertIn(f'<a href="{child.url}">{escape(child.title)}</a>', html)
        self.assertNotIn(escape(vi("No content yet.")), html)


class TestArticlePage(ThemeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = ArticlePageFactory(
            parent=cls.news,
            title="Hội nghị tổng kết",
            lead="Sở tổ chức hội nghị tổng kết năm.",
            author="Phòng Văn phòng Sở",
            date=datetime.date(2025, 12, 30),
            image=ImageFactory(file__width=960, file__height=600),
            image_alt="Quang cảnh hội nghị",
            is_reused=True,
            source_name="Báo Bình An",
            source_url="https://baobinhan.vn/tin-tuc",
        )

    def test_shows_title_date_lead_image_and_credits(self):
        html = self.get(self.article)

        self.assertIn('<h1 class="nd43-page-title">Hội nghị tổng kết</h1>', html)
        self.assertIn('<time datetime="2025-12-30">30/12/2025</time>', html)
        self.assertIn("Sở tổ chức hội nghị tổng kết năm.", html)
        self.assertRegex(html, r'<img [^>]*alt="Quang cảnh hội nghị"')
        self.assertIn(f"{escape(vi('Author'))}:</dt>", html)
        self.assertIn("<dd>Phòng Văn phòng Sở</dd>", html)
        self.assertIn(f"{escape(vi('Source'))}:</dt>", html)
        self.assertIn('<a href="https://baobinhan.vn/tin-tuc" rel="noopener">', html)

    def test_lead_image_is_responsive_webp_and_loads_at_once(self):
        html = self.get(self.article)
        figure = re.search(
            r'<figure class="nd43-article__image">(.*?)</figure>', html, re.S
        )[1]

        self.assertRegex(
            figure, r'<source [^>]*srcset="[^"]*\.webp \d+w, [^"]*\.webp \d+w'
        )
        self.assertRegex(figure, r'<source [^>]*type="image/webp"')
        self.assertRegex(figure, r'<img [^>]*height="300" [^>]*width="480"')
        self.assertIn('sizes="(min-width: 50rem) 50rem, 100vw"', figure)
        # The largest paint of the page: never lazy.
        self.assertNotIn("loading=", figure)
        self.assertIn('fetchpriority="high"', figure)

    def test_body_images_are_lazy_and_responsive(self):
        self.article.body = [("image", ImageFactory(file__width=960, file__height=600))]
        self.article.save()

        html = self.get(self.article)
        figure = re.search(
            r'<figure class="nd43-body__image">(.*?)</figure>', html, re.S
        )[1]

        self.assertRegex(figure, r'<source [^>]*type="image/webp"')
        self.assertRegex(figure, r'<img [^>]*loading="lazy"')
        self.assertRegex(figure, r'<img [^>]*height="300" [^>]*width="480"')

    def test_source_without_address_is_plain_text(self):
        self.article.source_url = ""
        self.article.save()

        html = self.get(self.article)

        self.assertIn("<dd>Báo Bình An</dd>", html)

    def test_print_button_needs_javascript_and_save_does_not(self):
        html = self.get(self.article)

        self.assertRegex(html, r"<button [^>]*data-nd43-print hidden>")
        self.assertIn(f'download="{self.article.slug}.html"', html)

    def test_links_back_to_its_section(self):
        html = self.get(self.article)

        self.assertRegex(
            html,
            rf'<p class="nd43-article__back"><a href="{re.escape(self.news.url)}">',
        )

    def test_body_blocks(self):
        document = wagtail_factories.DocumentFactory(title="Báo cáo năm 2025")
        self.article.body = [
            ("heading", {"text": "Kết quả nổi bật", "level": "h3"}),
            ("table", TABLE),
            ("document", {"document": document, "title": ""}),
        ]
        self.article.save()

        html = self.get(self.article)

        self.assertIn('<h3 class="nd43-body__heading">Kết quả nổi bật</h3>', html)
        self.assertIn(f"<caption>{TABLE['caption']}</caption>", html)
        self.assertRegex(html, r'<th scope="col"[^>]*>\s*Kế hoạch')
        self.assertRegex(html, r'<th scope="row"[^>]*>\s*Tăng trưởng GRDP')
        self.assertEqual(html.count("<table"), 1)
        self.assertIn(f'href="{document.url}">Báo cáo năm 2025</a>', html)


class TestHomePage(ThemeTestCase):
    def test_welcome_news_sections_and_services(self):
        self.home.welcome = "Chào mừng đến với Cổng thông tin điện tử."
        self.home.save()
        article = ArticlePageFactory(parent=self.news, title="Tin mới nhất")
        services = OnlineServicesPage.objects.get()

        html = self.get(self.home)

        self.assertIn("Chào mừng đến với Cổng thông tin điện tử.", html)
        self.assertIn(f'<a href="{article.url}">Tin mới nhất</a>', html)
        self.assertIn(f'<li><a href="{self.news.url}">{self.news.title}</a></li>', html)
        self.assertIn(
            f'<a class="nd43-button nd43-button--large" href="{services.url}">', html
        )
        self.assertIn("<h1", html)


class TestOtherPages(ThemeTestCase):
    def test_contact_page_shows_the_identity_then_the_body(self):
        contact = ContactPage.objects.get()
        contact.body = [("heading", {"text": "Giờ tiếp dân", "level": "h2"})]
        contact.save()

        html = self.get(contact)
        main = html[html.index("<main") : html.index("</main>")]

        for name in ("address", "phone", "fax", "responsible_person"):
            with self.subTest(field=name):
                self.assertIn(escape(IDENTITY[name]), main)
        self.assertIn(f'href="mailto:{IDENTITY["email"]}"', main)
        self.assertLess(
            main.index(escape(IDENTITY["address"])), main.index("Giờ tiếp dân")
        )

    def test_site_map_is_a_nested_list_with_a_link_to_the_xml(self):
        site_map = SiteMapPage.objects.get()
        introduction = SectionPage.objects.get(requirement_key="gioi-thieu")

        html = self.get(site_map)
        nav = html[html.index('<nav class="nd43-site-map"') :]
        nav = nav[: nav.index("</nav>")]

        self.assertIn(f'<a href="{introduction.url}">Giới thiệu</a>', nav)
        for child in introduction.get_children().live():
            with self.subTest(child=child.title):
                self.assertIn(f'<a href="{child.url}">{escape(child.title)}</a>', nav)
        self.assertGreaterEqual(nav.count("<ul"), 3)
        self.assertIn('href="/sitemap.xml"', html)

    def test_standard_page(self):
        page = StandardPageFactory(
            parent=SectionPage.objects.get(requirement_key="gioi-thieu"),
            title="Thông tin khác",
            intro="Một trang do cơ quan tự thêm.",
        )

        html = self.get(page)

        self.assertIn('<h1 class="nd43-page-title">Thông tin khác</h1>', html)
        self.assertIn("Một trang do cơ quan tự thêm.", html)


class TestIdentityPanel(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)  # replayed: what `nd43_scaffold --level so` builds

    def test_dashboard_lists_missing_identity_fields(self):
        self.login()
        site = default_site()
        identity = AgencySettings.for_site(site)

        response = self.client.get("/admin/")

        self.assertContains(response, escape(vi("Missing agency information")))
        for name in identity.missing_fields():
            with self.subTest(field=name):
                self.assertContains(response, escape(name))
        self.assertContains(
            response, f'href="/admin/settings/wagtail_nd43/agencysettings/{site.pk}/"'
        )
