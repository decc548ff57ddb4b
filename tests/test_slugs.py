"""Issue 17: pages get ASCII slugs from Vietnamese titles and never fail their first
save for a slug."""

import json
import re
import unicodedata

from django.test import RequestFactory, TestCase, override_settings
from django.urls import reverse
from wagtail.models import Page, Site, get_page_models
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from wagtail_nd43.models import ArticlePage, PressReleasePage
from wagtail_nd43.search import fold
from wagtail_nd43.slugs import (
    FoldedSlugInput,
    slug_formatters,
    slug_from_title,
    unique_slug,
)

from .factories import (
    AgencyHomePageFactory,
    ArticlePageFactory,
    NewsSectionFactory,
)


TITLES = [
    "Quyết định 99/2026/QĐ-UBND về Đường tỉnh 741",
    "Khai mạc Hội chợ nông sản tỉnh Lâm Viên",
    "ĐÁNH GIÁ TÌNH HÌNH KINH TẾ – XÃ HỘI QUÝ I",
    "Thông tin cho báo chí: “Ưu tiên” người dân!",
    "Nghị định 43/2011/NĐ-CP, về cung cấp thông tin",
    "Hướng dẫn sử dụng dịch vụ công trực tuyến (mức độ 4)",
    "  Lễ kỷ niệm 80 năm   ngày thành lập  ",
    "Ủy ban nhân dân xã Ea H'leo",
    "Café, façade & naïve résumé",
]


def emulate_wagtail_slug_script(title):
    """What Wagtail's ``w-slug`` controller does with the title (its ``urlify``
    with unicode off), after our formatters: formatters in order, lowercase, drop
    what is not a word character, hyphen or space, spaces and hyphens to one
    hyphen, 255 characters, no trailing hyphen."""
    value = title.strip()
    for pattern, replacement in slug_formatters():
        value = re.sub(pattern, replacement, value)
    value = value.lower()
    value = re.sub(r"[^-\w\s]", "", value, flags=re.ASCII)
    value = re.sub(r"[-\s]+", "-", value)
    return value[:255].rstrip("-")


class SlugFromTitleTest(TestCase):
    def test_vietnamese_titles_become_plain_ascii_slugs(self):
        self.assertEqual(
            slug_from_title("Quyết định 99/2026/QĐ-UBND về Đường tỉnh 741"),
            "quyet-dinh-99-2026-qd-ubnd-ve-duong-tinh-741",
        )
        self.assertEqual(
            slug_from_title("Thông tin cho báo chí: “Ưu tiên” người dân!"),
            "thong-tin-cho-bao-chi-uu-tien-nguoi-dan",
        )
        for title in TITLES:
            with self.subTest(title=title):
                slug = slug_from_title(title)
                self.assertRegex(slug, r"^[a-z0-9]+(-[a-z0-9]+)*$")

    def test_the_slug_is_the_search_folding_of_the_title(self):
        for title in TITLES:
            with self.subTest(title=title):
                self.assertEqual(
                    slug_from_title(title).replace("-", " "),
                    fold(title).replace("/", " ").replace("-", " "),
                )

    def test_decomposed_and_precomposed_spellings_give_the_same_slug(self):
        for title in TITLES:
            with self.subTest(title=title):
                self.assertEqual(
                    slug_from_title(unicodedata.normalize("NFD", title)),
                    slug_from_title(title),
                )

    def test_a_long_title_is_cut_at_a_word(self):
        slug = slug_from_title("Báo cáo tình hình " * 30)
        self.assertLessEqual(len(slug), 240)
        self.assertTrue(("bao-cao-tinh-hinh-" * 30).startswith(slug + "-"))


class SlugScriptTest(TestCase):
    """The editor's browser computes the same slug as the server."""

    def test_the_formatters_fold_like_the_server(self):
        for title in [*TITLES, *(unicodedata.normalize("NFD", t) for t in TITLES)]:
            with self.subTest(title=title):
                self.assertEqual(
                    emulate_wagtail_slug_script(title), slug_from_title(title)
                )

    def test_every_vietnamese_letter_has_a_formatter(self):
        vietnamese = (
            "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
        )
        for letter in vietnamese + vietnamese.upper():
            with self.subTest(letter=letter):
                self.assertRegex(emulate_wagtail_slug_script(letter), r"^[a-z]$")

    def test_the_widget_carries_the_formatters(self):
        html = FoldedSlugInput().render("slug", "")
        match = re.search(r'data-w-slug-formatters-value="([^"]+)"', html)
        self.assertIsNotNone(match)
        formatters = json.loads(match.group(1).replace("&quot;", '"'))
        self.assertEqual(formatters, slug_formatters())
        self.assertIn('data-w-slug-allow-unicode-value="false"', html)

    @override_settings(WAGTAIL_ND43_ASCII_SLUGS=False)
    def test_the_setting_turns_the_formatters_off(self):
        self.assertNotIn("formatters", FoldedSlugInput().render("slug", ""))


class PageFormsTest(WagtailTestUtils, TestCase):
    def setUp(self):
        self.user = self.create_superuser("admin", password="password")
        self.request = RequestFactory().get("/admin/")
        self.request.user = self.user

    def test_every_page_type_fills_the_slug_from_the_title_as_the_editor_types(self):
        models = [m for m in get_page_models() if m._meta.app_label == "wagtail_nd43"]
        self.assertIn(ArticlePage, models)
        self.assertIn(PressReleasePage, models)
        for model in models:
            with self.subTest(model=model.__name__):
                form_class = model.get_edit_handler().get_form_class()
                form = form_class(instance=model(), for_user=self.user)
                bound = model.get_edit_handler().get_bound_panel(
                    instance=model(), form=form, request=self.request
                )
                html = bound.render_form_content()
                title = re.search(r"<input[^>]*name=\"title\"[^>]*>", html).group()
                self.assertIn("w-sync", title)
                self.assertIn("#id_slug", title)
                self.assertIsInstance(form.fields["slug"].widget, FoldedSlugInput)


class FirstSaveTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        Site.objects.filter(is_default_site=True).update(root_page=cls.home)
        cls.news = NewsSectionFactory(parent=cls.home)
        cls.superuser = cls.create_superuser("admin", password="password")

    def setUp(self):
        self.login(self.superuser)

    def add_article(self, title, slug=""):
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "articlepage", self.news.pk],
        )
        data = nested_form_data(
            {
                "title": title,
                "slug": slug,
                "date": "2026-05-02",
                "lead": "Sáng 2/5, UBND tỉnh khai mạc hội chợ.",
                "author": "Nguyễn Thị Lan",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Hội chợ kéo dài 5 ngày.</p>"))]
                ),
            }
        )
        data["action-publish"] = "publish"
        return self.client.post(url, data)

    def test_an_article_saved_with_an_empty_slug_gets_one_from_its_title(self):
        response = self.add_article("Khai mạc Hội chợ nông sản tỉnh Lâm Viên")

        self.assertEqual(response.status_code, 302)
        page = ArticlePage.objects.child_of(self.news).get()
        self.assertEqual(page.slug, "khai-mac-hoi-cho-nong-san-tinh-lam-vien")
        self.assertTrue(page.live)

    def test_a_second_page_with_the_same_title_gets_a_free_slug(self):
        title = "Thông báo lịch tiếp công dân"
        for slug in ("", slug_from_title(title), ""):
            response = self.add_article(title, slug)
            self.assertEqual(response.status_code, 302)

        self.assertEqual(
            sorted(
                ArticlePage.objects.child_of(self.news).values_list("slug", flat=True)
            ),
            [
                "thong-bao-lich-tiep-cong-dan",
                "thong-bao-lich-tiep-cong-dan-2",
                "thong-bao-lich-tiep-cong-dan-3",
            ],
        )

    def test_a_slug_the_editor_typed_is_kept(self):
        self.add_article("Khai mạc Hội chợ nông sản", "hoi-cho-2026")
        self.assertEqual(
            ArticlePage.objects.child_of(self.news).get().slug, "hoi-cho-2026"
        )

    def test_an_existing_non_ascii_slug_keeps_working(self):
        page = ArticlePageFactory(
            parent=self.news, title="Quyết định cũ", slug="quyết-định-cũ"
        )
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Quyết định cũ")


class UniqueSlugTest(TestCase):
    def test_free_slug_among_siblings_only(self):
        home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        news = NewsSectionFactory(parent=home)
        first = ArticlePageFactory(parent=news, slug="hoi-nghi")
        ArticlePageFactory(parent=news, slug="hoi-nghi-2")

        self.assertEqual(unique_slug("hoi-nghi", news), "hoi-nghi-3")
        self.assertEqual(unique_slug("hoi-nghi", news, page=first), "hoi-nghi")
        self.assertEqual(unique_slug("hoi-nghi", home), "hoi-nghi")
