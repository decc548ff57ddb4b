"""Leaders, units and the contact directory (Decree 43/2011 Art. 10.1.a and
10.1.k): the details the decree requires cannot be left out, the section pages show
them, and the directory search ignores diacritics."""

import json
import unicodedata

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import ContactPerson, Leader, Unit
from wagtail_nd43.models.organization import fold_contact_text
from wagtail_nd43.rulebook import SO

from .factories import (
    ContactPersonFactory,
    ImageFactory,
    LeaderFactory,
    UnitFactory,
)
from .utils import scaffold_site, section_page


class FoldContactTextTest(TestCase):
    def test_diacritics_case_and_d_are_folded(self):
        cases = [
            ("Nguyễn Văn An", "nguyen van an"),
            ("ĐƯỜNG  Lý Tự Trọng", "duong ly tu trong"),
            (unicodedata.normalize("NFD", "Hoà Bình"), "hoa binh"),
            (unicodedata.normalize("NFC", "Hòa Bình"), "hoa binh"),
            ("", ""),
        ]
        for text, folded in cases:
            with self.subTest(text=text):
                self.assertEqual(fold_contact_text(text), folded)


class LeaderRulesTest(TestCase):
    def test_biography_and_duties_are_required(self):
        for name in ("biography", "duties", "full_name", "position"):
            with self.subTest(field=name):
                leader = LeaderFactory.build(**{name: ""})
                with self.assertRaises(ValidationError) as caught:
                    leader.full_clean()
                self.assertIn(name, caught.exception.message_dict)

    def test_phone_and_email_are_optional_but_checked(self):
        LeaderFactory.build(phone="", email="").full_clean()
        with self.assertRaises(ValidationError) as caught:
            LeaderFactory.build(phone="gọi cho tôi").full_clean()
        self.assertIn("phone", caught.exception.message_dict)


class ContactPersonRulesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.unit = UnitFactory(name="Văn phòng Sở")

    def test_all_five_details_are_required(self):
        for name in ("full_name", "position", "phone", "email"):
            with self.subTest(field=name):
                person = ContactPersonFactory.build(unit=self.unit, **{name: ""})
                with self.assertRaises(ValidationError) as caught:
                    person.full_clean()
                self.assertIn(name, caught.exception.message_dict)
        with self.assertRaises(ValidationError) as caught:
            ContactPerson(
                full_name="A", position="B", phone="028 3822 5678", email="a@b.vn"
            ).full_clean()
        self.assertIn("unit", caught.exception.message_dict)

    def test_email_must_be_an_address_and_phone_dialable(self):
        person = ContactPersonFactory.build(
            unit=self.unit, email="không có", phone="12"
        )
        with self.assertRaises(ValidationError) as caught:
            person.full_clean()
        self.assertEqual(set(caught.exception.message_dict), {"email", "phone"})

    def test_renaming_the_unit_updates_the_search_text(self):
        person = ContactPersonFactory(unit=self.unit)
        self.assertIn("van phong so", person.search_text)
        self.unit.name = "Phòng Kế hoạch – Tài chính"
        self.unit.save()
        person.refresh_from_db()
        self.assertIn("phong ke hoach", person.search_text)
        self.assertNotIn("van phong so", person.search_text)


class PeoplePagesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.leadership = section_page(cls.home, "gioi-thieu.lanh-dao")
        cls.units = section_page(cls.home, "gioi-thieu.don-vi-truc-thuoc")
        cls.contact = section_page(cls.home, "lien-he")
        cls.director = LeaderFactory(
            full_name="Phạm Minh Đức",
            position="Giám đốc Sở",
            biography="Sinh năm 1970 tại Nghệ An.",
            duties="Lãnh đạo, quản lý toàn diện hoạt động của Sở.",
            sort_order=0,
        )
        cls.deputy = LeaderFactory(
            full_name="Trần Thu Hà", sort_order=1, photo=ImageFactory()
        )
        cls.office = UnitFactory(
            name="Văn phòng Sở",
            functions="Tham mưu tổng hợp, hành chính, quản trị.",
            website="https://vanphong.example.gov.vn",
        )
        cls.press_unit = UnitFactory(name="Phòng Báo chí, Xuất bản")
        cls.an = ContactPersonFactory(
            full_name="Nguyễn Văn An",
            position="Chánh Văn phòng",
            unit=cls.office,
            email="an.nv@stttt.example.gov.vn",
        )
        cls.binh = ContactPersonFactory(
            full_name="Đặng Thị Bình",
            position="Trưởng phòng",
            unit=cls.press_unit,
            email="binh.dt@stttt.example.gov.vn",
        )

    def test_leadership_page_shows_each_leader_with_biography_and_duties(self):
        response = self.client.get(self.leadership.get_url())
        self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        for text in (
            "Phạm Minh Đức",
            "Giám đốc Sở",
            "Sinh năm 1970 tại Nghệ An.",
            "Lãnh đạo, quản lý toàn diện hoạt động của Sở.",
            "Trần Thu Hà",
        ):
            self.assertIn(text, content)
        self.assertLess(content.index("Phạm Minh Đức"), content.index("Trần Thu Hà"))

    def test_units_page_shows_functions_and_contacts(self):
        response = self.client.get(self.units.get_url())
        self.assertContains(response, "Văn phòng Sở")
        self.assertContains(response, "Tham mưu tổng hợp, hành chính, quản trị.")
        self.assertContains(response, 'href="https://vanphong.example.gov.vn"')
        self.assertContains(response, "Phòng Báo chí, Xuất bản")

    def test_contact_page_lists_every_official_with_five_details(self):
        response = self.client.get(self.contact.get_url())
        for text in (
            "Nguyễn Văn An",
            "Chánh Văn phòng",
            "Văn phòng Sở",
            self.an.phone,
            'href="mailto:an.nv@stttt.example.gov.vn"',
            "Đặng Thị Bình",
        ):
            self.assertContains(response, text)

    def search(self, query):
        response = self.client.get(self.contact.get_url(), {"q": query})
        self.assertEqual(response.status_code, 200)
        return [person.full_name for person in response.context["contacts"]]

    def test_search_ignores_diacritics_case_and_unicode_form(self):
        self.assertEqual(self.search("nguyen van an"), ["Nguyễn Văn An"])
        self.assertEqual(self.search("NGUYỄN"), ["Nguyễn Văn An"])
        self.assertEqual(self.search("dang thi"), ["Đặng Thị Bình"])
        nfd = unicodedata.normalize("NFD", "Đặng Thị Bình")
        self.assertEqual(self.search(nfd), ["Đặng Thị Bình"])

    def test_search_matches_position_unit_and_every_word(self):
        self.assertEqual(self.search("bao chi"), ["Đặng Thị Bình"])
        self.assertEqual(self.search("chanh van phong"), ["Nguyễn Văn An"])
        self.assertEqual(self.search("nguyen binh"), [])

    def test_no_match_says_so_and_keeps_the_query_in_the_box(self):
        response = self.client.get(self.contact.get_url(), {"q": "<b>không ai</b>"})
        self.assertContains(response, 'value="&lt;b&gt;không ai&lt;/b&gt;"')
        self.assertNotContains(response, "<b>không ai</b>")
        self.assertNotContains(response, "Nguyễn Văn An")

    def count_queries(self, url, params=None):
        self.client.get(url, params)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_queries_do_not_grow_with_people(self):
        urls = [
            (self.leadership.get_url(), None),
            (self.units.get_url(), None),
            (self.contact.get_url(), None),
            (self.contact.get_url(), {"q": "van"}),
        ]
        before = [self.count_queries(url, params) for url, params in urls]
        for _ in range(20):
            LeaderFactory(photo=ImageFactory())
        for unit in UnitFactory.create_batch(10):
            ContactPersonFactory.create_batch(3, unit=unit, position="Văn thư")
        after = [self.count_queries(url, params) for url, params in urls]
        self.assertEqual(before, after)
        self.assertEqual(ContactPerson.objects.count(), 32)


class PeopleAdminTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = cls.create_superuser("admin", password="password")
        cls.unit = UnitFactory(name="Văn phòng Sở")

    def setUp(self):
        self.login(self.superuser)

    def test_snippets_are_in_the_decree_43_menu_in_vietnamese(self):
        menu = self.client.get(reverse("wagtailadmin_home")).content.decode()
        for model_class, label in (
            (Leader, "Lãnh đạo"),
            (Unit, "Đơn vị"),
            (ContactPerson, "Danh bạ liên hệ"),
        ):
            model = model_class._meta.model_name
            url = reverse(f"wagtailsnippets_wagtail_nd43_{model}:list")
            with self.subTest(model=model):
                self.assertIn(url, menu)
                self.assertIn(json.dumps(label), menu)
                plural = str(model_class._meta.verbose_name_plural)
                self.assertContains(self.client.get(url), plural)

    def test_listings_search_and_filter(self):
        LeaderFactory(full_name="Phạm Minh Đức")
        ContactPersonFactory(full_name="Nguyễn Văn An", unit=self.unit)
        other = ContactPersonFactory(full_name="Hồ Văn Khác")
        leaders = reverse("wagtailsnippets_wagtail_nd43_leader:list")
        self.assertContains(self.client.get(leaders, {"q": "Đức"}), "Phạm Minh Đức")
        contacts = reverse("wagtailsnippets_wagtail_nd43_contactperson:list")
        response = self.client.get(contacts, {"unit": self.unit.pk})
        self.assertContains(response, "Nguyễn Văn An")
        self.assertNotContains(response, other.full_name)

    def test_a_contact_without_email_is_refused_and_nothing_is_lost(self):
        url = reverse("wagtailsnippets_wagtail_nd43_contactperson:add")
        data = {
            "full_name": "Nguyễn Văn An",
            "position": "Chánh Văn phòng",
            "unit": self.unit.pk,
            "phone": "028 3822 5678",
            "email": "",
            "sort_order": "0",
        }
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ContactPerson.objects.exists())
        self.assertContains(response, 'value="Nguyễn Văn An"')
        self.assertIn("email", response.context["form"].errors)
        data["email"] = "an.nv@stttt.example.gov.vn"
        self.client.post(url, data)
        self.assertTrue(
            ContactPerson.objects.filter(full_name="Nguyễn Văn An").exists()
        )

    def test_a_leader_without_duties_is_refused(self):
        url = reverse("wagtailsnippets_wagtail_nd43_leader:add")
        response = self.client.post(
            url,
            {
                "full_name": "Phạm Minh Đức",
                "position": "Giám đốc Sở",
                "biography": "Sinh năm 1970.",
                "duties": "",
                "sort_order": "0",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("duties", response.context["form"].errors)
        self.assertFalse(Leader.objects.exists())
        self.assertFalse(Unit.objects.exclude(pk=self.unit.pk).exists())
