"""Online public services (Decree 43/2011 Art. 18–19, Circular 32/2017 Art. 5–6):
the catalogue fields, the level rule for services with forms, web-only portal links,
and the section listing grouped and filtered by sector, field and level."""

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield

from wagtail_nd43.models import (
    OnlineServicePage,
    OnlineServicesPage,
    SectionPage,
)
from wagtail_nd43.rulebook import SO

from .utils import scaffold_site, section_page


#: Tree fields an unsaved page does not have yet.
NOT_IN_TREE = ["path", "depth"]


def service(parent, title, **kwargs):
    defaults = {
        "sector": "Thông tin và Truyền thông",
        "field": "Xuất bản, in và phát hành",
        "implementing_agency": "Sở Thông tin và Truyền thông",
        "service_level": 3,
        "has_forms": True,
    }
    page = OnlineServicePage(title=title, **{**defaults, **kwargs})
    parent.add_child(instance=page)
    return page


class OnlineServiceRulesTest(TestCase):
    def build(self, **kwargs):
        fields = {
            "title": "Cấp giấy phép hoạt động in",
            "slug": "cap-giay-phep-hoat-dong-in",
            "sector": "Thông tin và Truyền thông",
            "field": "Xuất bản, in và phát hành",
            "implementing_agency": "Sở Thông tin và Truyền thông",
            "service_level": 2,
            "has_forms": True,
        }
        fields.update(kwargs)
        return OnlineServicePage(**fields)

    def test_a_service_with_forms_cannot_be_level_1(self):
        with self.assertRaises(ValidationError) as caught:
            self.build(service_level=1, has_forms=True).full_clean(exclude=NOT_IN_TREE)
        message = caught.exception.message_dict["service_level"][0]
        self.assertIn("19", message)
        self.build(service_level=1, has_forms=False).full_clean(exclude=NOT_IN_TREE)
        for level in (2, 3, 4):
            self.build(service_level=level, has_forms=True).full_clean(
                exclude=NOT_IN_TREE
            )

    def test_the_portal_link_must_be_http_or_https(self):
        self.build(
            portal_url="https://dichvucong.gov.vn/p/home/dvc-chi-tiet.html"
        ).full_clean(exclude=NOT_IN_TREE)
        self.build(portal_url="http://dichvucong.example.gov.vn/").full_clean(
            exclude=NOT_IN_TREE
        )
        for url in (
            "javascript:alert(1)",
            "ftp://dichvucong.gov.vn/",
            "data:text/html,hi",
            "/dich-vu-cong/",
        ):
            with self.subTest(url=url):
                with self.assertRaises(ValidationError) as caught:
                    self.build(portal_url=url).full_clean(exclude=NOT_IN_TREE)
                self.assertIn("portal_url", caught.exception.message_dict)

    def test_procedure_codes_follow_the_national_database(self):
        for code in ("1.004227", "2.002154", "1.001234.000.00.00.H29"):
            self.build(procedure_code=code).full_clean(exclude=NOT_IN_TREE)
        for code in ("1004227", "abc", "1.", "1.004 227"):
            with self.subTest(code=code):
                with self.assertRaises(ValidationError) as caught:
                    self.build(procedure_code=code).full_clean(exclude=NOT_IN_TREE)
                self.assertIn("procedure_code", caught.exception.message_dict)

    def test_required_catalogue_fields(self):
        for name in ("sector", "field", "implementing_agency"):
            with self.subTest(field=name):
                with self.assertRaises(ValidationError) as caught:
                    self.build(**{name: ""}).full_clean(exclude=NOT_IN_TREE)
                self.assertIn(name, caught.exception.message_dict)

    def test_the_level_help_text_gives_the_decrees_definitions(self):
        help_text = str(OnlineServicePage._meta.get_field("service_level").help_text)
        for words in ("Mức độ 1", "Mức độ 2", "Mức độ 3", "Mức độ 4", "Điều 3"):
            self.assertIn(words, help_text)


class OnlineServicesSectionTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, "dich-vu-cong")
        cls.printing = service(
            cls.section,
            "Cấp giấy phép hoạt động in",
            procedure_code="1.004227",
            service_level=4,
            portal_url="https://dichvucong.gov.vn/",
        )
        cls.radio = service(
            cls.section,
            "Cấp giấy phép thiết lập mạng viễn thông dùng riêng",
            field="Viễn thông và Internet",
            service_level=3,
        )
        cls.post = service(
            cls.section,
            "Xác nhận thông báo hoạt động bưu chính",
            sector="Bưu chính",
            field="Bưu chính",
            service_level=2,
        )
        cls.info = service(
            cls.section,
            "Tra cứu thông tin doanh nghiệp bưu chính",
            sector="Bưu chính",
            field="Bưu chính",
            service_level=1,
            has_forms=False,
        )

    def test_page_type_rules(self):
        self.assertAllowedSubpageTypes(
            OnlineServicesPage, {OnlineServicePage, SectionPage}
        )
        self.assertAllowedParentPageTypes(OnlineServicePage, {OnlineServicesPage})

    def titles(self, **params):
        response = self.client.get(self.section.get_url(), params)
        self.assertEqual(response.status_code, 200)
        return [page.title for page in response.context["items"]]

    def test_the_section_groups_services_by_sector_and_field(self):
        response = self.client.get(self.section.get_url())
        content = response.content.decode()
        for text in (
            "Bưu chính",
            "Thông tin và Truyền thông",
            "Viễn thông và Internet",
        ):
            self.assertIn(f">{text}</h", content)
        self.assertLess(
            content.index(">Bưu chính</h3>"),
            content.index(">Thông tin và Truyền thông</h3>"),
        )
        self.assertContains(response, "Mức độ 4")
        self.assertContains(response, "1.004227")
        self.assertNotContains(response, ">Bài viết<")

    def test_filters_by_sector_field_and_level_combine(self):
        self.assertEqual(len(self.titles()), 4)
        self.assertEqual(
            self.titles(sector="Bưu chính"),
            [
                "Tra cứu thông tin doanh nghiệp bưu chính",
                "Xác nhận thông báo hoạt động bưu chính",
            ],
        )
        self.assertEqual(
            self.titles(field="Viễn thông và Internet"),
            ["Cấp giấy phép thiết lập mạng viễn thông dùng riêng"],
        )
        self.assertEqual(self.titles(level="4"), ["Cấp giấy phép hoạt động in"])
        self.assertEqual(
            self.titles(sector="Bưu chính", level="2"),
            ["Xác nhận thông báo hoạt động bưu chính"],
        )
        self.assertEqual(self.titles(sector="Bưu chính", level="4"), [])
        # Unknown values are ignored or match nothing, never an error.
        self.assertEqual(len(self.titles(level="9")), 4)
        self.assertEqual(self.titles(sector="<script>"), [])

    def test_the_filter_form_keeps_its_values(self):
        response = self.client.get(
            self.section.get_url(), {"sector": "Bưu chính", "level": "2"}
        )
        self.assertContains(response, '<option value="Bưu chính" selected>')
        self.assertContains(response, '<option value="2" selected>')
        # The field select offers the fields of the chosen sector only.
        selects = {select.name: select for select in response.context["filter_fields"]}
        self.assertEqual(selects["field"].options, [("Bưu chính", "Bưu chính")])

    def test_a_filtered_list_offers_to_clear_the_filters(self):
        clear = f'href="{self.section.get_url()}">Xóa bộ lọc</a>'
        self.assertNotContains(self.client.get(self.section.get_url()), clear)
        # Also when an unknown sector (an old bookmark) matches nothing.
        for params in ({"level": "2"}, {"sector": "Ngành đã bỏ"}):
            with self.subTest(params=params):
                response = self.client.get(self.section.get_url(), params)
                self.assertContains(response, clear, html=False)

    def test_a_service_page_shows_its_catalogue_fields(self):
        response = self.client.get(self.printing.get_url())
        for text in (
            "Cấp giấy phép hoạt động in",
            "1.004227",
            "Xuất bản, in và phát hành",
            "Sở Thông tin và Truyền thông",
            "Mức độ 4",
            'href="https://dichvucong.gov.vn/"',
        ):
            self.assertContains(response, text)

    def test_queries_do_not_grow_with_services(self):
        urls = [
            (self.section.get_url(), {}),
            (self.section.get_url(), {"sector": "Bưu chính", "level": "2"}),
        ]

        def count(url, params):
            self.client.get(url, params)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(url, params).status_code, 200)
            return len(queries)

        before = [count(url, params) for url, params in urls]
        for n in range(30):
            service(
                self.section,
                f"Thủ tục số {n}",
                sector=f"Ngành {n % 5}",
                field=f"Lĩnh vực {n % 7}",
                service_level=2 + n % 3,
            )
        after = [count(url, params) for url, params in urls]
        self.assertEqual(before, after)


class OnlineServiceAdminTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, "dich-vu-cong")
        cls.superuser = cls.create_superuser("admin", password="password")

    def test_level_1_with_forms_is_refused_with_a_clear_message_and_nothing_lost(self):
        self.login(self.superuser)
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "onlineservicepage", self.section.pk],
        )
        data = nested_form_data(
            {
                "title": "Cấp giấy phép hoạt động in",
                "slug": "cap-giay-phep-hoat-dong-in",
                "procedure_code": "1.004227",
                "administrative_level": "province",
                "sector": "Thông tin và Truyền thông",
                "field": "Xuất bản, in và phát hành",
                "implementing_agency": "Sở Thông tin và Truyền thông",
                "service_level": "1",
                "has_forms": "on",
                "portal_url": "",
                "processing_time": "10 ngày làm việc",
                "fees": "Không",
                "legal_basis": "",
                "body": streamfield([]),
                "action-publish": "publish",
            }
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("service_level", response.context["form"].errors)
        self.assertContains(response, "tối thiểu ở mức độ 2")
        self.assertContains(response, 'value="10 ngày làm việc"')
        self.assertFalse(OnlineServicePage.objects.exists())

        data["service_level"] = "2"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(OnlineServicePage.objects.get().live)
