"""Projects, investment, bidding and public procurement (Decree 43/2011 Art.
10.1.h): the nine items the decree lists, kind and status, attachments."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from wagtail_nd43.compliance import evaluate
from wagtail_nd43.models import ProjectAttachment, ProjectPage
from wagtail_nd43.models.projects import DECREE_FIELDS
from wagtail_nd43.rulebook import SO, get_profile

from .factories import DocumentFileFactory, ProjectPageFactory
from .utils import default_site, scaffold_site, section_page


NOT_IN_TREE = ["path", "depth"]
KEY = "du-an-dau-tu"


def project(**kwargs):
    values = {
        "title": "Nâng cấp Trung tâm dữ liệu tỉnh",
        "slug": "trung-tam-du-lieu",
        "kind": "project",
        "main_objective": "Hạ tầng cho chính quyền số.",
        "professional_field": "Công nghệ thông tin",
        "project_type": "Dự án nhóm B",
        "implementation_period": "2025 – 2026",
        "budget": 86_500_000_000,
        "funding_type": "state-budget",
        "donor": "Ngân sách tỉnh",
        "status": "ongoing",
    }
    return ProjectPage(**{**values, **kwargs})


def document(extension):
    return DocumentFileFactory(file=ContentFile(b"%PDF", name=f"du-an.{extension}"))


class ProjectRulesTest(TestCase):
    def test_the_nine_items_of_the_decree_are_fields_and_the_rulebook_checks_them(self):
        self.assertEqual(len(DECREE_FIELDS), 9)
        names = {field.name for field in ProjectPage._meta.get_fields()}
        self.assertLessEqual(set(DECREE_FIELDS), names)
        check = get_profile("nd43").requirement("ND43-10.1h").check
        self.assertEqual(set(check.fields), set(DECREE_FIELDS))

    def test_each_of_the_nine_items_is_required(self):
        project().full_clean(exclude=NOT_IN_TREE)
        for name in DECREE_FIELDS:
            empty = None if name == "budget" else ""
            with self.subTest(field=name):
                with self.assertRaises(ValidationError) as caught:
                    project(**{name: empty}).full_clean(exclude=NOT_IN_TREE)
                self.assertIn(name, caught.exception.message_dict)

    def test_choices_and_budget(self):
        for changes, field, words in (
            ({"budget": 0}, "budget", "không thể bằng 0"),
            ({"kind": "loan"}, "kind", ""),
            ({"status": "cancelled"}, "status", ""),
            ({"funding_type": "lottery"}, "funding_type", ""),
            ({"kind": "procurement", "status": "completed"}, None, ""),
            ({"funding_type": "oda"}, None, ""),
        ):
            with self.subTest(changes=changes):
                page = project(**changes)
                if field is None:
                    page.full_clean(exclude=NOT_IN_TREE)
                    continue
                with self.assertRaises(ValidationError) as caught:
                    page.full_clean(exclude=NOT_IN_TREE)
                self.assertIn(words, " ".join(caught.exception.message_dict[field]))

    def test_the_approval_date_is_optional_and_never_in_the_future(self):
        """The date Art. 17.1.d counts from: empty while not approved yet."""
        project(approved_date=None).full_clean(exclude=NOT_IN_TREE)
        project(approved_date=timezone.localdate()).full_clean(exclude=NOT_IN_TREE)
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        with self.assertRaises(ValidationError) as caught:
            project(approved_date=tomorrow).full_clean(exclude=NOT_IN_TREE)
        self.assertIn("approved_date", caught.exception.message_dict)

    def test_attachments_share_the_legal_modules_file_rules_plus_spreadsheets(self):
        for extension, accepted in (
            ("pdf", True),
            ("docx", True),
            ("odt", True),
            ("xls", True),
            ("xlsx", True),
            ("exe", False),
            ("html", False),
        ):
            with self.subTest(extension=extension):
                attachment = ProjectAttachment(document=document(extension))
                if accepted:
                    attachment.clean()
                    continue
                with self.assertRaises(ValidationError) as caught:
                    attachment.clean()
                self.assertIn(
                    "XLSX", " ".join(caught.exception.message_dict["document"])
                )


class ProjectAdminTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, KEY)
        cls.superuser = cls.create_superuser("admin", password="password")

    def post(self, extension):
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "projectpage", self.section.pk],
        )
        data = nested_form_data(
            {
                "title": "Nâng cấp Trung tâm dữ liệu tỉnh",
                "slug": "trung-tam-du-lieu",
                "kind": "project",
                "status": "ongoing",
                "main_objective": "Hạ tầng cho chính quyền số.",
                "professional_field": "Công nghệ thông tin",
                "project_type": "Dự án nhóm B",
                "implementation_period": "2025 – 2026",
                "budget": "86500000000",
                "funding_type": "state-budget",
                "donor": "Ngân sách tỉnh",
                "attachments": inline_formset(
                    [{"document": str(document(extension).pk), "label": "Quyết định"}]
                ),
                "body": streamfield([]),
                "action-publish": "publish",
            }
        )
        return self.client.post(url, data)

    def test_the_form_names_the_nine_items_in_vietnamese(self):
        self.login(self.superuser)
        response = self.client.get(
            reverse(
                "wagtailadmin_pages:add",
                args=["wagtail_nd43", "projectpage", self.section.pk],
            )
        )
        for label in (
            "Tên dự án",
            "Mục tiêu chính",
            "Lĩnh vực chuyên môn",
            "Loại dự án",
            "Thời gian thực hiện",
            "Kinh phí dự án",
            "Loại hình tài trợ",
            "Nhà tài trợ",
            "Tình trạng",
            "Chín thông tin bắt buộc",
        ):
            self.assertContains(response, label)

    def test_a_wrong_attachment_is_refused_and_a_spreadsheet_accepted(self):
        self.login(self.superuser)
        response = self.post("exe")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "XLSX")
        self.assertContains(response, 'value="Ngân sách tỉnh"')
        self.assertFalse(ProjectPage.objects.exists())
        response = self.post("xlsx")
        self.assertEqual(response.status_code, 302)
        page = ProjectPage.objects.get()
        self.assertTrue(page.live)
        self.assertEqual(page.attachments.count(), 1)


class ProjectPageTest(TestCase):
    def test_the_page_shows_the_nine_items_and_its_files(self):
        home = scaffold_site(SO)
        page = ProjectPageFactory(parent=section_page(home, KEY))
        ProjectAttachment.objects.create(
            page=page, document=document("xlsx"), label="Dự toán chi tiết"
        )
        response = self.client.get(page.url)
        for text in (
            "Đang triển khai",
            "Bảo đảm hạ tầng",
            "Dự án nhóm C",
            "2025 – 2026",
            "18.600.000.000 đồng",
            "Ngân sách nhà nước",
            "Ngân sách tỉnh",
            "Dự toán chi tiết",
            # Its approval date, from which the 10 working days run.
            timezone.localdate().strftime("%d/%m/%Y"),
        ):
            self.assertContains(response, text)

    def test_the_checker_wants_every_item_filled(self):
        home = scaffold_site(SO)
        page = ProjectPageFactory(parent=section_page(home, KEY))
        findings = {f.requirement.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["ND43-10.1h"].status, "ok")
        ProjectPage.objects.filter(pk=page.pk).update(donor="")
        findings = {f.requirement.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["ND43-10.1h"].status, "incomplete")
        self.assertIn("“nhà tài trợ”", findings["ND43-10.1h"].message)
