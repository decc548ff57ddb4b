"""``wagtail_nd43.templatetags.wagtail_nd43_tags``: header, main menu, breadcrumbs,
footer and Dublin Core metadata of the default theme, as a visitor receives them."""

import datetime
import re
from unittest import mock

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.images.models import Filter
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43 import chrome
from wagtail_nd43.models import (
    AgencySettings,
    ArticlePage,
    OnlineServicesPage,
    SectionPage,
)
from wagtail_nd43.rulebook import SO

from .factories import ArticlePageFactory, ImageFactory
from .utils import default_site, scaffold_site


IDENTITY = {
    "full_name": "Sở Thông tin và Truyền thông tỉnh Bình An",
    "short_name": "Sở TT&TT",
    "english_name": "Binh An Department of Information and Communications",
    "governing_body": "Ủy ban nhân dân tỉnh Bình An",
    "address": "Số 1 đường Trần Hưng Đạo, phường Bình An, tỉnh Bình An",
    "phone": "(0251) 3822 123",
    "fax": "(0251) 3822 456",
    "email": "vanphong@binhan.gov.vn",
    "responsible_person": "Ông Nguyễn Văn A – Giám đốc Sở",
    "licence_text": "Giấy phép số 123/GP-TTĐT ngày 01/01/2024",
    "copyright_text": "Bản quyền thuộc Sở Thông tin và Truyền thông tỉnh Bình An",
}


def section(html, start, end):
    """The part of ``html`` from the first ``start`` to the next ``end``."""
    begin = html.index(start)
    return html[begin : html.index(end, begin) + len(end)]


def footer_of(response):
    return section(
        response.content.decode(), '<footer class="nd43-footer"', "</footer>"
    )


def menu_of(response):
    return section(response.content.decode(), '<nav class="nd43-menu"', "</nav>")


def home_label():
    """The main menu's label of the home page in the site language (Trang chủ)."""
    with translation.override("vi"):
        return translation.gettext("Home")


class ScaffoldedSiteMixin:
    """A site scaffolded for a department (Sở) with one article in the news."""

    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)  # replayed: what `nd43_scaffold --level so` builds
        cls.site = default_site()
        cls.home = cls.site.root_page.specific
        cls.news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
        cls.article = ArticlePageFactory(
            parent=cls.news,
            title="Hội nghị tổng kết công tác năm",
            slug="hoi-nghi-tong-ket",
            lead="Sở tổ chức hội nghị tổng kết công tác năm 2025.",
            author="Phòng Văn phòng Sở",
            date=datetime.date(2025, 12, 30),
        )

    @classmethod
    def fill_identity(cls, **overrides):
        identity = AgencySettings.for_site(cls.site)
        for name, value in {**IDENTITY, **overrides}.items():
            setattr(identity, name, value)
        identity.save()
        return identity


class TestFooter(ScaffoldedSiteMixin, WagtailTestUtils, TestCase):
    def test_footer_shows_every_filled_identity_field(self):
        self.fill_identity()

        footer = footer_of(self.client.get(self.home.url))

        for name in (
            "full_name",
            "governing_body",
            "address",
            "phone",
            "fax",
            "responsible_person",
            "licence_text",
            "copyright_text",
        ):
            with self.subTest(field=name):
                self.assertIn(escape(IDENTITY[name]), footer)
        self.assertIn(
            '<a href="mailto:vanphong@binhan.gov.vn">vanphong@binhan.gov.vn</a>',
            footer,
        )

    def test_footer_is_on_every_page(self):
        self.fill_identity()

        for page in (self.home, self.news, self.article):
            with self.subTest(page=page.title):
                self.assertIn(
                    escape(IDENTITY["address"]),
                    footer_of(self.client.get(page.url)),
                )

    def test_default_copyright_names_the_agency(self):
        identity = self.fill_identity(copyright_text="")

        footer = footer_of(self.client.get(self.home.url))

        self.assertIn(escape(str(identity.display_copyright)), footer)
        self.assertIn(escape(IDENTITY["full_name"]), footer)

    def test_licence_is_left_out_when_not_set(self):
        self.fill_identity(licence_text="")

        footer = footer_of(self.client.get(self.home.url))

        self.assertNotIn("nd43-footer__licence", footer)

    def test_empty_identity_renders_nothing_broken_for_the_public(self):
        response = self.client.get(self.home.url)

        self.assertEqual(response.status_code, 200)
        footer = footer_of(response)
        self.assertNotIn("None", footer)
        self.assertNotIn('href="mailto:"', footer)
        self.assertNotIn("<dt>", footer)
        self.assertNotIn("nd43-footer__notice", footer)

    def test_editors_see_which_required_fields_are_missing(self):
        self.login()  # a superuser
        identity = AgencySettings.for_site(self.site)

        footer = footer_of(self.client.get(self.home.url))

        self.assertIn("nd43-footer__notice", footer)
        for name in identity.missing_fields():
            with self.subTest(field=name):
                self.assertIn(escape(name), footer)
        edit_url = reverse(
            "wagtailsettings:edit",
            args=["wagtail_nd43", "agencysettings", self.site.pk],
        )
        self.assertIn(f'href="{edit_url}"', footer)

    def test_no_notice_when_the_identity_is_complete(self):
        self.fill_identity(logo=ImageFactory())
        self.login()

        footer = footer_of(self.client.get(self.home.url))

        self.assertNotIn("nd43-footer__notice", footer)

    def test_no_notice_for_users_without_admin_access(self):
        self.client.force_login(self.create_user("citizen", password="password"))

        footer = footer_of(self.client.get(self.home.url))

        self.assertNotIn("nd43-footer__notice", footer)

    def test_renders_without_a_request(self):
        html = Template("{% load wagtail_nd43_tags %}{% nd43_footer %}").render(
            Context({})
        )

        self.assertIn('<footer class="nd43-footer"', html)
        self.assertNotIn("None", html)


class TestHeader(ScaffoldedSiteMixin, TestCase):
    def test_header_shows_emblem_governing_body_and_full_name(self):
        self.fill_identity(logo=ImageFactory(title="Quốc huy"))

        html = self.client.get(self.article.url).content.decode()
        header = section(html, '<header class="nd43-header"', "</header>")

        self.assertRegex(
            header,
            r'<img [^>]*alt="{}"'.format(re.escape(escape(IDENTITY["full_name"]))),
        )
        self.assertIn("nd43-brand__logo", header)
        self.assertIn(escape(IDENTITY["governing_body"]), header)
        self.assertIn(
            '<span class="nd43-brand__name">{}</span>'.format(
                escape(IDENTITY["full_name"])
            ),
            header,
        )
        self.assertIn(f'href="{self.home.url}"', header)

    def test_header_without_logo_has_no_image(self):
        self.fill_identity()

        html = self.client.get(self.home.url).content.decode()
        header = section(html, '<header class="nd43-header"', "</header>")

        self.assertNotIn("<img", header)
        self.assertIn(escape(IDENTITY["full_name"]), header)

    def test_text_size_control_is_hidden_until_javascript_runs(self):
        html = self.client.get(self.home.url).content.decode()

        self.assertRegex(html, r"<div [^>]*data-nd43-text-size[^>]* hidden>")
        self.assertIn("wagtail_nd43/js/site.js", html)


class TestMainMenu(ScaffoldedSiteMixin, TestCase):
    def test_menu_has_the_entries_the_decree_requires(self):
        menu = menu_of(self.client.get(self.home.url))

        for label in (
            home_label(),
            "Giới thiệu",
            "Dịch vụ công trực tuyến",
            "Sơ đồ cổng thông tin điện tử",
        ):
            with self.subTest(label=label):
                self.assertIn(f">{label}</a>", menu)

    def test_home_is_the_first_entry(self):
        menu = menu_of(self.client.get(self.home.url))

        first = re.search(r'<a class="nd43-menu__link" href="([^"]*)"', menu)
        self.assertEqual(first.group(1), self.home.url)

    def test_menu_lists_only_live_public_menu_pages(self):
        services = OnlineServicesPage.objects.get()
        services.unpublish()
        Page.objects.filter(title="Hỏi đáp").update(show_in_menus=False)

        menu = menu_of(self.client.get(self.home.url))

        self.assertNotIn("Dịch vụ công trực tuyến", menu)
        self.assertNotIn("Hỏi đáp", menu)
        self.assertIn("Giới thiệu", menu)

    def test_current_section_is_marked(self):
        menu = menu_of(self.client.get(self.article.url))

        self.assertIn(
            f'href="{self.news.url}" aria-current="true">{self.news.title}</a>', menu
        )
        # Once in the folded (narrow-screen) list, once in the wide one.
        self.assertEqual(menu.count("aria-current"), 2)

    def test_home_is_marked_on_the_home_page(self):
        menu = menu_of(self.client.get(self.home.url))

        self.assertIn(f'href="{self.home.url}" aria-current="page"', menu)

    def test_menu_works_without_javascript(self):
        menu = menu_of(self.client.get(self.home.url))

        self.assertNotIn("<button", menu)
        self.assertNotIn("hidden", menu)


class TestBreadcrumbs(ScaffoldedSiteMixin, TestCase):
    def test_article_breadcrumbs_start_at_the_site_home(self):
        html = self.client.get(self.article.url).content.decode()
        crumbs = section(html, '<nav class="nd43-breadcrumbs"', "</nav>")

        links = re.findall(r'<a href="([^"]*)">', crumbs)
        self.assertEqual(links, [self.home.url, self.news.url])
        self.assertIn(f">{home_label()}</a>", crumbs)
        self.assertIn(f'<span aria-current="page">{self.article.title}</span>', crumbs)
        self.assertIn("aria-label=", crumbs)

    def test_home_page_has_no_breadcrumbs(self):
        html = self.client.get(self.home.url).content.decode()

        self.assertNotIn("nd43-breadcrumbs", html)

    def test_breadcrumbs_cost_one_query_then_come_from_the_cache(self):
        """A page not reached through routing (here, a page loaded on its own)."""
        template = Template("{% load wagtail_nd43_tags %}{% nd43_breadcrumbs page %}")

        requests = [RequestFactory().get(self.article.url) for _ in range(2)]
        for request in requests:
            default_site().find_for_request(request)  # cache the site on the request
        Site.get_site_root_paths()  # Wagtail's own cache, used by page URLs
        chrome.for_request(requests[0])  # the site chrome, cached

        def render(request):
            page = ArticlePage.objects.get(pk=self.article.pk)
            return template.render(Context({"request": request, "page": page}))

        with self.assertNumQueries(2):  # the page, its trail
            cold = render(requests[0])
        with self.assertNumQueries(1):  # the page; the chrome and trail are cached
            warm = render(requests[1])
        self.assertEqual(cold, warm)
        self.assertIn(self.news.url, warm)

    def test_a_routed_page_takes_its_breadcrumbs_from_the_routing(self):
        """Routing loaded every page on the way; the trail reads nothing more."""
        request = RequestFactory().get(self.article.url)
        site = default_site()
        site.find_for_request(request)
        Site.get_site_root_paths()
        components = [part for part in self.article.url.split("/") if part]
        page = site.root_page.specific.route(request, components).page
        template = Template("{% load wagtail_nd43_tags %}{% nd43_breadcrumbs page %}")

        with mock.patch.object(chrome, "cached") as cached:
            html = template.render(Context({"request": request, "page": page}))

        cached.assert_not_called()
        self.assertIn(f'<a href="{self.home.url}">Trang chủ</a>', html)
        self.assertIn(f'<a href="{self.news.url}">{self.news.title}</a>', html)


class TestDublinCore(ScaffoldedSiteMixin, TestCase):
    def meta(self, html, name):
        match = re.search(rf'<meta name="{re.escape(name)}" content="([^"]*)">', html)
        self.assertIsNotNone(match, f"no {name} meta tag")
        return match.group(1)

    def test_article_has_dublin_core_metadata(self):
        self.fill_identity()

        html = self.client.get(self.article.url).content.decode()

        self.assertIn(
            '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">', html
        )
        self.assertEqual(self.meta(html, "DC.title"), self.article.title)
        self.assertEqual(self.meta(html, "DC.creator"), self.article.author)
        self.assertEqual(self.meta(html, "DC.date"), "2025-12-30")
        self.assertEqual(self.meta(html, "DC.description"), self.article.lead)
        self.assertEqual(self.meta(html, "DC.publisher"), IDENTITY["full_name"])
        # The address the visitor used (the test client's host), absolute.
        self.assertEqual(
            self.meta(html, "DC.identifier"), "http://testserver" + self.article.url
        )
        self.assertEqual(self.meta(html, "DC.language"), "vi")
        self.assertEqual(self.meta(html, "description"), self.article.lead)

    def test_search_description_wins_over_the_lead(self):
        self.article.search_description = "Tóm tắt cho máy tìm kiếm."
        self.article.save()

        html = self.client.get(self.article.url).content.decode()

        self.assertEqual(self.meta(html, "DC.description"), "Tóm tắt cho máy tìm kiếm.")
        self.assertEqual(self.meta(html, "description"), "Tóm tắt cho máy tìm kiếm.")

    def test_section_is_created_and_dated_by_the_agency(self):
        self.fill_identity()
        self.news.intro = "Tin tức về hoạt động của Sở."
        self.news.save()

        html = self.client.get(self.news.url).content.decode()

        self.assertEqual(self.meta(html, "DC.creator"), IDENTITY["full_name"])
        self.assertEqual(self.meta(html, "DC.description"), self.news.intro)
        self.assertRegex(self.meta(html, "DC.date"), r"^\d{4}-\d{2}-\d{2}$")

    def test_empty_values_are_left_out(self):
        html = self.client.get(self.home.url).content.decode()

        self.assertNotIn('name="DC.publisher"', html)
        self.assertNotIn('content=""', html)


class TestTagHelpers(ScaffoldedSiteMixin, TestCase):
    def render(self, source, **context):
        request = RequestFactory().get("/")
        return Template("{% load wagtail_nd43_tags %}" + source).render(
            Context({"request": request, **context})
        )

    def test_nd43_section_finds_a_section_by_type(self):
        html = self.render(
            '{% nd43_section "wagtail_nd43.OnlineServicesPage" as services %}'
            "{{ services.title }}"
        )

        self.assertEqual(html, "Dịch vụ công trực tuyến")

    def test_nd43_identity_is_the_site_setting(self):
        self.fill_identity()

        html = self.render("{% nd43_identity as identity %}{{ identity.short_name }}")

        self.assertEqual(html, escape(IDENTITY["short_name"]))

    def test_description_is_shortened_and_flattened(self):
        self.article.lead = "Một dòng.\n\n" + "chữ " * 200

        html = self.render("{% nd43_description page %}", page=self.article)

        self.assertTrue(html.startswith("Một dòng. chữ"))
        self.assertLessEqual(len(html), 300)

    def test_table_head_has_a_column_header_per_label_in_the_language(self):
        with translation.override("vi"):
            html = self.render(
                '{% nd43_table_head _("Full name") label %}', label="<b>"
            )

        self.assertInHTML(
            '<thead><tr><th scope="col">Họ và tên</th>'
            '<th scope="col">&lt;b&gt;</th></tr></thead>',
            html,
        )

    def test_table_head_marks_the_last_columns_of_numbers(self):
        html = self.render('{% nd43_table_head "Tháng" "Lượt" "Tổng" numbers=2 %}')

        self.assertInHTML(
            '<thead><tr><th scope="col">Tháng</th><th scope="col" class="number">'
            'Lượt</th><th scope="col" class="number">Tổng</th></tr></thead>',
            html,
        )

    def test_prefetching_renditions_leaves_pages_without_images_alone(self):
        html = self.render(
            '{% nd43_prefetch_renditions pages "fill-320x200" as rows %}'
            "{{ rows|length }}",
            pages=Page.objects.filter(pk=self.home.pk),
        )

        self.assertEqual(html, "1")

    def test_prefetching_renditions_fetches_every_width_and_format_in_one_query(self):
        spec = "fill-{160x100,320x200} format-{webp,jpeg}"
        articles = [
            ArticlePageFactory(
                parent=self.news,
                image=ImageFactory(file__width=640, file__height=400),
                image_alt="Ảnh",
            )
            for _ in range(3)
        ]
        for article in articles:  # the renditions exist, as after a first visit
            article.image.get_renditions(*Filter.expand_spec(spec))
        pages = ArticlePage.objects.filter(pk__in=[a.pk for a in articles])
        source = (
            "{% load wagtailimages_tags %}"
            f'{{% nd43_prefetch_renditions pages "{spec}" as rows %}}'
            f"{{% for row in rows %}}{{% picture row.image {spec} %}}{{% endfor %}}"
        )

        with CaptureQueriesContext(connection) as queries:
            html = self.render(source, pages=pages)

        self.assertEqual(html.count("<picture>"), 3)
        self.assertEqual(html.count('type="image/webp"'), 3)
        # The pages, their images, the renditions of all four specs: nothing per row.
        self.assertEqual(len(queries), 3, [q["sql"] for q in queries])


# No cache: image renditions must come from one prefetch, not a lookup per row.
@override_settings(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
)
class TestQueryCounts(ScaffoldedSiteMixin, TestCase):
    """The theme's queries do not grow with the number of items listed."""

    def queries_for(self, url):
        self.client.get(url)  # creates renditions, warms caches
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def add_articles(self, count):
        for _ in range(count):
            ArticlePageFactory(
                parent=self.news, image=ImageFactory(), image_alt="Quang cảnh hội nghị"
            )

    def test_listing_and_home_do_not_grow_with_items(self):
        self.add_articles(2)
        few = (self.queries_for(self.news.url), self.queries_for(self.home.url))

        self.add_articles(4)
        many = (self.queries_for(self.news.url), self.queries_for(self.home.url))

        self.assertEqual(few, many)
        self.assertEqual(ArticlePage.objects.child_of(self.news).count(), 7)
