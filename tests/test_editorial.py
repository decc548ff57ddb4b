"""The editorial board (``wagtail_nd43.models.editorial``; ND43-21, ND43-30.3,
CV412-2): its public page, the head of the board as the person responsible in the
footer, and the settings screens in Vietnamese."""

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import AgencySettings, EditorialBoard, EditorialBoardMember
from wagtail_nd43.rulebook import SO

from .factories import DocumentFactory
from .utils import default_site, scaffold_site, section_page


def vi(message):
    with translation.override("vi"):
        return translation.gettext(message)


#: What must never reach a public page: the members' admin accounts.
SECRET_USERNAME = "truongban_noibo"
SECRET_EMAIL = "truongban.riengtu@noibo.example.vn"


class EditorialBoardTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        cls.home = scaffold_site(SO)
        cls.board_page = section_page(cls.home, "gioi-thieu.ban-bien-tap")
        cls.account = cls.create_user(
            SECRET_USERNAME,
            email=SECRET_EMAIL,
            password="password",
            first_name="Tài khoản",
            last_name="Quản trị Riêng",
        )
        cls.board = EditorialBoard.for_site(cls.site)
        cls.board.decision_number = "45/QĐ-STTTT"
        cls.board.decision_date = datetime.date(2024, 2, 15)
        cls.board.decision_signer = "Giám đốc Sở Nguyễn Văn Lãnh"
        cls.board.decision_file = DocumentFactory(title="Quyết định thành lập BBT")
        cls.board.coordination_number = "12/QC-STTTT"
        cls.board.coordination_file = DocumentFactory(title="Quy chế phối hợp")
        cls.board.operation_number = "13/QC-STTTT"
        cls.board.operation_file = DocumentFactory(title="Quy chế vận hành")
        cls.board.save()
        cls.head = EditorialBoardMember.objects.create(
            board=cls.board,
            full_name="Nguyễn Thị Trưởng",
            role=EditorialBoardMember.HEAD,
            position="Phó Giám đốc Sở",
            unit="Ban Giám đốc",
            user=cls.account,
        )
        cls.deputy = EditorialBoardMember.objects.create(
            board=cls.board,
            full_name="Lê Văn Phó",
            role=EditorialBoardMember.DEPUTY,
            position="Chánh Văn phòng Sở",
        )
        cls.secretary = EditorialBoardMember.objects.create(
            board=cls.board,
            full_name="Trần Thường Trực",
            role=EditorialBoardMember.SECRETARY,
            position="Trưởng phòng Công nghệ thông tin",
        )

    def get(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()


class EditorialBoardPageTest(EditorialBoardTestCase):
    def test_the_founding_decision_is_shown_with_its_file(self):
        html = self.get(self.board_page.url)

        self.assertIn("45/QĐ-STTTT", html)
        self.assertIn("15/02/2024", html)
        self.assertIn("Giám đốc Sở Nguyễn Văn Lãnh", html)
        self.assertIn(self.board.decision_file.url, html)

    def test_every_member_is_listed_with_role_and_position(self):
        html = self.get(self.board_page.url)

        with translation.override("vi"):
            for member in (self.head, self.deputy, self.secretary):
                with self.subTest(member=member.full_name):
                    self.assertIn(member.full_name, html)
                    self.assertIn(str(member.get_role_display()), html)
                    self.assertIn(member.position, html)

    def test_both_regulations_of_article_30_3_are_shown(self):
        html = self.get(self.board_page.url)

        self.assertIn(
            vi("Regulation on coordination in providing and processing information"),
            html,
        )
        self.assertIn(vi("Regulation on operating the portal"), html)
        for file in (self.board.coordination_file, self.board.operation_file):
            self.assertIn(file.url, html)

    def test_the_head_of_the_board_is_found(self):
        self.assertEqual(EditorialBoard.for_site(self.site).head, self.head)

    def test_an_empty_board_says_it_is_not_published_yet(self):
        self.board.members.all().delete()

        html = self.get(self.board_page.url)
        self.assertIn(vi("The editorial board has not been published yet."), html)


class PersonResponsibleTest(EditorialBoardTestCase):
    """ND43-10.1l / CV412-7: the footer names the person responsible; the head of
    the board can be chosen instead of typing a name."""

    def test_the_footer_shows_the_head_of_the_board_chosen_as_responsible(self):
        identity = AgencySettings.for_site(self.site)
        identity.responsible_person = "Ông Tên Gõ Tay"
        identity.responsible_member = self.head
        identity.save()

        self.assertEqual(
            identity.person_responsible, "Nguyễn Thị Trưởng – Phó Giám đốc Sở"
        )
        html = self.get(self.home.url)
        footer = html[html.index('<footer class="nd43-footer"') :]
        self.assertIn(vi("Person responsible"), footer)
        self.assertIn("Nguyễn Thị Trưởng – Phó Giám đốc Sở", footer)
        self.assertNotIn("Ông Tên Gõ Tay", footer)

    def test_the_typed_name_is_shown_when_no_member_is_chosen(self):
        identity = AgencySettings.for_site(self.site)
        identity.responsible_person = "Ông Tên Gõ Tay – Phó Giám đốc"
        identity.save()

        footer = self.get(self.home.url).split('<footer class="nd43-footer"')[1]
        self.assertIn("Ông Tên Gõ Tay – Phó Giám đốc", footer)

    def test_removing_the_member_falls_back_to_the_typed_name(self):
        identity = AgencySettings.for_site(self.site)
        identity.responsible_person = "Ông Tên Gõ Tay"
        identity.responsible_member = self.deputy
        identity.save()

        self.deputy.delete()

        identity = AgencySettings.for_site(self.site)
        self.assertIsNone(identity.responsible_member)
        self.assertEqual(identity.person_responsible, "Ông Tên Gõ Tay")


class NothingPrivateIsPublishedTest(EditorialBoardTestCase):
    """Public pages show the board and the spokespersons without any data that is
    not meant to be public: no member's admin account, no administrator's email."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = cls.create_superuser(
            "quantri_bimat", email="quantri.bimat@noibo.example.vn", password="pw"
        )
        identity = AgencySettings.for_site(cls.site)
        identity.full_name = "Sở Thông tin và Truyền thông tỉnh Bình An"
        identity.email = "stttt@binhan.example.gov.vn"
        identity.responsible_member = cls.head
        identity.save()
        # Pages the administrator edited and published are public too.
        press = section_page(cls.home, "thong-tin-bao-chi")
        press.intro = "Thông tin cho báo chí của Sở."
        press.save_revision(user=cls.admin).publish(user=cls.admin)
        cls.board_page.save_revision(user=cls.account).publish()

    def test_no_public_page_shows_an_admin_account_or_its_email(self):
        urls = [
            self.home.url,
            self.board_page.url,
            section_page(self.home, "thong-tin-bao-chi").url,
            section_page(self.home, "thong-tin-bao-chi.nguoi-phat-ngon").url,
            section_page(self.home, "thong-tin-bao-chi.dinh-ky").url,
            section_page(self.home, "thong-tin-bao-chi").url + "rss/",
            section_page(self.home, "gioi-thieu").url,
            section_page(self.home, "lien-he").url,
        ]
        for url in urls:
            with self.subTest(url=url):
                html = self.get(url)
                for secret in (
                    SECRET_USERNAME,
                    SECRET_EMAIL,
                    "Quản trị Riêng",
                    "quantri_bimat",
                    "quantri.bimat@noibo.example.vn",
                ):
                    self.assertNotIn(secret, html)

    def test_the_agency_email_which_is_public_is_shown(self):
        html = self.get(self.home.url)
        self.assertIn("stttt@binhan.example.gov.vn", html)
        self.assertIn("Nguyễn Thị Trưởng", html)


class AdminScreensTest(EditorialBoardTestCase):
    """The settings screens answer in Vietnamese, with the labels of the law."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser("admin", password="password")

    def setUp(self):
        self.login(self.superuser)

    def test_the_editorial_board_setting(self):
        url = reverse(
            "wagtailsettings:edit",
            args=["wagtail_nd43", "editorialboard", self.site.pk],
        )

        html = self.get(url)

        self.assertIn('lang="vi"', html)
        for label in (
            "Founding decision",
            "founding decision number",
            "Members",
            "role in the board",
            "Regulation on operating the portal",
        ):
            with self.subTest(label=label):
                self.assertNotEqual(vi(label), label)
                self.assertIn(capfirst(vi(label)), html)
        self.assertIn("Nguyễn Thị Trưởng", html)

    def test_the_agency_identity_setting_offers_the_board_members(self):
        url = reverse(
            "wagtailsettings:edit",
            args=["wagtail_nd43", "agencysettings", self.site.pk],
        )

        html = self.get(url)

        label = "person responsible from the editorial board"
        self.assertNotEqual(vi(label), label)
        self.assertIn(capfirst(vi(label)), html)
        self.assertIn(f'<option value="{self.head.pk}">', html)
