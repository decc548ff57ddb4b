"""Page types: where each may be created, what editors must fill in, and how a
section knows which part of the decree it serves."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from wagtail_nd43.models import (
    AdministrativeMapPage,
    AgencyHomePage,
    ArticlePage,
    ContactPage,
    DirectionPage,
    DirectivesPage,
    FunctionsPage,
    IntroductionPage,
    NewsIndexPage,
    PetitionResponsesPage,
    RewardsPenaltiesPage,
    StandardPage,
    WorkSchedulePage,
)
from wagtail_nd43.models.base import section_page_models
from wagtail_nd43.rulebook import get_profile

from .factories import (
    AgencyHomePageFactory,
    ArticlePageFactory,
    ContactPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
)


PROFILE = get_profile("nd43")


class PageTypeRulesTest(WagtailPageTestCase):
    def test_articles_go_in_listing_sections_only(self):
        self.assertCanCreateAt(NewsIndexPage, ArticlePage)
        self.assertCanNotCreateAt(DirectivesPage, ArticlePage)
        self.assertCanNotCreateAt(ContactPage, ArticlePage)
        self.assertCanNotCreateAt(FunctionsPage, ArticlePage)
        self.assertCanNotCreateAt(AgencyHomePage, ArticlePage)
        self.assertCanNotCreateAt(StandardPage, ArticlePage)

    def test_the_news_section_lives_only_under_an_agency_home_page(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {AgencyHomePage})
        self.assertCanNotCreateAt(Page, NewsIndexPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertCanNotCreateAt(IntroductionPage, NewsIndexPage)

    def test_no_section_can_be_created_at_the_top_of_the_tree(self):
        self.assertCanCreateAt(Page, AgencyHomePage)
        for model in section_page_models():
            with self.subTest(model=model.__name__):
                self.assertCanNotCreateAt(Page, model)

    def test_an_agency_home_page_takes_every_top_level_section(self):
        self.assertCanNotCreateAt(AgencyHomePage, AgencyHomePage)
        self.assertCanCreateAt(AgencyHomePage, StandardPage)
        for section in PROFILE.root.children:
            with self.subTest(section=section.key):
                self.assertCanCreateAt(
                    AgencyHomePage, apps.get_model(section.page_type)
                )

    def test_allowed_subpage_types(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(
            DirectionPage,
            {
                DirectivesPage,
                PetitionResponsesPage,
                RewardsPenaltiesPage,
                WorkSchedulePage,
            },
        )
        self.assertAllowedSubpageTypes(ContactPage, {StandardPage})
        self.assertAllowedSubpageTypes(AdministrativeMapPage, {StandardPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


class OneSectionPerParentTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = AgencyHomePageFactory(parent=root)
        cls.other_home = AgencyHomePageFactory(parent=root, slug="trang-chu-2")
        NewsIndexPageFactory(parent=cls.home)

    def test_a_second_news_section_under_the_same_home_is_refused(self):
        self.assertFalse(NewsIndexPage.can_create_at(self.home))
        self.assertTrue(NewsIndexPage.can_create_at(self.other_home))
        self.assertTrue(ContactPage.can_create_at(self.home))

    def test_the_admin_refuses_it_too(self):
        self.login(self.create_superuser("admin", password="password"))
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "newsindexpage", self.home.pk],
        )
        response = self.client.get(url)

        # Wagtail answers PermissionDenied in the admin with a redirect home.
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertEqual(NewsIndexPage.objects.child_of(self.home).count(), 1)


class ArticlePageTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.superuser = cls.create_superuser("admin", password="password")

    def setUp(self):
        self.login(self.superuser)

    def test_an_editor_can_create_an_article_with_its_body(self):
        self.assertCanCreate(
            self.news,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Khai mạc Hội chợ nông sản tỉnh Lâm Viên",
                    "slug": "khai-mac-hoi-cho-nong-san",
                    "date": "2025-05-02",
                    "lead": "Sáng 2/5, UBND tỉnh khai mạc hội chợ với 200 gian hàng.",
                    "author": "Nguyễn Thị Lan",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Quy mô hội chợ", "level": "h2"}),
                            ("paragraph", rich_text("<p>Hội chợ kéo dài 5 ngày.</p>")),
                        ]
                    ),
                }
            ),
        )
        article = ArticlePage.objects.get(slug="khai-mac-hoi-cho-nong-san")
        self.assertEqual(article.author, "Nguyễn Thị Lan")
        self.assertEqual(
            [block.block_type for block in article.body], ["heading", "paragraph"]
        )
        self.assertEqual(article.body[0].value["text"], "Quy mô hội chợ")
        self.assertTrue(article.live)

    def test_an_image_needs_a_description(self):
        article = ArticlePageFactory(parent=self.news)
        article.image = ImageFactory()
        article.image_alt = "  "

        with self.assertRaises(ValidationError) as raised:
            article.full_clean()

        self.assertEqual(
            raised.exception.message_dict["image_alt"],
            [gettext("Describe the image: people using screen readers depend on it.")],
        )
        article.image_alt = "Toàn cảnh hội chợ nhìn từ cổng chính"
        article.full_clean()

    def test_reused_information_needs_its_source(self):
        article = ArticlePageFactory(parent=self.news)
        article.is_reused = True
        article.source_name = ""

        with self.assertRaises(ValidationError) as raised:
            article.full_clean()

        self.assertEqual(
            raised.exception.message_dict["source_name"],
            [gettext("Name the source of reused information (Decree 43, Article 5).")],
        )
        article.source_name = "Báo Lâm Viên"
        article.full_clean()

    def test_the_admin_form_shows_the_missing_description(self):
        image = ImageFactory()
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "articlepage", self.news.pk],
        )
        response = self.client.post(
            url,
            nested_form_data(
                {
                    "title": "Ảnh hội chợ",
                    "slug": "anh-hoi-cho",
                    "date": "2025-05-02",
                    "lead": "Một số hình ảnh.",
                    "author": "Phòng Văn phòng",
                    "image": image.pk,
                    "image_alt": "",
                    "body": streamfield([]),
                }
            ),
        )

        self.assertEqual(response.status_code, 200)
        self.assertIn("image_alt", response.context["form"].errors)
        self.assertFalse(ArticlePage.objects.filter(slug="anh-hoi-cho").exists())


class SectionKeyTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = AgencyHomePageFactory(parent=Page.get_first_root_node())

    def test_a_section_created_by_hand_gets_the_key_of_its_type(self):
        news = NewsIndexPageFactory(parent=self.home, title="Tin hoạt động", slug="tin")
        self.assertEqual(news.requirement_key, "tin-tuc-su-kien")
        self.assertEqual(news.section_definition, PROFILE.section("tin-tuc-su-kien"))

    def test_a_section_created_in_the_admin_gets_the_key_of_its_type(self):
        self.login(self.create_superuser("admin", password="password"))

        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Liên hệ với Sở",
                    "slug": "lien-he-voi-so",
                    "intro": "Địa chỉ, điện thoại và thư điện tử.",
                    "body": streamfield([]),
                }
            ),
        )

        self.assertEqual(ContactPage.objects.get().requirement_key, "lien-he")

    def test_the_editor_sees_what_the_law_asks_for_with_the_article(self):
        contact = ContactPageFactory(parent=self.home)
        self.login(self.create_superuser("admin", password="password"))

        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[contact.pk])
        )

        section = PROFILE.section("lien-he")
        self.assertContains(response, section.guidance_vi)
        self.assertContains(response, "ND43-10.1k")
