"""Issue 17: the admin as an agency's editors meet it in their first week."""

import datetime
from unittest import mock

from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.utils import get_gravatar_url

from wagtail_nd43.models import Question
from wagtail_nd43.roles import BOARD
from wagtail_nd43.rulebook import SO
from wagtail_nd43.views.exports import BOM

from .factories import QuestionFactory
from .utils import default_site, scaffold_site


class NoExternalAvatarTest(WagtailTestUtils, TestCase):
    def test_avatars_do_not_come_from_gravatar_by_default(self):
        self.assertIsNone(get_gravatar_url("bientapvien@lamvien.gov.vn"))

        admin = self.create_superuser(
            "admin", email="admin@lamvien.gov.vn", password="password"
        )
        self.login(admin)
        response = self.client.get(reverse("wagtailadmin_home"))

        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "gravatar.com")

    @override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL="https://avatar.lamvien.gov.vn")
    def test_a_site_that_chooses_an_avatar_service_keeps_it(self):
        self.assertTrue(
            get_gravatar_url("a@lamvien.gov.vn").startswith(
                "https://avatar.lamvien.gov.vn/"
            )
        )


class QuestionDeadlinesTest(WagtailTestUtils, TestCase):
    """The questions list shows deadlines as dates with the working days left, and
    "overdue" in words."""

    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        scaffold_site(SO)
        cls.board_member = cls.create_user("bbt", password="password")
        cls.board_member.groups.add(Group.objects.get(name=BOARD))

    def setUp(self):
        self.client.force_login(self.board_member)

    def make(self, title, due, **fields):
        question = QuestionFactory(site=self.site, title=title, **fields)
        Question.objects.filter(pk=question.pk).update(due_date=due)
        return question

    def row_of(self, html, title):
        start = html.index(title)
        return html[start : html.index("</tr>", start)]

    def test_dates_working_days_left_and_overdue_in_words(self):
        # Monday 14 December 2026; no holiday before the 25th.
        today = datetime.date(2026, 12, 14)
        self.make("Câu hỏi còn hạn", datetime.date(2026, 12, 25))
        self.make("Câu hỏi hết hạn hôm nay", today)
        self.make("Câu hỏi quá hạn", datetime.date(2026, 12, 9))
        self.make(
            "Câu hỏi đã trả lời",
            datetime.date(2026, 12, 1),
            status=Question.Status.ANSWERED,
            answer="Đã trả lời.",
        )

        with mock.patch("django.utils.timezone.localdate", return_value=today):
            html = self.client.get(reverse("nd43-questions:index")).content.decode()

        on_time = self.row_of(html, "Câu hỏi còn hạn")
        self.assertIn("25/12/2026", on_time)
        self.assertIn("Còn 9 ngày làm việc", on_time)
        self.assertIn(">Không<", on_time.replace("\n", "").replace(" ", ""))
        self.assertIn("Hết hạn hôm nay", self.row_of(html, "Câu hỏi hết hạn hôm nay"))
        late = self.row_of(html, "Câu hỏi quá hạn")
        self.assertIn("09/12/2026", late)
        self.assertIn("Quá hạn 3 ngày làm việc", late)
        self.assertIn("nd43-status--failing", late)
        answered = self.row_of(html, "Câu hỏi đã trả lời")
        self.assertIn("01/12/2026", answered)
        self.assertNotIn("ngày làm việc", answered)
        table = html[html.index('<table class="listing"') :]
        # Only "Received at" is a relative time ("Vừa xong"), once per row; no
        # icon whose hidden name is "True" or "False".
        self.assertEqual(table.count('class="w-human-readable-date__date"'), 4)
        self.assertNotIn("True", table)
        self.assertNotIn("False", table)

    def test_the_list_costs_the_same_queries_for_more_questions(self):
        url = reverse("nd43-questions:index")
        today = timezone.localdate()

        def count():
            self.client.get(url)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(url).status_code, 200)
            return len(queries)

        self.make("Câu 0", today)
        small = count()
        for number in range(1, 15):
            self.make(f"Câu {number}", today + datetime.timedelta(days=number))
        self.assertEqual(count(), small)


class SelfAssessmentPrintTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)
        cls.superuser = cls.create_superuser("admin", password="password")

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_the_report_has_a_labelled_button_to_the_printable_page(self):
        html = self.client.get(reverse("wagtail_nd43_admin:report")).content
        header = html.decode().split("</header>")[0]
        self.assertIn(reverse("wagtail_nd43_admin:self_assessment"), header)
        self.assertIn("Bảng tự đánh giá (bản in)", header)

    def test_every_finding_is_a_row_of_a_page_made_for_a4(self):
        from wagtail_nd43.compliance import evaluate

        response = self.client.get(reverse("wagtail_nd43_admin:self_assessment"))
        html = response.content.decode()

        findings = evaluate(default_site()).findings
        self.assertEqual(html.count('class="nd43-assessment__row'), len(findings))
        # Not inside the admin's layout, whose wrappers clip a printed table.
        self.assertNotIn("wagtailadmin/js", html)
        self.assertIn("self_assessment.css", html)
        self.assertIn("In hoặc lưu PDF", html)


class ExcelCsvTest(WagtailTestUtils, TestCase):
    def test_report_csv_downloads_start_with_the_utf8_byte_order_mark(self):
        scaffold_site(SO)
        self.client.force_login(self.create_superuser("admin", password="password"))
        for name in (
            "wagtail_nd43_admin:report",
            "wagtail_nd43_admin:most_viewed",
            "wagtail_nd43_admin:visits",
        ):
            with self.subTest(name):
                response = self.client.get(reverse(name), {"export": "csv"})
                self.assertEqual(response.status_code, 200)
                raw = b"".join(response.streaming_content)
                self.assertTrue(raw.startswith(BOM))
                self.assertEqual(raw.count(BOM), 1)


class PressKindPresetTest(WagtailTestUtils, TestCase):
    def test_a_press_item_starts_with_the_kind_of_its_section(self):
        from wagtail_nd43.models import (
            AdHocPressPage,
            PeriodicPressPage,
            PressConferencePage,
        )

        scaffold_site(SO)
        self.login(self.create_superuser("admin", password="password"))
        for model, kind in (
            (PeriodicPressPage, "periodic"),
            (AdHocPressPage, "ad-hoc"),
            (PressConferencePage, "conference"),
        ):
            with self.subTest(model.__name__):
                parent = model.objects.first()
                if parent is None:  # a department has no press conferences
                    continue
                url = reverse(
                    "wagtailadmin_pages:add",
                    args=["wagtail_nd43", "pressreleasepage", parent.pk],
                )
                form = self.client.get(url).context["form"]
                self.assertEqual(form.initial.get("kind", form["kind"].value()), kind)


class FrequentlyAskedTest(TestCase):
    def test_the_qa_page_links_the_faq_articles_at_a_constant_cost(self):
        from wagtail_nd43.models import QuestionsPage

        from .factories import ArticlePageFactory

        scaffold_site(SO)
        questions = QuestionsPage.objects.get()
        first = ArticlePageFactory(parent=questions, title="Thủ tục cấp phép là gì?")

        def count():
            self.client.get(questions.url)
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(questions.url)
            return response, len(queries)

        response, few = count()
        self.assertContains(response, "Câu hỏi thường gặp")
        self.assertContains(response, f'<a href="{first.url}">{first.title}</a>')
        for number in range(6):
            ArticlePageFactory(parent=questions, title=f"Câu hỏi thường gặp {number}")
        response, many = count()
        self.assertContains(response, "Câu hỏi thường gặp 5")
        self.assertEqual(many, few)

    def test_the_site_map_lists_the_faq_articles_under_the_qa_page(self):
        from wagtail_nd43.models import QuestionsPage, SiteMapPage

        from .factories import ArticlePageFactory

        scaffold_site(SO)
        questions = QuestionsPage.objects.get()
        faq = ArticlePageFactory(parent=questions, title="Thủ tục cấp phép là gì?")
        site_map = SiteMapPage.objects.get()

        html = self.client.get(site_map.url).content.decode()

        link = f'<a href="{faq.url}">{faq.title}</a>'
        self.assertIn(link, html)
        # Inside the Q&A page's entry, after its link.
        self.assertLess(html.index(f'<a href="{questions.url}"'), html.index(link))


class VocabularyChooserTest(WagtailTestUtils, TestCase):
    """A legal document's type, issuer and signer are chosen from a searchable list
    that shows a short vocabulary on one page."""

    @classmethod
    def setUpTestData(cls):
        from wagtail_nd43.models.legal import Signer

        from .factories import DocumentTypeFactory, IssuingBodyFactory

        for number in range(30):
            DocumentTypeFactory(name=f"Loại văn bản {number:02d}", sort_order=number)
        DocumentTypeFactory(name="Nghị định", sort_order=99)
        IssuingBodyFactory(name="UBND tỉnh Lâm Viên")
        IssuingBodyFactory(name="Bộ Thông tin và Truyền thông")
        Signer.objects.create(full_name="Trần Văn Đức", position="Phó Chủ tịch")
        Signer.objects.create(full_name="Lê Thị Hoa", position="Giám đốc")

    def setUp(self):
        self.login()

    def choose(self, model, **params):
        url = reverse(f"wagtailsnippetchoosers_wagtail_nd43_{model}:choose_results")
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200)
        return [str(item) for item in response.context["results"]]

    def test_the_chooser_has_a_search_box(self):
        url = reverse("wagtailsnippetchoosers_wagtail_nd43_documenttype:choose")
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("q", response.context["filter_form"].fields)

    def test_a_search_typed_without_diacritics_finds_the_entry(self):
        self.assertEqual(self.choose("documenttype", q="nghi dinh"), ["Nghị định"])
        self.assertEqual(self.choose("issuingbody", q="ubnd"), ["UBND tỉnh Lâm Viên"])
        self.assertEqual(
            self.choose("signer", q="duc pho chu tich"),
            ["Trần Văn Đức – Phó Chủ tịch"],
        )

    def test_a_short_list_fits_on_one_page(self):
        self.assertEqual(len(self.choose("documenttype")), 31)
