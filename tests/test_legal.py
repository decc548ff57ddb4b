"""Legal documents (models/legal.py, ND43-10.1e, ND43-17.1c, ND42-4.1): the seven
items, canonical numbers without duplicates, a computed effect status, only
PDF/DOC/DOCX/ODT files within the size limit, and a listing with filters whose
query count does not grow with the number of documents."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    streamfield,
)

from wagtail_nd43.models import (
    ArticlePage,
    DocumentType,
    EffectStatus,
    IssuingBody,
    LegalDocumentPage,
    LegalDocumentRelation,
    LegalDocumentsPage,
    LegalField,
    RelationKind,
    SectionPage,
    Signer,
    ensure_vocabularies,
)
from wagtail_nd43.models.legal import DOCUMENT_TYPES, status_q
from wagtail_nd43.rulebook import SO

from .factories import (
    DocumentFileFactory,
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentPageFactory,
)
from .utils import run_scaffold, scaffold_site, section_page


D = datetime.date


def make_document(section, **kwargs):
    return LegalDocumentPageFactory(parent=section, **kwargs)


class VocabularyTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)

    def test_the_scaffold_seeds_the_common_vietnamese_values(self):
        names = set(DocumentType.objects.values_list("name", flat=True))
        for name in ("Luật", "Nghị định", "Thông tư", "Quyết định", "Chỉ thị"):
            self.assertIn(name, names)
        for name in ("Công văn", "Kế hoạch", "Thông báo", "Nghị quyết", "Hướng dẫn"):
            self.assertIn(name, names)
        self.assertTrue(DocumentType.objects.get(name="Nghị định").is_normative)
        self.assertFalse(DocumentType.objects.get(name="Công văn").is_normative)
        self.assertTrue(IssuingBody.objects.filter(name="Chính phủ").exists())
        self.assertTrue(LegalField.objects.filter(name="Công nghệ thông tin").exists())

    def test_seeding_twice_creates_nothing_and_keeps_the_agencys_changes(self):
        DocumentType.objects.filter(name="Công văn").update(
            name="Công văn hành chính", sort_order=99
        )
        ensure_vocabularies()  # recreates only the missing "Công văn"
        counts = (
            DocumentType.objects.count(),
            IssuingBody.objects.count(),
            LegalField.objects.count(),
        )
        self.assertEqual(ensure_vocabularies(), 0)
        self.assertEqual(run_scaffold("--level", SO).count("vocabularies"), 0)
        self.assertEqual(
            counts,
            (
                DocumentType.objects.count(),
                IssuingBody.objects.count(),
                LegalField.objects.count(),
            ),
        )
        self.assertEqual(
            DocumentType.objects.get(name="Công văn hành chính").sort_order, 99
        )
        self.assertEqual(len(DOCUMENT_TYPES) + 1, DocumentType.objects.count())


class LegalDocumentPageTypeTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, "van-ban")
        cls.pdf = DocumentFileFactory(title="Toàn văn Nghị định 43")
        cls.exe = DocumentFileFactory(
            title="Trình cài đặt",
            file__filename="setup.exe",
            file__data=b"MZ\x90\x00",
        )
        cls.decree = DocumentTypeFactory(name="Nghị định")
        cls.government = IssuingBodyFactory(name="Chính phủ")

    def setUp(self):
        self.login()

    def test_the_section_holds_legal_documents_not_articles(self):
        # The gazette and (Decree 42) treaties sections are content sections.
        self.assertAllowedSubpageTypes(
            LegalDocumentsPage, {LegalDocumentPage, SectionPage}
        )
        self.assertCanNotCreateAt(LegalDocumentsPage, ArticlePage)
        self.assertAllowedParentPageTypes(LegalDocumentPage, {LegalDocumentsPage})

    def form(self, attachment, **overrides):
        data = {
            "title": "Nghị định 43/2011/NĐ-CP quy định về việc cung cấp thông tin",
            "slug": "nghi-dinh-43-2011-nd-cp",
            "document_type": self.decree.pk,
            "number": "43/2011/nd-cp",
            "issuing_body": self.government.pk,
            "issued_date": "2011-06-13",
            "effective_date": "2011-08-01",
            "summary": "Quy định về việc cung cấp thông tin và dịch vụ công trực "
            "tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ "
            "quan nhà nước.",
            "attachments": inline_formset([{"document": attachment.pk, "label": ""}]),
            "relations": inline_formset([]),
            "body": streamfield([]),
            **overrides,
        }
        return nested_form_data(data)

    def test_an_editor_creates_a_document_and_its_number_is_stored_canonically(self):
        self.assertCanCreate(self.section, LegalDocumentPage, self.form(self.pdf))

        document = LegalDocumentPage.objects.get(slug="nghi-dinh-43-2011-nd-cp")
        self.assertEqual(document.number, "43/2011/NĐ-CP")
        self.assertEqual([a.document for a in document.attachments.all()], [self.pdf])
        self.assertIn("43/2011/nd-cp", document.search_text)
        self.assertIn("nghi dinh", document.search_text)

    def post(self, data):
        url = f"/admin/pages/add/wagtail_nd43/legaldocumentpage/{self.section.pk}/"
        return self.client.post(url, {**data, "action-publish": "1"})

    def test_an_exe_file_is_refused_with_a_clear_message_and_nothing_is_lost(self):
        response = self.post(self.form(self.exe))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "PDF, DOC, DOCX")
        self.assertContains(response, "Nghị định 43/2011/NĐ-CP quy định")  # kept
        self.assertFalse(LegalDocumentPage.objects.exists())

    @override_settings(WAGTAIL_ND43_LEGAL_DOCUMENT_MAX_FILE_SIZE=10)
    def test_an_oversize_file_is_refused(self):
        response = self.post(self.form(self.pdf))

        self.assertEqual(response.status_code, 200)
        self.assertFalse(LegalDocumentPage.objects.exists())
        form = response.context["form"]
        errors = " ".join(form.formsets["attachments"].forms[0].errors["document"])
        self.assertIn(filesizeformat(10), errors)
        self.assertIn(filesizeformat(27), errors)  # the file's own size

    def test_a_document_needs_a_file(self):
        data = self.form(self.pdf)
        data.update(nested_form_data({"attachments": inline_formset([])}))
        response = self.post(data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(LegalDocumentPage.objects.exists())

    def test_a_bad_number_is_refused_with_an_example(self):
        response = self.post(self.form(self.pdf, number="Nghị định 43"))

        self.assertEqual(response.status_code, 200)
        self.assertIn("number", response.context["form"].errors)
        self.assertFalse(LegalDocumentPage.objects.exists())


class NumberAndDuplicateTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.section = section_page(scaffold_site(SO), "van-ban")
        cls.government = IssuingBodyFactory(name="Chính phủ")
        cls.province = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh")
        cls.decree = make_document(
            cls.section,
            title="Nghị định 43/2011/NĐ-CP",
            number="43/2011/nd-cp",
            issuing_body=cls.government,
        )

    def test_the_number_is_saved_in_its_canonical_form(self):
        self.decree.refresh_from_db()
        self.assertEqual(self.decree.number, "43/2011/NĐ-CP")

    def test_the_same_number_from_the_same_issuer_is_refused_whatever_its_spelling(
        self,
    ):
        for spelling in ("43/2011/NĐ-CP", "43/2011/nd-cp", "43 / 2011 / ND\u0335 - CP"):
            with self.subTest(spelling=spelling):
                copy = LegalDocumentPage(
                    title="Bản trùng",
                    slug="ban-trung",
                    number=spelling,
                    issuing_body=self.government,
                    document_type=self.decree.document_type,
                    issued_date=D(2011, 6, 13),
                    effective_date=D(2011, 8, 1),
                    summary="Trùng số.",
                )
                with self.assertRaises(ValidationError) as raised:
                    self.section.add_child(instance=copy)
                message = " ".join(raised.exception.message_dict["number"])
                self.assertIn("43/2011/NĐ-CP", message)
                self.assertIn("Chính phủ", message)
                self.assertIn("Nghị định 43/2011/NĐ-CP", message)

    def test_the_same_number_from_another_issuer_is_accepted(self):
        other = make_document(
            self.section, number="43/2011/NĐ-CP", issuing_body=self.province
        )
        self.assertEqual(other.number, "43/2011/NĐ-CP")

    def test_editing_a_document_does_not_clash_with_itself(self):
        self.decree.summary = "Trích yếu đã sửa."
        self.decree.save_revision().publish()
        self.decree.refresh_from_db()
        self.assertEqual(self.decree.summary, "Trích yếu đã sửa.")

    def test_dates_must_be_in_order(self):
        self.decree.effective_date = D(2011, 6, 1)
        self.decree.expiry_date = D(2011, 5, 1)
        with self.assertRaises(ValidationError) as raised:
            self.decree.full_clean()
        self.assertIn("effective_date", raised.exception.message_dict)
        self.assertIn("expiry_date", raised.exception.message_dict)

    def test_files_are_checked_on_the_page_too(self):
        exe = DocumentFileFactory(
            title="virus", file__filename="virus.exe", file__data=b"MZ"
        )
        self.decree.attachments.create(document=exe)
        with self.assertRaises(ValidationError) as raised:
            self.decree.full_clean()
        self.assertIn(".exe", str(raised.exception))

    def test_the_deadline_is_2_working_days_for_own_documents_else_10(self):
        self.assertEqual(self.decree.publication_deadline_days(), 10)
        self.decree.is_own_issuance = True
        self.assertEqual(self.decree.publication_deadline_days(), 2)


class EffectStatusTest(TestCase):
    """The status follows the dates and the relations, on the boundary days too,
    and the listing's SQL filter agrees with the page's own computation."""

    @classmethod
    def setUpTestData(cls):
        cls.section = section_page(scaffold_site(SO), "van-ban")
        cls.old = make_document(
            cls.section,
            title="Quyết định cũ",
            number="1/2020/QĐ-UBND",
            effective_date=D(2020, 1, 10),
            issued_date=D(2020, 1, 1),
        )
        cls.amended = make_document(
            cls.section,
            title="Quyết định được sửa đổi",
            number="2/2020/QĐ-UBND",
            effective_date=D(2020, 2, 1),
            issued_date=D(2020, 2, 1),
        )
        cls.dated = make_document(
            cls.section,
            title="Kế hoạch có thời hạn",
            number="3/2020/KH-UBND",
            effective_date=D(2020, 3, 1),
            issued_date=D(2020, 3, 1),
            expiry_date=D(2021, 1, 1),
        )
        cls.new = make_document(
            cls.section,
            title="Quyết định thay thế",
            number="9/2024/QĐ-UBND",
            issued_date=D(2024, 5, 20),
            effective_date=D(2024, 6, 1),
        )
        cls.new.relations = [
            LegalDocumentRelation(kind=RelationKind.REPLACES, target=cls.old),
            LegalDocumentRelation(kind=RelationKind.AMENDS, target=cls.amended),
        ]
        cls.new.save_revision().publish()

    def status(self, document, today):
        return LegalDocumentPage.objects.get(pk=document.pk).effect_status(today)

    def test_status_at_the_boundary_dates(self):
        cases = [
            (self.old, D(2020, 1, 9), EffectStatus.NOT_YET),
            (self.old, D(2020, 1, 10), EffectStatus.IN_EFFECT),
            (self.old, D(2024, 5, 31), EffectStatus.IN_EFFECT),  # replacement not yet
            (self.old, D(2024, 6, 1), EffectStatus.EXPIRED),  # replaced
            (self.amended, D(2024, 5, 31), EffectStatus.IN_EFFECT),
            (self.amended, D(2024, 6, 1), EffectStatus.PARTLY_EXPIRED),
            (self.dated, D(2020, 12, 31), EffectStatus.IN_EFFECT),
            (self.dated, D(2021, 1, 1), EffectStatus.EXPIRED),  # first day without
            (self.new, D(2024, 5, 31), EffectStatus.NOT_YET),
            (self.new, D(2024, 6, 1), EffectStatus.IN_EFFECT),
        ]
        for document, today, expected in cases:
            with self.subTest(document=document.title, today=today):
                self.assertEqual(self.status(document, today), expected)

    def test_the_listing_filter_agrees_with_the_computed_status(self):
        for today in (D(2020, 1, 9), D(2020, 6, 1), D(2024, 6, 1), D(2030, 1, 1)):
            for status in EffectStatus.values:
                with self.subTest(today=today, status=status):
                    by_sql = set(
                        LegalDocumentPage.objects.filter(
                            status_q(status, today)
                        ).values_list("pk", flat=True)
                    )
                    by_python = {
                        d.pk
                        for d in LegalDocumentPage.objects.all()
                        if d.effect_status(today) == status
                    }
                    self.assertEqual(by_sql, by_python)

    def test_an_unpublished_replacement_does_not_end_the_old_document(self):
        self.new.unpublish()
        self.assertEqual(self.status(self.old, D(2025, 1, 1)), EffectStatus.IN_EFFECT)
        self.new.save_revision().publish()
        self.assertEqual(self.status(self.old, D(2025, 1, 1)), EffectStatus.EXPIRED)

    def test_guidance_does_not_change_the_status(self):
        self.new.relations = [
            LegalDocumentRelation(kind=RelationKind.GUIDES, target=self.old)
        ]
        self.new.save_revision().publish()
        self.assertEqual(self.status(self.old, D(2025, 1, 1)), EffectStatus.IN_EFFECT)
        self.assertEqual(
            self.status(self.amended, D(2025, 1, 1)), EffectStatus.IN_EFFECT
        )

    def test_deleting_the_replacement_restores_the_old_document(self):
        self.new.delete()
        self.assertEqual(self.status(self.old, D(2025, 1, 1)), EffectStatus.IN_EFFECT)

    def test_publishing_an_old_revision_of_the_target_keeps_its_status(self):
        old = LegalDocumentPage.objects.get(pk=self.old.pk)
        old.summary = "Trích yếu sửa sau khi bị thay thế."
        old.save_revision().publish()
        self.assertEqual(self.status(self.old, D(2025, 1, 1)), EffectStatus.EXPIRED)

    def test_the_document_page_shows_the_relation_from_both_sides(self):
        response = self.client.get(self.old.get_url())
        self.assertContains(response, "Quyết định thay thế")
        response = self.client.get(self.new.get_url())
        self.assertContains(response, "Quyết định cũ")


class ListingTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.section = section_page(scaffold_site(SO), "van-ban")
        cls.decree_type = DocumentType.objects.get(name="Nghị định")
        cls.decision_type = DocumentType.objects.get(name="Quyết định")
        cls.government = IssuingBody.objects.get(name="Chính phủ")
        cls.province = IssuingBody.objects.get(name="Ủy ban nhân dân tỉnh")
        cls.it = LegalField.objects.get(name="Công nghệ thông tin")
        cls.nd43 = make_document(
            cls.section,
            title="Nghị định 43/2011/NĐ-CP quy định về việc cung cấp thông tin và "
            "dịch vụ công trực tuyến",
            number="43/2011/NĐ-CP",
            document_type=cls.decree_type,
            issuing_body=cls.government,
            issued_date=D(2011, 6, 13),
            effective_date=D(2011, 8, 1),
            summary="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến.",
        )
        cls.nd43.fields.add(cls.it)
        cls.nd43.save()
        cls.nd42 = make_document(
            cls.section,
            title="Nghị định 42/2022/NĐ-CP",
            number="42/2022/NĐ-CP",
            document_type=cls.decree_type,
            issuing_body=cls.government,
            issued_date=D(2022, 6, 24),
            effective_date=D(2022, 8, 15),
            summary="Quy định về việc cung cấp thông tin trên môi trường mạng.",
        )
        cls.decision = make_document(
            cls.section,
            title="Quyết định ban hành quy chế cổng thông tin",
            number="25/2024/QĐ-UBND",
            document_type=cls.decision_type,
            issuing_body=cls.province,
            issued_date=D(2024, 5, 2),
            effective_date=D(2024, 5, 15),
            summary="Ban hành quy chế quản lý cổng thông tin điện tử tỉnh Hòa Bình.",
        )
        cls.draft = make_document(
            cls.section,
            title="Dự thảo chưa đăng",
            number="99/2024/QĐ-UBND",
            issued_date=D(2024, 6, 1),
            live=False,
        )

    def titles(self, **params):
        response = self.client.get(self.section.get_url(), params)
        self.assertEqual(response.status_code, 200)
        return [page.title for page in response.context["items"]], response

    def test_documents_are_listed_newest_first_without_drafts(self):
        titles, response = self.titles()
        self.assertEqual(
            titles, [self.decision.title, self.nd42.title, self.nd43.title]
        )
        self.assertNotContains(response, "Dự thảo chưa đăng")
        self.assertContains(response, "43/2011/NĐ-CP")
        self.assertContains(response, "Còn hiệu lực")

    def test_filters_combine(self):
        cases = [
            ({"type": self.decree_type.pk}, [self.nd42, self.nd43]),
            ({"type": self.decree_type.pk, "year": 2011}, [self.nd43]),
            ({"issuer": self.province.pk}, [self.decision]),
            ({"issuer": self.province.pk, "type": self.decree_type.pk}, []),
            ({"field": self.it.pk}, [self.nd43]),
            ({"year": 2024}, [self.decision]),
            ({"status": "in-effect", "year": 2022}, [self.nd42]),
            ({"status": "expired"}, []),
            ({"q": "nghi dinh 43"}, [self.nd43]),
            ({"q": "Nghị định 43"}, [self.nd43]),
            ({"q": "NGHI DINH 43/2011"}, [self.nd43]),
            ({"q": "nd-cp"}, [self.nd42, self.nd43]),
            ({"q": "nd-cp", "year": 2022}, [self.nd42]),
            ({"q": "hoa binh"}, [self.decision]),
            ({"q": "ho\u0300a bi\u0300nh"}, [self.decision]),
            ({"q": "moi truong mang"}, [self.nd42]),
            ({"type": "x", "year": "abc", "status": "bogus"}, None),  # ignored
        ]
        everything = [self.decision, self.nd42, self.nd43]
        for params, expected in cases:
            with self.subTest(params=params):
                titles, _ = self.titles(**params)
                expected = everything if expected is None else expected
                self.assertEqual(titles, [d.title for d in expected])

    def test_text_stored_with_combining_marks_is_found_written_precomposed(self):
        import unicodedata

        summary = unicodedata.normalize("NFD", "Quy hoạch hạ tầng số tỉnh Hòa Bình")
        self.assertNotEqual(summary, unicodedata.normalize("NFC", summary))
        document = make_document(
            self.section,
            title=unicodedata.normalize("NFD", "Kế hoạch chuyển đổi số"),
            number="8/KH-UBND",
            issuing_body=self.province,
            issued_date=D(2025, 1, 8),
            effective_date=D(2025, 1, 8),
            summary=summary,
        )
        for query in ("hòa bình", "hoà bình", "HOA BINH", "ho\u0300a bi\u0300nh"):
            with self.subTest(query=ascii(query)):
                titles, _ = self.titles(q=query)
                self.assertIn(document.title, titles)

    def test_the_form_keeps_the_chosen_filters(self):
        _, response = self.titles(
            type=self.decree_type.pk, year=2011, status="in-effect", q="nghi dinh"
        )
        self.assertContains(
            response, f'<option value="{self.decree_type.pk}" selected>', html=False
        )
        self.assertContains(response, '<option value="2011" selected>', html=False)
        self.assertContains(response, '<option value="in-effect" selected>')
        self.assertContains(response, 'value="nghi dinh"')
        self.assertContains(response, 'method="get"')

    def test_a_new_document_is_counted_at_once_despite_the_cached_count(self):
        _, response = self.titles()
        self.assertEqual(response.context["items"].paginator.count, 3)
        extra = make_document(self.section, number="77/2024/QĐ-UBND")
        _, response = self.titles()
        self.assertEqual(response.context["items"].paginator.count, 4)
        extra.unpublish()
        _, response = self.titles()
        self.assertEqual(response.context["items"].paginator.count, 3)

    def test_the_same_id_in_two_filters_is_counted_apart(self):
        same_id = str(self.decree_type.pk)
        by_type, response = self.titles(type=same_id)
        self.assertEqual(response.context["items"].paginator.count, len(by_type))
        by_issuer, response = self.titles(issuer=same_id)
        expected = (
            LegalDocumentPage.objects.child_of(self.section)
            .live()
            .filter(issuing_body_id=self.decree_type.pk)
        )
        self.assertEqual(response.context["items"].paginator.count, expected.count())
        self.assertNotEqual(len(by_type), expected.count())

    def test_nothing_found_says_so(self):
        _, response = self.titles(q="khong co van ban nay")
        self.assertContains(response, "Không có văn bản nào phù hợp")

    def test_the_document_page_shows_the_seven_items_and_dublin_core(self):
        response = self.client.get(self.nd43.get_url())
        for text in (
            "Nghị định",
            "Chính phủ",
            "43/2011/NĐ-CP",
            "13/06/2011",
            "01/08/2011",
            "Quy định về việc cung cấp thông tin",
            ".pdf",
            "Công nghệ thông tin",
        ):
            self.assertContains(response, text)
        for name, value in (
            ("DC.title", self.nd43.title),
            ("DC.creator", "Chính phủ"),
            ("DC.date", "2011-06-13"),
            ("DC.description", "Quy định về việc cung cấp thông tin và dịch vụ"),
            ("DC.type", "Nghị định"),
            ("DC.subject", "Công nghệ thông tin"),
            ("DC.identifier", "http://"),
        ):
            with self.subTest(element=name):
                self.assertRegex(
                    response.content.decode(),
                    rf'<meta name="{name}" content="{value}[^"]*">',
                )
        self.assertContains(response, '<meta name="DC.publisher"')


class ListingQueryCountTest(TestCase):
    """Queries per listing request do not grow with the number of documents."""

    @classmethod
    def setUpTestData(cls):
        cls.section = section_page(scaffold_site(SO), "van-ban")
        cls.field = LegalField.objects.first()
        cls.signer = Signer.objects.create(
            full_name="Nguyễn Văn A", position="Chủ tịch"
        )
        cls.add(5)

    @classmethod
    def add(cls, count, start=0):
        previous = LegalDocumentPage.objects.order_by("pk").first()
        for n in range(start, start + count):
            document = make_document(
                cls.section,
                number=f"{n + 1}/2024/QĐ-UBND",
                issued_date=D(2024, 1, 1) + datetime.timedelta(days=n),
                signer=cls.signer,
            )
            document.fields.add(cls.field)
            if n % 2:
                document.relations = [
                    LegalDocumentRelation(kind=RelationKind.AMENDS, target=previous)
                ]
            document.save()
            previous = document

    def count(self, params):
        self.client.get(self.section.get_url(), params)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.section.get_url(), params)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_listing_queries_are_constant(self):
        requests = [
            {},
            {"page": 2},
            {"q": "quyet dinh", "status": "in-effect", "year": 2024},
            {"field": self.field.pk, "type": DocumentType.objects.first().pk},
        ]
        small = [self.count(params) for params in requests]
        self.add(40, start=5)
        self.assertEqual(Page.objects.child_of(self.section).count(), 45)
        large = [self.count(params) for params in requests]
        self.assertEqual(small, large)


class AttachmentValidationTest(TestCase):
    def test_only_pdf_doc_docx_and_odt_are_accepted(self):
        from wagtail_nd43.models.legal import validate_attachment

        for extension, accepted in (
            ("pdf", True),
            ("PDF", True),
            ("doc", True),
            ("docx", True),
            ("odt", True),
            ("exe", False),
            ("zip", False),
            ("html", False),
            ("pdf.exe", False),
        ):
            with self.subTest(extension=extension):
                document = DocumentFileFactory(
                    file=ContentFile(b"%PDF-1.4", name=f"van-ban.{extension}")
                )
                if accepted:
                    validate_attachment(document)
                else:
                    with self.assertRaises(ValidationError) as raised:
                        validate_attachment(document)
                    self.assertEqual(raised.exception.code, "file_type")
