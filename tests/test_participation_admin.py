"""Participation in the admin: answering, moderating, overdue questions, one
person's data (export, erase), the purge command and the compliance checks."""

import datetime
import json
from io import StringIO

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.compliance import evaluate
from wagtail_nd43.models import ConsultationComment, Question
from wagtail_nd43.participation import personal_data
from wagtail_nd43.roles import BOARD
from wagtail_nd43.rulebook import SO

from .factories import (
    ConsultationCommentFactory,
    ConsultationPageFactory,
    DocumentFileFactory,
    QuestionFactory,
)
from .test_pages import fill_identity
from .utils import default_site, scaffold_site, section_page


class AdminTestMixin(WagtailTestUtils):
    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        fill_identity(cls.site)
        cls.home = scaffold_site(SO)
        cls.consultations = section_page(cls.home, "lay-y-kien")
        cls.board_member = cls.create_user(cls, "bbt", password="pw")
        cls.board_member.groups.add(Group.objects.get(name=BOARD))

    def setUp(self):
        self.client.force_login(self.board_member)


class QuestionAdminTest(AdminTestMixin, TestCase):
    def test_listing_in_vietnamese_with_overdue_filter(self):
        late = QuestionFactory(site=self.site, title="Câu hỏi quá hạn")
        Question.objects.filter(pk=late.pk).update(
            due_date=timezone.localdate() - datetime.timedelta(days=3)
        )
        QuestionFactory(site=self.site, title="Câu hỏi còn hạn")
        url = reverse("nd43-questions:index")
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Câu hỏi quá hạn")
        self.assertContains(response, "Hạn trả lời")
        response = self.client.get(url + "?overdue=true")
        self.assertContains(response, "Câu hỏi quá hạn")
        self.assertNotContains(response, "Câu hỏi còn hạn")

    def test_answer_notifies_the_sender_and_can_be_published(self):
        question = QuestionFactory(site=self.site, body="<b>không</b> là thẻ")
        url = reverse("nd43-questions:edit", args=[question.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, question.email)  # staff see the contact
        data = {
            "title": question.title,
            "body": question.body,
            "category": "",
            "status": "answered",
            "forwarded_to": "",
            "out_of_scope_reason": "",
            "answer": "Hồ sơ gồm đơn và bản sao giấy tờ.",
            "is_public": "on",
        }
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.ANSWERED)
        self.assertTrue(question.is_public)
        self.assertIsNotNone(question.responded_at)
        self.assertEqual(mail.outbox[-1].to, [question.email])
        self.assertIn("Hồ sơ gồm đơn", mail.outbox[-1].body)

    def test_a_status_notice_emails_the_sender_and_moves_the_due_date(self):
        """The notice with the date the answer is expected by (Art. 17.1.đ): the
        sender is told at once; the list shows the new date, and the question is
        overdue only after it."""
        question = QuestionFactory(site=self.site, title="Câu hỏi cần thêm thời gian")
        Question.objects.filter(pk=question.pk).update(
            due_date=timezone.localdate() - datetime.timedelta(days=1)
        )
        expected = timezone.localdate() + datetime.timedelta(days=10)
        url = reverse("nd43-questions:edit", args=[question.pk])
        data = {
            "title": question.title,
            "body": question.body,
            "category": "",
            "status": "forwarded",
            "forwarded_to": "Phòng Kinh tế",
            "out_of_scope_reason": "",
            "answer": "",
            "status_notice": "Câu hỏi đang được Phòng Kinh tế xem xét.",
            "answer_expected_by": expected.isoformat(),
        }
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        question.refresh_from_db()
        self.assertIsNotNone(question.notice_sent_at)
        self.assertEqual(question.first_response_at, question.notice_sent_at)
        notice = mail.outbox[-1]
        self.assertEqual(notice.to, [question.email])
        self.assertIn("Câu hỏi đang được Phòng Kinh tế xem xét.", notice.body)
        self.assertIn(f"{expected:%d/%m/%Y}", notice.body)
        # Saving again sends nothing new.
        sent = len(mail.outbox)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, data)
        self.assertEqual(len(mail.outbox), sent)
        # A later date is never set without telling the sender.
        later = expected + datetime.timedelta(days=5)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, {**data, "answer_expected_by": later.isoformat()})
        self.assertEqual(len(mail.outbox), sent + 1)
        self.assertIn(f"{later:%d/%m/%Y}", mail.outbox[-1].body)
        expected = later
        listing = reverse("nd43-questions:index")
        response = self.client.get(listing)
        self.assertContains(response, f"{expected:%d/%m/%Y}")
        self.assertContains(response, "Đã gửi thông báo tình trạng")
        response = self.client.get(listing + "?overdue=true")
        self.assertNotContains(response, "Câu hỏi cần thêm thời gian")
        Question.objects.filter(pk=question.pk).update(
            answer_expected_by=timezone.localdate() - datetime.timedelta(days=1)
        )
        response = self.client.get(listing + "?overdue=true")
        self.assertContains(response, "Câu hỏi cần thêm thời gian")

    def test_answered_without_answer_is_refused(self):
        question = QuestionFactory(site=self.site)
        url = reverse("nd43-questions:edit", args=[question.pk])
        data = {
            "title": question.title,
            "body": question.body,
            "status": "answered",
            "answer": "",
        }
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.RECEIVED)

    def test_markup_in_a_submission_is_escaped_in_the_admin(self):
        question = QuestionFactory(site=self.site, full_name="<script>x()</script>")
        response = self.client.get(reverse("nd43-questions:edit", args=[question.pk]))
        self.assertNotContains(response, "<script>x()</script>")
        self.assertContains(response, "&lt;script&gt;x()&lt;/script&gt;")


class CommentModerationAdminTest(AdminTestMixin, TestCase):
    def test_publish_and_reject_with_reason(self):
        page = ConsultationPageFactory(parent=self.consultations)
        comment = ConsultationCommentFactory(page=page, body="Ý kiến hay")
        url = reverse("nd43-comments:edit", args=[comment.pk])
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(
            url, {"body": comment.body, "status": "rejected", "rejection_reason": ""}
        )
        self.assertEqual(response.status_code, 200)  # a reason is required
        response = self.client.post(
            url,
            {"body": comment.body, "status": "published", "rejection_reason": ""},
        )
        self.assertEqual(response.status_code, 302)
        comment.refresh_from_db()
        self.assertEqual(comment.status, ConsultationComment.Status.PUBLISHED)
        self.assertContains(self.client.get(page.url), "Ý kiến hay")
        listing = self.client.get(reverse("nd43-comments:index") + "?status=published")
        self.assertContains(listing, comment.ticket)


class PersonalDataTest(AdminTestMixin, TestCase):
    def setUp(self):
        super().setUp()
        page = ConsultationPageFactory(parent=self.consultations)
        self.email = "an.nguyen@example.vn"
        self.private_question = QuestionFactory(site=self.site, email=self.email)
        self.public_question = QuestionFactory(
            site=self.site,
            email=self.email.upper(),
            full_name="Nguyễn An",
            publish_name=True,
            status=Question.Status.ANSWERED,
            answer="Đã trả lời.",
            is_public=True,
        )
        self.comment = ConsultationCommentFactory(
            page=page, email=self.email, body='=HYPERLINK("http://x")'
        )
        self.other = QuestionFactory(site=self.site, email="khac@example.vn")
        self.url = reverse("wagtail_nd43_admin:personal_data")

    def test_find_lists_the_persons_submissions(self):
        response = self.client.get(self.url, {"email": self.email})
        self.assertEqual(response.status_code, 200)
        for item in (self.private_question, self.public_question, self.comment):
            self.assertContains(response, item.ticket)
        self.assertNotContains(response, self.other.ticket)

    def test_export_json_and_csv(self):
        Question.objects.filter(pk=self.private_question.pk).update(
            status_notice="Đang chờ ý kiến Sở Xây dựng.",
            answer_expected_by=datetime.date(2026, 12, 31),
        )
        response = self.client.post(self.url, {"email": self.email, "action": "json"})
        data = json.loads(response.content)
        self.assertEqual(len(data["submissions"]), 3)
        self.assertEqual(
            {row["ticket"] for row in data["submissions"]},
            {
                self.private_question.ticket,
                self.public_question.ticket,
                self.comment.ticket,
            },
        )
        self.assertIn("consent_at", data["submissions"][0])
        # What staff wrote back to the person is theirs too.
        sent = {row["ticket"]: row for row in data["submissions"]}
        self.assertEqual(sent[self.public_question.ticket]["answer"], "Đã trả lời.")
        notice = sent[self.private_question.ticket]
        self.assertEqual(notice["status_notice"], "Đang chờ ý kiến Sở Xây dựng.")
        self.assertEqual(notice["answer_expected_by"], "2026-12-31")
        response = self.client.post(self.url, {"email": self.email, "action": "csv"})
        text = response.content.decode("utf-8-sig")
        self.assertIn(self.comment.ticket, text)
        # A formula typed by a visitor is not run by a spreadsheet.
        self.assertIn("'=HYPERLINK", text)

    def test_erase_needs_confirmation_then_deletes_or_anonymises(self):
        self.client.post(self.url, {"email": self.email, "action": "erase"})
        self.assertEqual(len(personal_data.export_rows(self.email)), 3)
        self.client.post(
            self.url, {"email": self.email, "action": "erase", "confirm": "yes"}
        )
        self.assertEqual(personal_data.export_rows(self.email), [])
        self.assertFalse(Question.objects.filter(pk=self.private_question.pk).exists())
        self.assertFalse(
            ConsultationComment.objects.filter(pk=self.comment.pk).exists()
        )
        kept = Question.objects.get(pk=self.public_question.pk)
        self.assertEqual((kept.full_name, kept.email, kept.phone), ("", "", ""))
        self.assertFalse(kept.publish_name)
        self.assertIsNotNone(kept.erased_at)
        self.assertEqual(kept.answer, "Đã trả lời.")
        self.assertTrue(Question.objects.filter(pk=self.other.pk).exists())

    def test_editors_without_permission_are_refused(self):
        editor = self.create_user("bientap", password="pw")
        editor.groups.add(Group.objects.get(name="Biên tập viên"))
        self.client.force_login(editor)
        response = self.client.get(self.url, {"email": self.email})
        self.assertIn(response.status_code, (302, 403))
        response = self.client.post(
            self.url, {"email": self.email, "action": "erase", "confirm": "yes"}
        )
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(len(personal_data.export_rows(self.email)), 3)


class PurgeCommandTest(AdminTestMixin, TestCase):
    @override_settings(WAGTAIL_ND43_PARTICIPATION_RETENTION_DAYS=30)
    def test_purge_past_retention_with_dry_run(self):
        old = timezone.now() - datetime.timedelta(days=40)
        answered_old = QuestionFactory(
            site=self.site, status=Question.Status.ANSWERED, answer="A"
        )
        Question.objects.filter(pk=answered_old.pk).update(responded_at=old)
        open_old = QuestionFactory(site=self.site, created_at=old)
        recent = QuestionFactory(
            site=self.site, status=Question.Status.ANSWERED, answer="B"
        )
        page = ConsultationPageFactory(
            parent=self.consultations,
            opens_at=old - datetime.timedelta(days=60),
            closes_at=old,
        )
        published = ConsultationCommentFactory(page=page, status="published")

        out = StringIO()
        call_command("nd43_purge_submissions", "--dry-run", stdout=out)
        self.assertIn("1", out.getvalue())
        self.assertEqual(Question.objects.count(), 3)

        call_command("nd43_purge_submissions", stdout=StringIO())
        self.assertFalse(Question.objects.filter(pk=answered_old.pk).exists())
        # Retention applies to questions never answered too (issue 16).
        self.assertFalse(Question.objects.filter(pk=open_old.pk).exists())
        self.assertTrue(Question.objects.filter(pk=recent.pk).exists())
        published.refresh_from_db()
        self.assertEqual(published.email, "")
        self.assertIsNotNone(published.erased_at)
        # A second run has nothing left to do.
        out = StringIO()
        call_command("nd43_purge_submissions", "--dry-run", stdout=out)
        self.assertIn("0", out.getvalue())


class ComplianceChecksTest(AdminTestMixin, TestCase):
    def finding(self, requirement_id):
        report = evaluate(default_site())
        return next(f for f in report.findings if f.requirement.id == requirement_id)

    def test_questions_answered_within_fifteen_working_days(self):
        self.assertEqual(self.finding("ND43-17.1đ").status, "ok")
        late = QuestionFactory(site=self.site)
        Question.objects.filter(pk=late.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=40)
        )
        finding = self.finding("ND43-17.1đ")
        self.assertEqual(finding.status, "late")
        self.assertEqual(finding.admin_url, reverse("nd43-questions:index"))
        Question.objects.filter(pk=late.pk).update(
            status="answered",
            answer="Đã trả lời",
            responded_at=timezone.now() - datetime.timedelta(days=39),
            first_response_at=timezone.now() - datetime.timedelta(days=39),
        )
        self.assertEqual(self.finding("ND43-17.1đ").status, "ok")

    def test_a_status_notice_in_time_meets_the_deadline_forwarding_does_not(self):
        question = QuestionFactory(site=self.site)
        received = timezone.now() - datetime.timedelta(days=40)
        Question.objects.filter(pk=question.pk).update(
            created_at=received,
            status="forwarded",
            forwarded_to="Phòng Kinh tế",
        )
        self.assertEqual(self.finding("ND43-17.1đ").status, "late")
        # A status notice sent a week after receipt stopped the clock in time.
        Question.objects.filter(pk=question.pk).update(
            status_notice="Câu hỏi đang được xem xét.",
            answer_expected_by=timezone.localdate(),
            notice_sent_at=received + datetime.timedelta(days=7),
            first_response_at=received + datetime.timedelta(days=7),
        )
        self.assertEqual(self.finding("ND43-17.1đ").status, "ok")
        # Sent five weeks after receipt: too late.
        Question.objects.filter(pk=question.pk).update(
            notice_sent_at=received + datetime.timedelta(days=35),
            first_response_at=received + datetime.timedelta(days=35),
        )
        self.assertEqual(self.finding("ND43-17.1đ").status, "late")

    def test_closed_consultations_concluded_in_time(self):
        now = timezone.now()
        page = ConsultationPageFactory(
            parent=self.consultations,
            opens_at=now - datetime.timedelta(days=120),
            closes_at=now - datetime.timedelta(days=45),
        )
        self.assertEqual(self.finding("ND43-10.1i.2").status, "late")
        page.synthesis_report = DocumentFileFactory()
        page.save_revision().publish()
        page.refresh_from_db()
        # Concluded now: 45 days after closing, later than 30.
        self.assertEqual(self.finding("ND43-10.1i.2").status, "late")
        with override_settings(WAGTAIL_ND43_CONSULTATION_CONCLUSION_DAYS=60):
            self.assertEqual(self.finding("ND43-10.1i.2").status, "ok")


class SuperuserAdminScreensTest(AdminTestMixin, TestCase):
    def setUp(self):
        self.client.force_login(self.create_superuser("quantri", password="pw"))

    def test_every_screen_answers_and_none_adds_a_submission(self):
        from django.urls import NoReverseMatch

        page = ConsultationPageFactory(parent=self.consultations)
        question = QuestionFactory(site=self.site)
        comment = ConsultationCommentFactory(page=page)
        for name, args in [
            ("nd43-questions:index", []),
            ("nd43-questions:edit", [question.pk]),
            ("nd43-questions:delete", [question.pk]),
            ("nd43-comments:index", []),
            ("nd43-comments:edit", [comment.pk]),
            ("nd43-question-topics:index", []),
            ("nd43-question-topics:add", []),
            ("wagtail_nd43_admin:personal_data", []),
        ]:
            with self.subTest(name=name):
                response = self.client.get(reverse(name, args=args))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'lang="vi"')
        for name in ("nd43-questions:add", "nd43-comments:add"):
            with self.subTest(name=name), self.assertRaises(NoReverseMatch):
                reverse(name)
        self.assertEqual(
            self.client.get(
                reverse("nd43-questions:index") + "?overdue=maybe"
            ).status_code,
            200,
        )
