"""Demo content for the sections that only ministries and provinces have (Decree
43/2011/NĐ-CP, Articles 11–13): science programmes and topics, statistical releases
and the English pages.

The demo agency is a Sở (level ``so``), which has none of these sections, so
``load_demo_content`` adds nothing here on the default demo. It fills them when the
example site is scaffolded at a ministry or province level, for example with
``nd43_scaffold --level ubnd-tinh``. Everything is fictional, like the rest of the
demo. Items are recognised by their slug, so a second run adds nothing.
"""

import datetime
import json

from django.utils import timezone
from django.utils.text import slugify

from wagtail_nd43.models import ResearchProjectPage, StatisticsReportPage


RESEARCH_KEY = "de-tai-khoa-hoc"
STATISTICS_KEY = "thong-ke"
ENGLISH_KEYS = ("en.about", "en.contact")


def _slug(title):
    return slugify(title.replace("đ", "d").replace("Đ", "D"))[:80].strip("-")


def research_topics(today, document):
    """Three topics: one accepted with its reports, one in progress, and a
    programme approved last week. The older two are dated as published back then
    (``published``), within the 20 working days of Article 17.1.e."""
    approved = today - datetime.timedelta(days=7)
    return [
        {
            "title": "Ứng dụng công nghệ Internet vạn vật giám sát chất lượng nước "
            "nuôi trồng thủy sản ven biển tỉnh Hòa Bình Xanh",
            "kind": "topic",
            "code": "ĐT.KHCN-05/22",
            "management_level": "province",
            "field": "Khoa học kỹ thuật và công nghệ",
            "lead_organisation": "Trường Đại học Hòa Bình Xanh",
            "lead_researcher": "PGS.TS. Lê Minh Tuấn",
            "start_date": datetime.date(2022, 7, 1),
            "end_date": datetime.date(2024, 6, 30),
            "budget": 980_000_000,
            "approval_number": "1120/QĐ-UBND",
            "approved_date": datetime.date(2022, 6, 20),
            "published": datetime.date(2022, 6, 27),
            "status": "accepted",
            "summary": "Thiết kế, lắp đặt mạng cảm biến đo độ mặn, nhiệt độ và oxy "
            "hòa tan tại 12 vùng nuôi tôm; cảnh báo sớm cho người nuôi qua tin nhắn.",
            "accepted_date": datetime.date(2024, 9, 12),
            "acceptance_rating": "passed",
            "results": "Hệ thống vận hành ổn định tại 3 xã ven biển; tỉ lệ tôm hao hụt "
            "giảm khoảng 15%. Kết quả được chuyển giao cho Trung tâm Khuyến nông tỉnh.",
            "summary_report": document(
                "Báo cáo tóm tắt đề tài ĐT.KHCN-05/22", "bao-cao-tom-tat-dt-05-22"
            ),
            "application_report": document(
                "Báo cáo kết quả ứng dụng đề tài ĐT.KHCN-05/22",
                "bao-cao-ung-dung-dt-05-22",
            ),
        },
        {
            "title": "Nghiên cứu xây dựng mô hình chính quyền số cấp xã tại tỉnh Hòa "
            "Bình Xanh",
            "kind": "topic",
            "code": "ĐT.XH-02/24",
            "management_level": "province",
            "field": "Khoa học xã hội",
            "lead_organisation": "Viện Nghiên cứu phát triển Hòa Bình Xanh",
            "lead_researcher": "TS. Đặng Thu Trang",
            "start_date": datetime.date(2024, 3, 1),
            "end_date": datetime.date(2026, 2, 28),
            "budget": 1_250_000_000,
            "approval_number": "245/QĐ-UBND",
            "approved_date": datetime.date(2024, 2, 15),
            "published": datetime.date(2024, 2, 22),
            "status": "ongoing",
            "summary": "Đánh giá hiện trạng ứng dụng công nghệ thông tin tại 20 xã, "
            "đề xuất mô hình tổ chức, quy trình và nền tảng dùng chung cho chính "
            "quyền số cấp xã.",
        },
        {
            "title": "Chương trình ứng dụng và chuyển giao tiến bộ khoa học và công "
            f"nghệ phục vụ chuyển đổi số giai đoạn {approved.year + 1}–"
            f"{approved.year + 3}",
            "kind": "programme",
            "code": f"CT.CĐS-01/{approved.year % 100:02d}",
            "management_level": "province",
            "field": "Khoa học kỹ thuật và công nghệ",
            "lead_organisation": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
            "lead_researcher": "Ông Trần Minh Khang",
            "start_date": datetime.date(approved.year + 1, 1, 1),
            "end_date": datetime.date(approved.year + 3, 12, 31),
            "budget": 6_500_000_000,
            "approval_number": "2890/QĐ-UBND",
            "approved_date": approved,
            "status": "approved",
            "summary": "Hỗ trợ doanh nghiệp nhỏ và hợp tác xã ứng dụng nền tảng số; "
            "đào tạo kỹ năng số cho cán bộ, công chức cấp xã.",
        },
    ]


def statistics_releases(today, document):
    """A yearly, a quarterly and a monthly release for the periods just ended,
    decided a few days ago and published today."""
    year = today.year - 1
    quarter = (today.month - 1) // 3 or 4
    quarter_year = today.year if today.month > 3 else today.year - 1
    month = today.month - 1 or 12
    month_year = today.year if today.month > 1 else today.year - 1
    decided = today - datetime.timedelta(days=3)
    common = {
        "compiling_unit": "Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
        "decision_date": decided,
        "date": today,
    }
    return [
        {
            "title": f"Số liệu thống kê bưu chính, viễn thông năm {year}",
            "field": "Bưu chính, viễn thông",
            "period_type": "year",
            "year": year,
            "measurement_unit": "thuê bao",
            "summary": "Toàn tỉnh có 1.240.000 thuê bao di động và 318.000 thuê bao "
            "Internet băng rộng cố định; 100% xã có cáp quang.",
            "methodology": "Tổng hợp báo cáo định kỳ của các doanh nghiệp viễn thông "
            "theo chế độ báo cáo thống kê ngành; số liệu tính đến ngày 31 tháng 12.",
            "analysis": "Thuê bao băng rộng cố định tăng 6,2% so với năm trước, "
            "chủ yếu ở khu vực nông thôn nhờ chương trình phủ cáp quang.",
            **common,
        },
        {
            "title": f"Số liệu báo chí, xuất bản quý {quarter}/{quarter_year}",
            "field": "Báo chí, xuất bản",
            "period_type": "quarter",
            "period_number": quarter,
            "year": quarter_year,
            "summary": "Trong quý, các cơ quan báo chí địa phương đăng 4.850 tin, bài; "
            "cấp 12 giấy phép xuất bản tài liệu không kinh doanh.",
            "methodology": "Số liệu từ báo cáo của Báo Hòa Bình Xanh, Đài Phát thanh "
            "và Truyền hình tỉnh và hồ sơ cấp phép tại Sở.",
            "analysis": "Số giấy phép xuất bản tăng so với cùng kỳ do nhu cầu tài "
            "liệu tuyên truyền chuyển đổi số.",
            **common,
        },
        {
            "title": f"Tình hình cung cấp dịch vụ công trực tuyến tháng "
            f"{month}/{month_year}",
            "field": "Dịch vụ công trực tuyến",
            "period_type": "month",
            "period_number": month,
            "year": month_year,
            "measurement_unit": "hồ sơ",
            "summary": "Sở tiếp nhận 1.120 hồ sơ, trong đó 1.046 hồ sơ trực tuyến "
            "toàn trình (93,4%); 100% hồ sơ giải quyết đúng hạn.",
            "methodology": "Trích xuất từ Hệ thống thông tin giải quyết thủ tục hành "
            "chính của tỉnh vào ngày làm việc đầu tiên của tháng sau.",
            "analysis": "Tỉ lệ hồ sơ trực tuyến toàn trình tiếp tục tăng nhờ tích hợp "
            "thanh toán trực tuyến.",
            **common,
        },
    ]


def _paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


ENGLISH = {
    "en.about": {
        "intro": "An introduction to the Department (illustrative data).",
        "body": _paragraphs(
            "The Department of Information and Communications of Hoa Binh Xanh "
            "Province is a specialised agency of the Provincial People's Committee. "
            "It advises the Committee on press, publishing, posts, "
            "telecommunications, information technology and digital "
            "transformation, and manages these fields in the province.",
            "The Department has a Director, two Deputy Directors, an Office, an "
            "Inspectorate, three specialised divisions and the Centre for Digital "
            "Transformation.",
            "Hoa Binh Xanh is a fictional province: every name and figure on this "
            "site is illustrative.",
        ),
    },
    "en.contact": {
        "intro": "How to reach the Department (illustrative data).",
        "body": _paragraphs(
            "Address: 18 Le Loi Street, Trung Tam Ward, Binh Xanh City, Hoa Binh "
            "Xanh Province, Viet Nam.",
            "Phone: +84 200 3 812 345. Fax: +84 200 3 812 346. Email: "
            "stttt@hoabinhxanh.gov.vn.",
            "Office hours: Monday to Friday, 7:00–11:30 and 13:30–17:00.",
        ),
    },
}


def _add(section, model, values):
    values = dict(values)
    published = values.pop("published", None)
    slug = _slug(values["title"])
    if section.get_children().filter(slug=slug).exists():
        return 0
    page = model(slug=slug, **values)
    section.add_child(instance=page)
    page.save_revision().publish()
    if published is not None:
        moment = timezone.make_aware(
            datetime.datetime.combine(published, datetime.time(9, 0))
        )
        model.objects.filter(pk=page.pk).update(
            first_published_at=moment, last_published_at=moment
        )
    return 1


def load(sections, today, document):
    """Fill the sections of ``sections`` (requirement key → page) that this level
    has; ``document(title, slug)`` returns a Wagtail document. Return
    ``(items created, titles of English pages filled)``."""
    created = 0
    if RESEARCH_KEY in sections:
        for values in research_topics(today, document):
            created += _add(sections[RESEARCH_KEY], ResearchProjectPage, values)
    if STATISTICS_KEY in sections:
        data_file = document("Số liệu thống kê (bảng tính minh họa)", "so-lieu")
        for values in statistics_releases(today, document):
            created += _add(
                sections[STATISTICS_KEY],
                StatisticsReportPage,
                {"data_file": data_file, **values},
            )
    filled = []
    for key in ENGLISH_KEYS:
        page = sections.get(key)
        if page is None or page.has_unpublished_changes or len(page.body):
            continue
        page.intro = page.intro or ENGLISH[key]["intro"]
        page.body = json.dumps(ENGLISH[key]["body"])
        # Published after the Vietnamese introduction and contact pages, which
        # ``load_demo_content`` fills first: the English pages are current.
        page.save_revision().publish()
        filled.append(page.title)
    return created, filled
