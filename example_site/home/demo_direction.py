"""Demo items of the direction and administration sections (directives, responses
to petitions, rewards and penalties), of the projects section and of the planning
section. Fictional, like the province. Dates follow ``today``; decisions are
published a few days after they are signed, within the decree's deadlines.
Idempotent: an item whose slug exists under its section is skipped.
"""

import datetime
import json

from django.utils import timezone
from django.utils.text import slugify

from wagtail_nd43.models import (
    DirectivePage,
    LegalDocumentPage,
    PetitionResponsePage,
    PlanCategory,
    PlanDocumentPage,
    ProjectAttachment,
    ProjectPage,
    RewardPenaltyPage,
)
from wagtail_nd43.models.planning import categories_required


DIRECTIVES_KEY = "chi-dao-dieu-hanh.y-kien-chi-dao"
PETITIONS_KEY = "chi-dao-dieu-hanh.tra-loi-kien-nghi"
REWARDS_KEY = "chi-dao-dieu-hanh.khen-thuong-xu-phat"
PLANNING_KEY = "quy-hoach-ke-hoach"
PROJECTS_KEY = "du-an-dau-tu"


def _p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


# (days ago, title, number, issuer, summary, body paragraphs, legal document number)
DIRECTIVES = [
    (
        3,
        "Chỉ đạo đẩy nhanh triển khai Kế hoạch chuyển đổi số năm {year}",
        "{n}/TB-STTTT",
        "Giám đốc Sở",
        "Giám đốc Sở yêu cầu các phòng, đơn vị rà soát tiến độ, báo cáo những nhiệm "
        "vụ chậm trước ngày 25 hằng tháng.",
        [
            "Các phòng, đơn vị rà soát toàn bộ nhiệm vụ được giao tại Kế hoạch chuyển "
            "đổi số năm {year}, xác định rõ nguyên nhân chậm tiến độ.",
            "Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở tại cuộc họp giao ban tháng.",
        ],
        None,
    ),
    (
        10,
        "Tăng cường bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước",
        "{n}/CV-STTTT",
        "Phó Giám đốc Lê Thị Thanh Hương",
        "Các cơ quan, đơn vị kiểm tra, cập nhật bản vá, sao lưu dữ liệu và báo cáo "
        "sự cố về Trung tâm giám sát an toàn thông tin của tỉnh.",
        [
            "Thực hiện ngay việc cập nhật bản vá cho các hệ điều hành và phần mềm "
            "đang sử dụng; sao lưu dữ liệu quan trọng ít nhất mỗi tuần một lần.",
        ],
        None,
    ),
    (
        17,
        "Yêu cầu rà soát, cập nhật thông tin trên Cổng thông tin điện tử",
        "{n}/TB-STTTT",
        "Giám đốc Sở",
        "Các phòng chuyên môn rà soát, cập nhật thông tin thuộc lĩnh vực phụ trách "
        "theo Nghị định 43/2011/NĐ-CP, hoàn thành trong tháng.",
        [
            "Ban Biên tập Cổng thông tin điện tử đối chiếu từng chuyên mục với danh "
            "mục thông tin bắt buộc và báo cáo kết quả về Văn phòng Sở.",
        ],
        "43/2011/NĐ-CP",
    ),
    (
        24,
        "Thông báo kết luận của Giám đốc Sở tại cuộc họp giao ban tháng",
        "{n}/TB-STTTT",
        "Giám đốc Sở",
        "Kết luận nêu 8 nhiệm vụ trọng tâm, trong đó ưu tiên hoàn thiện cơ sở dữ "
        "liệu chuyên ngành và nâng cao chất lượng dịch vụ công.",
        [
            "Giao Phòng Công nghệ thông tin chủ trì hoàn thiện cơ sở dữ liệu chuyên "
            "ngành, báo cáo kết quả trước cuộc họp giao ban tháng sau.",
        ],
        None,
    ),
]

# (days ago, title, petition, petitioner kind, responding unit, response)
PETITIONS = [
    (
        5,
        "Trả lời kiến nghị của cử tri xã Suối Ngọc về chất lượng sóng di động",
        "Cử tri xã Suối Ngọc phản ánh sóng điện thoại di động tại thôn Khe Mát yếu, "
        "thường xuyên mất liên lạc.",
        "voters",
        "Phòng Bưu chính, Viễn thông",
        "Sở đã làm việc với các doanh nghiệp viễn thông; trạm phát sóng mới tại thôn "
        "Khe Mát sẽ hoạt động trong quý IV năm {year}.",
    ),
    (
        12,
        "Trả lời phản ánh về việc chậm phát bưu gửi",
        "Một người dân phản ánh bưu gửi gửi từ thành phố Bình Xanh bị chậm 10 ngày "
        "so với thời gian cam kết.",
        "individual",
        "Thanh tra Sở",
        "Qua xác minh, bưu gửi bị chậm do sai địa chỉ người nhận; doanh nghiệp bưu "
        "chính đã xin lỗi và bồi thường theo quy định.",
    ),
    (
        19,
        "Trả lời kiến nghị về hạ tầng cáp quang tại Khu công nghiệp Bình Xanh",
        "Hiệp hội Doanh nghiệp tỉnh kiến nghị sớm kéo cáp quang đến các lô đất mới "
        "cho thuê trong Khu công nghiệp Bình Xanh.",
        "enterprise",
        "Phòng Bưu chính, Viễn thông",
        "Hai doanh nghiệp viễn thông đã hoàn thành kéo cáp quang đến toàn bộ lô đất "
        "đã cho thuê trong khu công nghiệp.",
    ),
    (
        26,
        "Trả lời kiến nghị về cáp viễn thông treo không đúng quy định trên đường "
        "Trần Phú",
        "Ủy ban nhân dân phường Trung Tâm kiến nghị xử lý cáp viễn thông treo thấp, "
        "mất an toàn trên đường Trần Phú.",
        "organisation",
        "Phòng Bưu chính, Viễn thông",
        "Sở đã yêu cầu các đơn vị sở hữu cáp chỉnh trang, thu hồi cáp không sử dụng "
        "trong 30 ngày.",
    ),
]

# (days ago, title, subject, number, form, amount, reason)
REWARDS = [
    (
        4,
        "Tặng Giấy khen cho Trung tâm Công nghệ thông tin và Truyền thông",
        "Trung tâm Công nghệ thông tin và Truyền thông",
        "{n}/QĐ-STTTT",
        "commendation",
        None,
        "Đã có thành tích xuất sắc trong triển khai chuyển đổi số năm {year}.",
    ),
    (
        11,
        "Xử phạt trang thông tin điện tử tổng hợp hoạt động không có giấy phép",
        "Công ty TNHH Truyền thông Bình Minh (hư cấu)",
        "{n}/QĐ-XPHC",
        "fine",
        40_000_000,
        "Thiết lập trang thông tin điện tử tổng hợp mà không có giấy phép; buộc gỡ "
        "bỏ thông tin vi phạm.",
    ),
    (
        18,
        "Cảnh cáo cơ sở kinh doanh dịch vụ trò chơi điện tử công cộng hoạt động quá "
        "giờ",
        "Hộ kinh doanh Điểm Net Sao Mai (hư cấu)",
        "{n}/QĐ-XPHC",
        "warning",
        None,
        "Hoạt động sau 22 giờ, vi phạm lần đầu, có tình tiết giảm nhẹ.",
    ),
    (
        25,
        "Tặng Bằng khen của Ủy ban nhân dân tỉnh cho Bưu điện tỉnh",
        "Bưu điện tỉnh Hòa Bình Xanh",
        "{n}/QĐ-UBND",
        "certificate-of-merit",
        5_000_000,
        "Hoàn thành xuất sắc nhiệm vụ chi trả lương hưu, trợ cấp xã hội qua bưu điện.",
    ),
]

# (days ago, title, kind, status, objective, field, type, period, budget,
#  funding type, donor)
PROJECTS = [
    (
        6,
        "Nâng cấp Trung tâm dữ liệu tỉnh Hòa Bình Xanh",
        "project",
        "ongoing",
        "Bảo đảm hạ tầng lưu trữ, xử lý dữ liệu an toàn cho chính quyền số của tỉnh.",
        "Công nghệ thông tin",
        "Dự án nhóm B",
        "{year} – {next_year}",
        86_500_000_000,
        "state-budget",
        "Ngân sách tỉnh",
    ),
    (
        13,
        "Gói thầu mua sắm thiết bị an toàn thông tin cho các cơ quan nhà nước",
        "bidding",
        "completed",
        "Trang bị tường lửa và thiết bị giám sát an toàn thông tin cho 20 cơ quan.",
        "An toàn thông tin",
        "Gói thầu mua sắm hàng hóa, đấu thầu rộng rãi qua mạng",
        "Quý I – Quý III/{year}",
        9_800_000_000,
        "state-budget",
        "Ngân sách tỉnh",
    ),
    (
        20,
        "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh",
        "investment",
        "preparing",
        "Kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của tỉnh với Nền tảng "
        "quốc gia.",
        "Chuyển đổi số",
        "Dự án nhóm C",
        "{next_year} – {year_after}",
        18_600_000_000,
        "oda",
        "Ngân hàng Phát triển châu Á (hư cấu)",
    ),
    (
        27,
        "Mua sắm máy tính cho Bộ phận Một cửa",
        "procurement",
        "completed",
        "Thay thế 20 bộ máy tính đã hết khấu hao tại Bộ phận Một cửa của Sở.",
        "Cải cách hành chính",
        "Mua sắm thường xuyên, chào hàng cạnh tranh",
        "Tháng 3 – tháng 5/{year}",
        380_000_000,
        "state-budget",
        "Ngân sách tỉnh (kinh phí chi thường xuyên)",
    ),
]

# (days ago, title, decision number, from year, to year, summary)
PLANS = [
    (
        9,
        "Kế hoạch chuyển đổi số tỉnh Hòa Bình Xanh năm {next_year}",
        "{n}/QĐ-UBND",
        "{next_year}",
        "{next_year}",
        "Kế hoạch đặt mục tiêu 90% hồ sơ thủ tục hành chính được xử lý trực tuyến "
        "và 80% người trưởng thành có tài khoản định danh điện tử.",
    ),
    (
        16,
        "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Hòa Bình Xanh",
        "{n}/QĐ-UBND",
        "2021",
        "2030",
        "Quy hoạch xác định vị trí cột ăng-ten, tuyến cống bể cáp và điểm truy nhập "
        "viễn thông công cộng đến năm 2030.",
    ),
    (
        23,
        "Kế hoạch phát triển chính quyền số và bảo đảm an toàn thông tin mạng",
        "{n}/KH-STTTT",
        "{year}",
        "{next_year}",
        "Kế hoạch gồm 32 nhiệm vụ, trong đó có hoàn thiện nền tảng tích hợp, chia sẻ "
        "dữ liệu cấp tỉnh.",
    ),
    (
        30,
        "Đề án phát triển hệ thống thông tin cơ sở giai đoạn 2026–2030",
        "{n}/QĐ-UBND",
        "2026",
        "2030",
        "Đề án hướng tới 100% đài truyền thanh cấp xã ứng dụng công nghệ thông tin "
        "– viễn thông.",
    ),
]


# The four areas a People's Committee publishes (Decree 43/2011 Art. 10.1.đ):
# (days ago, category, title, decision number, from year, to year, summary)
CATEGORY_PLANS = [
    (
        12,
        PlanCategory.INVESTMENT,
        "Danh mục dự án kêu gọi đầu tư tỉnh Hòa Bình Xanh giai đoạn "
        "{year}–{year_after}",
        "{n}/QĐ-UBND",
        "{year}",
        "{year_after}",
        "Danh mục 38 dự án kêu gọi đầu tư về nông nghiệp công nghệ cao, du lịch sinh "
        "thái, hạ tầng khu công nghiệp và trung tâm dữ liệu, kèm các chính sách ưu "
        "đãi đầu tư của tỉnh.",
    ),
    (
        19,
        PlanCategory.CONSTRUCTION,
        "Kế hoạch sử dụng đất năm {year} tỉnh Hòa Bình Xanh",
        "{n}/QĐ-UBND",
        "{year}",
        "{year}",
        "Kế hoạch phân bổ chỉ tiêu sử dụng đất năm {year} cho 96 xã, phường; danh "
        "mục công trình, dự án thu hồi đất và chuyển mục đích sử dụng đất.",
    ),
    (
        26,
        PlanCategory.RESOURCES,
        "Kế hoạch bảo vệ, khai thác khoáng sản làm vật liệu xây dựng thông thường "
        "tỉnh Hòa Bình Xanh đến năm 2030",
        "{n}/QĐ-UBND",
        "2026",
        "2030",
        "Khoanh định 21 khu vực được khai thác cát, sỏi lòng sông và đất san lấp, "
        "thời hạn và công suất khai thác, biện pháp bảo vệ môi trường.",
    ),
    (
        33,
        PlanCategory.WASTE,
        "Kế hoạch thu gom, xử lý chất thải rắn sinh hoạt và danh mục khu vực ô nhiễm "
        "môi trường nghiêm trọng tỉnh Hòa Bình Xanh",
        "{n}/QĐ-UBND",
        "{year}",
        "{year_after}",
        "Lộ trình đóng cửa 4 bãi chôn lấp không hợp vệ sinh, xây dựng 2 nhà máy đốt "
        "rác phát điện; danh mục 3 khu vực ô nhiễm nghiêm trọng và 6 cơ sở có nguy "
        "cơ xảy ra sự cố môi trường.",
    ),
]


def _slug(title):
    slug = slugify(title.replace("đ", "d").replace("Đ", "D"))
    return slug[:80].rsplit("-", 1)[0] if len(slug) > 80 else slug


def _fmt(text, today, n=0):
    return text.format(
        year=today.year,
        next_year=today.year + 1,
        year_after=today.year + 2,
        n=n,
    )


def _published(day, delay=2):
    """Published ``delay`` days after ``day``, at 9:00, never after now."""
    moment = timezone.make_aware(
        datetime.datetime.combine(
            day + datetime.timedelta(days=delay), datetime.time(9, 0)
        )
    )
    return min(moment, timezone.now())


def _add(section, page, existing):
    if page.slug in existing:
        return 0
    section.add_child(instance=page)
    page.save_revision().publish()
    existing.add(page.slug)
    return 1


def load_direction_items(sections, today, document):
    """Fill the sections in ``sections`` (requirement key → page) that are there;
    ``document(title, slug)`` returns a demo PDF. Returns the number created."""
    created = 0
    if DIRECTIVES_KEY in sections:
        section = sections[DIRECTIVES_KEY]
        existing = set(section.get_children().values_list("slug", flat=True))
        for index, (days, title, number, issuer, summary, body, law) in enumerate(
            DIRECTIVES
        ):
            day = today - datetime.timedelta(days=days)
            title = _fmt(title, today)
            created += _add(
                section,
                DirectivePage(
                    title=title,
                    slug=_slug(title),
                    number=_fmt(number, today, n=210 + index * 7),
                    date=day,
                    issuer=issuer,
                    summary=summary,
                    body=json.dumps([_p(_fmt(text, today)) for text in body]),
                    legal_document=(
                        LegalDocumentPage.objects.filter(number=law).first()
                        if law
                        else None
                    ),
                    first_published_at=_published(day, 1),
                ),
                existing,
            )
    if PETITIONS_KEY in sections:
        section = sections[PETITIONS_KEY]
        existing = set(section.get_children().values_list("slug", flat=True))
        for days, title, petition, kind, unit, response in PETITIONS:
            day = today - datetime.timedelta(days=days)
            created += _add(
                section,
                PetitionResponsePage(
                    title=title,
                    slug=_slug(title),
                    petition_summary=petition,
                    petitioner_kind=kind,
                    responding_unit=unit,
                    response=f"<p>{_fmt(response, today)}</p>",
                    date=day,
                    file=document(title, _slug(title)),
                    first_published_at=_published(day, 1),
                ),
                existing,
            )
    if REWARDS_KEY in sections:
        section = sections[REWARDS_KEY]
        existing = set(section.get_children().values_list("slug", flat=True))
        for index, (days, title, subject, number, form, amount, reason) in enumerate(
            REWARDS
        ):
            day = today - datetime.timedelta(days=days)
            created += _add(
                section,
                RewardPenaltyPage(
                    title=title,
                    slug=_slug(title),
                    subject=subject,
                    decision_number=_fmt(number, today, n=31 + index * 4),
                    decision_date=day,
                    form=form,
                    amount=amount,
                    reason=_fmt(reason, today),
                    file=document(title, _slug(title)),
                    first_published_at=_published(day, 2),
                ),
                existing,
            )
    if PROJECTS_KEY in sections:
        section = sections[PROJECTS_KEY]
        existing = set(section.get_children().values_list("slug", flat=True))
        for row in PROJECTS:
            days, title, kind, status, objective, field, ptype, period = row[:8]
            budget, funding, donor = row[8:]
            day = today - datetime.timedelta(days=days)
            page = ProjectPage(
                title=title,
                slug=_slug(title),
                kind=kind,
                status=status,
                main_objective=objective,
                professional_field=field,
                project_type=ptype,
                implementation_period=_fmt(period, today),
                budget=budget,
                funding_type=funding,
                donor=donor,
                # Approved the day it was posted (Art. 17.1.d: 10 working days).
                approved_date=day,
                first_published_at=_published(day, 0),
            )
            page.attachments = [
                ProjectAttachment(
                    document=document(f"Quyết định phê duyệt – {title}", page.slug),
                    label="Quyết định phê duyệt",
                )
            ]
            created += _add(section, page, existing)
    if PLANNING_KEY in sections:
        section = sections[PLANNING_KEY]
        existing = set(section.get_children().values_list("slug", flat=True))
        # A People's Committee publishes plans in each of the four areas.
        plans = [(*row[:1], *row[2:]) for row in CATEGORY_PLANS]
        categories = [row[1] for row in CATEGORY_PLANS]
        if not categories_required(section):
            plans, categories = [], []
        plans += PLANS
        categories += [""] * len(PLANS)
        for index, (days, title, number, start, end, summary) in enumerate(plans):
            day = today - datetime.timedelta(days=days)
            title = _fmt(title, today)
            created += _add(
                section,
                PlanDocumentPage(
                    title=title,
                    slug=_slug(title),
                    decision_number=_fmt(number, today, n=1200 + index * 35),
                    approved_date=day,
                    period_start=int(_fmt(start, today)),
                    period_end=int(_fmt(end, today)),
                    category=categories[index],
                    summary=_fmt(summary, today),
                    file=document(title, _slug(title)),
                    first_published_at=_published(day, 3),
                ),
                existing,
            )
    return created
