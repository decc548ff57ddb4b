"""Page types: where each may be created, what editors must fill in, and how a
section knows which part of the decree it serves."""

import datetime
import importlib

from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from wagtail_nd43.models import (
    AgencyHomePage,
    ArticlePage,
    ContactPage,
    DirectivesPage,
    PetitionResponsesPage,
    RewardsPenaltiesPage,
    SectionPage,
    StandardPage,
    WorkSchedulePage,
)
from wagtail_nd43.models.base import open_sections_at, section_page_models
from wagtail_nd43.rulebook import get_profile

from .factories import (
    AgencyHomePageFactory,
    ArticlePageFactory,
    ContactPageFactory,
    ImageFactory,
    NewsSectionFactory,
)


PROFILE = get_profile("nd43")


def creatable_here(page):
    """The page types the admin offers under ``page`` ("Add child page")."""
    return {
        model
        for model in type(page).creatable_subpage_models()
        if model.can_create_at(page)
    }


def section(parent, key, slug):
    page = SectionPage(title=key, slug=slug, requirement_key=key)
    parent.add_child(instance=page)
    return page


class ImportPathsBeforeTheSplitTest(SimpleTestCase):
    """Host code and migrations import from the modules as they were before
    ``legal.py`` and ``participation.py`` were split by concern."""

    NAMES = {
        "legal": (
            "LegalDocumentsPageMixin",
            "LegalDocumentFilterSet",
            "CachedCountPaginator",
            "COUNT_CACHE_SECONDS",
            "DocumentType",
            "validate_number",
        ),
        "participation": (
            "ConsultationPageMixin",
            "QuestionsPageMixin",
            "SubmissionMixin",
            "submission_upload_to",
            "CLOSED_STATUSES",
            "STATUS_BY_RANK",
            "TICKET_ALPHABET",
            "status_rank",
        ),
        "direction": ("validate_document_number", "NumberedItemMixin"),
        "base": ("site_of", "identity_of"),
    }

    def test_every_name_still_imports_from_its_old_module(self):
        for module, names in self.NAMES.items():
            imported = importlib.import_module(f"wagtail_nd43.models.{module}")
            for name in names:
                with self.subTest(f"{module}.{name}"):
                    self.assertTrue(hasattr(imported, name))

    def test_an_unknown_name_is_still_an_attribute_error(self):
        legal = importlib.import_module("wagtail_nd43.models.legal")
        with self.assertRaises(AttributeError):
            legal.NoSuchName  # noqa: B018


class PageTypeRulesTest(WagtailPageTestCase):
    """Where each page may go is read from the rulebook, section by section."""

    @classmethod
    def setUpTestData(cls):
        cls.home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        cls.news = NewsSectionFactory(parent=cls.home)
        cls.intro = section(cls.home, "gioi-thieu", "gioi-thieu")
        cls.functions = section(
            cls.intro, "gioi-thieu.chuc-nang-nhiem-vu", "chuc-nang-nhiem-vu"
        )
        cls.direction = section(cls.home, "chi-dao-dieu-hanh", "chi-dao-dieu-hanh")
        cls.contact = ContactPageFactory(parent=cls.home)

    def test_articles_go_in_listing_sections_only(self):
        self.assertTrue(ArticlePage.can_create_at(self.news))
        self.assertFalse(ArticlePage.can_create_at(self.functions))
        self.assertFalse(ArticlePage.can_create_at(self.contact))
        self.assertFalse(ArticlePage.can_create_at(self.home))
        self.assertCanNotCreateAt(DirectivesPage, ArticlePage)
        self.assertCanNotCreateAt(StandardPage, ArticlePage)

    def test_a_section_stays_under_the_section_the_rulebook_puts_it_in(self):
        self.assertFalse(self.news.can_move_to(self.intro))
        self.assertFalse(self.functions.can_move_to(self.home))
        self.assertFalse(self.functions.can_move_to(self.direction))
        self.assertTrue(self.functions.can_move_to(self.intro))

    def test_no_section_can_be_created_at_the_top_of_the_tree(self):
        self.assertCanCreateAt(Page, AgencyHomePage)
        for model in section_page_models():
            with self.subTest(model=model.__name__):
                self.assertCanNotCreateAt(Page, model)

    def test_an_agency_home_page_takes_every_top_level_section(self):
        self.assertCanNotCreateAt(AgencyHomePage, AgencyHomePage)
        self.assertCanCreateAt(AgencyHomePage, StandardPage)
        for top in PROFILE.root.children:
            with self.subTest(section=top.key):
                self.assertCanCreateAt(AgencyHomePage, apps.get_model(top.page_type))

    def test_what_the_admin_offers_under_each_section(self):
        self.assertEqual(creatable_here(self.news), {ArticlePage})
        self.assertEqual(
            creatable_here(self.direction),
            {
                DirectivesPage,
                PetitionResponsesPage,
                RewardsPenaltiesPage,
                WorkSchedulePage,
            },
        )
        self.assertEqual(creatable_here(self.contact), {StandardPage})
        self.assertEqual(creatable_here(self.functions), {StandardPage})
        # The introduction's missing content sections, plain pages and typed ones.
        self.assertIn(SectionPage, creatable_here(self.intro))
        self.assertIn(StandardPage, creatable_here(self.intro))
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_a_section_added_by_hand_becomes_the_missing_section(self):
        page = SectionPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc")
        self.intro.add_child(instance=page)
        self.assertEqual(page.requirement_key, "gioi-thieu.co-cau-to-chuc")
        self.assertEqual(page.section_definition.requirement_ids, ("ND43-10.1a.2",))

    def test_page_types_are_named_as_the_packages(self):
        with translation.override("vi"):
            self.assertEqual(
                StandardPage.get_verbose_name(), "Trang thông tin (Cổng TTĐT)"
            )
        with translation.override("en"):
            self.assertEqual(
                StandardPage.get_verbose_name(), "Standard page (e-portal)"
            )


class OneSectionPerParentTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = AgencyHomePageFactory(parent=root)
        cls.other_home = AgencyHomePageFactory(parent=root, slug="trang-chu-2")
        NewsSectionFactory(parent=cls.home)
        ContactPageFactory(parent=cls.home)

    def test_a_second_news_section_under_the_same_home_is_refused(self):
        keys = {s.key for s in open_sections_at(SectionPage, self.home)}
        self.assertNotIn("tin-tuc-su-kien", keys)
        self.assertIn("gioi-thieu", keys)
        self.assertIn(
            "tin-tuc-su-kien",
            {s.key for s in open_sections_at(SectionPage, self.other_home)},
        )
        self.assertFalse(ContactPage.can_create_at(self.home))
        self.assertTrue(ContactPage.can_create_at(self.other_home))

    def test_the_admin_refuses_it_too(self):
        self.login(self.create_superuser("admin", password="password"))
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "contactpage", self.home.pk],
        )
        response = self.client.get(url)

        # Wagtail answers PermissionDenied in the admin with a redirect home.
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertEqual(ContactPage.objects.child_of(self.home).count(), 1)


class ArticlePageTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        cls.news = NewsSectionFactory(parent=cls.home)
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

    def test_the_date_of_the_law_explained_is_optional_and_never_in_the_future(self):
        """Art. 17.1.b counts 15 working days from it; other articles leave it
        empty."""
        article = ArticlePageFactory(parent=self.news)
        article.full_clean()
        article.law_issued_date = timezone.localdate() + datetime.timedelta(days=1)
        article.is_reused = True
        article.source_name = ""

        with self.assertRaises(ValidationError) as raised:
            article.full_clean()

        # Reported together with the article's other errors.
        self.assertEqual(
            set(raised.exception.message_dict), {"law_issued_date", "source_name"}
        )
        article.law_issued_date = timezone.localdate()
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
        news = NewsSectionFactory(parent=self.home, title="Tin hoạt động", slug="tin")
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
