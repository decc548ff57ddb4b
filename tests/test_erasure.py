"""Issue 16: erasure that erases. The person's name, e-mail and phone are found
wherever they appear in the free text of their submissions (question, comment,
published answer) and redacted; the erase screen shows what will change first;
retention applies to every submission, answered or not."""

import datetime
import unicodedata
from io import StringIO

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail_nd43.models import ConsultationComment, Question
from wagtail_nd43.participation import redaction

from .factories import (
    ConsultationCommentFactory,
    ConsultationPageFactory,
    QuestionFactory,
)
from .test_participation_admin import AdminTestMixin
from .utils import section_page


REMOVED = "[đã xóa]"


class Person:
    def __init__(self, full_name, email="", phone=""):
        self.full_name, self.email, self.phone = full_name, email, phone


def pattern_for(
    full_name="Trần Thị Bình", email="binh.tran@example.vn", phone="0987654320"
):
    return redaction.identifiers_of([("question", Person(full_name, email, phone))])


class RedactionTest(SimpleTestCase):
    def redacted(self, text, **person):
        with self.settings(LANGUAGE_CODE="vi"):
            return redaction.redact(text, pattern_for(**person))[0]

    def test_phone_in_any_spelling(self):
        for spelled in (
            "0987654320",
            "0987 654 320",
            "0987.654.320",
            "0987-654-320",
            "+84 987 654 320",
            "+84987654320",
            "84 987654320",
            "(+84) 987 654 320",
        ):
            with self.subTest(spelled=spelled):
                self.assertEqual(
                    self.redacted(f"Gọi {spelled} nhé"), f"Gọi {REMOVED} nhé"
                )

    def test_other_numbers_are_kept(self):
        for text in ("0987 654 321", "10987654320", "Số 0987654", "năm 2026"):
            with self.subTest(text=text):
                self.assertEqual(self.redacted(text), text)

    def test_name_whatever_the_case_spacing_and_normal_form(self):
        nfd = unicodedata.normalize("NFD", "Trần Thị Bình")
        for text in (
            "Tôi là Trần Thị Bình.",
            "TÔI LÀ TRẦN THỊ BÌNH.",
            f"Tôi là {nfd}.",
        ):
            with self.subTest(text=text):
                self.assertEqual(self.redacted(text).casefold(), f"tôi là {REMOVED}.")
        self.assertEqual(self.redacted("Trần  Thị\nBình"), REMOVED)
        # Not inside a longer word, and not a part of the name alone.
        self.assertEqual(self.redacted("Trần Thị Bìnhh"), "Trần Thị Bìnhh")
        self.assertEqual(self.redacted("chị Bình"), "chị Bình")

    def test_email(self):
        self.assertEqual(
            self.redacted("Thư: BINH.TRAN@example.vn."), f"Thư: {REMOVED}."
        )
        self.assertEqual(
            self.redacted("xbinh.tran@example.vn"), "xbinh.tran@example.vn"
        )

    def test_nothing_to_look_for(self):
        self.assertIsNone(pattern_for(full_name="", email="", phone="12"))


class EraseScreenTest(AdminTestMixin, TestCase):
    def setUp(self):
        super().setUp()
        self.questions_page = section_page(self.home, "hoi-dap")
        self.email = "binh.tran@example.vn"
        self.question = QuestionFactory(
            site=self.site,
            full_name="Trần Thị Bình",
            email=self.email,
            phone="0987 654 320",
            title="Hỏi của Trần Thị Bình về đất đai",
            body="Tôi là Trần Thị Bình, gọi 0987 654 320 hoặc binh.tran@example.vn.",
            status=Question.Status.ANSWERED,
            answer="Chào chị Trần Thị Bình, chúng tôi đã gọi số 0987.654.320.",
            is_public=True,
        )
        page = ConsultationPageFactory(parent=self.consultations)
        self.comment = ConsultationCommentFactory(
            page=page,
            full_name="Trần Thị Bình",
            email=self.email,
            phone="",
            body="Ý kiến của Trần Thị Bình (0987654320).",
            status=ConsultationComment.Status.PUBLISHED,
        )
        self.url = reverse("wagtail_nd43_admin:personal_data")

    def test_the_screen_shows_what_will_change_before_it_does(self):
        response = self.client.get(self.url, {"email": self.email})
        self.assertContains(
            response, f"Tôi là {REMOVED}, gọi {REMOVED} hoặc {REMOVED}."
        )
        self.assertContains(response, f"Chào chị {REMOVED}")
        self.assertContains(response, f"Ý kiến của {REMOVED} ({REMOVED}).")
        self.question.refresh_from_db()
        self.assertIn("Trần Thị Bình", self.question.body)

    def test_erasing_redacts_every_published_text(self):
        self.client.post(
            self.url, {"email": self.email, "action": "erase", "confirm": "yes"}
        )
        self.question.refresh_from_db()
        self.comment.refresh_from_db()
        texts = [
            self.question.title,
            self.question.body,
            self.question.answer,
            self.comment.body,
        ]
        for text in texts:
            self.assertNotIn("Bình", text)
            self.assertNotIn("654", text)
            self.assertNotIn("example.vn", text)
            self.assertIn(REMOVED, text)
        self.client.logout()
        public = self.client.get(self.questions_page.url).content.decode()
        self.assertNotIn("Trần Thị Bình", public)
        self.assertNotIn("0987 654 320", public)


class RetentionTest(AdminTestMixin, TestCase):
    @override_settings(WAGTAIL_ND43_PARTICIPATION_RETENTION_DAYS=30)
    def test_every_submission_answered_or_not(self):
        old = timezone.now() - datetime.timedelta(days=40)
        never_answered = QuestionFactory(site=self.site)
        Question.objects.filter(pk=never_answered.pk).update(created_at=old)
        recent_open = QuestionFactory(site=self.site)
        published_old = QuestionFactory(
            site=self.site,
            full_name="Lê Văn Cũ",
            body="Tôi là Lê Văn Cũ, nhắc tới Phạm Thị Khác.",
            status=Question.Status.ANSWERED,
            answer="Trả lời ông Lê Văn Cũ.",
            is_public=True,
        )
        Question.objects.filter(pk=published_old.pk).update(responded_at=old)
        QuestionFactory(site=self.site, full_name="Phạm Thị Khác")

        call_command("nd43_purge_submissions", stdout=StringIO())

        self.assertFalse(Question.objects.filter(pk=never_answered.pk).exists())
        self.assertTrue(Question.objects.filter(pk=recent_open.pk).exists())
        published_old.refresh_from_db()
        self.assertEqual(published_old.full_name, "")
        self.assertEqual(
            published_old.body, f"Tôi là {REMOVED}, nhắc tới Phạm Thị Khác."
        )
        self.assertEqual(published_old.answer, f"Trả lời ông {REMOVED}.")
