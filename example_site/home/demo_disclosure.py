"""Demo items that follow the calendar: the quarterly press conferences, the issues
of the provincial gazette, the annual work programme and the financial reports.

Each function returns article dicts for ``demo._add_articles`` (``title``, ``lead``,
``date``, ``body``), dated relative to ``today`` so the demo never looks out of date
and every item is published on or before ``today``. Fictional, like the province.
"""

import datetime

from . import demo_data as data


PRESS_CONFERENCES_KEY = "thong-tin-bao-chi.hop-bao"
GAZETTE_KEY = "van-ban.cong-bao"
WORK_PLAN_KEY = "quy-hoach-ke-hoach.ke-hoach-cong-tac"
FINANCIAL_REPORTS_KEY = "bao-cao-tai-chinh"

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _on(today, year, month, day):
    """``day/month/year``, or ``today`` when that is still to come."""
    return min(today, datetime.date(year, month, day))


def _previous_quarters(today, count):
    """The ``count`` quarters before the current one, newest first, as (year, q)."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    quarters = []
    for _ in range(count):
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
        quarters.append((year, quarter))
    return quarters


def press_conference_items(today, count=2):
    """One press conference early in each quarter, on the quarter before it
    (Decree 244/2026 Art. 6.2: at least one every three months)."""
    items = []
    for year, quarter in _previous_quarters(today, count):
        month_after = quarter * 3 + 1
        held = _on(
            today,
            year + (month_after > 12),
            (month_after - 1) % 12 + 1,
            8,
        )
        q = ROMAN[quarter]
        items.append(
            {
                "title": f"Họp báo cung cấp thông tin định kỳ quý {q} năm {year}",
                "lead": (
                    f"Sở tổ chức họp báo thông tin kết quả công tác quý {q}/{year}, "
                    "trả lời câu hỏi của phóng viên về chuyển đổi số, dịch vụ công "
                    "trực tuyến và quản lý thông tin trên mạng."
                ),
                "author": "Phòng Thông tin – Báo chí – Xuất bản",
                "date": held,
                "body": [
                    data.p(
                        f"Ngày {held:%d/%m/%Y}, tại trụ sở Sở Thông tin và Truyền "
                        "thông, bà Lê Thị Thanh Hương, Phó Giám đốc Sở, người phát "
                        "ngôn của Sở, chủ trì họp báo cung cấp thông tin định kỳ "
                        f"quý {q} năm {year}. Dự họp báo có phóng viên của 14 cơ quan "
                        "báo chí trung ương và địa phương."
                    ),
                    data.h("Nội dung thông tin"),
                    data.ul(
                        "Kết quả triển khai Kế hoạch chuyển đổi số của tỉnh; tỷ lệ hồ "
                        "sơ thủ tục hành chính nộp trực tuyến toàn trình.",
                        "Tình hình bảo đảm an toàn thông tin mạng; cảnh báo các "
                        "hình thức lừa đảo trực tuyến mới.",
                        "Công tác quản lý báo chí, xuất bản, thông tin cơ sở trong "
                        "quý và nhiệm vụ trọng tâm quý tới.",
                    ),
                    data.h("Trả lời câu hỏi của phóng viên"),
                    data.p(
                        "Người phát ngôn trả lời 9 câu hỏi về tiến độ phủ sóng di "
                        "động tại các thôn vùng sâu, việc xử lý tài khoản mạng xã hội "
                        "đăng tin sai sự thật và hỗ trợ người cao tuổi sử dụng dịch "
                        "vụ công trực tuyến. Các câu hỏi chưa trả lời tại chỗ được "
                        "Sở trả lời bằng văn bản trong 5 ngày làm việc."
                    ),
                    data.p(
                        "Người phát ngôn: bà Lê Thị Thanh Hương, Phó Giám đốc Sở, "
                        "điện thoại (0200) 3 812 301, thư điện tử "
                        "huonglt@hoabinhxanh.gov.vn."
                    ),
                ],
            }
        )
    return items


#: (type and number pattern, summary) of the documents published in an issue.
GAZETTE_DOCUMENTS = [
    [
        (
            "Quyết định số {n}/{year}/QĐ-UBND",
            "Ban hành Quy chế quản lý, vận hành và khai thác Trung tâm dữ liệu "
            "tỉnh Hòa Bình Xanh",
        ),
        (
            "Quyết định số {m}/{year}/QĐ-UBND",
            "Quy định giá dịch vụ sử dụng đò, phà trên địa bàn tỉnh",
        ),
        (
            "Chỉ thị số {c}/CT-UBND",
            "Về tăng cường bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước "
            "trên địa bàn tỉnh",
        ),
    ],
    [
        (
            "Nghị quyết số {n}/{year}/NQ-HĐND",
            "Quy định mức chi hỗ trợ tổ công nghệ số cộng đồng trên địa bàn tỉnh",
        ),
        (
            "Quyết định số {m}/{year}/QĐ-UBND",
            "Sửa đổi, bổ sung Quy định phân cấp quản lý hạ tầng kỹ thuật viễn thông "
            "thụ động",
        ),
    ],
    [
        (
            "Quyết định số {n}/{year}/QĐ-UBND",
            "Ban hành Quy chế phối hợp cung cấp thông tin lên Cổng thông tin điện tử "
            "tỉnh",
        ),
        (
            "Quyết định số {m}/{year}/QĐ-UBND",
            "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng "
            "Ủy ban nhân dân tỉnh",
        ),
        (
            "Quyết định số {c}/QĐ-UBND",
            "Công bố danh mục thủ tục hành chính được thực hiện trực tuyến toàn trình",
        ),
    ],
]


def gazette_items(today, spacing=10):
    """The latest issues of the provincial gazette (Decree 43/2011 Art. 10.1.g):
    number, date, and the list of documents in the issue with their summaries.

    Issues come out every ``spacing`` days from 1 January, numbered two by two from
    the start of the year, so loading again later adds the newer issues only."""
    items = []
    latest = today - datetime.timedelta(days=1)
    start = datetime.date(latest.year, 1, 1)
    latest = start + datetime.timedelta(days=(latest - start).days // spacing * spacing)
    for index, documents in enumerate(GAZETTE_DOCUMENTS):
        day = latest - datetime.timedelta(days=index * spacing)
        number = 2 * ((day - datetime.date(day.year, 1, 1)).days // spacing) + 1
        rows = [["Văn bản", "Trích yếu"]]
        for position, (name, summary) in enumerate(documents):
            rows.append(
                [
                    name.format(
                        year=day.year,
                        n=number * 3 + position,
                        m=number * 3 + position + 40,
                        c=number // 4 + 1,
                    ),
                    summary,
                ]
            )
        issue = f"số {number} + {number + 1}"
        items.append(
            {
                "title": f"Công báo tỉnh Hòa Bình Xanh {issue} ngày {day:%d/%m/%Y}",
                "lead": (
                    f"Công báo {issue} đăng {len(documents)} văn bản quy phạm pháp "
                    "luật và văn bản khác của Hội đồng nhân dân, Ủy ban nhân dân tỉnh."
                ),
                "author": "Văn phòng Ủy ban nhân dân tỉnh – Công báo",
                "date": day,
                "body": [
                    data.p(
                        f"Công báo tỉnh Hòa Bình Xanh {issue}, phát hành ngày "
                        f"{day:%d/%m/%Y}. Văn bản đăng trên Công báo là văn bản chính "
                        "thức, có giá trị như bản gốc (dữ liệu minh họa)."
                    ),
                    data.table(f"Danh mục văn bản đăng trên Công báo {issue}", rows),
                ],
            }
        )
    return items


def work_plan_items(today):
    """The agency's annual work programme and its mid-year review (Access to
    Information Law Art. 19.1.c)."""
    year = today.year if today >= datetime.date(today.year, 1, 12) else today.year - 1
    items = []
    review = datetime.date(year, 7, 10)
    if review <= today:
        items.append(
            {
                "title": f"Kết quả thực hiện Chương trình công tác 6 tháng đầu năm "
                f"{year}",
                "lead": (
                    "Sở hoàn thành 41/45 nhiệm vụ theo kế hoạch 6 tháng; 4 nhiệm vụ "
                    "đang triển khai, không có nhiệm vụ quá hạn."
                ),
                "author": "Văn phòng Sở",
                "date": review,
                "body": [
                    data.p(
                        f"Báo cáo sơ kết việc thực hiện Chương trình công tác năm {year} "
                        "của Sở Thông tin và Truyền thông, ban hành kèm theo Báo cáo "
                        f"số 152/BC-STTTT ngày {review:%d/%m/%Y} (minh họa)."
                    ),
                    data.table(
                        "Kết quả thực hiện nhiệm vụ 6 tháng",
                        [
                            ["Lĩnh vực", "Nhiệm vụ", "Hoàn thành", "Đang thực hiện"],
                            ["Chuyển đổi số, công nghệ thông tin", "18", "16", "2"],
                            ["Báo chí, xuất bản, thông tin cơ sở", "12", "12", "0"],
                            ["Bưu chính, viễn thông", "9", "8", "1"],
                            ["Thanh tra, văn phòng, tổ chức", "6", "5", "1"],
                        ],
                    ),
                ],
            }
        )
    issued = datetime.date(year, 1, 12)
    items.append(
        {
            "title": f"Chương trình công tác năm {year} của Sở Thông tin và Truyền "
            "thông",
            "lead": (
                f"Chương trình gồm 86 nhiệm vụ trọng tâm năm {year}, phân công cụ thể "
                "đơn vị chủ trì, thời hạn và sản phẩm của từng nhiệm vụ."
            ),
            "author": "Văn phòng Sở",
            "date": issued,
            "body": [
                data.p(
                    f"Ban hành kèm theo Quyết định số 08/QĐ-STTTT ngày "
                    f"{issued:%d/%m/%Y} của Giám đốc Sở (minh họa)."
                ),
                data.h("Mục tiêu chủ yếu"),
                data.ul(
                    "100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch "
                    "vụ công trực tuyến toàn trình.",
                    "100% văn bản giữa các cơ quan nhà nước của tỉnh được gửi, nhận "
                    "dưới dạng điện tử, có chữ ký số.",
                    "Phủ sóng di động băng rộng đến 100% thôn, bản.",
                ),
                data.table(
                    "Nhiệm vụ theo quý",
                    [
                        ["Quý", "Số nhiệm vụ", "Đơn vị chủ trì chính"],
                        ["I", "19", "Phòng Chuyển đổi số"],
                        ["II", "24", "Phòng Bưu chính – Viễn thông"],
                        ["III", "21", "Phòng Thông tin – Báo chí – Xuất bản"],
                        ["IV", "22", "Văn phòng Sở"],
                    ],
                ),
            ],
        }
    )
    return items


def financial_report_items(today):
    """The annual financial report and the budget disclosures (Access to
    Information Law Art. 19.1.e)."""
    year = today.year
    last = year - 1
    items = []
    settled = _on(today, year, 4, 20)
    if settled.year == year:
        items.append(
            {
                "title": f"Báo cáo tài chính năm {last} của Sở Thông tin và Truyền "
                "thông",
                "lead": (
                    f"Báo cáo tài chính năm {last} của Sở gồm báo cáo tình hình tài "
                    "chính, kết quả hoạt động, lưu chuyển tiền tệ và thuyết minh."
                ),
                "author": "Văn phòng Sở",
                "date": settled,
                "body": [
                    data.p(
                        f"Sở công khai Báo cáo tài chính năm {last}, lập theo chế độ "
                        "kế toán hành chính, sự nghiệp và đã được Giám đốc Sở phê "
                        "duyệt (số liệu minh họa)."
                    ),
                    data.table(
                        f"Tóm tắt kết quả tài chính năm {last} (triệu đồng)",
                        [
                            ["Chỉ tiêu", "Dự toán", "Thực hiện", "Tỷ lệ"],
                            ["Chi quản lý hành chính", "18.450", "18.102", "98,1%"],
                            [
                                "Chi sự nghiệp thông tin, truyền thông",
                                "9.800",
                                "9.515",
                                "97,1%",
                            ],
                            [
                                "Chi đầu tư ứng dụng công nghệ thông tin",
                                "24.600",
                                "23.970",
                                "97,4%",
                            ],
                            ["Tổng cộng", "52.850", "51.587", "97,6%"],
                        ],
                    ),
                ],
            }
        )
    estimate = _on(today, year, 1, 20)
    items.append(
        {
            "title": f"Công khai dự toán ngân sách năm {estimate.year} được giao",
            "lead": (
                f"Dự toán ngân sách năm {estimate.year} của Sở là 54.300 triệu đồng, "
                "trong đó chi đầu tư ứng dụng công nghệ thông tin chiếm 47%."
            ),
            "author": "Văn phòng Sở",
            "date": estimate,
            "body": [
                data.p(
                    f"Công khai theo Quyết định số 15/QĐ-STTTT ngày "
                    f"{estimate:%d/%m/%Y} của Giám đốc Sở (minh họa)."
                ),
                data.table(
                    f"Dự toán ngân sách năm {estimate.year} (triệu đồng)",
                    [
                        ["Nội dung", "Dự toán"],
                        ["Chi quản lý hành chính", "18.900"],
                        ["Chi sự nghiệp thông tin, truyền thông", "10.100"],
                        ["Chi đầu tư ứng dụng công nghệ thông tin", "25.300"],
                        ["Tổng cộng", "54.300"],
                    ],
                ),
            ],
        }
    )
    return items


def generated_items(today):
    """Every calendar-bound list of this module, by requirement key."""
    return {
        PRESS_CONFERENCES_KEY: press_conference_items(today),
        GAZETTE_KEY: gazette_items(today),
        WORK_PLAN_KEY: work_plan_items(today),
        FINANCIAL_REPORTS_KEY: financial_report_items(today),
    }
