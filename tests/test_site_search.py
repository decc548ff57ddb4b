"""The site search page (views/search.py, ND43-15.1a): one Vietnamese-folded search
over every live, public page and the public files, paginated, with type and date;
never a draft or a private page; every published page found by its exact title."""

import datetime

from django.test import SimpleTestCase, TestCase, override_settings
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    get_page_models,
)

from wagtail_nd43 import weeks
from wagtail_nd43.models import (
    LegalDocumentPage,
    OnlineServicePage,
    OnlineServicesPage,
    WeekSchedulePage,
    WorkSchedulePage,
)
from wagtail_nd43.models.base import FoldedSearchMixin
from wagtail_nd43.rulebook import SO
from wagtail_nd43.views.search import search_pages

from .factories import (
    ArticlePageFactory,
    DocumentFileFactory,
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentPageFactory,
    StandardPageFactory,
)
from .utils import scaffold_site, section_page


class SiteSearchTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.documents = section_page(cls.home, "van-ban")
        cls.news = section_page(cls.home, "tin-tuc-su-kien")
        cls.decree = LegalDocumentPageFactory(
            parent=cls.documents,
            title="Nghị định 43/2011/NĐ-CP quy định về việc cung cấp thông tin và "
            "dịch vụ công trực tuyến",
            slug="nghi-dinh-43-2011-nd-cp",
            number="43/2011/NĐ-CP",
            document_type=DocumentTypeFactory(name="Nghị định"),
            issuing_body=IssuingBodyFactory(name="Chính phủ"),
            issued_date=datetime.date(2011, 6, 13),
            effective_date=datetime.date(2011, 8, 1),
            summary="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến "
            "trên trang thông tin điện tử của cơ quan nhà nước.",
        )
        for n in range(6):
            LegalDocumentPageFactory(
                parent=cls.documents,
                title=f"Quyết định số {n + 1}/2024/QĐ-UBND về cải cách hành chính",
                number=f"{n + 1}/2024/QĐ-UBND",
            )
        cls.article = ArticlePageFactory(
            parent=cls.news,
            title="Hòa Bình Xanh đẩy mạnh chuyển đổi số",
            lead="Tỉnh triển khai nền tảng số cho người dân.",
        )
        cls.standard = StandardPageFactory(
            parent=section_page(cls.home, "gioi-thieu"),
            title="Quy chế làm việc của Sở",
        )
        cls.draft = ArticlePageFactory(
            parent=cls.news, title="Bản nháp bí mật tuyệt đối", live=False
        )
        cls.draft_changes = ArticlePageFactory(
            parent=cls.news, title="Tin đã đăng về hội nghị"
        )
        cls.draft_changes.title = "Tiêu đề nháp chưa duyệt"
        cls.draft_changes.save_revision()
        cls.private_section = StandardPageFactory(
            parent=section_page(cls.home, "gioi-thieu"), title="Khu vực nội bộ"
        )
        cls.private_child = StandardPageFactory(
            parent=cls.private_section, title="Tài liệu nội bộ mật"
        )
        PageViewRestriction.objects.create(
            page=cls.private_section, restriction_type=PageViewRestriction.LOGIN
        )
        cls.password_page = ArticlePageFactory(
            parent=cls.news, title="Tin có mật khẩu riêng"
        )
        PageViewRestriction.objects.create(
            page=cls.password_page,
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",
        )
        # Page types of other features, with "/" and "–" in their titles.
        schedule = WorkSchedulePage.objects.get()
        cls.week = WeekSchedulePage(
            title=weeks.suggested_title(datetime.date(2026, 11, 23)),
            slug="tuan-48",
            week_start=datetime.date(2026, 11, 23),
        )
        schedule.add_child(instance=cls.week)
        cls.service = OnlineServicePage(
            title="Cấp giấy phép hoạt động in (Cấp tỉnh)",
            sector="Thông tin và Truyền thông",
            field="Xuất bản, in và phát hành",
            implementing_agency="Sở Thông tin và Truyền thông",
            service_level=3,
            has_forms=True,
        )
        OnlineServicesPage.objects.get().add_child(instance=cls.service)
        cls.public_file = DocumentFileFactory(title="Biểu mẫu đăng ký hội nghị")
        private_collection = Collection.get_first_root_node().add_child(name="Nội bộ")
        CollectionViewRestriction.objects.create(
            collection=private_collection,
            restriction_type=CollectionViewRestriction.LOGIN,
        )
        cls.private_file = DocumentFileFactory(
            title="Biểu mẫu nội bộ hội nghị", collection=private_collection
        )

    def results(self, query, **params):
        response = self.client.get("/nd43/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return [row["page"] for row in response.context["rows"]], response

    def test_the_four_ways_to_write_decree_43_all_find_it(self):
        for query in ("nghi dinh 43", "Nghị định 43", "NGHI DINH 43/2011", "nd-cp"):
            with self.subTest(query=query):
                pages, _ = self.results(query)
                self.assertIn(self.decree.pk, [page.pk for page in pages])

    def test_hoa_written_with_combining_marks_finds_the_article(self):
        for query in (
            "Hòa Bình Xanh",
            "Hoà Bình Xanh",
            "ho\u0300a bi\u0300nh",
            "hoa binh",
        ):
            with self.subTest(query=ascii(query)):
                pages, _ = self.results(query)
                self.assertIn(self.article.pk, [page.pk for page in pages])

    def test_a_week_schedule_and_a_service_are_found_without_diacritics(self):
        for query, page in (
            ("lich lam viec tuan 48", self.week),
            ("cap giay phep hoat dong in", self.service),
        ):
            with self.subTest(query=query):
                pages, _ = self.results(query)
                self.assertIn(page.pk, [result.pk for result in pages])

    def test_results_show_type_and_date(self):
        _, response = self.results("nghi dinh 43")
        self.assertContains(response, "Nghị định 43/2011/NĐ-CP quy định")
        self.assertContains(response, "13/06/2011")
        self.assertContains(
            response, str(LegalDocumentPage._meta.verbose_name).capitalize()
        )

    def test_drafts_and_draft_changes_never_appear(self):
        for query in ("Bản nháp bí mật", "Tiêu đề nháp chưa duyệt"):
            with self.subTest(query=query):
                pages, _ = self.results(query)
                self.assertEqual(pages, [])
        pages, _ = self.results("Tin đã đăng về hội nghị")
        self.assertEqual([page.pk for page in pages], [self.draft_changes.pk])

    def test_private_pages_never_appear(self):
        for page in (self.private_section, self.private_child, self.password_page):
            with self.subTest(title=page.title):
                pages, response = self.results(page.title)
                self.assertEqual(pages, [])
                self.assertNotContains(response, page.get_url())

    def test_public_files_appear_and_private_files_do_not(self):
        _, response = self.results("Biểu mẫu hội nghị")
        self.assertContains(response, "Biểu mẫu đăng ký hội nghị")
        self.assertNotContains(response, "Biểu mẫu nội bộ hội nghị")

    @override_settings(WAGTAIL_ND43_LISTING_PAGE_SIZE=4)
    def test_results_are_paginated(self):
        first, response = self.results("quyet dinh ubnd")
        self.assertEqual(response.context["results"].paginator.count, 6)
        self.assertEqual(len(first), 4)
        second, _ = self.results("quyet dinh ubnd", page=2)
        self.assertEqual(len(second), 2)
        self.assertFalse({p.pk for p in first} & {p.pk for p in second})

    def test_an_empty_query_shows_just_the_form(self):
        pages, response = self.results("  ")
        self.assertEqual(pages, [])
        self.assertIsNone(response.context["results"])
        self.assertContains(response, 'name="q"')

    def test_the_header_of_every_page_has_a_search_box(self):
        response = self.client.get(self.article.get_url())
        self.assertContains(response, 'action="/nd43/search/"')
        self.assertContains(response, 'role="search"')

    def test_every_published_page_is_found_by_its_exact_title(self):
        site_pages = (
            Page.objects.descendant_of(self.home, inclusive=True).live().public()
        )
        self.assertGreater(site_pages.count(), 40)
        for page in site_pages:
            with self.subTest(title=page.title):
                found = [result.pk for result in search_pages(page.title)]
                self.assertIn(page.pk, found)


class FoldedPageTypesTest(SimpleTestCase):
    def test_every_page_type_of_the_package_indexes_its_folded_text(self):
        """Without it a page type is found only by its exact, accented words."""
        models = [m for m in get_page_models() if m._meta.app_label == "wagtail_nd43"]
        self.assertGreater(len(models), 40)
        for model in models:
            with self.subTest(model=model.__name__):
                self.assertTrue(issubclass(model, FoldedSearchMixin))
                self.assertIn(
                    "folded_search_text",
                    [field.field_name for field in model.get_search_fields()],
                )
