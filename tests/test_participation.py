"""Public participation: the shared form defences, questions and their lookup,
consultations and their comments, notifications."""

import datetime
import re
from unittest import mock

from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from wagtail_nd43.models import (
    ConsultationComment,
    ConsultationPage,
    Holiday,
    Question,
    QuestionCategory,
)
from wagtail_nd43.models.participation import (
    ConsultationStatus,
    consultation_status,
    normalize_ticket,
)
from wagtail_nd43.participation import security
from wagtail_nd43.rulebook import SO

from .factories import (
    ConsultationCommentFactory,
    ConsultationPageFactory,
    QuestionFactory,
)
from .test_pages import fill_identity
from .utils import default_site, scaffold_site, section_page


#: A start token from a minute ago: the form was filled by a person.
def started(seconds_ago=60):
    return security.issue_start_token(timezone.now().timestamp() - seconds_ago)


def question_data(**overrides):
    data = {
        "full_name": "Lê Văn Hỏi",
        "email": "levanhoi@example.vn",
        "phone": "",
        "address": "",
        "title": "Thủ tục cấp giấy phép kinh doanh",
        "body": "Xin hỏi hồ sơ gồm những gì?",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def comment_data(**overrides):
    data = {
        "full_name": "Phạm Thị Góp",
        "email": "phamthigop@example.vn",
        "phone": "",
        "address": "",
        "body": "Đề nghị quy định rõ giờ đóng cửa chợ.",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return data


class ParticipationSiteMixin:
    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        fill_identity(cls.site)
        cls.home = scaffold_site(SO)
        cls.questions = section_page(cls.home, "hoi-dap")
        cls.consultations = section_page(cls.home, "lay-y-kien")
        cls.privacy = section_page(cls.home, "bao-ve-du-lieu-ca-nhan")
        cls.ask_url = cls.questions.url + "gui-cau-hoi/"
        cls.lookup_url = cls.questions.url + "tra-cuu/"

    def setUp(self):
        cache.clear()

    def post(self, url, data, **extra):
        """POST, running what waits for the commit (the emails)."""
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, data, **extra)


class SecurityTest(TestCase):
    def test_markup_is_removed_and_text_kept(self):
        cases = {
            "<b>Xin chào</b>": "Xin chào",
            "<script>alert(1)</script>Hỏi": "alert(1)Hỏi",
            "&lt;img src=x onerror=alert(1)&gt;": "",
            "<scr<b>ipt>alert(1)</script>": "ipt>alert(1)",
            "a < b và c > d": "a < b và c > d",
            "x<y": "x< y",
            "Dòng 1\r\nDòng 2\x00\x07": "Dòng 1\nDòng 2",
            "Tie\u0302\u0301ng": "Tiếng",
            "abc\u202edef": "abcdef",
        }
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                cleaned = security.clean_text(raw)
                self.assertEqual(cleaned, expected)
                self.assertFalse(security.has_markup(cleaned))

    def test_start_token_too_fast_expired_and_forged(self):
        now = timezone.now().timestamp()
        self.assertEqual(
            security.check_start_token(security.issue_start_token(now), now + 1),
            security.TOO_FAST,
        )
        self.assertIsNone(
            security.check_start_token(security.issue_start_token(now), now + 30)
        )
        self.assertEqual(
            security.check_start_token(
                security.issue_start_token(now), now + 2 * 24 * 3600
            ),
            security.EXPIRED,
        )
        self.assertEqual(security.check_start_token("forged"), security.INVALID)
        self.assertEqual(security.check_start_token(""), security.INVALID)

    def test_upload_checks_type_by_name_and_content_and_size(self):
        ok = SimpleUploadedFile("y-kien.pdf", b"%PDF-1.4 test")
        self.assertEqual(security.validate_upload(ok), "pdf")
        for name, content, code in [
            ("virus.exe", b"MZ\x90\x00", "file_type"),
            ("anh.svg", b"<svg onload=alert(1)>", "file_type"),
            ("gia.pdf", b"<html><script>", "file_content"),
            ("khong-duoi", b"%PDF-", "file_type"),
        ]:
            with self.subTest(name=name), self.assertRaises(Exception) as raised:
                security.validate_upload(SimpleUploadedFile(name, content))
            self.assertEqual(raised.exception.code, code)
        with override_settings(WAGTAIL_ND43_PARTICIPATION_MAX_FILE_SIZE=10):
            with self.assertRaises(Exception) as raised:
                security.validate_upload(
                    SimpleUploadedFile("lon.pdf", b"%PDF-" + b"x" * 20)
                )
            self.assertEqual(raised.exception.code, "file_size")

    def test_ticket_codes_are_typable_and_normalised(self):
        question = QuestionFactory()
        self.assertRegex(question.ticket, r"^HD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")
        typed = question.ticket.lower().replace("-", " ")
        self.assertEqual(normalize_ticket(typed), question.ticket)
        self.assertEqual(normalize_ticket("HD-1"), "")


class QuestionFormTest(ParticipationSiteMixin, TestCase):
    def test_the_section_links_to_the_form_and_the_lookup(self):
        response = self.client.get(self.questions.url)
        self.assertContains(response, f'href="{self.ask_url}"')
        self.assertContains(response, f'href="{self.lookup_url}"')

    def test_the_form_shows_the_notice_and_unticked_consent(self):
        response = self.client.get(self.ask_url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ủy ban nhân dân tỉnh Lâm Viên")
        self.assertContains(response, f'href="{self.privacy.url}"')
        html = response.content.decode()
        consent = re.search(r"<input[^>]*name=\"consent\"[^>]*>", html).group(0)
        self.assertNotIn("checked", consent)
        self.assertIn("required", consent)
        publish = re.search(r"<input[^>]*name=\"publish_name\"[^>]*>", html).group(0)
        self.assertNotIn("checked", publish)
        self.assertIn("no-cache", response["Cache-Control"])

    def test_a_question_gets_a_ticket_with_consent_and_due_date(self):
        response = self.post(self.ask_url, question_data())
        self.assertEqual(response.status_code, 200)
        question = Question.objects.get()
        self.assertContains(response, question.ticket)
        self.assertEqual(question.status, Question.Status.RECEIVED)
        self.assertEqual(question.site, self.site)
        self.assertFalse(question.publish_name)
        self.assertTrue(question.consent_purposes)
        self.assertTrue(question.notice_version.startswith("2026-11:"))
        self.assertIsNotNone(question.consent_at)
        self.assertIsNotNone(question.due_date)
        # The agency (its official email) and the sender are told.
        self.assertEqual(len(mail.outbox), 2)
        self.assertEqual(mail.outbox[0].to, ["vanphong@lamvien.gov.vn"])
        self.assertEqual(mail.outbox[1].to, ["levanhoi@example.vn"])
        self.assertIn(question.ticket, mail.outbox[1].body)

    def test_no_consent_is_refused_with_the_text_kept(self):
        data = question_data()
        del data["consent"]
        response = self.post(self.ask_url, data)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Xin hỏi hồ sơ gồm những gì?", status_code=400)
        self.assertContains(
            response, "Thủ tục cấp giấy phép kinh doanh", status_code=400
        )
        self.assertContains(response, "đồng ý", status_code=400)
        self.assertFalse(Question.objects.exists())

    def test_each_error_is_read_with_its_field(self):
        """A screen reader reads a field's help text and errors with it: the field
        names them in aria-describedby, and each id is on the page exactly once."""
        data = question_data(title="", body="")
        del data["consent"]
        forms = [
            (self.ask_url, data, {"title", "body", "consent"}),
            (self.lookup_url, {"ticket": "", "contact": ""}, {"ticket", "contact"}),
        ]
        for url, sent, invalid in forms:
            with self.subTest(url=url):
                response = self.post(url, sent)
                self.assertEqual(response.status_code, 400)
                soup = BeautifulSoup(response.content, "html.parser")
                for name in invalid:
                    field = soup.find(attrs={"name": name, "id": True})
                    self.assertEqual(field.get("aria-invalid"), "true", name)
                    described = field["aria-describedby"].split()
                    self.assertIn(f"{field['id']}_error", described)
                    for id_ in described:
                        self.assertEqual(len(soup.find_all(id=id_)), 1, id_)
                    errors = soup.find(id=f"{field['id']}_error")
                    self.assertTrue(errors.get_text(strip=True), name)

    def test_email_or_phone_is_needed(self):
        response = self.post(self.ask_url, question_data(email=""))
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Question.objects.exists())
        response = self.post(
            self.ask_url, question_data(email="", phone="0912 345 678")
        )
        self.assertEqual(response.status_code, 200)

    def test_honeypot_is_refused(self):
        response = self.post(self.ask_url, question_data(website="http://spam"))
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Xin hỏi hồ sơ gồm những gì?", status_code=400)
        self.assertFalse(Question.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_too_fast_and_forged_timestamps_are_refused(self):
        for token in (started(0), "giả mạo", ""):
            with self.subTest(token=token):
                response = self.post(self.ask_url, question_data(started=token))
                self.assertEqual(response.status_code, 400)
        self.assertFalse(Question.objects.exists())

    @override_settings(WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT=2)
    def test_rate_limit_answers_429_and_keeps_the_text(self):
        for _ in range(2):
            self.assertEqual(self.post(self.ask_url, question_data()).status_code, 200)
        response = self.post(self.ask_url, question_data(body="Lần thứ ba"))
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Lần thứ ba", status_code=429)
        self.assertEqual(Question.objects.count(), 2)
        # Another client is not affected.
        response = self.post(self.ask_url, question_data(), REMOTE_ADDR="203.0.113.9")
        self.assertEqual(response.status_code, 200)

    def test_rate_limit_keys_hold_no_address(self):
        with mock.patch.object(security, "caches") as caches:
            backend = caches.__getitem__.return_value
            backend.incr.return_value = 1
            self.post(self.ask_url, question_data(), REMOTE_ADDR="198.51.100.7")
        key = backend.add.call_args[0][0]
        self.assertNotIn("198.51.100.7", key)

    def test_oversized_fields_are_refused_not_truncated(self):
        response = self.post(self.ask_url, question_data(body="x" * 5001))
        self.assertEqual(response.status_code, 400)
        response = self.post(self.ask_url, question_data(full_name="y" * 100_000))
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Question.objects.exists())

    def test_markup_is_stored_as_plain_text(self):
        self.post(
            self.ask_url,
            question_data(
                title="<img src=x onerror=alert(1)>Giấy phép",
                body="<script>alert('x')</script><b>Hồ sơ</b>",
            ),
        )
        question = Question.objects.get()
        self.assertEqual(question.title, "Giấy phép")
        self.assertEqual(question.body, "alert('x')Hồ sơ")

    def test_attachment_accepted_and_renamed(self):
        data = question_data()
        data["attachment"] = SimpleUploadedFile("Nguyen Van A CCCD.pdf", b"%PDF-1.4 x")
        self.post(self.ask_url, data)
        question = Question.objects.get()
        self.assertTrue(question.attachment.name.endswith(".pdf"))
        self.assertNotIn("Nguyen", question.attachment.name)

    def test_bad_attachment_refused_text_kept(self):
        data = question_data()
        data["attachment"] = SimpleUploadedFile("x.html", b"<script>")
        response = self.post(self.ask_url, data)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Xin hỏi hồ sơ gồm những gì?", status_code=400)

    def test_mail_failure_does_not_fail_the_request(self):
        with (
            mock.patch(
                "wagtail_nd43.participation.notify.send_mail",
                side_effect=ConnectionRefusedError,
            ),
            self.assertLogs("wagtail_nd43.participation.notify", "ERROR"),
        ):
            response = self.post(self.ask_url, question_data())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Question.objects.count(), 1)

    @override_settings(WAGTAIL_ND43_QUESTION_NOTIFY_EMAILS=["hoidap@lamvien.gov.vn"])
    def test_receiving_address_is_configurable(self):
        self.post(self.ask_url, question_data())
        self.assertEqual(mail.outbox[0].to, ["hoidap@lamvien.gov.vn"])

    def test_malformed_request_bodies_get_400(self):
        cases = [
            (b"--x\r\ngarbage", "multipart/form-data; boundary=x"),
            (b"a=%ZZ&b=\xff\xfe", "application/x-www-form-urlencoded"),
            (
                b"&".join(b"f%d=1" % i for i in range(2000)),
                "application/x-www-form-urlencoded",
            ),
            (b'{"body": "<script>"}', "application/json"),
        ]
        for body, content_type in cases:
            for url in (self.ask_url, self.lookup_url):
                with self.subTest(url=url, content_type=content_type):
                    response = self.client.generic(
                        "POST", url, body, content_type=content_type
                    )
                    self.assertEqual(response.status_code, 400)
        self.assertFalse(Question.objects.exists())

    def test_csrf_is_enforced(self):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        response = client.post(self.ask_url, question_data())
        self.assertEqual(response.status_code, 403)
        self.assertFalse(Question.objects.exists())


class LookupTest(ParticipationSiteMixin, TestCase):
    def setUp(self):
        super().setUp()
        self.question = QuestionFactory(site=self.site, email="Chu.Hoi@Example.vn")

    def test_lookup_by_ticket_and_email(self):
        response = self.post(
            self.lookup_url,
            {"ticket": self.question.ticket.lower(), "contact": "chu.hoi@example.vn"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'data-status="received"')

    def test_lookup_by_phone(self):
        response = self.post(
            self.lookup_url, {"ticket": self.question.ticket, "contact": "0912345678"}
        )
        self.assertContains(response, 'data-status="received"')

    def test_wrong_contact_or_ticket_finds_nothing(self):
        for ticket, contact in [
            (self.question.ticket, "ai.do@example.vn"),
            ("HD-2222-2222", "chu.hoi@example.vn"),
            ("' OR 1=1 --", "chu.hoi@example.vn"),
        ]:
            with self.subTest(ticket=ticket):
                response = self.post(
                    self.lookup_url, {"ticket": ticket, "contact": contact}
                )
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(response, self.question.title, status_code=404)

    def test_status_transitions_are_shown(self):
        q = self.question
        q.status = Question.Status.FORWARDED
        q.forwarded_to = "Phòng Kinh tế"
        q.save()
        data = {"ticket": q.ticket, "contact": "chu.hoi@example.vn"}
        self.assertContains(self.post(self.lookup_url, data), "Phòng Kinh tế")
        q.status = Question.Status.ANSWERED
        q.answer = "Hồ sơ gồm đơn đề nghị."
        q.save()
        self.assertContains(self.post(self.lookup_url, data), "Hồ sơ gồm đơn đề nghị.")
        self.assertIsNotNone(q.responded_at)
        q.status = Question.Status.OUT_OF_SCOPE
        q.out_of_scope_reason = "Thuộc thẩm quyền của UBND huyện."
        q.save()
        self.assertContains(
            self.post(self.lookup_url, data), "Thuộc thẩm quyền của UBND huyện."
        )

    @override_settings(WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT=3)
    def test_lookups_are_rate_limited(self):
        data = {"ticket": "HD-2222-2222", "contact": "x@example.vn"}
        for _ in range(3):
            self.post(self.lookup_url, data)
        self.assertEqual(self.post(self.lookup_url, data).status_code, 429)


class PublicQuestionListTest(ParticipationSiteMixin, TestCase):
    def test_only_public_answered_questions_with_name_only_if_agreed(self):
        land = QuestionCategory.objects.create(name="Đất đai", slug="dat-dai")
        shown = QuestionFactory(
            site=self.site,
            full_name="Người Đồng Ý",
            publish_name=True,
            status=Question.Status.ANSWERED,
            answer="Trả lời công khai.",
            is_public=True,
            category=land,
        )
        anonymous = QuestionFactory(
            site=self.site,
            full_name="Người Không Đồng Ý",
            status=Question.Status.ANSWERED,
            answer="Trả lời thứ hai.",
            is_public=True,
        )
        private = QuestionFactory(
            site=self.site, status=Question.Status.ANSWERED, answer="Riêng tư."
        )
        response = self.client.get(self.questions.url)
        self.assertContains(response, shown.title)
        self.assertContains(response, "Người Đồng Ý")
        self.assertContains(response, anonymous.title)
        self.assertNotContains(response, "Người Không Đồng Ý")
        self.assertContains(response, "Ẩn danh")
        self.assertNotContains(response, private.title)
        for question in (shown, anonymous, private):
            self.assertNotContains(response, question.email)
            self.assertNotContains(response, question.phone)
        filtered = self.client.get(self.questions.url + "?chu-de=dat-dai")
        self.assertContains(filtered, shown.title)
        self.assertNotContains(filtered, anonymous.title)

    def test_listing_queries_do_not_grow(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        def count():
            self.client.get(self.questions.url)
            with CaptureQueriesContext(connection) as queries:
                self.client.get(self.questions.url)
            return len(queries)

        category = QuestionCategory.objects.create(name="Thuế", slug="thue")
        for _ in range(2):
            QuestionFactory(
                site=self.site,
                status=Question.Status.ANSWERED,
                answer="A",
                is_public=True,
                category=category,
            )
        few = count()
        for _ in range(15):
            QuestionFactory(
                site=self.site,
                status=Question.Status.ANSWERED,
                answer="A",
                is_public=True,
                category=category,
            )
        self.assertEqual(count(), few)


class QuestionDeadlineTest(ParticipationSiteMixin, TestCase):
    def test_due_fifteen_working_days_after_receipt_across_tet(self):
        Holiday.objects.all().delete()
        for day in range(14, 21):  # Tết 2026: 14–20/02 (Sat–Fri) off
            Holiday.objects.create(
                date=datetime.date(2026, 2, day),
                name="Tết Nguyên đán",
                kind=Holiday.HOLIDAY,
            )
        received = timezone.make_aware(datetime.datetime(2026, 2, 10, 16, 0))
        question = QuestionFactory(site=self.site, created_at=received)
        # 11, 12, 13 (Wed–Fri) = 3; Tết week skipped; 23–27 = 8; 2–6/3 = 13;
        # 9, 10/3 = 15.
        self.assertEqual(question.due_date, datetime.date(2026, 3, 10))

    def test_received_on_a_saturday_counts_from_monday(self):
        Holiday.objects.all().delete()
        received = timezone.make_aware(datetime.datetime(2026, 6, 6, 23, 30))
        question = QuestionFactory(site=self.site, created_at=received)
        self.assertEqual(question.due_date, datetime.date(2026, 6, 26))

    def test_overdue_only_while_open(self):
        question = QuestionFactory(site=self.site)
        question.due_date = timezone.localdate() - datetime.timedelta(days=1)
        self.assertTrue(question.is_overdue())
        question.status = Question.Status.ANSWERED
        self.assertFalse(question.is_overdue())


class QuestionClockTest(ParticipationSiteMixin, TestCase):
    """Decree 43 Art. 17.1.đ: within 15 working days the sender gets the answer,
    an out-of-scope notice or a status notice; the deadline's clock
    (``first_response_at``) stops at the first of them. Forwarding the question
    to a unit is not a response."""

    def notice(self, question, **fields):
        values = {
            "status_notice": "Câu hỏi đang được Phòng Kinh tế xem xét.",
            "answer_expected_by": timezone.localdate() + datetime.timedelta(days=10),
            **fields,
        }
        for name, value in values.items():
            setattr(question, name, value)
        question.full_clean()
        question.save()

    def test_forwarding_alone_does_not_stop_the_clock(self):
        question = QuestionFactory(site=self.site)
        question.status = Question.Status.FORWARDED
        question.forwarded_to = "Phòng Kinh tế"
        question.save()
        self.assertIsNone(question.first_response_at)
        self.assertIsNone(question.responded_at)

    def test_the_answer_and_the_out_of_scope_notice_stop_it(self):
        for status, field, text in (
            (Question.Status.ANSWERED, "answer", "Hồ sơ gồm đơn đề nghị."),
            (Question.Status.OUT_OF_SCOPE, "out_of_scope_reason", "Thuộc UBND xã."),
        ):
            with self.subTest(status=status):
                question = QuestionFactory(site=self.site)
                question.status = status
                setattr(question, field, text)
                question.save()
                self.assertIsNotNone(question.first_response_at)
                self.assertEqual(question.first_response_at, question.responded_at)

    def test_a_status_notice_stops_it_and_the_question_stays_open(self):
        question = QuestionFactory(site=self.site, status=Question.Status.FORWARDED)
        self.notice(question)
        self.assertIsNotNone(question.notice_sent_at)
        self.assertEqual(question.first_response_at, question.notice_sent_at)
        self.assertFalse(question.is_closed)
        self.assertIsNone(question.responded_at)
        noticed = question.first_response_at
        # Answered later: the clock stays where the notice stopped it.
        question.status = Question.Status.ANSWERED
        question.answer = "Hồ sơ gồm đơn đề nghị."
        question.save()
        self.assertEqual(question.first_response_at, noticed)
        self.assertGreaterEqual(question.responded_at, noticed)

    def test_reopening_an_answered_question_keeps_its_first_response(self):
        question = QuestionFactory(site=self.site)
        question.status = Question.Status.ANSWERED
        question.answer = "Hồ sơ gồm đơn đề nghị."
        question.save()
        answered = question.first_response_at
        question.status = Question.Status.FORWARDED
        question.save()
        self.assertIsNone(question.responded_at)
        self.assertEqual(question.first_response_at, answered)

    def test_the_notice_gives_a_date_that_is_not_past(self):
        question = QuestionFactory(site=self.site)
        for fields, field in (
            ({"answer_expected_by": None}, "answer_expected_by"),
            ({"status_notice": ""}, "status_notice"),
            (
                {"answer_expected_by": timezone.localdate() - datetime.timedelta(1)},
                "answer_expected_by",
            ),
        ):
            with self.subTest(fields=fields):
                with self.assertRaises(ValidationError) as caught:
                    self.notice(question, **fields)
                self.assertIn(field, caught.exception.message_dict)
                self.assertIsNone(question.notice_sent_at)

    def test_after_a_notice_the_answer_is_due_on_its_date(self):
        question = QuestionFactory(site=self.site)
        question.due_date = timezone.localdate() - datetime.timedelta(days=1)
        self.assertTrue(question.is_overdue())
        self.notice(question)
        self.assertEqual(question.answer_due, question.answer_expected_by)
        self.assertFalse(question.is_overdue())
        later = question.answer_expected_by + datetime.timedelta(days=1)
        self.assertTrue(question.is_overdue(today=later))

    def test_the_sender_reads_the_notice_when_following_the_question(self):
        question = QuestionFactory(site=self.site, email="chu.hoi@example.vn")
        self.notice(question)
        response = self.post(
            self.lookup_url,
            {"ticket": question.ticket, "contact": "chu.hoi@example.vn"},
        )
        self.assertContains(response, "Câu hỏi đang được Phòng Kinh tế xem xét.")
        self.assertContains(response, f"{question.answer_expected_by:%d/%m/%Y}")


class ConsultationStatusTest(TestCase):
    def test_boundary_minutes(self):
        opens = timezone.make_aware(datetime.datetime(2026, 3, 1, 8, 0))
        closes = timezone.make_aware(datetime.datetime(2026, 4, 30, 17, 0))
        minute = datetime.timedelta(minutes=1)
        cases = [
            (opens - minute, False, ConsultationStatus.UPCOMING),
            (opens, False, ConsultationStatus.OPEN),
            (closes - minute, False, ConsultationStatus.OPEN),
            (closes - minute, True, ConsultationStatus.OPEN),
            (closes, False, ConsultationStatus.CLOSED),
            (closes, True, ConsultationStatus.CONCLUDED),
            (closes + minute, False, ConsultationStatus.CLOSED),
        ]
        for now, report, expected in cases:
            with self.subTest(now=now, report=report):
                self.assertEqual(
                    consultation_status(opens, closes, report, now), expected
                )


class ConsultationTest(ParticipationSiteMixin, TestCase):
    def setUp(self):
        super().setUp()
        self.page = ConsultationPageFactory(parent=self.consultations)

    def test_close_must_follow_open(self):
        from django.core.exceptions import ValidationError

        self.page.closes_at = self.page.opens_at
        with self.assertRaises(ValidationError) as raised:
            self.page.full_clean()
        self.assertIn("closes_at", raised.exception.message_dict)

    def test_short_period_is_reported(self):
        self.assertIsNone(self.page.period_too_short())  # 60 days
        self.page.closes_at = self.page.opens_at + datetime.timedelta(days=20)
        self.assertEqual(self.page.period_too_short(), 20)
        with override_settings(WAGTAIL_ND43_CONSULTATION_MIN_DAYS=15):
            self.assertIsNone(self.page.period_too_short())

    def test_open_page_shows_facts_and_form_and_takes_a_comment(self):
        response = self.client.get(self.page.url)
        self.assertContains(response, 'data-status="open"')
        self.assertContains(response, "gopy@lamvien.gov.vn")
        self.assertContains(response, "Số 2 đường Lê Lợi")
        self.assertContains(response, 'name="consent"')
        response = self.post(self.page.url, comment_data())
        self.assertEqual(response.status_code, 200)
        comment = ConsultationComment.objects.get()
        self.assertContains(response, comment.ticket)
        self.assertEqual(comment.status, ConsultationComment.Status.PENDING)
        self.assertEqual(
            [m.to for m in mail.outbox],
            [["gopy@lamvien.gov.vn"], ["phamthigop@example.vn"]],
        )
        # Pending: not shown.
        self.assertNotContains(self.client.get(self.page.url), "giờ đóng cửa chợ")

    def test_comment_name_is_optional(self):
        response = self.post(self.page.url, comment_data(full_name=""))
        self.assertEqual(response.status_code, 200)

    def test_moderation_and_name_only_with_consent(self):
        agreed = ConsultationCommentFactory(
            page=self.page, full_name="Người Ký Tên", publish_name=True, body="Ý kiến A"
        )
        refused = ConsultationCommentFactory(
            page=self.page, full_name="Người Giấu Tên", body="Ý kiến B"
        )
        rejected = ConsultationCommentFactory(page=self.page, body="Quảng cáo")
        for comment in (agreed, refused):
            comment.status = ConsultationComment.Status.PUBLISHED
            comment.save()
        rejected.status = ConsultationComment.Status.REJECTED
        rejected.rejection_reason = "Không liên quan đến dự thảo."
        rejected.full_clean()
        rejected.save()
        self.assertIsNotNone(rejected.moderated_at)
        response = self.client.get(self.page.url)
        self.assertContains(response, "Ý kiến A")
        self.assertContains(response, "Người Ký Tên")
        self.assertContains(response, "Ý kiến B")
        self.assertNotContains(response, "Người Giấu Tên")
        self.assertContains(response, "Ẩn danh")
        self.assertNotContains(response, "Quảng cáo")
        for comment in (agreed, refused, rejected):
            self.assertNotContains(response, comment.email)

    def test_rejection_needs_a_reason(self):
        from django.core.exceptions import ValidationError

        comment = ConsultationCommentFactory(page=self.page)
        comment.status = ConsultationComment.Status.REJECTED
        with self.assertRaises(ValidationError):
            comment.full_clean()

    def test_closed_page_has_no_form_and_says_why(self):
        now = timezone.now()
        self.page.opens_at = now - datetime.timedelta(days=70)
        self.page.closes_at = now - datetime.timedelta(minutes=1)
        self.page.save_revision().publish()
        response = self.client.get(self.page.url)
        self.assertContains(response, 'data-status="closed"')
        self.assertContains(response, "data-closed")
        self.assertNotContains(response, 'name="consent"')
        response = self.post(self.page.url, comment_data())
        self.assertEqual(response.status_code, 400)
        self.assertFalse(ConsultationComment.objects.exists())

    def test_upcoming_page_has_no_form(self):
        self.page.opens_at = timezone.now() + datetime.timedelta(minutes=1)
        self.page.closes_at = timezone.now() + datetime.timedelta(days=60)
        self.page.save_revision().publish()
        response = self.client.get(self.page.url)
        self.assertContains(response, 'data-status="upcoming"')
        self.assertNotContains(response, 'name="consent"')

    def test_section_lists_by_status(self):
        from .factories import DocumentFileFactory

        now = timezone.now()
        ConsultationPageFactory(
            parent=self.consultations,
            title="Dự thảo sắp lấy ý kiến",
            opens_at=now + datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=61),
        )
        ConsultationPageFactory(
            parent=self.consultations,
            title="Dự thảo đã kết thúc",
            opens_at=now - datetime.timedelta(days=90),
            closes_at=now - datetime.timedelta(days=30),
            synthesis_report=DocumentFileFactory(),
        )
        response = self.client.get(self.consultations.url)
        html = response.content.decode()
        positions = [
            html.index(self.page.title),
            html.index("Dự thảo sắp lấy ý kiến"),
            html.index("Dự thảo đã kết thúc"),
        ]
        self.assertEqual(positions, sorted(positions))
        self.assertIn("Đã kết thúc", html)
        concluded = ConsultationPage.objects.get(title="Dự thảo đã kết thúc")
        self.assertIsNotNone(concluded.concluded_at)


class ContactDataNeverPublicTest(ParticipationSiteMixin, TestCase):
    """Submitters' email, phone and address appear on no public URL: pages, the
    forms' routes, feeds, the site map, search results."""

    SECRET_EMAILS = ("bimat.mot@example.vn", "bimat.hai@example.vn")
    SECRET_PHONES = ("0988 111 222", "0977 333 444")
    SECRET_ADDRESSES = ("Số 99 ngõ Bí Mật", "Số 77 hẻm Kín Đáo")

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        now = timezone.now()
        cls.page = ConsultationPageFactory(parent=cls.consultations)
        cls.closed = ConsultationPageFactory(
            parent=cls.consultations,
            title="Dự thảo đã đóng",
            opens_at=now - datetime.timedelta(days=90),
            closes_at=now - datetime.timedelta(days=20),
        )
        for index, (email, phone, address) in enumerate(
            zip(cls.SECRET_EMAILS, cls.SECRET_PHONES, cls.SECRET_ADDRESSES, strict=True)
        ):
            for consultation in (cls.page, cls.closed):
                ConsultationCommentFactory(
                    page=consultation,
                    email=email,
                    phone=phone,
                    address=address,
                    publish_name=bool(index),
                    status=ConsultationComment.Status.PUBLISHED,
                )
            QuestionFactory(
                site=cls.site,
                email=email,
                phone=phone,
                address=address,
                publish_name=bool(index),
                status=Question.Status.ANSWERED,
                answer="Trả lời",
                is_public=True,
            )

    def public_urls(self):
        from wagtail.models import Page

        urls = [
            page.url
            for page in Page.objects.live()
            .public()
            .descendant_of(self.home, inclusive=True)
        ]
        urls += [self.ask_url, self.lookup_url, "/sitemap.xml"]
        urls += [
            f"/nd43/search/?q={term}"
            for term in ("bimat", "0988", "Bí Mật", "example.vn")
        ]
        urls += [
            self.questions.url + "?chu-de=x",
            self.questions.url + "?chu-de=%00%3Cb%3E",
        ]
        return urls

    def assert_no_contact(self, response, url):
        content = response.content.decode("utf-8", "replace")
        for secret in self.SECRET_EMAILS + self.SECRET_PHONES + self.SECRET_ADDRESSES:
            self.assertNotIn(secret, content, url)
        self.assertNotIn("0988111222", content.replace(" ", ""), url)

    def test_no_public_response_holds_contact_data(self):
        urls = self.public_urls()
        self.assertGreater(len(urls), 40)
        for url in urls:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertIn(response.status_code, (200, 301, 302))
                self.assert_no_contact(response, url)
        # A failed lookup does not reveal anything either.
        response = self.post(
            self.lookup_url,
            {"ticket": "HD-2222-2222", "contact": "bimat.mot@example.vn"},
        )
        content = response.content.decode()
        self.assertNotIn("0988 111 222", content)

    def test_feeds_hold_no_contact_data(self):
        from wagtail.models import Page

        for page in Page.objects.live().descendant_of(self.home).specific():
            for suffix in ("rss/", "feed/"):
                response = self.client.get(page.url + suffix)
                if response.status_code == 200:
                    with self.subTest(url=page.url + suffix):
                        self.assert_no_contact(response, page.url + suffix)


class ConsultationPageTypeTest(ParticipationSiteMixin, WagtailPageTestCase):
    def test_where_consultations_go(self):
        from wagtail_nd43.models import AgencyHomePage, ConsultationsPage

        self.assertCanCreateAt(ConsultationsPage, ConsultationPage)
        self.assertCanNotCreateAt(AgencyHomePage, ConsultationPage)

    def test_renderable_and_previewable(self):
        page = ConsultationPageFactory(parent=self.consultations)
        self.assertPageIsRenderable(page)
        # Previews go through the route too (the helper cannot build the
        # StreamField's form data, so ask for the preview directly).
        self.assertEqual(page.make_preview_request().status_code, 200)

    def test_short_period_warns_the_editor(self):
        from django.contrib.messages import get_messages
        from django.contrib.messages.storage.fallback import FallbackStorage
        from django.test import RequestFactory

        from wagtail_nd43.participation.hooks import warn_short_consultation

        page = ConsultationPageFactory(
            parent=self.consultations,
            opens_at=timezone.now(),
            closes_at=timezone.now() + datetime.timedelta(days=20),
        )
        request = RequestFactory().post("/admin/")
        request.session = {}
        request._messages = FallbackStorage(request)
        warn_short_consultation(request, page)
        warn_short_consultation(request, self.consultations)  # not a consultation
        messages = [str(m) for m in get_messages(request)]
        self.assertEqual(len(messages), 1)
        self.assertIn("20 ngày", messages[0])
        self.assertIn("60 ngày", messages[0])

    def test_listing_queries_do_not_grow(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        def count():
            self.client.get(self.consultations.url)
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(self.consultations.url)
            self.assertEqual(response.status_code, 200)
            return len(queries)

        for _ in range(2):
            ConsultationPageFactory(parent=self.consultations)
        few = count()
        for _ in range(12):
            ConsultationPageFactory(parent=self.consultations)
        self.assertEqual(count(), few)

    def test_published_comments_queries_do_not_grow(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        page = ConsultationPageFactory(parent=self.consultations)

        def count():
            self.client.get(page.url)
            with CaptureQueriesContext(connection) as queries:
                self.client.get(page.url)
            return len(queries)

        ConsultationCommentFactory.create_batch(2, page=page, status="published")
        few = count()
        ConsultationCommentFactory.create_batch(20, page=page, status="published")
        self.assertEqual(count(), few)


class PrivacyScaffoldTest(ParticipationSiteMixin, TestCase):
    def test_the_privacy_page_has_the_decree_13_headings(self):
        from wagtail_nd43.rulebook.privacy import PRIVACY_NOTICE

        headings = [
            block.value["text"]
            for block in self.privacy.body
            if block.block_type == "heading"
        ]
        self.assertEqual(headings, [heading for heading, _text in PRIVACY_NOTICE])
        response = self.client.get(self.privacy.url)
        for heading in (
            "Mục đích xử lý dữ liệu cá nhân",
            "Loại dữ liệu cá nhân được xử lý",
            "Cách thức xử lý",
            "Tổ chức, cá nhân khác liên quan đến việc xử lý",
            "Hậu quả, thiệt hại không mong muốn có khả năng xảy ra",
            "Thời gian bắt đầu, thời gian kết thúc xử lý dữ liệu",
        ):
            self.assertContains(response, heading)
