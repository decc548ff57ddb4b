"""Demo content for public participation: an open consultation with published
comments, a closed and concluded one, and answered public questions.

Everything here is fictional, like the rest of the demo. Safe to re-run: a
consultation is recognised by its slug, a question by its subject.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from wagtail_nd43.models import (
    ConsultationComment,
    ConsultationPage,
    Question,
    QuestionCategory,
)
from wagtail_nd43.workdays import add_working_days

from .demo_legal import draw_pdf


CONSULTATIONS_KEY = "lay-y-kien"
QUESTIONS_KEY = "hoi-dap"
FICTIONAL = "Dữ liệu minh họa, không có giá trị pháp lý."

UNIT = {
    "drafting_unit": "Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
    "receiving_unit": "Văn phòng Sở Thông tin và Truyền thông",
    "receiving_address": "Số 12 đường Hòa Bình, phường Trung Tâm, tỉnh Hòa Bình Xanh",
    "receiving_email": "gopyduthao@stttt.hoabinhxanh.example.vn",
}

OPEN = {
    "slug": "du-thao-quy-dinh-chuyen-doi-so-cap-xa",
    "title": "Dự thảo Quyết định ban hành Quy định về chuyển đổi số cấp xã",
    "summary": (
        "Sở Thông tin và Truyền thông lấy ý kiến tổ chức, cá nhân về dự thảo Quyết "
        "định của UBND tỉnh ban hành Quy định về chuyển đổi số cấp xã trên địa bàn "
        "tỉnh Hòa Bình Xanh. " + FICTIONAL
    ),
    "comments": [
        (
            "Nguyễn Thị Mai",
            True,
            "Đề nghị bổ sung quy định về đào tạo kỹ năng số cho cán bộ xã.",
        ),
        (
            "Trần Văn Bình",
            False,
            "Nên quy định rõ thời hạn hoàn thành tổ công nghệ số.",
        ),
        (
            "Lê Hoàng Nam",
            True,
            "Đề nghị bố trí kinh phí duy trì hệ thống sau khi đầu tư.",
        ),
    ],
}

CONCLUDED = {
    "slug": "du-thao-ke-hoach-phat-trien-ha-tang-so",
    "title": "Dự thảo Kế hoạch phát triển hạ tầng số giai đoạn 2026–2030",
    "summary": (
        "Lấy ý kiến về dự thảo Kế hoạch phát triển hạ tầng số của tỉnh. Đợt lấy ý "
        "kiến đã kết thúc; báo cáo tổng hợp, tiếp thu, giải trình được đăng kèm. "
        + FICTIONAL
    ),
    "comments": [
        ("Phạm Quốc Việt", True, "Đề nghị ưu tiên phủ sóng các thôn vùng sâu."),
    ],
}

CATEGORIES = [
    ("Thủ tục hành chính", "thu-tuc-hanh-chinh"),
    ("Công nghệ thông tin", "cong-nghe-thong-tin"),
    ("Báo chí, xuất bản", "bao-chi-xuat-ban"),
]

QUESTIONS = [
    (
        "thu-tuc-hanh-chinh",
        "Hồ sơ cấp giấy phép thiết lập trang thông tin điện tử tổng hợp",
        "Doanh nghiệp tôi muốn thiết lập trang thông tin điện tử tổng hợp. Hồ sơ gồm "
        "những gì và nộp ở đâu?",
        "Hồ sơ gồm đơn đề nghị, bản sao giấy chứng nhận đăng ký doanh nghiệp, đề án "
        "hoạt động và thỏa thuận sử dụng tên miền. Hồ sơ nộp trực tuyến qua Cổng dịch "
        "vụ công của tỉnh hoặc tại Bộ phận một cửa của Sở. " + FICTIONAL,
        "Hoàng Minh Tuấn",
        True,
    ),
    (
        "cong-nghe-thong-tin",
        "Thời hạn cấp lại chứng thư số cho cán bộ xã",
        "Chứng thư số của tôi sắp hết hạn. Bao lâu thì được cấp lại?",
        "Việc cấp lại chứng thư số thực hiện trong 03 ngày làm việc kể từ khi nhận đủ "
        "hồ sơ hợp lệ do đơn vị gửi về Sở. " + FICTIONAL,
        "Đỗ Thị Hạnh",
        False,
    ),
    (
        "bao-chi-xuat-ban",
        "Thủ tục đăng ký in xuất bản phẩm không kinh doanh",
        "Cơ quan tôi muốn in tài liệu tuyên truyền phát miễn phí thì cần xin phép gì?",
        "Cơ quan nộp hồ sơ đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh "
        "tại Sở; thời hạn giải quyết 10 ngày làm việc. " + FICTIONAL,
        "",
        False,
    ),
]


def _pdf(title, lines, filename="bao-cao-tong-hop.pdf"):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(draw_pdf([*lines, FICTIONAL])), save=False)
    document.save()
    return document


def _draft(spec):
    """The draft put out for comments: what a citizen reads before commenting."""
    return _pdf(
        spec["title"],
        [
            "DỰ THẢO",
            spec["title"],
            "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
            "Điều 2. Giải thích từ ngữ",
            "Điều 3. Nguyên tắc thực hiện",
        ],
        filename=spec["slug"] + ".pdf",
    )


def _consultation(section, spec, opens_at, closes_at, report_document=None):
    page = ConsultationPage.objects.child_of(section).filter(slug=spec["slug"]).first()
    if page is not None:
        return page, False
    page = ConsultationPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        opens_at=opens_at,
        closes_at=closes_at,
        draft_document=_draft(spec),
        synthesis_report=report_document,
        **UNIT,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    for index, (name, publish, body) in enumerate(spec["comments"]):
        ConsultationComment.objects.create(
            page=page,
            full_name=name,
            email=f"nguoidan{index + 1}@example.vn",
            body=body,
            publish_name=publish,
            status=ConsultationComment.Status.PUBLISHED,
            consent_at=opens_at + datetime.timedelta(days=index + 1),
            consent_purposes=["tiếp nhận, tổng hợp, tiếp thu ý kiến góp ý dự thảo"],
            notice_version="2026-11:demo",
            created_at=opens_at + datetime.timedelta(days=index + 1),
        )
    return page, True


def load_participation(sections, now=None):
    """Add the demo consultations and questions; return how many were created."""
    now = now or timezone.now()
    created = 0
    section = sections.get(CONSULTATIONS_KEY)
    if section is not None:
        _page, new = _consultation(
            section,
            OPEN,
            now - datetime.timedelta(days=20),
            now + datetime.timedelta(days=40),
        )
        created += new
        closes_at = now - datetime.timedelta(days=50)
        if not ConsultationPage.objects.filter(slug=CONCLUDED["slug"]).exists():
            report_document = _pdf(
                "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý",
                ["BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH", CONCLUDED["title"]],
            )
            page, new = _consultation(
                section,
                CONCLUDED,
                closes_at - datetime.timedelta(days=60),
                closes_at,
                report_document,
            )
            # The report came out three weeks after the consultation closed.
            ConsultationPage.objects.filter(pk=page.pk).update(
                concluded_at=closes_at + datetime.timedelta(days=21)
            )
            created += new
    questions = sections.get(QUESTIONS_KEY)
    if questions is not None:
        site = questions.get_site()
        categories = {}
        for order, (name, slug) in enumerate(CATEGORIES):
            categories[slug], _new = QuestionCategory.objects.get_or_create(
                slug=slug, defaults={"name": name, "sort_order": order}
            )
        for index, (slug, title, body, answer, name, publish) in enumerate(QUESTIONS):
            if Question.objects.filter(site=site, title=title).exists():
                continue
            received = now - datetime.timedelta(days=30 + 9 * index)
            question = Question.objects.create(
                site=site,
                category=categories[slug],
                title=title,
                body=body,
                full_name=name,
                email=f"hoidap{index + 1}@example.vn",
                publish_name=publish,
                consent_at=received,
                consent_purposes=["tiếp nhận, xử lý và trả lời câu hỏi, kiến nghị"],
                notice_version="2026-11:demo",
                created_at=received,
                status=Question.Status.ANSWERED,
                answer=answer,
                is_public=True,
            )
            answered = timezone.make_aware(
                datetime.datetime.combine(
                    add_working_days(received, 6), datetime.time(10, 0)
                )
            )
            Question.objects.filter(pk=question.pk).update(
                responded_at=answered, first_response_at=answered
            )
            created += 1
    return created
