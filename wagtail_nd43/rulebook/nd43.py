"""Decree 43/2011/NĐ-CP, with the HCMC letter 412/STTTT-TTĐT (2016) and Circular
32/2017/TT-BTTTT layout items.

Section titles are the Vietnamese names the texts use; slugs are ASCII. Requirement ids
are those of ``requirements.md`` (a ``.N`` suffix where one point holds several
checkable items). Levels follow the "Levels" column of requirements.md §11; under this
profile a commune (``ubnd-xa``) is treated like the local People's Committees (T, H).
"""

import datetime

from . import (
    ALL_LEVELS,
    ARTICLES,
    BO,
    CURRENT_WEEK,
    LETTER,
    RECOMMENDED,
    SECONDARY,
    SO,
    TONG_CUC,
    UBND_HUYEN,
    UBND_TINH,
    UBND_XA,
    VERIFIED,
    B,
    Deadline,
    Domain,
    FieldsFilled,
    Fresh,
    H,
    HasContent,
    InMenu,
    ItemsFilled,
    PackageSetting,
    Profile,
    RecordsExist,
    RecordsOnTime,
    Requirement,
    S,
    Section,
    SectionLive,
    SettingsFilled,
    Source,
    T,
    TranslationCurrent,
    X,
)


ND43 = "Nghị định 43/2011/NĐ-CP"
ND09 = "Nghị định 09/2017/NĐ-CP"
ND244 = "Nghị định 244/2026/NĐ-CP"
L91 = "Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15"

# When texts took over from each other (requirements.md §0.1): rows of the old text
# stop, rows of the new one start, and the checker picks by the evaluation date.
ND09_UNTIL = datetime.date(2026, 6, 30)
ND244_FROM = datetime.date(2026, 7, 1)
ND13_2023_UNTIL = datetime.date(2025, 12, 31)
L91_FROM = datetime.date(2026, 1, 1)
ND13_2018 = "Nghị định 13/2018/NĐ-CP"
ND13_2023 = "Nghị định 13/2023/NĐ-CP"
TT32 = "Thông tư 32/2017/TT-BTTTT"
CV412 = "Công văn 412/STTTT-TTĐT"

LOCAL = T | H | X  # People's Committees: locality overview and map instead of history
MINISTRY_OR_PROVINCE = B | T
#: Ministries and provincial People's Committees only: Art. 11–13 and the monthly
#: press information of Decree 09 Art. 5.2 name them, not the Tổng cục/Cục.
MINISTRIES_AND_PROVINCES = frozenset({BO, UBND_TINH})

APP = "wagtail_nd43."
#: Keys of sections other features look up (the home page's news, the banners).
NEWS = "tin-tuc-su-kien"
LAW_DISSEMINATION = "pho-bien-phap-luat"
#: The generic section page type (``rulebook.SECTION_PAGE``), for ``_section``.
SECTION = "SectionPage"
#: The four areas People's Committees publish plans in (Art. 10.1.đ), as the values
#: of ``PlanDocumentPage.category``: investment; construction, urban and land use;
#: natural resources; waste and environment.
PLAN_CATEGORIES = (
    "investment",
    "construction-land",
    "natural-resources",
    "waste-environment",
)
EDITORIAL_BOARD = APP + "EditorialBoard"
#: The nine items of a project Art. 10.1.h lists, as fields of the project page
#: (``models.projects.DECREE_FIELDS``).
PROJECT_FIELDS = (
    "title",
    "main_objective",
    "professional_field",
    "project_type",
    "implementation_period",
    "budget",
    "funding_type",
    "donor",
    "status",
)


def _section(key, title_vi, title_en, slug, model, requirement_ids=(), **kwargs):
    """A :class:`Section` whose page type is ``model`` of this package."""
    return Section(
        key=key,
        title_vi=title_vi,
        title_en=title_en,
        slug=slug,
        page_type=APP + model,
        requirement_ids=tuple(requirement_ids),
        **kwargs,
    )


TREE = _section(
    "trang-chu",
    "Trang chủ",
    "Home",
    "trang-chu",
    "AgencyHomePage",
    ("TT32-16.3a", "TT32-16.3c", "ND43-10.1l", "CV412-7"),
    guidance_vi=(
        "Trang chủ hiển thị biểu trưng (quốc huy hoặc logo) và tên đầy đủ của cơ quan, "
        "trình đơn chính, các chuyên mục bắt buộc và tin mới nhất. Tên, địa chỉ, điện "
        "thoại, thư điện tử và người chịu trách nhiệm ở chân trang lấy từ mục Cài đặt > "
        "Thông tin cơ quan."
    ),
    children=(
        _section(
            "gioi-thieu",
            "Giới thiệu",
            "About us",
            "gioi-thieu",
            SECTION,
            ("ND43-10.1a",),
            in_menu=True,
            guidance_vi=(
                "Trang tổng hợp thông tin giới thiệu cơ quan. Điền đủ các mục con: chức "
                "năng, nhiệm vụ; cơ cấu tổ chức; lãnh đạo; quá trình phát triển hoặc tổng "
                "quan địa phương."
            ),
            children=(
                _section(
                    "gioi-thieu.chuc-nang-nhiem-vu",
                    "Chức năng, nhiệm vụ, quyền hạn",
                    "Functions, tasks and powers",
                    "chuc-nang-nhiem-vu",
                    SECTION,
                    ("ND43-10.1a.1",),
                    guidance_vi=(
                        "Nêu chức năng, nhiệm vụ, quyền hạn của cơ quan và của từng đơn "
                        "vị trực thuộc, theo văn bản quy định (ghi rõ số, ngày văn bản)."
                    ),
                ),
                _section(
                    "gioi-thieu.co-cau-to-chuc",
                    "Cơ cấu tổ chức",
                    "Organisation structure",
                    "co-cau-to-chuc",
                    SECTION,
                    ("ND43-10.1a.2",),
                    guidance_vi=(
                        "Đăng sơ đồ tổ chức (ảnh có mô tả thay thế, hoặc tệp PDF) và danh "
                        "sách các phòng, đơn vị thuộc cơ quan."
                    ),
                ),
                _section(
                    "gioi-thieu.lich-su-phat-trien",
                    "Quá trình hình thành và phát triển",
                    "History",
                    "lich-su-phat-trien",
                    SECTION,
                    ("ND43-10.1a.3",),
                    levels=B | S,
                    guidance_vi=(
                        "Tóm tắt quá trình hình thành và phát triển của cơ quan: thời "
                        "điểm thành lập, các lần hợp nhất, đổi tên, thành tích chính."
                    ),
                ),
                _section(
                    "gioi-thieu.tong-quan",
                    "Tổng quan",
                    "Overview of the locality",
                    "tong-quan",
                    SECTION,
                    ("ND43-10.1a.5",),
                    levels=LOCAL,
                    guidance_vi=(
                        "Giới thiệu bộ máy hành chính, điều kiện tự nhiên, lịch sử, truyền "
                        "thống văn hóa, di tích, danh thắng của địa phương."
                    ),
                ),
                _section(
                    "gioi-thieu.ban-do-hanh-chinh",
                    "Bản đồ hành chính",
                    "Administrative map",
                    "ban-do-hanh-chinh",
                    SECTION,
                    ("ND43-10.1a.6",),
                    levels=LOCAL,
                    guidance_vi=(
                        "Đăng bản đồ địa giới hành chính đến cấp xã, phường (ảnh có mô tả "
                        "thay thế hoặc tệp PDF)."
                    ),
                ),
                _section(
                    "gioi-thieu.lanh-dao",
                    "Lãnh đạo",
                    "Leadership",
                    "lanh-dao",
                    "LeadershipPage",
                    ("ND43-10.1a.4",),
                    guidance_vi=(
                        "Với mỗi lãnh đạo cơ quan: họ tên, chức vụ, tóm tắt tiểu sử và "
                        "nhiệm vụ đảm nhiệm; nên có điện thoại và thư điện tử công vụ."
                    ),
                ),
                _section(
                    "gioi-thieu.ban-bien-tap",
                    "Ban biên tập",
                    "Editorial board",
                    "ban-bien-tap",
                    "EditorialBoardPage",
                    ("ND43-21", "ND43-30.3", "CV412-2"),
                    guidance_vi=(
                        "Trang này tự hiển thị quyết định thành lập, thành viên và hai "
                        "quy chế của Ban biên tập, lấy từ mục Cài đặt > Ban biên tập. "
                        "Không đăng thông tin liên hệ riêng của thành viên."
                    ),
                ),
                _section(
                    "gioi-thieu.don-vi-truc-thuoc",
                    "Đơn vị trực thuộc",
                    "Subordinate units",
                    "don-vi-truc-thuoc",
                    "UnitsPage",
                    ("ND43-10.1a.7",),
                    levels=B | T | S,
                    guidance_vi=(
                        "Danh sách đơn vị trực thuộc với chức năng, nhiệm vụ, người đứng "
                        "đầu, địa chỉ, điện thoại, thư điện tử và trang thông tin điện tử."
                    ),
                ),
            ),
        ),
        _section(
            "tin-tuc-su-kien",
            "Tin tức, sự kiện",
            "News and events",
            "tin-tuc-su-kien",
            SECTION,
            ("ND43-10.1b", "ND43-17.1a", "ND43-5.3"),
            items=ARTICLES,
            in_menu=True,
            guidance_vi=(
                "Tin, bài về hoạt động của cơ quan và các vấn đề thuộc phạm vi quản lý nhà "
                "nước. Mỗi bài ghi rõ tác giả và nguồn tin; cập nhật thường xuyên."
            ),
        ),
        _section(
            "chi-dao-dieu-hanh",
            "Thông tin chỉ đạo, điều hành",
            "Direction and administration",
            "chi-dao-dieu-hanh",
            SECTION,
            ("ND43-10.1c",),
            items=(),
            in_menu=True,
            guidance_vi=(
                "Gồm bốn mục: ý kiến chỉ đạo, điều hành; trả lời kiến nghị; khen thưởng, "
                "xử phạt; lịch làm việc của lãnh đạo."
            ),
            children=(
                _section(
                    "chi-dao-dieu-hanh.y-kien-chi-dao",
                    "Ý kiến chỉ đạo, điều hành",
                    "Directives",
                    "y-kien-chi-dao",
                    "DirectivesPage",
                    ("ND43-10.1c.1",),
                    guidance_vi=(
                        "Ý kiến chỉ đạo, điều hành của thủ trưởng cơ quan đã được thống "
                        "nhất và chính thức ban hành bằng văn bản."
                    ),
                ),
                _section(
                    "chi-dao-dieu-hanh.tra-loi-kien-nghi",
                    "Trả lời kiến nghị của tổ chức, cá nhân",
                    "Responses to petitions",
                    "tra-loi-kien-nghi",
                    "PetitionResponsesPage",
                    ("ND43-10.1c.2",),
                    guidance_vi=(
                        "Thông tin xử lý và trả lời kiến nghị, yêu cầu của tổ "
                        "chức, cá nhân: nội dung kiến nghị, đơn vị trả lời, nội dung trả "
                        "lời, ngày trả lời."
                    ),
                ),
                _section(
                    "chi-dao-dieu-hanh.khen-thuong-xu-phat",
                    "Khen thưởng, xử phạt",
                    "Rewards and penalties",
                    "khen-thuong-xu-phat",
                    "RewardsPenaltiesPage",
                    ("ND43-10.1c.3",),
                    guidance_vi=(
                        "Thông tin khen thưởng, xử phạt đối với tổ chức, doanh nghiệp "
                        "thuộc lĩnh vực quản lý: đối tượng, số quyết định, ngày, hình thức."
                    ),
                ),
                _section(
                    "chi-dao-dieu-hanh.lich-lam-viec",
                    "Lịch làm việc của lãnh đạo",
                    "Leaders' work schedule",
                    "lich-lam-viec",
                    "WorkSchedulePage",
                    ("ND43-10.1c.4",),
                    guidance_vi=(
                        "Đăng lịch làm việc hằng tuần của lãnh đạo cơ quan trước đầu tuần: "
                        "ngày, giờ, nội dung, lãnh đạo chủ trì, địa điểm, thành phần."
                    ),
                ),
            ),
        ),
        _section(
            "pho-bien-phap-luat",
            "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật",
            "Law dissemination",
            "pho-bien-phap-luat",
            SECTION,
            ("ND43-10.1d", "ND43-17.1b", "CV412-4"),
            items=ARTICLES + (APP + "CampaignPage",),
            guidance_vi=(
                "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách "
                "thuộc lĩnh vực quản lý, chậm nhất 15 ngày làm việc sau khi văn bản ban "
                "hành. Mở chuyên mục con cho các đợt tuyên truyền (ví dụ bầu cử)."
            ),
        ),
        _section(
            "quy-hoach-ke-hoach",
            "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển",
            "Strategies and development plans",
            "quy-hoach-ke-hoach",
            "PlanningPage",
            ("ND43-10.1đ", "ND43-10.1đ.1", "ND43-17.1d"),
            guidance_vi=(
                "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển thuộc lĩnh vực quản "
                "lý, kèm số và ngày quyết định phê duyệt; đăng chậm nhất 10 ngày làm việc "
                "sau khi được phê duyệt. Trang của UBND đăng đủ bốn lĩnh vực: chính sách "
                "ưu đãi, cơ hội đầu tư, dự án kêu gọi vốn; quy hoạch xây dựng, đô thị, "
                "kế hoạch sử dụng đất; khai thác tài nguyên thiên nhiên; thu gom, xử lý "
                "chất thải, nguồn thải và khu vực ô nhiễm môi trường."
            ),
        ),
        _section(
            "van-ban",
            "Văn bản quy phạm pháp luật",
            "Legal documents",
            "van-ban",
            "LegalDocumentsPage",
            ("ND43-10.1e", "ND43-17.1c"),
            in_menu=True,
            guidance_vi=(
                "Hệ thống văn bản quy phạm pháp luật chuyên ngành và văn bản quản lý hành "
                "chính liên quan. Mỗi văn bản ghi: hình thức, cơ quan ban hành, số ký hiệu, "
                "ngày ban hành, ngày hiệu lực, trích yếu và tệp tải về."
            ),
            children=(
                _section(
                    "van-ban.cong-bao",
                    "Công báo điện tử",
                    "Official gazette",
                    "cong-bao",
                    SECTION,
                    ("ND43-10.1g",),
                    items=ARTICLES,
                    levels=T,
                    guidance_vi=(
                        "Mỗi số công báo: số, ngày đăng, danh mục văn bản đăng trên số "
                        "công báo và trích yếu của từng văn bản."
                    ),
                ),
            ),
        ),
        _section(
            "du-an-dau-tu",
            "Dự án, hạng mục đầu tư, đấu thầu, mua sắm công",
            "Projects, investment, bidding and procurement",
            "du-an-dau-tu",
            "ProjectsPage",
            ("ND43-10.1h", "ND43-17.1d.1"),
            guidance_vi=(
                "Danh sách dự án đang chuẩn bị đầu tư, đang triển khai và đã hoàn tất. Mỗi "
                "dự án: tên, mục tiêu chính, lĩnh vực chuyên môn, loại dự án, thời gian "
                "thực hiện, kinh phí, loại hình tài trợ, nhà tài trợ, tình trạng; ghi "
                "ngày phê duyệt và đăng chậm nhất 10 ngày làm việc sau ngày đó."
            ),
        ),
        _section(
            "lay-y-kien",
            "Lấy ý kiến góp ý",
            "Public consultation",
            "lay-y-kien",
            "ConsultationsPage",
            ("ND43-10.1i", "ND43-10.1i.2"),
            guidance_vi=(
                "Danh sách dự thảo văn bản, chính sách cần xin ý kiến. Mỗi dự thảo: toàn "
                "văn, thời hạn góp ý, địa chỉ và thư điện tử đơn vị tiếp nhận, các ý kiến "
                "đã nhận."
            ),
            children=(
                _section(
                    "lay-y-kien.phan-anh-kien-nghi",
                    "Phản ánh, kiến nghị về quy định hành chính",
                    "Feedback on administrative regulations",
                    "phan-anh-kien-nghi",
                    SECTION,
                    ("ND43-10.1i.1",),
                    guidance_vi=(
                        "Hướng dẫn tổ chức, cá nhân gửi phản ánh, kiến nghị về quy định "
                        "hành chính và cách cơ quan tiếp nhận, trả lời."
                    ),
                ),
            ),
        ),
        _section(
            "dich-vu-cong",
            "Dịch vụ công trực tuyến",
            "Online public services",
            "dich-vu-cong",
            "OnlineServicesPage",
            ("ND43-18.2", "TT32-6"),
            in_menu=True,
            guidance_vi=(
                "Danh mục dịch vụ hành chính công và dịch vụ công trực tuyến, ghi rõ mức "
                "độ của từng dịch vụ, phân theo ngành, lĩnh vực; tên dịch vụ đúng tên thủ "
                "tục hành chính."
            ),
            children=(
                _section(
                    "dich-vu-cong.huong-dan",
                    "Hướng dẫn thực hiện dịch vụ công",
                    "Service guidance",
                    "huong-dan",
                    SECTION,
                    ("TT32-11.1.1",),
                    guidance_vi=(
                        "Hướng dẫn thực hiện các thủ tục hành chính thường gặp và cách sử "
                        "dụng dịch vụ công trực tuyến."
                    ),
                ),
                _section(
                    "dich-vu-cong.cau-hoi-thuong-gap",
                    "Câu hỏi thường gặp",
                    "Frequently asked questions",
                    "cau-hoi-thuong-gap",
                    SECTION,
                    ("TT32-11.1.2",),
                    guidance_vi=(
                        "Câu hỏi thường gặp và trả lời về thủ tục hành chính và dịch vụ "
                        "công trực tuyến."
                    ),
                ),
            ),
        ),
        _section(
            "lien-he",
            "Liên hệ",
            "Contact",
            "lien-he",
            "ContactPage",
            ("ND43-10.1k",),
            in_menu=True,
            guidance_vi=(
                "Thông tin giao dịch của cơ quan và danh bạ cán bộ, công chức có thẩm "
                "quyền: họ tên, chức vụ, đơn vị, điện thoại/fax, thư điện tử công vụ."
            ),
        ),
        _section(
            "hoi-dap",
            "Hỏi đáp",
            "Questions and answers",
            "hoi-dap",
            "QuestionsPage",
            ("ND43-15.2", "ND43-17.1đ"),
            guidance_vi=(
                "Tiếp nhận câu hỏi, ý kiến của tổ chức, cá nhân; trả lời hoặc thông báo "
                "tình trạng xử lý trong 15 ngày làm việc; đăng các trả lời được nhiều người "
                "quan tâm."
            ),
        ),
        _section(
            "de-tai-khoa-hoc",
            "Chương trình, đề tài khoa học",
            "Science programmes and projects",
            "de-tai-khoa-hoc",
            "ResearchPage",
            ("ND43-11", "ND43-17.1e"),
            levels=MINISTRY_OR_PROVINCE,
            guidance_vi=(
                "Danh mục chương trình, đề tài khoa học sử dụng ngân sách nhà nước: mã số, "
                "tên, cấp quản lý, lĩnh vực, đơn vị chủ trì, thời gian thực hiện; sau "
                "nghiệm thu đăng báo cáo tóm tắt và kết quả ứng dụng. Đăng chậm nhất 20 "
                "ngày làm việc sau khi phê duyệt hoặc nghiệm thu."
            ),
        ),
        _section(
            "thong-ke",
            "Thông tin, báo cáo thống kê",
            "Statistics",
            "thong-ke",
            "StatisticsPage",
            ("ND43-12", "ND43-17.1g"),
            levels=MINISTRY_OR_PROVINCE,
            guidance_vi=(
                "Thông tin thống kê ngành, lĩnh vực: số liệu, báo cáo, phương pháp, phân "
                "tích và kỳ thống kê; đăng chậm nhất 10 ngày làm việc sau khi thủ trưởng "
                "quyết định công bố."
            ),
        ),
        _section(
            "tiep-can-thong-tin",
            "Tiếp cận thông tin",
            "Access to information",
            "tiep-can-thong-tin",
            SECTION,
            ("ND13/2018-11",),
            guidance_vi=(
                "Danh mục thông tin phải được công khai; đầu mối cung cấp thông tin; địa "
                "chỉ tiếp nhận yêu cầu và khiếu nại; mẫu phiếu yêu cầu; hướng dẫn."
            ),
        ),
        _section(
            "thong-tin-bao-chi",
            "Thông tin cho báo chí",
            "Press information",
            "thong-tin-bao-chi",
            "PressPage",
            ("CV412-3",),
            in_menu=True,
            guidance_vi=(
                "Chuyên mục cung cấp thông tin cho báo chí: người phát ngôn, quy chế phát "
                "ngôn, thông tin định kỳ và đột xuất, họp báo."
            ),
            children=(
                _section(
                    "thong-tin-bao-chi.nguoi-phat-ngon",
                    "Người phát ngôn",
                    "Spokesperson",
                    "nguoi-phat-ngon",
                    "SpokespersonPage",
                    ("ND09-3.4", "ND244-3.3"),
                    guidance_vi=(
                        "Họ tên, chức vụ, số điện thoại và thư điện tử của người phát ngôn "
                        "và người được ủy quyền phát ngôn."
                    ),
                ),
                _section(
                    "thong-tin-bao-chi.quy-che-phat-ngon",
                    "Quy chế phát ngôn",
                    "Spokesperson regulation",
                    "quy-che-phat-ngon",
                    "PressRegulationPage",
                    ("CV412-3.2", "ND244-8.3"),
                    guidance_vi=(
                        "Quy chế phát ngôn và cung cấp thông tin cho báo chí của cơ quan: "
                        "số, ngày ban hành, người ký và tệp văn bản."
                    ),
                ),
                _section(
                    "thong-tin-bao-chi.dinh-ky",
                    "Thông tin định kỳ",
                    "Periodic press information",
                    "dinh-ky",
                    "PeriodicPressPage",
                    ("ND09-5.2", "ND244-6.2", "ND09-5.3", "ND244-6.3"),
                    guidance_vi=(
                        "Thông tin định kỳ cho báo chí; với Bộ và UBND tỉnh ít nhất mỗi "
                        "tháng một lần."
                    ),
                ),
                _section(
                    "thong-tin-bao-chi.dot-xuat",
                    "Thông tin đột xuất",
                    "Ad-hoc press information",
                    "dot-xuat",
                    "AdHocPressPage",
                    ("ND09-6.3a", "ND09-6.3a.1", "ND244-7.3", "ND244-7.3.1"),
                    guidance_vi=(
                        "Phát ngôn, cung cấp thông tin đột xuất khi có sự kiện quan trọng, "
                        "chậm nhất 24 giờ kể từ khi xảy ra vụ việc."
                    ),
                ),
                _section(
                    "thong-tin-bao-chi.hop-bao",
                    "Họp báo, thông cáo báo chí",
                    "Press conferences and releases",
                    "hop-bao",
                    "PressConferencePage",
                    ("ND09-5.2.2", "ND244-6.2.2"),
                    levels=MINISTRY_OR_PROVINCE,
                    guidance_vi=(
                        "Nội dung họp báo và thông cáo báo chí; Bộ và UBND tỉnh họp báo ít "
                        "nhất 3 tháng một lần."
                    ),
                ),
            ),
        ),
        _section(
            "en",
            "English",
            "English",
            "en",
            "EnglishPage",
            ("ND43-13",),
            levels=MINISTRY_OR_PROVINCE,
            guidance_vi=(
                "Thông tin tiếng Anh: ít nhất giới thiệu cơ quan và thông tin liên hệ, cập "
                "nhật ngay khi bản tiếng Việt thay đổi."
            ),
            children=(
                _section(
                    "en.about",
                    "About us",
                    "About us",
                    "about",
                    "EnglishAboutPage",
                    ("ND43-13.1",),
                    levels=MINISTRY_OR_PROVINCE,
                    translates="gioi-thieu",
                    guidance_vi=(
                        "Bản tiếng Anh của thông tin giới thiệu: cơ cấu tổ chức, chức năng, "
                        "nhiệm vụ, quyền hạn. Chọn trang tiếng Việt được dịch; khi trang đó "
                        "được xuất bản lại, cập nhật và xuất bản lại bản tiếng Anh."
                    ),
                ),
                _section(
                    "en.contact",
                    "Contact",
                    "Contact",
                    "contact",
                    "EnglishContactPage",
                    ("ND43-13.2",),
                    levels=MINISTRY_OR_PROVINCE,
                    translates="lien-he",
                    guidance_vi=(
                        "Bản tiếng Anh của thông tin liên hệ cán bộ có thẩm quyền: họ tên, "
                        "chức vụ, đơn vị, điện thoại, fax, thư điện tử. Khi trang Liên hệ "
                        "tiếng Việt được xuất bản lại, cập nhật cả bản tiếng Anh."
                    ),
                ),
            ),
        ),
        _section(
            "bao-ve-du-lieu-ca-nhan",
            "Chính sách bảo vệ dữ liệu cá nhân",
            "Personal data protection policy",
            "bao-ve-du-lieu-ca-nhan",
            "PrivacyPage",
            ("ND13-13", "L91-9"),
            guidance_vi=(
                "Thông báo xử lý dữ liệu cá nhân: mục đích, loại dữ liệu, cách thức xử lý, "
                "tổ chức liên quan, hậu quả không mong muốn có thể xảy ra, thời gian bắt "
                "đầu và kết thúc xử lý; quyền của chủ thể dữ liệu và cách liên hệ."
            ),
        ),
        _section(
            "so-do-cong",
            "Sơ đồ cổng thông tin điện tử",
            "Site map",
            "so-do-cong",
            "SiteMapPage",
            ("TT32-16.4",),
            in_menu=True,
            guidance_vi=(
                "Sơ đồ cổng được tạo tự động từ cây trang; chỉ cần giữ trang ở trạng thái "
                "xuất bản. Tệp /sitemap.xml cho máy tìm kiếm cũng được tạo tự động."
            ),
        ),
    ),
)


#: How the catalogue knows each text (requirements.md §0): the letter is the seed
#: document itself; Decree 244/2026 from an OCR copy; the others in full text.
CONFIDENCE_OF = {CV412: LETTER, ND244: SECONDARY}


def _req(rid, document, article, clause, point, title_vi, title_en, check, **kwargs):
    return Requirement(
        id=rid,
        source=Source(
            document,
            article,
            clause,
            point,
            confidence=CONFIDENCE_OF.get(document, VERIFIED),
        ),
        title_vi=title_vi,
        title_en=title_en,
        check=check,
        **kwargs,
    )


IDENTITY_FOOTER = ("full_name", "address", "phone", "email")
SPOKESPERSON = RecordsExist(
    "wagtail_nd43.Spokesperson",
    fields=("full_name", "position", "phone", "email"),
    where=(("live", True),),
    section="thong-tin-bao-chi.nguoi-phat-ngon",
)
PRESS_REGULATION = FieldsFilled(
    "thong-tin-bao-chi.quy-che-phat-ngon",
    ("regulation_number", "regulation_date", "regulation_file"),
)
AD_HOC_DEADLINE = Deadline(
    "thong-tin-bao-chi.dot-xuat", date_field="event_at", hours=24
)
#: Art. 17.1.c: 2 working days for the documents the agency issued itself, 10 for
#: others (``LegalDocumentPage.publication_deadline_days`` reads it).
LEGAL_DOCUMENTS_DEADLINE = Deadline(
    "van-ban",
    date_field="issued_date",
    working_days=10,
    own_field="is_own_issuance",
    own_working_days=2,
)

REQUIREMENTS = (
    # Điều 10.1 — mandatory information.
    _req(
        "ND43-10.1a",
        ND43,
        "10",
        "1",
        "a",
        "Thông tin giới thiệu",
        "Introduction",
        SectionLive("gioi-thieu"),
    ),
    _req(
        "ND43-10.1a.1",
        ND43,
        "10",
        "1",
        "a",
        "Chức năng, nhiệm vụ, quyền hạn",
        "Functions, tasks and powers",
        HasContent("gioi-thieu.chuc-nang-nhiem-vu"),
    ),
    _req(
        "ND43-10.1a.2",
        ND43,
        "10",
        "1",
        "a",
        "Sơ đồ, cơ cấu tổ chức",
        "Organisation chart and structure",
        HasContent("gioi-thieu.co-cau-to-chuc"),
    ),
    _req(
        "ND43-10.1a.3",
        ND43,
        "10",
        "1",
        "a",
        "Tóm lược quá trình hình thành và phát triển",
        "History",
        HasContent("gioi-thieu.lich-su-phat-trien"),
        levels=B | S,
    ),
    _req(
        "ND43-10.1a.4",
        ND43,
        "10",
        "1",
        "a",
        "Tiểu sử tóm tắt và nhiệm vụ đảm nhiệm của lãnh đạo",
        "Leaders' biographies and duties",
        RecordsExist(
            "wagtail_nd43.Leader",
            fields=("full_name", "position", "biography", "duties"),
        ),
    ),
    _req(
        "ND43-10.1a.5",
        ND43,
        "10",
        "1",
        "a",
        "Điều kiện tự nhiên, lịch sử, văn hóa, di tích, danh thắng",
        "Locality overview",
        HasContent("gioi-thieu.tong-quan"),
        levels=LOCAL,
    ),
    _req(
        "ND43-10.1a.6",
        ND43,
        "10",
        "1",
        "a",
        "Bản đồ địa giới hành chính",
        "Administrative map",
        HasContent("gioi-thieu.ban-do-hanh-chinh"),
        levels=LOCAL,
    ),
    _req(
        "ND43-10.1a.7",
        ND43,
        "10",
        "1",
        "a",
        "Chức năng, nhiệm vụ của đơn vị trực thuộc",
        "Subordinate units",
        RecordsExist("wagtail_nd43.Unit", fields=("name", "functions")),
        levels=B | T | S,
    ),
    _req(
        "ND43-10.1b",
        ND43,
        "10",
        "1",
        "b",
        "Tin tức, sự kiện",
        "News and events",
        HasContent("tin-tuc-su-kien"),
    ),
    _req(
        "ND43-10.1c",
        ND43,
        "10",
        "1",
        "c",
        "Thông tin chỉ đạo, điều hành",
        "Direction and administration",
        SectionLive("chi-dao-dieu-hanh"),
    ),
    _req(
        "ND43-10.1c.1",
        ND43,
        "10",
        "1",
        "c",
        "Ý kiến chỉ đạo, điều hành",
        "Directives",
        ItemsFilled(
            "chi-dao-dieu-hanh.y-kien-chi-dao",
            fields=("number", "date", "issuer", "summary"),
        ),
    ),
    _req(
        "ND43-10.1c.2",
        ND43,
        "10",
        "1",
        "c",
        "Xử lý, trả lời kiến nghị của tổ chức, cá nhân",
        "Responses to petitions",
        ItemsFilled(
            "chi-dao-dieu-hanh.tra-loi-kien-nghi",
            fields=("petition_summary", "responding_unit", "date"),
        ),
    ),
    _req(
        "ND43-10.1c.3",
        ND43,
        "10",
        "1",
        "c",
        "Khen thưởng, xử phạt",
        "Rewards and penalties",
        ItemsFilled(
            "chi-dao-dieu-hanh.khen-thuong-xu-phat",
            fields=("subject", "decision_number", "decision_date", "form"),
        ),
    ),
    _req(
        "ND43-10.1c.4",
        ND43,
        "10",
        "1",
        "c",
        "Lịch làm việc của lãnh đạo cơ quan",
        "Leaders' work schedule",
        Fresh("chi-dao-dieu-hanh.lich-lam-viec", window=CURRENT_WEEK),
    ),
    _req(
        "ND43-10.1d",
        ND43,
        "10",
        "1",
        "d",
        "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật",
        "Law dissemination",
        HasContent("pho-bien-phap-luat"),
    ),
    _req(
        "ND43-10.1đ",
        ND43,
        "10",
        "1",
        "đ",
        "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển",
        "Strategies and plans",
        ItemsFilled(
            "quy-hoach-ke-hoach",
            fields=("decision_number", "approved_date", "file"),
        ),
    ),
    _req(
        "ND43-10.1đ.1",
        ND43,
        "10",
        "1",
        "đ",
        "Quy hoạch, kế hoạch của UBND đủ bốn lĩnh vực: đầu tư; xây dựng, đô thị, đất "
        "đai; tài nguyên thiên nhiên; chất thải và môi trường",
        "Plans of People's Committees in the four required areas",
        ItemsFilled("quy-hoach-ke-hoach", per="category", values=PLAN_CATEGORIES),
        levels=LOCAL,
    ),
    _req(
        "ND43-10.1e",
        ND43,
        "10",
        "1",
        "e",
        "Hệ thống văn bản quy phạm pháp luật và văn bản quản lý hành chính",
        "Legal documents",
        HasContent("van-ban"),
    ),
    _req(
        "ND43-10.1g",
        ND43,
        "10",
        "1",
        "g",
        "Công báo điện tử",
        "Official gazette",
        HasContent("van-ban.cong-bao"),
        levels=T,
    ),
    _req(
        "ND43-10.1h",
        ND43,
        "10",
        "1",
        "h",
        "Dự án, hạng mục đầu tư, đấu thầu, mua sắm công",
        "Projects and procurement",
        ItemsFilled("du-an-dau-tu", fields=PROJECT_FIELDS),
    ),
    _req(
        "ND43-10.1i",
        ND43,
        "10",
        "1",
        "i",
        "Lấy ý kiến góp ý của tổ chức, cá nhân",
        "Public consultation",
        SectionLive("lay-y-kien"),
    ),
    _req(
        "ND43-10.1i.2",
        ND43,
        "10",
        "1",
        "i",
        "Công khai kết quả tiếp thu ý kiến dự thảo (báo cáo tổng hợp, tiếp thu, "
        "giải trình)",
        "Results of public consultations published",
        RecordsOnTime(
            APP + "ConsultationPage",
            start_field="closes_at",
            end_field="concluded_at",
            days_setting="CONSULTATION_CONCLUSION_DAYS",
        ),
        severity=RECOMMENDED,
    ),
    _req(
        "ND43-10.1i.1",
        ND43,
        "10",
        "1",
        "i",
        "Tiếp nhận phản ánh, kiến nghị về quy định hành chính",
        "Feedback on administrative regulations",
        SectionLive("lay-y-kien.phan-anh-kien-nghi"),
    ),
    _req(
        "ND43-10.1k",
        ND43,
        "10",
        "1",
        "k",
        "Thông tin liên hệ của cán bộ, công chức có thẩm quyền",
        "Contacts of competent officials",
        RecordsExist(
            "wagtail_nd43.ContactPerson",
            fields=("full_name", "position", "unit", "phone", "email"),
        ),
    ),
    _req(
        "ND43-10.1l",
        ND43,
        "10",
        "1",
        "l",
        "Thông tin giao dịch của cổng",
        "Contact details of the portal",
        SettingsFilled(("address", "phone", "fax", "email")),
    ),
    # Điều 11–13 — by agency level.
    _req(
        "ND43-11",
        ND43,
        "11",
        "",
        "",
        "Chương trình, đề tài khoa học",
        "Science programmes",
        HasContent("de-tai-khoa-hoc"),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    _req(
        "ND43-12",
        ND43,
        "12",
        "",
        "",
        "Thông tin, báo cáo thống kê",
        "Statistics",
        HasContent("thong-ke"),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    _req(
        "ND43-13",
        ND43,
        "13",
        "",
        "",
        "Thông tin tiếng nước ngoài",
        "Foreign-language information",
        SectionLive("en"),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    _req(
        "ND43-13.1",
        ND43,
        "13",
        "",
        "",
        "Giới thiệu bằng tiếng Anh",
        "Introduction in English",
        TranslationCurrent("en.about"),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    _req(
        "ND43-13.2",
        ND43,
        "13",
        "",
        "",
        "Thông tin liên hệ bằng tiếng Anh",
        "Contacts in English",
        TranslationCurrent("en.contact"),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    # Functions, deadlines, services.
    _req(
        "ND43-15.2",
        ND43,
        "15",
        "2",
        "",
        "Hỏi đáp và tiếp nhận thông tin phản hồi",
        "Questions and feedback",
        SectionLive("hoi-dap"),
    ),
    _req(
        "ND43-17.1a",
        ND43,
        "17",
        "1",
        "a",
        "Cập nhật tin tức thường xuyên",
        "News updated regularly",
        Fresh("tin-tuc-su-kien", window=31),
        severity=RECOMMENDED,
    ),
    _req(
        "ND43-17.1b",
        ND43,
        "17",
        "1",
        "b",
        "Phổ biến pháp luật chậm nhất 15 ngày làm việc",
        "Dissemination within 15 working days",
        # Articles that explain a newly issued document record its issue date;
        # the others (general dissemination) have no deadline of their own.
        Deadline("pho-bien-phap-luat", date_field="law_issued_date", working_days=15),
    ),
    _req(
        "ND43-17.1c",
        ND43,
        "17",
        "1",
        "c",
        "Đăng văn bản chậm nhất 2 (cơ quan ban hành) hoặc 10 ngày làm việc",
        "Legal documents within 2 or 10 working days",
        LEGAL_DOCUMENTS_DEADLINE,
    ),
    _req(
        "ND43-17.1d",
        ND43,
        "17",
        "1",
        "d",
        "Đăng chiến lược, quy hoạch chậm nhất 10 ngày làm việc sau phê duyệt",
        "Plans within 10 working days of approval",
        Deadline("quy-hoach-ke-hoach", date_field="approved_date", working_days=10),
    ),
    _req(
        "ND43-17.1d.1",
        ND43,
        "17",
        "1",
        "d",
        "Đăng dự án, đầu tư, đấu thầu, mua sắm công chậm nhất 10 ngày làm việc sau "
        "phê duyệt",
        "Projects, bidding and procurement within 10 working days of approval",
        Deadline("du-an-dau-tu", date_field="approved_date", working_days=10),
    ),
    _req(
        "ND43-17.1đ",
        ND43,
        "17",
        "1",
        "đ",
        "Trả lời câu hỏi trong 15 ngày làm việc",
        "Answer questions within 15 working days",
        RecordsOnTime(
            APP + "Question",
            start_field="created_at",
            # The answer, the out-of-scope notice or a status notice, whichever
            # came first (Art. 17.1.đ accepts each); forwarding is none of them.
            end_field="first_response_at",
            working_days=15,
        ),
    ),
    _req(
        "ND43-17.1e",
        ND43,
        "17",
        "1",
        "e",
        "Đăng chương trình, đề tài khoa học chậm nhất 20 ngày làm việc sau phê duyệt",
        "Science programmes within 20 working days of approval",
        Deadline("de-tai-khoa-hoc", date_field="approved_date", working_days=20),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    _req(
        "ND43-17.1g",
        ND43,
        "17",
        "1",
        "g",
        "Đăng thông tin thống kê chậm nhất 10 ngày làm việc sau quyết định công bố",
        "Statistics within 10 working days of the decision to publish",
        Deadline("thong-ke", date_field="decision_date", working_days=10),
        levels=MINISTRIES_AND_PROVINCES,
    ),
    _req(
        "ND43-18.2",
        ND43,
        "18",
        "2",
        "",
        "Mục Dịch vụ công trực tuyến",
        "Online public services section",
        HasContent("dich-vu-cong"),
    ),
    _req(
        "ND43-5.3",
        ND43,
        "5",
        "3",
        "",
        "Ghi rõ tác giả của tin, bài",
        "Author of every article stated",
        ItemsFilled("tin-tuc-su-kien", fields=("author",)),
    ),
    _req(
        "ND43-6.1",
        ND43,
        "6",
        "1",
        "",
        "Tên miền .gov.vn",
        "A .gov.vn domain name",
        Domain(".gov.vn"),
        # requirements.md: a warning, not a hard fail (a test or staging site).
        severity=RECOMMENDED,
    ),
    # Circular 32/2017 — guidance and layout.
    _req(
        "TT32-6",
        TT32,
        "6",
        "",
        "",
        "Danh mục dịch vụ công phân theo ngành, lĩnh vực, cấp hành chính",
        "Services listed by sector, field and administrative level",
        ItemsFilled("dich-vu-cong", fields=("sector", "field", "administrative_level")),
    ),
    _req(
        "TT32-16.1",
        TT32,
        "16",
        "1",
        "",
        "Các hạng mục thông tin chủ yếu trên trang chủ hoặc trình đơn chính",
        "Main sections on the home page or in the main menu",
        InMenu(),
    ),
    _req(
        "TT32-11.1.1",
        TT32,
        "11",
        "1",
        "",
        "Hướng dẫn thực hiện thủ tục thường gặp",
        "Service guidance",
        HasContent("dich-vu-cong.huong-dan"),
    ),
    _req(
        "TT32-11.1.2",
        TT32,
        "11",
        "1",
        "",
        "Câu hỏi thường gặp về thủ tục",
        "Service FAQ",
        HasContent("dich-vu-cong.cau-hoi-thuong-gap"),
    ),
    _req(
        "TT32-16.3a",
        TT32,
        "16",
        "3",
        "a",
        "Đầu trang: biểu trưng và tên đầy đủ của cơ quan",
        "Header: emblem or logo and full name",
        SettingsFilled(("full_name", "logo")),
    ),
    _req(
        "TT32-16.3c",
        TT32,
        "16",
        "3",
        "c",
        "Chân trang: tên đơn vị, người chịu trách nhiệm, địa chỉ, điện thoại, email",
        "Footer: owner, person responsible, address, phone, email",
        SettingsFilled(
            ("full_name", "responsible_person", "address", "phone", "email")
        ),
    ),
    _req(
        "TT32-16.4",
        TT32,
        "16",
        "4",
        "",
        "Sơ đồ cổng thông tin điện tử",
        "Site map (HTML and XML)",
        SectionLive("so-do-cong"),
    ),
    # Access to information and personal data.
    _req(
        "ND13/2018-11",
        ND13_2018,
        "11",
        "",
        "",
        "Chuyên mục tiếp cận thông tin",
        "Access-to-information section",
        HasContent("tiep-can-thong-tin"),
    ),
    _req(
        "ND13-13",
        ND13_2023,
        "13",
        "",
        "",
        "Thông báo xử lý dữ liệu cá nhân",
        "Personal data processing notice",
        HasContent("bao-ve-du-lieu-ca-nhan"),
        in_force_until=ND13_2023_UNTIL,
    ),
    _req(
        "L91-9",
        L91,
        "9",
        "",
        "",
        "Thông báo cho chủ thể dữ liệu: loại dữ liệu, mục đích, bên xử lý, quyền",
        "Notice to data subjects: data, purpose, controller, rights",
        HasContent("bao-ve-du-lieu-ca-nhan"),
        in_force_from=L91_FROM,
    ),
    # Press information: Decree 09/2017 until 30/06/2026, then Decree 244/2026
    # (read in an OCR copy: secondary); the HCMC letter asks for the section.
    _req(
        "ND09-3.4",
        ND09,
        "3",
        "4",
        "",
        "Công bố họ tên, chức vụ, điện thoại, email người phát ngôn",
        "Spokesperson's name, position, phone and email published",
        SPOKESPERSON,
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-3.3",
        ND244,
        "3",
        "3",
        "",
        "Đăng họ tên, chức vụ, điện thoại, thư điện tử công vụ của người phát ngôn",
        "Spokesperson's name, position, phone and official email posted",
        SPOKESPERSON,
        in_force_from=ND244_FROM,
    ),
    _req(
        "ND09-5.2",
        ND09,
        "5",
        "2",
        "",
        "Cung cấp thông tin định kỳ hằng tháng",
        "Monthly press information",
        Fresh("thong-tin-bao-chi.dinh-ky", window=31),
        levels=MINISTRIES_AND_PROVINCES,
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-6.2",
        ND244,
        "6",
        "2",
        "",
        "Cung cấp thông tin định kỳ hằng tháng",
        "Monthly press information",
        Fresh("thong-tin-bao-chi.dinh-ky", window=31),
        levels=MINISTRIES_AND_PROVINCES,
        in_force_from=ND244_FROM,
    ),
    _req(
        "ND09-5.2.2",
        ND09,
        "5",
        "2",
        "",
        "Họp báo ít nhất 3 tháng một lần",
        "Press conference at least quarterly",
        Fresh("thong-tin-bao-chi.hop-bao", window=92),
        levels=MINISTRIES_AND_PROVINCES,
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-6.2.2",
        ND244,
        "6",
        "2",
        "",
        "Họp báo ít nhất 3 tháng một lần",
        "Press conference at least every 3 months",
        Fresh("thong-tin-bao-chi.hop-bao", window=92),
        levels=MINISTRIES_AND_PROVINCES,
        in_force_from=ND244_FROM,
    ),
    _req(
        "ND09-5.3",
        ND09,
        "5",
        "3",
        "",
        "Cung cấp thông tin định kỳ cho báo chí và cập nhật trên cổng",
        "Periodic press information on the portal",
        HasContent("thong-tin-bao-chi.dinh-ky"),
        levels=frozenset({TONG_CUC, SO, UBND_HUYEN}),
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-6.3",
        ND244,
        "6",
        "3",
        "",
        "Cung cấp thông tin cho báo chí và cập nhật trên cổng",
        "Press information on the portal",
        HasContent("thong-tin-bao-chi.dinh-ky"),
        levels=frozenset({TONG_CUC, SO, UBND_XA}),
        in_force_from=ND244_FROM,
    ),
    _req(
        "ND09-6.3a",
        ND09,
        "6",
        "3",
        "a",
        "Phát ngôn đột xuất chậm nhất 24 giờ sau sự kiện",
        "Ad-hoc statement within 24 hours",
        SectionLive("thong-tin-bao-chi.dot-xuat"),
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-7.3",
        ND244,
        "7",
        "3",
        "",
        "Phát ngôn đột xuất chậm nhất 24 giờ",
        "Ad-hoc statement within 24 hours",
        SectionLive("thong-tin-bao-chi.dot-xuat"),
        in_force_from=ND244_FROM,
    ),
    _req(
        "CV412-3.2",
        CV412,
        "",
        "2",
        "",
        "Quy chế phát ngôn và cung cấp thông tin cho báo chí",
        "Spokesperson regulation",
        PRESS_REGULATION,
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-8.3",
        ND244,
        "8",
        "3",
        "",
        "Quy chế nội bộ về phát ngôn và cung cấp thông tin cho báo chí",
        "Internal regulation on speaking to the press",
        PRESS_REGULATION,
        in_force_from=ND244_FROM,
    ),
    _req(
        "ND09-3.6",
        ND09,
        "3",
        "6",
        "",
        "Đăng văn bản ủy quyền phát ngôn chậm nhất 12 giờ sau khi ký",
        "Authorisation posted within 12 hours of signing",
        None,
        severity=RECOMMENDED,
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND09-6.3a.1",
        ND09,
        "6",
        "3",
        "a",
        "Thông tin đột xuất đăng trong 24 giờ kể từ sự kiện",
        "Ad-hoc information within 24 hours of the event",
        AD_HOC_DEADLINE,
        severity=RECOMMENDED,
        in_force_until=ND09_UNTIL,
    ),
    _req(
        "ND244-7.3.1",
        ND244,
        "7",
        "4",
        "",
        "Thông tin đột xuất đăng trong 24 giờ kể từ khi nắm được vụ việc",
        "Ad-hoc information within 24 hours",
        AD_HOC_DEADLINE,
        severity=RECOMMENDED,
        in_force_from=ND244_FROM,
    ),
    # Editorial board (Decree 43 Art. 21, 30.3).
    _req(
        "ND43-21",
        ND43,
        "21",
        "",
        "",
        "Ban biên tập có Trưởng ban",
        "Editorial board with a head",
        RecordsExist("wagtail_nd43.EditorialBoardMember", where=(("role", "head"),)),
    ),
    _req(
        "ND43-30.3",
        ND43,
        "30",
        "3",
        "",
        "Quy chế phối hợp cung cấp, xử lý thông tin và quy chế vận hành cổng",
        "Coordination and operation regulations",
        SettingsFilled(
            (
                "coordination_number",
                "coordination_date",
                "coordination_file",
                "operation_number",
                "operation_date",
                "operation_file",
            ),
            model=EDITORIAL_BOARD,
        ),
    ),
    # The HCMC letter 412/STTTT-TTĐT (2016).
    _req(
        "CV412-2",
        CV412,
        "",
        "1",
        "",
        "Thành lập Ban biên tập; quy chế phối hợp và quy chế vận hành",
        "Editorial board and its regulations",
        SettingsFilled(
            ("decision_number", "decision_date", "decision_file"),
            model=EDITORIAL_BOARD,
        ),
    ),
    _req(
        "CV412-3",
        CV412,
        "",
        "2",
        "",
        "Chuyên mục Thông tin cho báo chí",
        "Press information section",
        SectionLive("thong-tin-bao-chi"),
    ),
    _req(
        "CV412-4",
        CV412,
        "",
        "3",
        "",
        "Chuyên mục tuyên truyền, phổ biến pháp luật hoặc biểu trưng liên kết",
        "Campaign sections or banners",
        SectionLive("pho-bien-phap-luat"),
    ),
    _req(
        "CV412-5",
        CV412,
        "",
        "3",
        "",
        "Biểu trưng (banner) tuyên truyền",
        "Campaign banners",
        RecordsExist("wagtail_nd43.Banner", where=(("live", True),)),
        severity=RECOMMENDED,
    ),
    _req(
        "CV412-6",
        CV412,
        "",
        "4",
        "",
        "Đếm số lượt truy cập và số lượt xem tin, bài",
        "Visit and view counters",
        PackageSetting(
            "COUNTER_MODE",
            not_in=("off",),
            admin_view="wagtail_nd43_admin:visits",
        ),
        severity=RECOMMENDED,
    ),
    _req(
        "CV412-7",
        CV412,
        "",
        "4",
        "",
        "Chân trang chủ: tên đơn vị, địa chỉ, email, điện thoại",
        "Home-page footer: unit, address, email, phone",
        SettingsFilled(IDENTITY_FOOTER),
    ),
)

PROFILE = Profile(
    name="nd43",
    title_vi="Nghị định 43/2011/NĐ-CP",
    title_en="Decree 43/2011/ND-CP",
    root=TREE,
    requirements=REQUIREMENTS,
)

__all__ = ["ALL_LEVELS", "PROFILE"]
