"""“Thông tin cho báo chí” (``wagtail_nd43.models.press``): the field rules of
Decree 09/2017, what the public spokesperson page and the press lists show, and the
spokesperson admin screens in Vietnamese."""

import datetime

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from wagtail_nd43.models import (
    PressReleasePage,
    Spokesperson,
    SpokespersonAuthorisation,
)
from wagtail_nd43.rulebook import UBND_TINH
from wagtail_nd43.validators import validate_phone

from .factories import (
    DocumentFactory,
    PressReleasePageFactory,
    SpokespersonAuthorisationFactory,
    SpokespersonFactory,
)
from .utils import scaffold_site, section_page


def vi(message):
    """``message`` as the Vietnamese admin and site show it."""
    with translation.override("vi"):
        return translation.gettext(message)


def days(n):
    return datetime.timedelta(days=n)


def spokesperson(**kwargs):
    """An unsaved spokesperson with every required contact field filled."""
    values = {
        "full_name": "Trần Thị Minh",
        "position": "Chánh Văn phòng Sở",
        "unit": "Văn phòng Sở",
        "phone": "028 3520 2727",
        "email": "phatngon@stttt.example.gov.vn",
        "active_from": datetime.date(2024, 1, 1),
    }
    values.update(kwargs)
    return Spokesperson(**values)


class PhoneNumberTest(TestCase):
    """ND09-3.4: the phone number is published for journalists to call."""

    VALID = [
        "028 3520 2727",
        "(028) 3520 2727",
        "+84 28 3520 2727",
        "0913.456.789",
        "0913-456-789",
        "028/3520/2727",
        "028 3520 2727, 0913 456 789",
        "028 3520 2727 (máy lẻ 105)",
        "028 3520 2727 ext. 105",
        "02835202727",
    ]
    INVALID = [
        "",
        "3520 272",  # seven digits
        "Văn phòng Sở",
        "028 3520 2727 #105",
        "phatngon@stttt.example.gov.vn",
        "028 3520 2727 <b>",
        "0913_456_789",
    ]

    def test_numbers_people_can_dial_are_accepted(self):
        for value in self.VALID:
            with self.subTest(phone=value):
                validate_phone(value)
                spokesperson(phone=value).full_clean()

    def test_anything_else_is_refused_with_an_example(self):
        for value in self.INVALID:
            with self.subTest(phone=value):
                with self.assertRaises(ValidationError) as caught:
                    spokesperson(phone=value).full_clean()
                self.assertIn("phone", caught.exception.message_dict)
        with self.assertRaises(ValidationError) as caught:
            validate_phone("3520 272")
        self.assertIn("028 3520 2727", caught.exception.messages[0])


class SpokespersonFieldsTest(TestCase):
    def test_name_position_unit_phone_and_email_are_required(self):
        """ND09-3.4: all four contact fields are published, so none may be empty."""
        with self.assertRaises(ValidationError) as caught:
            Spokesperson().full_clean()

        self.assertTrue(
            {"full_name", "position", "unit", "phone", "email"}
            <= set(caught.exception.message_dict)
        )

    def test_an_email_must_be_an_address(self):
        with self.assertRaises(ValidationError) as caught:
            spokesperson(email="Văn phòng Sở").full_clean()
        self.assertIn("email", caught.exception.message_dict)

    def test_the_term_cannot_end_before_it_starts(self):
        with self.assertRaises(ValidationError) as caught:
            spokesperson(
                active_from=datetime.date(2025, 3, 1),
                active_to=datetime.date(2025, 2, 28),
            ).full_clean()
        self.assertIn("active_to", caught.exception.message_dict)

    def test_a_one_day_term_and_an_open_term_are_accepted(self):
        day = datetime.date(2025, 3, 1)
        spokesperson(active_from=day, active_to=day).full_clean()
        spokesperson(active_from=day, active_to=None).full_clean()


class AuthorisationFieldsTest(TestCase):
    """ND09-3.6: an authorisation is written, per case and time-limited."""

    @classmethod
    def setUpTestData(cls):
        cls.person = SpokespersonFactory(role=Spokesperson.AUTHORISED)
        cls.document = DocumentFactory()

    def authorisation(self, **kwargs):
        now = timezone.now()
        values = {
            "spokesperson": self.person,
            "scope": "Sự cố cháy chợ Bến Thành",
            "signed_at": now - days(1),
            "valid_from": now - days(1),
            "valid_to": now + days(3),
            "document": self.document,
        }
        values.update(kwargs)
        return SpokespersonAuthorisation(**values)

    def test_a_signed_time_limited_authorisation_is_accepted(self):
        self.authorisation().full_clean()
        self.authorisation(valid_to=None).full_clean()

    def test_the_end_must_come_after_the_start(self):
        start = timezone.now() - days(1)
        for end in (start - days(1), start):
            with self.subTest(end=end):
                with self.assertRaises(ValidationError) as caught:
                    self.authorisation(valid_from=start, valid_to=end).full_clean()
                self.assertIn("valid_to", caught.exception.message_dict)

    def test_it_cannot_be_signed_in_the_future(self):
        with self.assertRaises(ValidationError) as caught:
            self.authorisation(signed_at=timezone.now() + days(1)).full_clean()
        self.assertIn("signed_at", caught.exception.message_dict)

    def test_scope_and_times_are_required(self):
        with self.assertRaises(ValidationError) as caught:
            SpokespersonAuthorisation(spokesperson=self.person).full_clean()
        self.assertTrue(
            {"scope", "signed_at", "valid_from", "document"}
            <= set(caught.exception.message_dict)
        )


class PressReleaseFieldsTest(TestCase):
    """ND09-6.3a: ad-hoc information is due within 24 hours of the event, so the
    event's time is needed and cannot lie in the future."""

    def release(self, **kwargs):
        values = {
            "title": "Thông tin ban đầu về sự cố",
            "slug": "thong-tin-ban-dau",
            "lead": "Sở thông tin ban đầu về sự cố.",
            "author": "Văn phòng Sở",
            "kind": PressReleasePage.AD_HOC,
        }
        values.update(kwargs)
        return PressReleasePage(**values)

    def test_ad_hoc_information_without_the_event_time_is_refused(self):
        with self.assertRaises(ValidationError) as caught:
            self.release(event_at=None).clean()
        self.assertIn("event_at", caught.exception.message_dict)

    def test_an_event_in_the_future_is_refused(self):
        for kind in (PressReleasePage.AD_HOC, PressReleasePage.RELEASE):
            with self.subTest(kind=kind):
                with self.assertRaises(ValidationError) as caught:
                    self.release(kind=kind, event_at=timezone.now() + days(1)).clean()
                self.assertIn("event_at", caught.exception.message_dict)

    def test_ad_hoc_information_with_a_past_event_is_accepted(self):
        self.release(event_at=timezone.now() - datetime.timedelta(hours=3)).clean()

    def test_other_kinds_need_no_event_time(self):
        for kind, _label in PressReleasePage.KIND_CHOICES:
            if kind != PressReleasePage.AD_HOC:
                with self.subTest(kind=kind):
                    self.release(kind=kind, event_at=None).clean()


class PressTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.press = section_page(cls.home, "thong-tin-bao-chi")
        cls.spokesperson_page = section_page(
            cls.home, "thong-tin-bao-chi.nguoi-phat-ngon"
        )
        cls.periodic = section_page(cls.home, "thong-tin-bao-chi.dinh-ky")
        cls.ad_hoc = section_page(cls.home, "thong-tin-bao-chi.dot-xuat")
        cls.conferences = section_page(cls.home, "thong-tin-bao-chi.hop-bao")

    def get(self, url, params=None):
        response = self.client.get(url, params or {})
        self.assertEqual(response.status_code, 200)
        return response.content.decode()


class SpokespersonPageTest(PressTestCase):
    """ND09-3.4 and 3.6: the portal shows who speaks for the agency, with their
    contacts, and the authorisations in force with their document."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        today = timezone.localdate()
        now = timezone.now()
        cls.head = SpokespersonFactory(
            full_name="Lê Văn Thủ Trưởng",
            position="Giám đốc Sở",
            role=Spokesperson.HEAD,
            phone="028 3520 1111",
            email="giamdoc@stttt.example.gov.vn",
            decision_number="125/QĐ-STTTT",
            decision_file=DocumentFactory(title="Quyết định bổ nhiệm"),
        )
        cls.appointed = SpokespersonFactory(full_name="Trần Thị Minh")
        cls.former = SpokespersonFactory(
            full_name="Phạm Văn Cũ", active_to=today - days(1)
        )
        cls.future = SpokespersonFactory(
            full_name="Đỗ Văn Sắp", active_from=today + days(1)
        )
        cls.draft = SpokespersonFactory(full_name="Vũ Thị Nháp", live=False)
        cls.valid = SpokespersonAuthorisationFactory(
            spokesperson__full_name="Hoàng Văn Ủy",
            scope="Vụ cháy chợ Bình Tây",
            document__title="Giấy ủy quyền Bình Tây",
        )
        cls.expired_same_person = SpokespersonAuthorisationFactory(
            spokesperson=cls.valid.spokesperson,
            scope="Hội chợ xúc tiến thương mại năm trước",
            signed_at=now - days(40),
            valid_from=now - days(40),
            valid_to=now - days(30),
        )
        cls.expired = SpokespersonAuthorisationFactory(
            spokesperson__full_name="Ngô Thị Hết Hạn",
            scope="Sự cố ngập nước tháng trước",
            signed_at=now - days(40),
            valid_from=now - days(40),
            valid_to=now - days(30),
        )
        cls.not_yet = SpokespersonAuthorisationFactory(
            spokesperson__full_name="Đinh Văn Chưa Tới",
            scope="Lễ hội sắp tới",
            valid_from=now + days(2),
            valid_to=now + days(5),
        )

    def test_active_spokespersons_are_shown_with_the_four_contact_fields(self):
        html = self.get(self.spokesperson_page.url)

        for person in (self.head, self.appointed):
            with self.subTest(person=person.full_name):
                for value in (
                    person.full_name,
                    person.position,
                    person.phone,
                    person.email,
                ):
                    self.assertIn(value, html)
        self.assertIn(self.head.decision_number, html)
        self.assertIn(self.head.decision_file.url, html)

    def test_former_future_and_draft_spokespersons_are_not_shown(self):
        html = self.get(self.spokesperson_page.url)

        for person in (self.former, self.future, self.draft):
            with self.subTest(person=person.full_name):
                self.assertNotIn(person.full_name, html)
                self.assertNotIn(person.email, html)

    def test_a_valid_authorisation_is_shown_with_its_document(self):
        html = self.get(self.spokesperson_page.url)

        person = self.valid.spokesperson
        self.assertIn(person.full_name, html)
        self.assertIn(person.phone, html)
        self.assertIn(person.email, html)
        self.assertIn(self.valid.scope, html)
        self.assertIn(self.valid.document.url, html)

    def test_expired_and_future_authorisations_are_hidden(self):
        html = self.get(self.spokesperson_page.url)

        self.assertNotIn(self.expired_same_person.scope, html)
        self.assertNotIn(self.expired_same_person.document.url, html)
        for authorisation in (self.expired, self.not_yet):
            with self.subTest(scope=authorisation.scope):
                self.assertNotIn(authorisation.scope, html)
                self.assertNotIn(authorisation.spokesperson.full_name, html)
                self.assertNotIn(authorisation.spokesperson.email, html)

    def test_an_authorisation_disappears_when_it_expires(self):
        person = self.valid.spokesperson
        self.assertEqual(person.valid_authorisations(), [self.valid])

        later = self.valid.valid_to + datetime.timedelta(seconds=1)
        self.assertEqual(person.valid_authorisations(at=later), [])

    def test_a_published_change_replaces_the_public_details(self):
        self.appointed.phone = "028 3999 8888"
        self.appointed.save_revision().publish()

        html = self.get(self.spokesperson_page.url)
        self.assertIn("028 3999 8888", html)

    def test_an_unpublished_draft_of_a_change_is_not_shown(self):
        live_email = self.appointed.email
        self.appointed.email = "ban-nhap@stttt.example.gov.vn"
        self.appointed.save_revision()

        html = self.get(self.spokesperson_page.url)
        self.assertIn(live_email, html)
        self.assertNotIn("ban-nhap@stttt.example.gov.vn", html)

    def test_without_a_spokesperson_the_page_says_so(self):
        Spokesperson.objects.all().delete()

        html = self.get(self.spokesperson_page.url)
        self.assertIn(vi("The spokesperson has not been announced yet."), html)


class PressListingTest(PressTestCase):
    """The press sections list their releases newest first, filterable by kind and
    year in GET parameters; bad values are ignored."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        event = timezone.now() - days(400)
        cls.releases = {
            "periodic_2024": PressReleasePageFactory(
                parent=cls.periodic,
                title="Thông tin định kỳ tháng 5/2024",
                kind=PressReleasePage.PERIODIC,
                date=datetime.date(2024, 5, 30),
            ),
            "ad_hoc_2024": PressReleasePageFactory(
                parent=cls.ad_hoc,
                title="Thông tin ban đầu vụ sạt lở 2024",
                kind=PressReleasePage.AD_HOC,
                event_at=event,
                date=datetime.date(2024, 9, 2),
            ),
            "conference_2025": PressReleasePageFactory(
                parent=cls.conferences,
                title="Họp báo quý I/2025",
                kind=PressReleasePage.CONFERENCE,
                date=datetime.date(2025, 3, 28),
            ),
            "correction_2025": PressReleasePageFactory(
                parent=cls.conferences,
                title="Đề nghị cải chính thông tin sai lệch 2025",
                kind=PressReleasePage.CORRECTION,
                date=datetime.date(2025, 6, 10),
            ),
        }
        cls.draft = PressReleasePageFactory(
            parent=cls.periodic, title="Bản nháp chưa duyệt", live=False
        )

    def titles(self, page, params=None):
        html = self.get(page.url, params)
        return [
            key for key, release in self.releases.items() if release.title in html
        ], html

    def test_the_press_page_lists_every_subsection_newest_first(self):
        html = self.get(self.press.url)

        positions = [html.index(r.title) for r in self.releases.values()]
        self.assertEqual(positions, sorted(positions, reverse=True))
        self.assertNotIn(self.draft.title, html)

    def test_each_subsection_lists_its_own_releases(self):
        found, _html = self.titles(self.conferences)
        self.assertEqual(found, ["conference_2025", "correction_2025"])

    def test_filter_by_kind(self):
        found, html = self.titles(self.press, {"kind": PressReleasePage.AD_HOC})

        self.assertEqual(found, ["ad_hoc_2024"])
        self.assertIn('<option value="ad-hoc" selected>', html)

    def test_filter_by_year(self):
        found, html = self.titles(self.press, {"year": "2025"})

        self.assertEqual(found, ["conference_2025", "correction_2025"])
        self.assertIn('<option value="2025" selected>', html)
        self.assertIn('<option value="2024">', html)

    def test_filter_by_kind_and_year(self):
        found, _html = self.titles(
            self.press, {"kind": PressReleasePage.CORRECTION, "year": "2025"}
        )
        self.assertEqual(found, ["correction_2025"])

    def test_filters_that_match_nothing_say_so(self):
        found, html = self.titles(
            self.press, {"kind": PressReleasePage.ANSWER, "year": "2024"}
        )
        self.assertEqual(found, [])
        self.assertIn(vi("Nothing matches these filters."), html)
        self.assertIn(f'href="{self.press.url}">{vi("Clear filters")}</a>', html)

    def test_an_unfiltered_list_offers_no_clearing(self):
        self.assertNotIn(vi("Clear filters"), self.get(self.press.url))

    def test_bad_filter_values_are_ignored(self):
        for params in (
            {"kind": "xx"},
            {"year": "abc"},
            {"year": "99999"},
            {"year": "-1"},
            {"year": "²"},
            {"year": "2025²"},
            {"kind": "ad\x00hoc"},
            {"kind": "", "year": ""},
            {"kind": "xx", "year": "abc", "page": "zz"},
        ):
            with self.subTest(params=params):
                found, html = self.titles(self.press, params)
                self.assertEqual(found, list(self.releases))
                self.assertNotIn(" selected>", html)


class QueryCountTest(PressTestCase):
    """The spokesperson page and the press lists cost the same number of queries
    with 10 or 200 press releases."""

    URLS = ("press", "spokesperson_page", "periodic")

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.speaker = SpokespersonFactory(photo=None)
        SpokespersonFactory(role=Spokesperson.HEAD)
        SpokespersonAuthorisationFactory()
        PressReleasePageFactory.create_batch(
            10, parent=cls.periodic, spokesperson=cls.speaker
        )

    def count_queries(self, url):
        self.client.get(url)  # Warm the caches a long-running server would have.
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_queries_do_not_grow_with_press_releases(self):
        urls = [getattr(self, name).url for name in self.URLS]
        with_10 = {url: self.count_queries(url) for url in urls}

        PressReleasePageFactory.create_batch(
            190, parent=self.periodic, spokesperson=self.speaker
        )
        self.assertEqual(self.periodic.get_children().count(), 200)

        for url in urls:
            with self.subTest(url=url):
                self.assertEqual(self.count_queries(url), with_10[url])


class SpokespersonAdminTest(WagtailTestUtils, TestCase):
    """The snippet's screens answer in Vietnamese and refuse bad input clearly,
    losing nothing."""

    @classmethod
    def setUpTestData(cls):
        cls.superuser = cls.create_superuser("admin", password="password")
        cls.person = SpokespersonFactory(full_name="Trần Thị Minh")
        cls.document = DocumentFactory(title="Giấy ủy quyền")

    def setUp(self):
        self.login(self.superuser)

    def url(self, name, *args):
        return reverse(f"wagtailsnippets_wagtail_nd43_spokesperson:{name}", args=args)

    def test_list_add_and_edit_screens_are_in_vietnamese(self):
        for url in (
            self.url("list"),
            self.url("add"),
            self.url("edit", self.person.pk),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn('lang="vi"', html)
                self.assertIn(vi("Spokespersons").lower(), html.lower())
        html = self.client.get(self.url("add")).content.decode()
        for label in ("official email", "speaks from", "Authorisations to speak"):
            self.assertIn(capfirst(vi(label)), html)
            self.assertNotEqual(vi(label), label)

    def test_the_list_filters_by_role_and_searches_by_name(self):
        SpokespersonFactory(full_name="Lê Văn Thủ Trưởng", role=Spokesperson.HEAD)

        html = self.client.get(self.url("list"), {"role": Spokesperson.HEAD}).content
        self.assertIn("Lê Văn Thủ Trưởng", html.decode())
        self.assertNotIn("Trần Thị Minh", html.decode())

        html = self.client.get(self.url("list"), {"q": "Minh"}).content.decode()
        self.assertIn("Trần Thị Minh", html)
        self.assertNotIn("Lê Văn Thủ Trưởng", html)

    def form_data(self, **authorisation):
        return nested_form_data(
            {
                "full_name": "Hoàng Văn Ủy",
                "role": Spokesperson.AUTHORISED,
                "position": "Phó Chánh Văn phòng",
                "unit": "Văn phòng Sở",
                "phone": "028 3520 3030",
                "email": "uyquyen@stttt.example.gov.vn",
                "active_from": "2025-01-01",
                "sort_order": "0",
                "authorisations": inline_formset(
                    [{"document": self.document.pk, **authorisation}]
                ),
                "action-publish": "action-publish",
            }
        )

    def test_an_authorisation_ending_before_it_starts_is_refused_and_nothing_lost(
        self,
    ):
        count = Spokesperson.objects.count()
        response = self.client.post(
            self.url("add"),
            self.form_data(
                scope="Vụ cháy chợ Bình Tây",
                signed_at="2025-03-01 08:00",
                valid_from="2025-03-02 08:00",
                valid_to="2025-03-01 08:00",
            ),
        )

        self.assertEqual(response.status_code, 200)
        self.assertEqual(Spokesperson.objects.count(), count)
        html = response.content.decode()
        self.assertIn(vi("The end must be after the start."), html)
        self.assertIn("Vụ cháy chợ Bình Tây", html)  # what was typed is kept
        self.assertIn("028 3520 3030", html)

    def test_a_valid_spokesperson_with_an_authorisation_is_saved(self):
        response = self.client.post(
            self.url("add"),
            self.form_data(
                scope="Vụ cháy chợ Bình Tây",
                signed_at="2025-03-01 08:00",
                valid_from="2025-03-01 09:00",
                valid_to="",
            ),
        )

        self.assertEqual(response.status_code, 302)
        person = Spokesperson.objects.get(full_name="Hoàng Văn Ủy")
        self.assertTrue(person.live)
        self.assertEqual(
            list(person.authorisations.values_list("scope", flat=True)),
            ["Vụ cháy chợ Bình Tây"],
        )
