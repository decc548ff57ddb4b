"""Test data builders (wagtail-factories).

Pages are created with ``parent=``; titles are Vietnamese, and the slugs
wagtail-factories derives from them with ``slugify`` are ASCII.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail import blocks
from wagtail.models import Site
from wagtail.rich_text import RichText

from wagtail_nd43.blocks import BodyBlock, HeadingBlock
from wagtail_nd43.models import (
    AgencyHomePage,
    ArticlePage,
    ContactPage,
    DocumentType,
    IssuingBody,
    LegalDocumentAttachment,
    LegalDocumentPage,
    PressReleasePage,
    ResearchProjectPage,
    SectionPage,
    Spokesperson,
    SpokespersonAuthorisation,
    StandardPage,
    StatisticsReportPage,
)


ImageFactory = wagtail_factories.ImageFactory


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Tình hình kinh tế - xã hội"
    level = "h2"

    class Meta:
        model = HeadingBlock


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    """A rich text paragraph; ``value`` is the HTML of the paragraph."""

    value = "<p>Sáng nay, Sở tổ chức hội nghị tổng kết công tác năm.</p>"

    class Meta:
        model = blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)

    class Meta:
        model = BodyBlock


class AgencyHomePageFactory(wagtail_factories.PageFactory):
    title = "Sở Thông tin và Truyền thông"
    slug = "trang-chu"

    class Meta:
        model = AgencyHomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang thông tin {n}")
    intro = "Thông tin khác do cơ quan đăng."

    class Meta:
        model = StandardPage


class NewsSectionFactory(wagtail_factories.PageFactory):
    title = "Tin tức, sự kiện"
    slug = "tin-tuc-su-kien"
    requirement_key = "tin-tuc-su-kien"

    class Meta:
        model = SectionPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Liên hệ"
    slug = "lien-he"

    class Meta:
        model = ContactPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hội nghị sơ kết công tác quý {n}")
    lead = "Sở tổ chức hội nghị sơ kết, đánh giá kết quả và đề ra nhiệm vụ quý tới."
    author = "Phòng Văn phòng Sở"
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = ArticlePage


# Press information and the editorial board (issue 3).

DocumentFactory = wagtail_factories.DocumentFactory


class SpokespersonFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Phát {n}")
    position = "Chánh Văn phòng Sở"
    unit = "Văn phòng Sở"
    phone = factory.Sequence(lambda n: f"028 3520 {n:04d}")
    email = factory.Sequence(lambda n: f"phatngon{n}@stttt.example.gov.vn")
    role = Spokesperson.APPOINTED
    active_from = datetime.date(2024, 1, 1)

    class Meta:
        model = Spokesperson


class SpokespersonAuthorisationFactory(factory.django.DjangoModelFactory):
    spokesperson = factory.SubFactory(SpokespersonFactory, role=Spokesperson.AUTHORISED)
    scope = factory.Sequence(lambda n: f"Sự cố mất điện khu vực số {n}")
    signed_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(2))
    valid_from = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(1))
    valid_to = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(7))
    document = factory.SubFactory(DocumentFactory, title="Giấy ủy quyền phát ngôn")

    class Meta:
        model = SpokespersonAuthorisation


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thông cáo báo chí số {n}")
    lead = "Sở thông tin về kết quả công tác tháng qua."
    author = "Văn phòng Sở"
    kind = PressReleasePage.RELEASE

    class Meta:
        model = PressReleasePage


# ---- People, work schedule, online services (issue 5) ------------------------------


class LeaderFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Lãnh {n}")
    position = "Phó Giám đốc Sở"
    biography = "Sinh năm 1975, quê Hà Tĩnh; thạc sĩ Quản lý công."
    duties = "Phụ trách lĩnh vực bưu chính, viễn thông; Phòng Bưu chính, Viễn thông."
    phone = "028 3520 2727"
    email = factory.Sequence(lambda n: f"lanhdao{n}@stttt.example.gov.vn")

    class Meta:
        model = "wagtail_nd43.Leader"


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Phòng Chuyên môn {n}")
    functions = "Tham mưu, giúp Giám đốc Sở quản lý nhà nước về lĩnh vực được giao."
    head = "Ông Trần Văn Bình – Trưởng phòng"
    address = "59 Lý Tự Trọng, phường Sài Gòn"
    phone = "028 3822 1234"
    email = factory.Sequence(lambda n: f"phong{n}@stttt.example.gov.vn")

    class Meta:
        model = "wagtail_nd43.Unit"


class ContactPersonFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Lê Thị Liên Hệ {n}")
    position = "Chuyên viên"
    unit = factory.SubFactory(UnitFactory)
    phone = "028 3822 5678"
    email = factory.Sequence(lambda n: f"lienhe{n}@stttt.example.gov.vn")

    class Meta:
        model = "wagtail_nd43.ContactPerson"


# ---- Banners, alerts and mourning (issue 7) ----


class BannerFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Chiến dịch tuyên truyền số {n}")
    image = factory.SubFactory(ImageFactory)
    image_alt = "Hưởng ứng chiến dịch tuyên truyền. Xem chi tiết."
    link_url = "https://www.hochiminhcity.gov.vn/"
    placement = "home-top"
    live = True

    class Meta:
        model = "wagtail_nd43.Banner"


class SiteAlertFactory(factory.django.DjangoModelFactory):
    title = "Bão số 9 đổ bộ"
    text = "Người dân hạn chế ra đường từ 18 giờ hôm nay."
    severity = "warning"
    live = True

    class Meta:
        model = "wagtail_nd43.SiteAlert"


class MourningPeriodFactory(factory.django.DjangoModelFactory):
    title = "Quốc tang"
    notice = "Treo cờ rủ, ngừng các hoạt động vui chơi, giải trí trong hai ngày."
    live = True

    class Meta:
        model = "wagtail_nd43.MourningPeriod"


# ---- Legal documents ----------------------------------------------------------------


class DocumentFileFactory(wagtail_factories.DocumentFactory):
    """A Wagtail document holding a small PDF."""

    title = factory.Sequence(lambda n: f"Văn bản {n}")
    file = factory.django.FileField(
        filename="van-ban.pdf", data=b"%PDF-1.4\n% test file\n%%EOF\n"
    )


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    name = "Nghị định"
    is_normative = True

    class Meta:
        model = DocumentType
        django_get_or_create = ("name",)


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    name = "Chính phủ"

    class Meta:
        model = IssuingBody
        django_get_or_create = ("name",)


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    """A live legal document with one PDF file; pass ``parent=`` the section."""

    title = factory.Sequence(lambda n: f"Quyết định {n}/QĐ-UBND về công tác văn thư")
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    document_type = factory.SubFactory(DocumentTypeFactory, name="Quyết định")
    issuing_body = factory.SubFactory(IssuingBodyFactory, name="Ủy ban nhân dân tỉnh")
    issued_date = datetime.date(2024, 3, 1)
    effective_date = datetime.date(2024, 3, 15)
    summary = "Ban hành quy chế công tác văn thư, lưu trữ của cơ quan."

    class Meta:
        model = LegalDocumentPage

    @factory.post_generation
    def attach(obj, create, extracted, **kwargs):
        """``attach=False`` skips the file; otherwise one PDF is attached."""
        if not create or extracted is False:
            return
        LegalDocumentAttachment.objects.create(page=obj, document=DocumentFileFactory())


# ---- Direction and administration, projects, plans -----------------------------------


class DirectivePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chỉ đạo triển khai nhiệm vụ chuyển đổi số {n}")
    number = factory.Sequence(lambda n: f"{n + 1}/TB-STTTT")
    date = datetime.date(2025, 3, 1)
    issuer = "Giám đốc Sở"
    summary = "Yêu cầu các phòng, đơn vị rà soát tiến độ và báo cáo trước ngày 25."
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>Nội dung chỉ đạo.</p>"))]
    )

    class Meta:
        model = "wagtail_nd43.DirectivePage"


class PetitionResponsePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trả lời kiến nghị về sóng di động {n}")
    petition_summary = "Cử tri phản ánh sóng điện thoại di động yếu tại thôn Khe Mát."
    petitioner_kind = "voters"
    responding_unit = "Phòng Bưu chính, Viễn thông"
    response = "<p>Trạm phát sóng mới sẽ hoạt động trong quý IV.</p>"
    date = datetime.date(2025, 3, 1)

    class Meta:
        model = "wagtail_nd43.PetitionResponsePage"


class RewardPenaltyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Xử phạt trang thông tin điện tử {n}")
    subject = "Công ty TNHH Truyền thông Bình Minh"
    decision_number = factory.Sequence(lambda n: f"{n + 1}/QĐ-XPHC")
    decision_date = datetime.date(2025, 3, 1)
    form = "fine"
    amount = 40_000_000

    class Meta:
        model = "wagtail_nd43.RewardPenaltyPage"


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dự án nâng cấp Trung tâm dữ liệu tỉnh {n}")
    kind = "project"
    main_objective = "Bảo đảm hạ tầng cho chính quyền số của tỉnh."
    professional_field = "Công nghệ thông tin"
    project_type = "Dự án nhóm C"
    implementation_period = "2025 – 2026"
    budget = 18_600_000_000
    funding_type = "state-budget"
    donor = "Ngân sách tỉnh"
    status = "ongoing"
    # Approved today: published within Decree 43 Art. 17.1.d's 10 working days.
    approved_date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = "wagtail_nd43.ProjectPage"


class PlanDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kế hoạch chuyển đổi số năm 2025 ({n})")
    decision_number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    approved_date = datetime.date(2025, 1, 10)
    period_start = 2025
    period_end = 2025
    file = factory.SubFactory(DocumentFileFactory)

    class Meta:
        model = "wagtail_nd43.PlanDocumentPage"


#: The item factory of each section page type that lists structured items.
STRUCTURED_ITEM_FACTORIES = {
    "DirectivesPage": DirectivePageFactory,
    "PetitionResponsesPage": PetitionResponsePageFactory,
    "RewardsPenaltiesPage": RewardPenaltyPageFactory,
    "ProjectsPage": ProjectPageFactory,
    "PlanningPage": PlanDocumentPageFactory,
}


class ResearchProjectPageFactory(wagtail_factories.PageFactory):
    """A live research topic in progress; pass ``parent=`` the science section."""

    title = factory.Sequence(
        lambda n: f"Nghiên cứu ứng dụng chuyển đổi số trong quản lý hồ sơ {n}"
    )
    code = factory.Sequence(lambda n: f"ĐT.{n + 1:02d}/24")
    management_level = "province"
    field = "Khoa học kỹ thuật và công nghệ"
    lead_organisation = "Trường Đại học Bình Xanh"
    lead_researcher = "TS. Nguyễn Thị Lan"
    start_date = datetime.date(2024, 3, 1)
    end_date = datetime.date(2025, 12, 31)
    budget = 850_000_000
    approval_number = "512/QĐ-UBND"
    approved_date = datetime.date(2024, 2, 20)
    status = "ongoing"
    summary = "Xây dựng mô hình số hóa hồ sơ hành chính cấp tỉnh."

    class Meta:
        model = ResearchProjectPage


class StatisticsReportPageFactory(wagtail_factories.PageFactory):
    """A live yearly statistical release; pass ``parent=`` the statistics section."""

    title = factory.Sequence(lambda n: f"Số liệu thống kê bưu chính, viễn thông {n}")
    field = "Bưu chính, viễn thông"
    period_type = "year"
    year = 2024
    compiling_unit = "Phòng Bưu chính, Viễn thông"
    decision_date = datetime.date(2025, 2, 10)
    date = datetime.date(2025, 2, 14)
    data_file = factory.SubFactory(DocumentFileFactory)
    summary = "Toàn tỉnh có 1,2 triệu thuê bao di động."
    methodology = "Tổng hợp báo cáo định kỳ của doanh nghiệp viễn thông."
    analysis = "Số thuê bao tăng 4% so với năm trước."

    class Meta:
        model = StatisticsReportPage


# ---- Public participation (issue 6) -------------------------------------------------


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """A live consultation, open from ``opens_at`` to ``closes_at`` (by default it
    opened 10 days ago and closes in 50 days); pass ``parent=`` the section."""

    title = factory.Sequence(lambda n: f"Dự thảo Quyết định số {n} về quản lý chợ")
    summary = "Lấy ý kiến nhân dân về dự thảo quy định quản lý chợ trên địa bàn tỉnh."
    drafting_unit = "Phòng Thương mại"
    receiving_unit = "Văn phòng Sở"
    receiving_address = "Số 2 đường Lê Lợi, thành phố Lâm Viên"
    receiving_email = "gopy@lamvien.gov.vn"
    opens_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(days=10)
    )
    closes_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=50)
    )

    class Meta:
        model = "wagtail_nd43.ConsultationPage"


class SubmissionFactoryMixin(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Trần Thị Góp Ý {n}")
    email = factory.Sequence(lambda n: f"nguoidan{n}@example.vn")
    phone = "0912 345 678"
    body = "Đề nghị bổ sung quy định về giờ mở cửa."
    consent_at = factory.LazyFunction(timezone.now)
    consent_purposes = ["tiếp nhận, xử lý và trả lời ý kiến"]
    notice_version = "2026-11:test"

    class Meta:
        abstract = True


class QuestionFactory(SubmissionFactoryMixin):
    title = factory.Sequence(lambda n: f"Hỏi về thủ tục cấp phép số {n}")
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))

    class Meta:
        model = "wagtail_nd43.Question"


class ConsultationCommentFactory(SubmissionFactoryMixin):
    class Meta:
        model = "wagtail_nd43.ConsultationComment"


class SpokespersonPageFactory(wagtail_factories.PageFactory):
    """The spokesperson section of an agency site; pass ``parent=`` its home."""

    title = "Người phát ngôn"
    slug = "nguoi-phat-ngon"

    class Meta:
        model = "wagtail_nd43.SpokespersonPage"
