"""Direction and administration (Decree 43/2011 Art. 10.1.c): directives, responses
to petitions and the rewards and penalties register — where they may be created,
their field rules and messages, the admin form, and what the checker says."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, rich_text

from wagtail_nd43.compliance import evaluate
from wagtail_nd43.models import (
    DirectivePage,
    DirectivesPage,
    PetitionResponsePage,
    PetitionResponsesPage,
    PlanDocumentPage,
    PlanningPage,
    ProjectPage,
    ProjectsPage,
    RewardPenaltyPage,
    RewardsPenaltiesPage,
    SectionPage,
)
from wagtail_nd43.rulebook import SO

from .factories import (
    DirectivePageFactory,
    DocumentFileFactory,
    LegalDocumentPageFactory,
    RewardPenaltyPageFactory,
)
from .utils import (
    NOT_IN_TREE,
    assert_refused,
    default_site,
    scaffold_site,
    section_page,
)


TOMORROW = timezone.localdate() + datetime.timedelta(days=1)
DAY = datetime.date(2025, 3, 1)


def directive(**kwargs):
    values = {
        "title": "Chỉ đạo triển khai chuyển đổi số",
        "slug": "chi-dao",
        "number": "125/TB-STTTT",
        "date": DAY,
        "issuer": "Giám đốc Sở",
        "summary": "Các phòng rà soát tiến độ.",
        "body": [("paragraph", rich_text("<p>Nội dung.</p>"))],
    }
    return DirectivePage(**{**values, **kwargs})


def petition(**kwargs):
    values = {
        "title": "Trả lời kiến nghị về sóng di động",
        "slug": "tra-loi",
        "petition_summary": "Sóng di động yếu.",
        "petitioner_kind": "voters",
        "responding_unit": "Phòng Bưu chính, Viễn thông",
        "response": "<p>Trạm mới hoạt động trong quý IV.</p>",
        "date": DAY,
    }
    return PetitionResponsePage(**{**values, **kwargs})


def reward(**kwargs):
    values = {
        "title": "Xử phạt trang thông tin điện tử",
        "slug": "xu-phat",
        "subject": "Công ty TNHH Bình Minh",
        "decision_number": "45/QĐ-XPHC",
        "decision_date": DAY,
        "form": "fine",
        "amount": 40_000_000,
    }
    return RewardPenaltyPage(**{**values, **kwargs})


def document(extension):
    return DocumentFileFactory(
        file=ContentFile(b"%PDF-1.4 test", name=f"tep.{extension}")
    )


class PageTypeRulesTest(WagtailPageTestCase):
    def test_each_item_type_lives_only_in_its_section(self):
        for section, item in (
            (DirectivesPage, DirectivePage),
            (PetitionResponsesPage, PetitionResponsePage),
            (RewardsPenaltiesPage, RewardPenaltyPage),
            (ProjectsPage, ProjectPage),
            (PlanningPage, PlanDocumentPage),
        ):
            with self.subTest(item=item.__name__):
                # Decree 42 adds the annual work programme (a content section)
                # beside the plans.
                extra = {SectionPage} if section is PlanningPage else set()
                self.assertAllowedSubpageTypes(section, {item} | extra)
                self.assertAllowedParentPageTypes(item, {section})
                self.assertAllowedSubpageTypes(item, set())


class FieldRulesTest(TestCase):
    """Each row: an item with one thing changed, the field the error is on (or
    ``None`` when the item is valid) and words of the Vietnamese message."""

    ROWS = [
        (directive, {}, None, ""),
        (directive, {"number": "125/tb-stttt"}, None, ""),
        (directive, {"number": "TB 125"}, "number", "Số, ký hiệu"),
        (directive, {"number": ""}, "number", ""),
        (directive, {"date": TOMORROW}, "date", "không được ở tương lai"),
        (directive, {"issuer": ""}, "issuer", ""),
        (directive, {"summary": ""}, "summary", ""),
        (directive, {"body": []}, "body", "nội dung chỉ đạo"),
        (petition, {}, None, ""),
        (petition, {"response": ""}, "response", "đính kèm tệp văn bản trả lời"),
        (petition, {"response": "", "file": "pdf"}, None, ""),
        (petition, {"file": "xlsx"}, None, ""),
        (petition, {"file": "exe"}, "file", "PDF, DOC, DOCX, ODT, XLS hoặc XLSX"),
        (petition, {"date": TOMORROW}, "date", "Ngày trả lời không được"),
        (petition, {"petition_summary": ""}, "petition_summary", ""),
        (petition, {"responding_unit": ""}, "responding_unit", ""),
        (petition, {"petitioner_kind": "alien"}, "petitioner_kind", ""),
        (reward, {}, None, ""),
        (reward, {"form": "fine", "amount": None}, "amount", "số tiền phạt"),
        (reward, {"form": "warning", "amount": 500_000}, "amount", "cảnh cáo"),
        (reward, {"form": "warning", "amount": None}, None, ""),
        (reward, {"form": "certificate-of-merit", "amount": 5_000_000}, None, ""),
        (reward, {"form": "commendation", "amount": None}, None, ""),
        (reward, {"amount": 40_000_000_000}, "amount", "số chữ số 0"),
        (reward, {"form": "prison"}, "form", ""),
        (reward, {"decision_number": "QĐ"}, "decision_number", ""),
        (reward, {"decision_date": TOMORROW}, "decision_date", "tương lai"),
        (reward, {"subject": ""}, "subject", ""),
        (reward, {"file": "doc"}, None, ""),
        (reward, {"file": "zip"}, "file", ".zip"),
    ]

    def test_field_rules_and_messages(self):
        for build, changes, field, words in self.ROWS:
            with self.subTest(model=build.__name__, changes=changes):
                if "file" in changes:
                    changes = {**changes, "file": document(changes["file"])}
                assert_refused(self, build(**changes), field, words)

    @override_settings(WAGTAIL_ND43_ATTACHMENT_MAX_FILE_SIZE=8)
    def test_a_file_over_the_size_limit_is_refused(self):
        with self.assertRaises(ValidationError) as caught:
            petition(file=document("pdf")).full_clean(exclude=NOT_IN_TREE)
        self.assertIn("8", " ".join(caught.exception.message_dict["file"]))

    def test_numbers_are_saved_in_the_standard_form(self):
        home = scaffold_site(SO)
        item = DirectivePageFactory(
            parent=section_page(home, "chi-dao-dieu-hanh.y-kien-chi-dao"),
            number="125 / tb - stttt",
        )
        self.assertEqual(item.number, "125/TB-STTTT")
        penalty = RewardPenaltyPageFactory(
            parent=section_page(home, "chi-dao-dieu-hanh.khen-thuong-xu-phat"),
            decision_number="số 45/qđ-xphc",
        )
        self.assertEqual(penalty.decision_number, "45/QĐ-XPHC")


class ItemPagesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        legal = LegalDocumentPageFactory(
            parent=section_page(cls.home, "van-ban"), number="12/CT-UBND"
        )
        cls.directive = DirectivePageFactory(
            parent=section_page(cls.home, "chi-dao-dieu-hanh.y-kien-chi-dao"),
            legal_document=legal,
        )
        cls.penalty = RewardPenaltyPageFactory(
            parent=section_page(cls.home, "chi-dao-dieu-hanh.khen-thuong-xu-phat"),
            file=DocumentFileFactory(title="Quyết định xử phạt"),
        )

    def test_a_directive_shows_its_facts_and_links_its_legal_document(self):
        response = self.client.get(self.directive.url)
        self.assertContains(response, self.directive.number)
        self.assertContains(response, "01/03/2025")
        self.assertContains(response, "Giám đốc Sở")
        self.assertContains(response, "Người chỉ đạo")
        self.assertContains(response, self.directive.legal_document.url)

    def test_the_site_search_finds_items_with_or_without_diacritics(self):
        from wagtail_nd43.views.search import search_pages

        for query in ("Chỉ đạo triển khai nhiệm vụ", "chi dao trien khai nhiem vu"):
            with self.subTest(query=query):
                found = [result.pk for result in search_pages(query)]
                self.assertIn(self.directive.pk, found)
        found = [result.pk for result in search_pages("cong ty truyen thong binh minh")]
        self.assertIn(self.penalty.pk, found)

    def test_a_penalty_shows_its_form_amount_and_file(self):
        response = self.client.get(self.penalty.url)
        self.assertContains(response, "Xử phạt")
        self.assertContains(response, "Phạt tiền")
        self.assertContains(response, "40.000.000 đồng")
        self.assertContains(response, self.penalty.file.url)


class AdminFormTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, "chi-dao-dieu-hanh.khen-thuong-xu-phat")
        cls.superuser = cls.create_superuser("admin", password="password")

    def url(self):
        return reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "rewardpenaltypage", self.section.pk],
        )

    def test_the_form_is_in_vietnamese(self):
        self.login(self.superuser)
        response = self.client.get(self.url())
        for label in ("Đối tượng", "Số quyết định", "Hình thức", "Số tiền (đồng)"):
            self.assertContains(response, label)
        self.assertContains(response, "Tước quyền sử dụng giấy phép")

    def test_a_fine_without_amount_is_refused_and_nothing_is_lost(self):
        self.login(self.superuser)
        data = nested_form_data(
            {
                "title": "Xử phạt Công ty Bình Minh",
                "slug": "xu-phat-binh-minh",
                "subject": "Công ty TNHH Truyền thông Bình Minh",
                "decision_number": "45/QĐ-XPHC",
                "decision_date": "2025-03-01",
                "form": "fine",
                "amount": "",
                "reason": "Hoạt động không có giấy phép.",
                "file": "",
                "action-publish": "publish",
            }
        )
        response = self.client.post(self.url(), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("amount", response.context["form"].errors)
        self.assertContains(response, "Hãy nhập số tiền phạt")
        self.assertContains(response, 'value="Công ty TNHH Truyền thông Bình Minh"')
        self.assertFalse(RewardPenaltyPage.objects.exists())

        data["amount"] = "40000000"
        response = self.client.post(self.url(), data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(RewardPenaltyPage.objects.get().live)


class DirectionChecksTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)

    def findings(self):
        report = evaluate(default_site())
        return {f.requirement.id: f for f in report.findings}

    def test_sections_are_empty_until_an_item_is_published(self):
        findings = self.findings()
        for rid in ("ND43-10.1c.1", "ND43-10.1c.2", "ND43-10.1c.3", "ND43-10.1h"):
            with self.subTest(requirement=rid):
                self.assertEqual(findings[rid].status, "empty")
                self.assertIn("chưa đăng tin, bài nào", findings[rid].message)

    def test_an_item_with_the_required_details_makes_the_section_ok(self):
        DirectivePageFactory(
            parent=section_page(self.home, "chi-dao-dieu-hanh.y-kien-chi-dao")
        )
        finding = self.findings()["ND43-10.1c.1"]
        self.assertEqual(finding.status, "ok")
        self.assertIn("1 tin, bài", finding.message)

    def test_an_item_lacking_required_details_is_incomplete(self):
        section = section_page(self.home, "chi-dao-dieu-hanh.y-kien-chi-dao")
        item = DirectivePageFactory(parent=section)
        # Data from before the field was required, or imported without the form.
        DirectivePage.objects.filter(pk=item.pk).update(issuer="")
        finding = self.findings()["ND43-10.1c.1"]
        self.assertEqual(finding.status, "incomplete")
        self.assertIn("“người chỉ đạo”", finding.message)
        self.assertNotIn("trích yếu", finding.message)

    def test_unpublished_items_do_not_count(self):
        section = section_page(self.home, "chi-dao-dieu-hanh.y-kien-chi-dao")
        item = DirectivePageFactory(parent=section)
        item.unpublish()
        self.assertEqual(self.findings()["ND43-10.1c.1"].status, "empty")
