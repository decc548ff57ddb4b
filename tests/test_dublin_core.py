"""Dublin Core on the pages Circular 24/2011 (TT24-6) lists: every mandatory element
of TT24-4 (title, creator, date, description, publisher, identifier) is emitted and
not empty (TT24-5), on a site scaffolded for a province (UBND tỉnh), which has all of
those sections, even where the editor wrote no description."""

import datetime
import re

from django.test import TestCase
from wagtail.models import Page

from wagtail_nd43.models import (
    AgencyHomePage,
    EnglishAboutPage,
    EnglishPage,
    LegalDocumentsPage,
    OnlineServicePage,
    OnlineServicesPage,
)
from wagtail_nd43.rulebook import UBND_TINH

from .factories import ArticlePageFactory, LegalDocumentPageFactory
from .test_pages import fill_identity
from .utils import default_site, scaffold_site, section_page


MANDATORY = (
    "DC.title",
    "DC.creator",
    "DC.date",
    "DC.description",
    "DC.publisher",
    "DC.identifier",
)
#: Sections whose articles TT24-6 names: news, direction and administration, law
#: dissemination, strategy and planning, gazette issues, projects and bidding,
#: science projects, statistics reports.
ARTICLE_SECTIONS = (
    "tin-tuc-su-kien",
    "chi-dao-dieu-hanh.y-kien-chi-dao",
    "pho-bien-phap-luat",
    "quy-hoach-ke-hoach",
    "van-ban.cong-bao",
    "du-an-dau-tu",
    "de-tai-khoa-hoc",
    "thong-ke",
)


def only(model):
    return model.objects.get()


class Tt24PageTypesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.identity = fill_identity(default_site())
        cls.home = scaffold_site(UBND_TINH)
        cls.pages = {
            "home": cls.home,
            "introduction": section_page(cls.home, "gioi-thieu"),
            "english": only(EnglishPage),
            "english-about": only(EnglishAboutPage),
        }
        for key in ARTICLE_SECTIONS:
            section = section_page(cls.home, key)
            cls.pages[f"article in {key}"] = ArticlePageFactory(
                parent=section,
                title=f"Bài viết trong mục {section.title}",
                lead=f"Tóm tắt bài viết trong mục {section.title}.",
                date=datetime.date(2025, 3, 4),
            )
        cls.pages["legal document"] = LegalDocumentPageFactory(
            parent=only(LegalDocumentsPage), number="12/2025/QĐ-UBND"
        )
        services = only(OnlineServicesPage)
        service = OnlineServicePage(
            title="Cấp giấy phép hoạt động in",
            sector="Thông tin và Truyền thông",
            field="Xuất bản, in và phát hành",
            implementing_agency="Sở Thông tin và Truyền thông",
            service_level=3,
            has_forms=True,
        )
        services.add_child(instance=service)
        service.save_revision().publish()  # as the admin does: dated
        cls.pages["online service"] = service
        cls.pages["online services"] = services

    def elements(self, page):
        response = self.client.get(page.get_url())
        self.assertEqual(response.status_code, 200)
        return dict(
            re.findall(
                r'<meta name="(DC\.[a-z]+)" content="([^"]*)">',
                response.content.decode(),
            )
        )

    def test_every_mandatory_element_is_present_and_filled(self):
        for name, page in self.pages.items():
            elements = self.elements(page)
            for element in MANDATORY:
                with self.subTest(page=name, element=element):
                    self.assertTrue(elements.get(element, "").strip())

    def test_the_values_come_from_the_page_and_the_agency(self):
        article = self.pages["article in tin-tuc-su-kien"]
        elements = self.elements(article)
        self.assertEqual(elements["DC.title"], article.title)
        self.assertEqual(elements["DC.publisher"], self.identity.full_name)
        self.assertEqual(elements["DC.date"], "2025-03-04")
        # Absolute, on the host the visitor used (the test client's).
        self.assertEqual(elements["DC.identifier"], "http://testserver" + article.url)
        self.assertEqual(elements["DC.description"], article.lead)

    def test_a_page_nothing_describes_is_described_by_its_title(self):
        introduction = self.pages["introduction"]
        introduction.intro = ""
        introduction.search_description = ""
        introduction.save_revision().publish()

        elements = self.elements(introduction)

        self.assertEqual(elements["DC.description"], introduction.title)

    def test_every_page_of_the_scaffolded_site_has_the_mandatory_elements(self):
        for page in Page.objects.descendant_of(self.home, inclusive=True).specific():
            if isinstance(page, AgencyHomePage) or not page.live:
                continue
            elements = self.elements(page)
            with self.subTest(page=page.title):
                self.assertEqual(
                    [e for e in MANDATORY if not elements.get(e, "").strip()], []
                )
