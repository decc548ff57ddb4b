"""Content of the demo site, as data.

Everything here is fictional: the province of Hòa Bình Xanh, its Sở Thông tin và
Truyền thông, the people, numbers, decisions and links. Sections are named by their
rulebook requirement key, never by slug or title. Links point at the reserved
``.example`` domain (RFC 2606) so that they can never reach a real site.

``{year}`` and ``{next_year}`` in titles and texts are filled in when the content is
loaded, so the demo never looks years out of date.
"""

FICTIONAL = "(dữ liệu minh họa)"

AGENCY = {
    "full_name": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
    "short_name": "Sở TT&TT Hòa Bình Xanh",
    "english_name": (
        "Department of Information and Communications of Hoa Binh Xanh Province"
    ),
    "governing_body": "Ủy ban nhân dân tỉnh Hòa Bình Xanh",
    "level": "so",
    "address": (
        "Số 18 đường Lê Lợi, phường Trung Tâm, thành phố Bình Xanh, tỉnh Hòa Bình Xanh"
    ),
    "phone": "(0200) 3 812 345",
    "fax": "(0200) 3 812 346",
    "email": "stttt@hoabinhxanh.gov.vn",
    "responsible_person": "Ông Trần Minh Khang – Giám đốc Sở",
    "licence_text": "",
    "copyright_text": (
        "Bản quyền © Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh. "
        "Trang trình diễn, mọi thông tin là dữ liệu minh họa."
    ),
}

SITE_NAME = "Sở TT&TT Hòa Bình Xanh (dữ liệu minh họa)"


def agency(full_name="", short_name="", governing_body=None):
    """The identity of the demo agency, or of another agency of the same fictional
    province when ``full_name`` is given (``dev.py demo --province`` loads the demo
    into the province's portal and two component sites, each under its own name).
    Returns the identity fields and the site's name."""
    if not full_name:
        return AGENCY, SITE_NAME
    short_name = short_name or full_name
    identity = {
        **AGENCY,
        "full_name": full_name,
        "short_name": short_name,
        "english_name": "",
        "copyright_text": (
            f"Bản quyền © {full_name}. "
            "Trang trình diễn, mọi thông tin là dữ liệu minh họa."
        ),
    }
    if governing_body is not None:
        identity["governing_body"] = governing_body
    return identity, f"{short_name} {FICTIONAL}"


LOGO_TITLE = "Biểu trưng Sở TT&TT Hòa Bình Xanh (minh họa)"

HOME_WELCOME = (
    "Chào mừng bạn đến với Cổng thông tin điện tử Sở Thông tin và Truyền thông "
    "tỉnh Hòa Bình Xanh (dữ liệu minh họa). Tỉnh Hòa Bình Xanh, cơ quan, con người "
    "và số liệu trên trang này đều là hư cấu, dùng để trình diễn một cổng thông tin "
    "đáp ứng Nghị định 43/2011/NĐ-CP."
)

AUTHORS = [
    "Minh Anh",
    "Thu Hà",
    "Quốc Việt",
    "Ngọc Lan",
    "Hoàng Nam",
    "Phòng Thông tin – Báo chí – Xuất bản",
    "Văn phòng Sở",
]

# Illustrations drawn with Pillow at load time; see demo.py.
IMAGES = {
    "tower": (
        "Trạm phát sóng trên đồi (minh họa)",
        "Hình vẽ minh họa: trạm phát sóng di động trên đồi xanh, sóng tín hiệu "
        "lan tỏa dưới bầu trời xanh.",
    ),
    "shield": (
        "An toàn thông tin (minh họa)",
        "Hình vẽ minh họa: máy tính xách tay với biểu tượng khiên bảo vệ màu vàng.",
    ),
    "building": (
        "Trụ sở cơ quan (minh họa)",
        "Hình vẽ minh họa: tòa nhà trụ sở ba tầng, trên nóc có lá cờ đỏ.",
    ),
}


ADMIN_MAP = (
    "Bản đồ hành chính tỉnh Hòa Bình Xanh (minh họa)",
    "Bản đồ hành chính tỉnh Hòa Bình Xanh (minh họa): địa giới 96 xã, phường tô các "
    "màu nhạt, ranh giới xã màu xám, ngôi sao đỏ đánh dấu trung tâm hành chính "
    "tỉnh ở phường Trung Tâm; xung quanh là nền xanh.",
)


# ---- StreamField helpers ------------------------------------------------------------


def p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def ul(*items):
    lis = "".join(f"<li>{item}</li>" for item in items)
    return {"type": "paragraph", "value": f"<ul>{lis}</ul>"}


def table(caption, rows):
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": rows,
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_header_choice": "row",
            },
        },
    }


# ---- Content sections: intro and body by requirement key ----------------------------

SECTIONS = {
    "gioi-thieu": {
        "intro": (
            "Thông tin giới thiệu về Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh: "
            "chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và các đơn vị trực thuộc."
        ),
        "body": [
            p(
                "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh là cơ quan chuyên môn "
                "thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý "
                "nhà nước về báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông "
                "tin, chuyển đổi số và thông tin cơ sở trên địa bàn tỉnh. "
                "Toàn bộ nội dung là dữ liệu minh họa."
            ),
        ],
    },
    "gioi-thieu.chuc-nang-nhiem-vu": {
        "intro": (
            "Chức năng, nhiệm vụ và quyền hạn của Sở theo Quyết định số "
            "12/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Hòa Bình Xanh (minh họa)."
        ),
        "body": [
            h("Vị trí và chức năng"),
            p(
                "Sở Thông tin và Truyền thông là cơ quan chuyên môn thuộc Ủy ban nhân "
                "dân tỉnh; có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự "
                "chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân "
                "tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về "
                "chuyên môn, nghiệp vụ của Bộ quản lý ngành."
            ),
            h("Nhiệm vụ và quyền hạn"),
            ul(
                "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển "
                "ngành thông tin và truyền thông trên địa bàn tỉnh.",
                "Hướng dẫn, kiểm tra hoạt động báo chí, xuất bản, in và phát hành; "
                "quản lý thông tin điện tử và thông tin cơ sở.",
                "Quản lý hạ tầng bưu chính, viễn thông; bảo đảm an toàn thông tin "
                "mạng cho các hệ thống thông tin của tỉnh.",
                "Chủ trì triển khai chuyển đổi số, xây dựng chính quyền số, vận hành "
                "Cổng thông tin điện tử và Hệ thống thông tin giải quyết thủ tục hành "
                "chính của tỉnh.",
                "Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và xử lý vi phạm "
                "trong lĩnh vực được giao.",
            ),
        ],
    },
    "gioi-thieu.co-cau-to-chuc": {
        "intro": "Cơ cấu tổ chức của Sở gồm Ban Giám đốc, các phòng chuyên môn và "
        "đơn vị sự nghiệp trực thuộc.",
        "body": [
            h("Lãnh đạo Sở"),
            p("Giám đốc và 02 Phó Giám đốc."),
            h("Các phòng chuyên môn, nghiệp vụ"),
            ul(
                "Văn phòng Sở",
                "Thanh tra Sở",
                "Phòng Thông tin – Báo chí – Xuất bản",
                "Phòng Bưu chính, Viễn thông và Chuyển đổi số",
                "Phòng Công nghệ thông tin và An toàn thông tin",
            ),
            h("Đơn vị sự nghiệp trực thuộc"),
            ul("Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hòa Bình Xanh"),
        ],
    },
    "gioi-thieu.lich-su-phat-trien": {
        "intro": "Những mốc chính trong quá trình hình thành và phát triển của Sở.",
        "body": [
            p(
                "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh được thành lập năm "
                "2008 trên cơ sở tổ chức lại Sở Bưu chính, Viễn thông và tiếp nhận "
                "chức năng quản lý nhà nước về báo chí, xuất bản từ Sở Văn hóa, Thông "
                "tin (dữ liệu minh họa)."
            ),
            ul(
                "2008: thành lập Sở với 4 phòng chuyên môn và 28 công chức.",
                "2012: thành lập Trung tâm Công nghệ thông tin và Truyền thông.",
                "2016: đưa Cổng thông tin điện tử tỉnh vào vận hành theo Nghị định "
                "43/2011/NĐ-CP.",
                "2020: khai trương Trung tâm Giám sát, điều hành đô thị thông minh.",
                "2024: 100% văn bản giữa các cơ quan nhà nước của tỉnh được gửi, nhận "
                "dưới dạng điện tử có chữ ký số.",
            ),
        ],
    },
    "gioi-thieu.tong-quan": {
        "intro": (
            "Tổng quan về tỉnh Hòa Bình Xanh: bộ máy hành chính, điều kiện tự nhiên, "
            "lịch sử, truyền thống văn hóa, di tích và danh thắng (dữ liệu minh họa)."
        ),
        "body": [
            h("Vị trí địa lý và điều kiện tự nhiên"),
            p(
                "Tỉnh Hòa Bình Xanh nằm ở vùng trung du, có diện tích tự nhiên "
                "4.610 km², dân số khoảng 1,12 triệu người. Phía bắc là vùng đồi núi "
                "thấp với rừng phòng hộ đầu nguồn; phía nam là đồng bằng ven sông Ngọc, "
                "đất phù sa màu mỡ. Khí hậu nhiệt đới gió mùa, nhiệt độ trung bình năm "
                "23,8 °C, lượng mưa trung bình 1.850 mm, mùa mưa từ tháng 5 đến tháng "
                "10. Độ che phủ rừng đạt 52,6%."
            ),
            h("Bộ máy hành chính"),
            p(
                "Chính quyền địa phương của tỉnh tổ chức theo mô hình hai cấp: cấp tỉnh "
                "và cấp xã. Tỉnh có 96 đơn vị hành chính cấp xã, gồm 18 phường và 78 "
                "xã; trung tâm hành chính đặt tại phường Trung Tâm. Ủy ban nhân dân "
                "tỉnh có 17 cơ quan chuyên môn (sở, ban, ngành)."
            ),
            h("Lịch sử và truyền thống văn hóa"),
            p(
                "Vùng đất Hòa Bình Xanh có người sinh sống từ hàng nghìn năm trước; "
                "tỉnh được thành lập năm 1831 và nhiều lần điều chỉnh địa giới. Trong "
                "các cuộc kháng chiến, nhân dân trong tỉnh có nhiều đóng góp, 24 xã, "
                "phường được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân. "
                "Các dân tộc Kinh, Mường, Tày cùng sinh sống, gìn giữ lễ hội xuống đồng, "
                "hát ví đồng quê và nghề dệt thổ cẩm truyền thống."
            ),
            h("Di tích và danh thắng"),
            ul(
                "Đền Thượng Ngọc – di tích lịch sử, văn hóa cấp quốc gia, lễ hội "
                "ngày 10 tháng Giêng âm lịch.",
                "Thác Bạc – danh thắng cấp tỉnh, cao 68 m, trong khu rừng phòng hộ "
                "Núi Mây.",
                "Hồ Sen – khu sinh thái và điểm du lịch cộng đồng của xã Suối Ngọc.",
                "Khu di tích Chiến khu Đồng Lúa – di tích lịch sử cách mạng cấp quốc "
                "gia.",
            ),
        ],
    },
    "gioi-thieu.ban-do-hanh-chinh": {
        "intro": (
            "Bản đồ địa giới hành chính tỉnh Hòa Bình Xanh đến cấp xã, phường "
            "(dữ liệu minh họa)."
        ),
        # The map image itself is drawn at load time and put first (demo.py).
        "body": [
            p(
                "Bản đồ thể hiện ranh giới 96 đơn vị hành chính cấp xã của tỉnh sau "
                "khi sắp xếp đơn vị hành chính năm 2025. Tên từng xã, phường ghi trên "
                "bản đồ khổ lớn đính kèm; bảng dưới đây tóm tắt theo khu vực."
            ),
            table(
                "Đơn vị hành chính cấp xã theo khu vực",
                [
                    ["Khu vực", "Phường", "Xã", "Diện tích (km²)"],
                    ["Trung tâm và ven sông Ngọc", "14", "12", "610"],
                    ["Trung du phía tây", "3", "27", "1.540"],
                    ["Vùng núi phía bắc", "0", "31", "1.980"],
                    ["Đồng bằng phía nam", "1", "8", "480"],
                    ["Toàn tỉnh", "18", "78", "4.610"],
                ],
            ),
        ],
    },
    "gioi-thieu.lanh-dao": {
        "intro": "Ban Giám đốc Sở: tiểu sử tóm tắt và nhiệm vụ đảm nhiệm (dữ liệu minh "
        "họa).",
    },
    "gioi-thieu.don-vi-truc-thuoc": {
        "intro": "Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Sở (dữ liệu minh "
        "họa).",
    },
    "tin-tuc-su-kien": {
        "intro": "Tin tức, sự kiện về hoạt động của Sở và ngành thông tin và truyền "
        "thông tỉnh Hòa Bình Xanh.",
    },
    "chi-dao-dieu-hanh": {
        "intro": "Ý kiến chỉ đạo, điều hành của lãnh đạo Sở; trả lời kiến nghị; khen "
        "thưởng, xử phạt và lịch làm việc của lãnh đạo.",
    },
    "chi-dao-dieu-hanh.y-kien-chi-dao": {
        "intro": "Ý kiến chỉ đạo, điều hành của Giám đốc và các Phó Giám đốc Sở.",
    },
    "chi-dao-dieu-hanh.tra-loi-kien-nghi": {
        "intro": "Ý kiến xử lý, trả lời kiến nghị, phản ánh của tổ chức, cá nhân.",
    },
    "chi-dao-dieu-hanh.khen-thuong-xu-phat": {
        "intro": "Thông tin khen thưởng và xử phạt vi phạm hành chính trong lĩnh vực "
        "thông tin và truyền thông.",
    },
    "chi-dao-dieu-hanh.lich-lam-viec": {
        "intro": "Lịch làm việc hằng tuần của Ban Giám đốc Sở.",
    },
    "pho-bien-phap-luat": {
        "intro": "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính "
        "sách trong lĩnh vực thông tin và truyền thông.",
    },
    "quy-hoach-ke-hoach": {
        "intro": "Chiến lược, quy hoạch, kế hoạch phát triển ngành thông tin và truyền "
        "thông của tỉnh.",
    },
    "van-ban": {
        "intro": "Văn bản quy phạm pháp luật và văn bản quản lý hành chính liên quan "
        "đến lĩnh vực của Sở.",
    },
    "du-an-dau-tu": {
        "intro": "Danh mục dự án, hạng mục đầu tư, đấu thầu và mua sắm công do Sở làm "
        "chủ đầu tư.",
    },
    "lay-y-kien": {
        "intro": "Dự thảo văn bản cần lấy ý kiến góp ý của tổ chức, cá nhân. Thời gian "
        "lấy ý kiến ghi trong từng dự thảo.",
    },
    "lay-y-kien.phan-anh-kien-nghi": {
        "intro": "Tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành "
        "chính.",
        "body": [
            p(
                "Cá nhân, tổ chức phản ánh, kiến nghị về quy định hành chính thuộc phạm "
                "vi quản lý của Sở theo một trong các cách sau:"
            ),
            ul(
                "Gửi văn bản đến Văn phòng Sở, số 18 đường Lê Lợi, phường Trung Tâm, "
                "thành phố Bình Xanh.",
                "Gửi thư điện tử đến stttt@hoabinhxanh.gov.vn.",
                "Gọi điện thoại đến số (0200) 3 812 345 trong giờ hành chính.",
            ),
            p(
                "Phản ánh cần nêu rõ họ tên, địa chỉ, số điện thoại của người phản ánh "
                "và nội dung quy định hành chính được phản ánh."
            ),
        ],
    },
    "dich-vu-cong": {
        "intro": "Danh mục và hướng dẫn thực hiện dịch vụ công trực tuyến thuộc thẩm "
        "quyền giải quyết của Sở.",
    },
    "dich-vu-cong.huong-dan": {
        "intro": "Hướng dẫn các bước nộp hồ sơ dịch vụ công trực tuyến.",
        "body": [
            h("Các bước thực hiện"),
            ul(
                "Bước 1: Đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử.",
                "Bước 2: Chọn thủ tục, điền tờ khai và đính kèm hồ sơ điện tử.",
                "Bước 3: Thanh toán phí, lệ phí trực tuyến (nếu có).",
                "Bước 4: Theo dõi tình trạng hồ sơ và nhận kết quả qua mạng hoặc "
                "qua dịch vụ bưu chính công ích.",
            ),
            p(
                "Mọi vướng mắc, xin liên hệ Bộ phận Một cửa của Sở, điện thoại "
                "(0200) 3 812 345."
            ),
        ],
    },
    "dich-vu-cong.cau-hoi-thuong-gap": {
        "intro": "Các câu hỏi thường gặp khi thực hiện dịch vụ công trực tuyến.",
        "body": [
            h("Tôi quên mật khẩu tài khoản thì làm thế nào?", "h3"),
            p(
                "Chọn “Quên mật khẩu” tại trang đăng nhập và làm theo hướng dẫn gửi về "
                "số điện thoại đã đăng ký."
            ),
            h("Hồ sơ nộp trực tuyến có cần nộp thêm bản giấy không?", "h3"),
            p(
                "Không. Với dịch vụ công trực tuyến toàn trình, hồ sơ điện tử có giá "
                "trị pháp lý như hồ sơ giấy."
            ),
            h("Bao lâu thì tôi nhận được kết quả?", "h3"),
            p("Thời hạn giải quyết được ghi trong từng thủ tục hành chính."),
        ],
    },
    "lien-he": {
        "intro": "Thông tin liên hệ của Sở Thông tin và Truyền thông tỉnh Hòa Bình "
        "Xanh (dữ liệu minh họa).",
        "body": [
            h("Địa chỉ"),
            p(
                "Số 18 đường Lê Lợi, phường Trung Tâm, thành phố Bình Xanh, tỉnh Hòa "
                "Bình Xanh."
            ),
            h("Điện thoại, fax, thư điện tử"),
            ul(
                "Văn phòng Sở: (0200) 3 812 345",
                "Fax: (0200) 3 812 346",
                "Thư điện tử: stttt@hoabinhxanh.gov.vn",
            ),
            h("Giờ làm việc"),
            p(
                "Sáng từ 7 giờ 00 đến 11 giờ 30; chiều từ 13 giờ 30 đến 17 giờ 00, "
                "từ thứ Hai đến thứ Sáu."
            ),
        ],
    },
    "hoi-dap": {
        "intro": "Giải đáp câu hỏi của người dân, doanh nghiệp về lĩnh vực thông tin "
        "và truyền thông.",
    },
    "tiep-can-thong-tin": {
        "intro": "Thực hiện quyền tiếp cận thông tin của công dân theo Luật Tiếp cận "
        "thông tin năm 2016.",
        "body": [
            h("Đầu mối cung cấp thông tin"),
            p(
                "Văn phòng Sở là đầu mối cung cấp thông tin theo yêu cầu. Người phụ "
                "trách: bà Đỗ Thị Mai, Chánh Văn phòng, điện thoại (0200) 3 812 310."
            ),
            h("Cách yêu cầu cung cấp thông tin"),
            ul(
                "Nộp phiếu yêu cầu trực tiếp tại Văn phòng Sở.",
                "Gửi phiếu yêu cầu qua bưu điện hoặc qua thư điện tử "
                "stttt@hoabinhxanh.gov.vn.",
            ),
            p(
                "Danh mục thông tin phải được công khai được cập nhật trên Cổng thông "
                "tin điện tử của Sở."
            ),
        ],
    },
    "bao-ve-du-lieu-ca-nhan": {
        "intro": "Chính sách bảo vệ dữ liệu cá nhân khi sử dụng Cổng thông tin điện "
        "tử, theo Nghị định 13/2023/NĐ-CP.",
        "body": [
            h("Dữ liệu được thu thập"),
            p(
                "Cổng thông tin chỉ thu thập dữ liệu cá nhân khi bạn tự nguyện cung "
                "cấp, ví dụ khi gửi câu hỏi, góp ý hoặc phản ánh: họ tên, địa chỉ thư "
                "điện tử, số điện thoại và nội dung bạn gửi."
            ),
            h("Mục đích xử lý"),
            p(
                "Dữ liệu chỉ được dùng để trả lời, xử lý yêu cầu của bạn và không "
                "được chia sẻ cho bên thứ ba, trừ khi pháp luật quy định."
            ),
            h("Quyền của chủ thể dữ liệu"),
            p(
                "Bạn có quyền được biết, đồng ý, truy cập, yêu cầu chỉnh sửa hoặc xóa "
                "dữ liệu của mình bằng cách liên hệ stttt@hoabinhxanh.gov.vn."
            ),
        ],
    },
    "thong-tin-bao-chi": {
        "intro": "Thông tin dành cho báo chí: người phát ngôn, quy chế phát ngôn, "
        "thông tin định kỳ và đột xuất.",
    },
    "thong-tin-bao-chi.nguoi-phat-ngon": {
        "intro": "Người phát ngôn và người được ủy quyền phát ngôn của Sở.",
        "body": [
            p(
                "Cơ quan báo chí đề nghị cung cấp thông tin, phỏng vấn lãnh đạo Sở "
                "xin gửi văn bản đến Văn phòng Sở hoặc thư điện tử "
                "stttt@hoabinhxanh.gov.vn, nêu rõ nội dung, thời gian và phóng viên "
                "thực hiện."
            ),
        ],
    },
    "thong-tin-bao-chi.quy-che-phat-ngon": {
        "intro": "Quy chế phát ngôn và cung cấp thông tin cho báo chí của Sở.",
        "body": [
            p(
                "Quy chế được ban hành kèm theo Quyết định số 45/QĐ-STTTT của Giám đốc "
                "Sở (minh họa), thực hiện Nghị định 09/2017/NĐ-CP của Chính phủ."
            ),
            ul(
                "Phát ngôn định kỳ: họp báo, thông tin định kỳ mỗi quý.",
                "Phát ngôn đột xuất: khi có sự kiện, vấn đề quan trọng, chậm nhất 24 "
                "giờ kể từ khi xảy ra sự kiện.",
                "Trả lời phỏng vấn: theo đề nghị bằng văn bản của cơ quan báo chí.",
            ),
        ],
    },
    "thong-tin-bao-chi.dinh-ky": {
        "intro": "Thông tin định kỳ về hoạt động của Sở cung cấp cho báo chí.",
    },
    "thong-tin-bao-chi.dot-xuat": {
        "intro": "Thông tin đột xuất, thông cáo báo chí về các sự kiện quan trọng.",
    },
    "thong-tin-bao-chi.hop-bao": {
        "intro": "Nội dung các cuộc họp báo định kỳ hằng quý và thông cáo báo chí "
        "của Sở.",
    },
    "van-ban.cong-bao": {
        "intro": (
            "Công báo điện tử tỉnh Hòa Bình Xanh: số, ngày đăng công báo, danh mục và "
            "trích yếu văn bản đăng trên từng số (dữ liệu minh họa)."
        ),
    },
    "quy-hoach-ke-hoach.ke-hoach-cong-tac": {
        "intro": "Chương trình, kế hoạch công tác hằng năm của Sở và kết quả thực "
        "hiện.",
    },
    "bao-cao-tai-chinh": {
        "intro": "Báo cáo tài chính năm, dự toán và quyết toán ngân sách được công khai "
        "của Sở.",
    },
    "kenh-thong-tin": {
        "intro": (
            "Danh sách các kênh cung cấp thông tin chính thức của Sở Thông tin và "
            "Truyền thông tỉnh Hòa Bình Xanh. Thông tin đăng trên các kênh khác không "
            "phải là thông tin chính thức của Sở."
        ),
        "body": [
            table(
                "Kênh thông tin chính thức (địa chỉ minh họa)",
                [
                    ["Kênh", "Tên", "Địa chỉ"],
                    [
                        "Cổng thông tin điện tử",
                        "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
                        "https://stttt.hoabinhxanh.example",
                    ],
                    [
                        "Trang Facebook",
                        "Sở Thông tin và Truyền thông Hòa Bình Xanh",
                        "https://facebook.example/sotttthoabinhxanh",
                    ],
                    [
                        "Zalo OA",
                        "Sở TT&TT Hòa Bình Xanh",
                        "https://zalo.example/stttthoabinhxanh",
                    ],
                    [
                        "Kênh YouTube",
                        "Hòa Bình Xanh số",
                        "https://youtube.example/@hoabinhxanhso",
                    ],
                    [
                        "Ứng dụng di động",
                        "Hòa Bình Xanh số",
                        "App Store, Google Play: tìm “Hòa Bình Xanh số”",
                    ],
                    ["Thư điện tử", "Văn phòng Sở", "stttt@hoabinhxanh.gov.vn"],
                    ["Đường dây nóng", "Văn phòng Sở", "(0200) 3 812 345"],
                ],
            ),
            p(
                "Tài khoản mạng xã hội của Sở được lập theo Quyết định số "
                "61/QĐ-STTTT của Giám đốc Sở (minh họa) và do Văn phòng Sở quản lý. "
                "Khi phát hiện tài khoản giả mạo Sở, xin báo cho Văn phòng Sở qua thư "
                "điện tử stttt@hoabinhxanh.gov.vn."
            ),
        ],
    },
    "gioi-thieu.ban-bien-tap": {
        "intro": "Ban Biên tập Cổng thông tin điện tử của Sở, thành lập theo Điều 21 "
        "Nghị định 43/2011/NĐ-CP (dữ liệu minh họa).",
    },
    "so-do-cong": {
        "intro": "Sơ đồ toàn bộ các chuyên mục của Cổng thông tin điện tử.",
    },
}


# ---- Articles by requirement key ------------------------------------------------------
# Each article: title, lead, optional paragraphs, optional image key, optional source
# (name, url) for reused information (Decree 43, Article 5).

ARTICLES = {
    "tin-tuc-su-kien": [
        {
            "title": "Triển khai hội nghị truyền hình trực tuyến đến 100% xã, phường "
            "trên địa bàn tỉnh",
            "lead": "Từ tháng này, toàn bộ các xã, phường của tỉnh Hòa Bình Xanh có điểm "
            "cầu hội nghị truyền hình trực tuyến kết nối với Ủy ban nhân dân tỉnh.",
            "paragraphs": [
                "Hệ thống gồm 142 điểm cầu, sử dụng mạng truyền số liệu chuyên dùng "
                "của các cơ quan Đảng, Nhà nước, bảo đảm an toàn thông tin theo cấp "
                "độ 3.",
                "Theo ông Phạm Đức Thịnh, Phó Giám đốc Sở, hệ thống giúp tiết kiệm "
                "thời gian, chi phí đi lại của cán bộ cơ sở khi tham dự các hội nghị "
                "của tỉnh.",
            ],
            "image": "tower",
        },
        {
            "title": "Tập huấn kỹ năng bảo đảm an toàn thông tin cho cán bộ, công chức",
            "lead": "Hơn 300 cán bộ, công chức các sở, ngành và địa phương tham gia lớp "
            "tập huấn nhận diện thư điện tử lừa đảo và bảo vệ tài khoản công vụ.",
            "paragraphs": [
                "Học viên được thực hành xử lý tình huống giả lập tấn công lừa đảo "
                "(phishing) và cài đặt xác thực hai yếu tố cho tài khoản thư điện tử.",
            ],
            "image": "shield",
        },
        {
            "title": "Hơn 85% hồ sơ thủ tục hành chính của Sở được tiếp nhận trực "
            "tuyến toàn trình",
            "lead": "Tỷ lệ hồ sơ nộp trực tuyến tại Sở tăng mạnh nhờ đơn giản hóa biểu "
            "mẫu và hỗ trợ thanh toán phí, lệ phí qua mạng.",
            "paragraphs": [
                "Trong 10 tháng, Sở tiếp nhận 1.246 hồ sơ, trong đó 1.062 hồ sơ nộp "
                "trực tuyến toàn trình; 100% hồ sơ được giải quyết đúng hạn.",
            ],
            "image": "building",
        },
        {
            "title": "Ra mắt Tổ công nghệ số cộng đồng tại xã Suối Ngọc",
            "lead": "Tổ công nghệ số cộng đồng gồm 12 thành viên sẽ hướng dẫn người dân "
            "sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
        },
        {
            "title": "Hội nghị giao ban báo chí quý III",
            "lead": "Hội nghị đánh giá hoạt động báo chí trên địa bàn tỉnh và định hướng "
            "tuyên truyền các nhiệm vụ trọng tâm quý IV.",
            "source": (
                "Báo Hòa Bình Xanh (hư cấu)",
                "https://baohoabinhxanh.example/thoi-su/giao-ban-bao-chi-quy-iii",
            ),
        },
        {
            "title": "Diễn tập ứng cứu sự cố an toàn thông tin mạng năm {year}",
            "lead": "Đội ứng cứu sự cố của tỉnh phối hợp các doanh nghiệp viễn thông "
            "diễn tập xử lý tình huống tấn công mã độc tống tiền vào hệ thống một cửa "
            "điện tử.",
        },
        {
            "title": "Phát động Cuộc thi viết “Chuyển đổi số – Hòa Bình Xanh vươn mình”",
            "lead": "Cuộc thi dành cho mọi người dân trong và ngoài tỉnh, nhận bài dự "
            "thi đến hết ngày 31 tháng 12.",
        },
        {
            "title": "Phủ sóng di động 4G tới 100% thôn, bản vùng sâu, vùng xa",
            "lead": "Với 27 trạm phát sóng mới, các thôn, bản cuối cùng của huyện Đồi "
            "Thông đã có sóng di động 4G.",
            "source": (
                "Đài Phát thanh và Truyền hình tỉnh Hòa Bình Xanh (hư cấu)",
                "https://truyenhinhhoabinhxanh.example/tin/phu-song-4g",
            ),
        },
        {
            "title": "Kiểm tra hoạt động bưu chính công ích tại huyện Đồi Thông",
            "lead": "Đoàn kiểm tra của Sở làm việc với Bưu điện huyện về chất lượng "
            "dịch vụ bưu chính công ích và phát báo, tạp chí công ích.",
        },
        {
            "title": "Tổng kết hoạt động thông tin cơ sở 9 tháng đầu năm",
            "lead": "Hệ thống đài truyền thanh ứng dụng công nghệ thông tin – viễn thông "
            "đã phủ 96% số xã, phường của tỉnh.",
        },
        {
            "title": "Hướng dẫn cài đặt và sử dụng ứng dụng “Hòa Bình Xanh số”",
            "lead": "Ứng dụng giúp người dân gửi phản ánh hiện trường, tra cứu hồ sơ và "
            "nhận thông báo khẩn cấp của chính quyền.",
            "source": (
                "Trung tâm Công nghệ thông tin và Truyền thông (hư cấu)",
                "https://ttcntt.hoabinhxanh.example/huong-dan-ung-dung",
            ),
        },
        {
            "title": "Sở Thông tin và Truyền thông làm việc với doanh nghiệp viễn "
            "thông về ngầm hóa mạng cáp",
            "lead": "Các doanh nghiệp cam kết hoàn thành ngầm hóa cáp viễn thông trên "
            "5 tuyến phố chính của thành phố Bình Xanh trong năm {year}.",
        },
    ],
    "pho-bien-phap-luat": [
        {
            "title": "Hướng dẫn thực hiện Quy định bảo đảm an toàn thông tin mạng "
            "trong các cơ quan nhà nước của tỉnh",
            "lead": "Những việc các cơ quan, đơn vị cần làm ngay theo quyết định UBND "
            "tỉnh vừa ban hành: phân loại hệ thống thông tin, cử cán bộ phụ trách và "
            "báo cáo sự cố trong 24 giờ.",
            # Explains a document issued 6 days before the article: within the 15
            # working days of Decree 43 Art. 17.1.b.
            "explains_days": 6,
        },
        {
            "title": "Tuyên truyền Luật Giao dịch điện tử năm 2023",
            "lead": "Những điểm mới của Luật Giao dịch điện tử về chữ ký điện tử, hợp "
            "đồng điện tử và giá trị pháp lý của thông điệp dữ liệu.",
        },
        {
            "title": "Phổ biến Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân",
            "lead": "Quyền của chủ thể dữ liệu và trách nhiệm của cơ quan, tổ chức khi "
            "xử lý dữ liệu cá nhân.",
        },
        {
            "title": "Nhận diện và phòng tránh các hình thức lừa đảo trực tuyến",
            "lead": "Cảnh giác với cuộc gọi giả danh cơ quan công an, tin nhắn chứa "
            "đường link lạ và lời mời đầu tư lợi nhuận cao.",
            "source": (
                "Báo Hòa Bình Xanh (hư cấu)",
                "https://baohoabinhxanh.example/phap-luat/lua-dao-truc-tuyen",
            ),
        },
        {
            "title": "Hỏi – đáp pháp luật về quảng cáo trên mạng xã hội",
            "lead": "Người có ảnh hưởng khi quảng cáo trên mạng xã hội phải thông báo "
            "rõ nội dung quảng cáo và chịu trách nhiệm về thông tin đưa ra.",
        },
        {
            "title": "Tuyên truyền Luật Tiếp cận thông tin đến cán bộ cơ sở",
            "lead": "Hội nghị giới thiệu quyền tiếp cận thông tin của công dân và trách "
            "nhiệm cung cấp thông tin của chính quyền cấp xã.",
        },
    ],
    "lay-y-kien": [
        {
            "title": "Lấy ý kiến dự thảo Quy định quản lý hoạt động bưu chính trên địa "
            "bàn tỉnh",
            "lead": "Mời tổ chức, cá nhân góp ý dự thảo trong 30 ngày kể từ ngày đăng "
            "tải.",
        },
        {
            "title": "Góp ý dự thảo Kế hoạch chuyển đổi số năm {next_year}",
            "lead": "Ý kiến góp ý gửi về Phòng Bưu chính, Viễn thông và Chuyển đổi số "
            "qua thư điện tử stttt@hoabinhxanh.gov.vn.",
        },
        {
            "title": "Lấy ý kiến dự thảo Quy chế quản lý và sử dụng chữ ký số",
            "lead": "Dự thảo quy định việc cấp, quản lý và sử dụng chữ ký số chuyên "
            "dùng trong các cơ quan nhà nước của tỉnh.",
        },
        {
            "title": "Lấy ý kiến nhân dân về dự thảo Bộ tiêu chí xã thông minh",
            "lead": "Bộ tiêu chí gồm 5 nhóm: hạ tầng số, chính quyền số, kinh tế số, "
            "xã hội số và an toàn thông tin.",
        },
        {
            "title": "Lấy ý kiến dự thảo Quy định về đài truyền thanh cấp xã",
            "lead": "Dự thảo quy định nội dung, thời lượng phát sóng và trách nhiệm "
            "quản lý đài truyền thanh cấp xã.",
        },
    ],
    "hoi-dap": [
        {
            "title": "Thủ tục cấp giấy phép xuất bản bản tin cần những giấy tờ gì?",
            "lead": "Hồ sơ gồm tờ khai, mẫu trình bày tên gọi và văn bản cho phép của "
            "cơ quan chủ quản; nộp trực tuyến trên Cổng Dịch vụ công.",
        },
        {
            "title": "Trang thông tin điện tử của doanh nghiệp có phải xin giấy phép "
            "không?",
            "lead": "Trang thông tin điện tử nội bộ giới thiệu doanh nghiệp không phải "
            "cấp phép; trang thông tin điện tử tổng hợp thì phải cấp phép.",
        },
        {
            "title": "Làm thế nào để tra cứu tình trạng hồ sơ đã nộp trực tuyến?",
            "lead": "Nhập mã hồ sơ tại mục Tra cứu của Cổng Dịch vụ công hoặc quét mã "
            "QR trên giấy tiếp nhận.",
        },
        {
            "title": "Phát hiện tin giả trên mạng xã hội thì phản ánh ở đâu?",
            "lead": "Người dân phản ánh qua ứng dụng “Hòa Bình Xanh số” hoặc gửi thư "
            "điện tử đến stttt@hoabinhxanh.gov.vn.",
        },
        {
            "title": "Điểm bưu điện – văn hóa xã cung cấp những dịch vụ gì?",
            "lead": "Điểm bưu điện – văn hóa xã cung cấp dịch vụ bưu chính, đọc sách "
            "báo, truy cập internet và hỗ trợ nộp hồ sơ trực tuyến.",
        },
    ],
    "thong-tin-bao-chi.dot-xuat": [
        {
            "title": "Thông tin về sự cố gián đoạn internet do đứt cáp quang trên "
            "quốc lộ",
            "lead": "Sự cố đã được khắc phục sau 6 giờ; các doanh nghiệp viễn thông "
            "đã chuyển hướng lưu lượng qua tuyến dự phòng.",
        },
        {
            "title": "Cảnh báo trang mạng giả mạo Cổng thông tin điện tử của Sở",
            "lead": "Sở không yêu cầu người dân cung cấp mật khẩu, mã OTP qua bất kỳ "
            "trang mạng nào; đề nghị người dân cảnh giác.",
        },
        {
            "title": "Thông cáo báo chí về xử lý tài khoản mạng xã hội đăng tin sai sự "
            "thật",
            "lead": "Chủ tài khoản đã bị xử phạt vi phạm hành chính và gỡ bỏ thông tin "
            "sai sự thật.",
        },
    ],
}

# ---- Press information (Decree 09/2017) -----------------------------------------------

SPOKESPERSONS = [
    {
        "full_name": "Trần Minh Khang",
        "role": "head",
        "position": "Giám đốc Sở",
        "unit": "Ban Giám đốc Sở",
        "phone": "(0200) 3 812 300",
        "email": "khangtm@hoabinhxanh.gov.vn",
        "sort_order": 0,
    },
    {
        "full_name": "Lê Thị Thanh Hương",
        "role": "appointed",
        "position": "Phó Giám đốc Sở",
        "unit": "Ban Giám đốc Sở",
        "phone": "(0200) 3 812 301",
        "email": "huonglt@hoabinhxanh.gov.vn",
        "decision_number": "45/QĐ-STTTT",
        "sort_order": 1,
    },
]

# The kind of press release each press section lists.
PRESS_KINDS = {
    "thong-tin-bao-chi": "release",
    "thong-tin-bao-chi.dinh-ky": "periodic",
    "thong-tin-bao-chi.dot-xuat": "ad-hoc",
    "thong-tin-bao-chi.hop-bao": "conference",
}

PRESS_REGULATION = {
    "regulation_number": "46/QĐ-STTTT",
    "regulation_issuer": "Giám đốc Sở Trần Minh Khang",
    "regulation_summary": (
        "Quy chế phát ngôn và cung cấp thông tin cho báo chí của Sở Thông tin và "
        "Truyền thông tỉnh Hòa Bình Xanh (dữ liệu minh họa)."
    ),
}

EDITORIAL_BOARD = {
    "decision_number": "52/QĐ-STTTT",
    "decision_signer": "Giám đốc Sở Trần Minh Khang",
    "coordination_number": "53/QĐ-STTTT",
    "operation_number": "54/QĐ-STTTT",
}

EDITORIAL_BOARD_MEMBERS = [
    ("Lê Thị Thanh Hương", "head", "Phó Giám đốc Sở", "Ban Giám đốc Sở"),
    ("Đỗ Thị Mai", "deputy", "Chánh Văn phòng Sở", "Văn phòng Sở"),
    (
        "Nguyễn Quang Huy",
        "member",
        "Trưởng phòng Thông tin – Báo chí – Xuất bản",
        "Phòng Thông tin – Báo chí – Xuất bản",
    ),
    (
        "Vũ Hải Đăng",
        "member",
        "Giám đốc Trung tâm Công nghệ thông tin và Truyền thông",
        "Trung tâm Công nghệ thông tin và Truyền thông",
    ),
    ("Hoàng Thu Trang", "secretary", "Chuyên viên Văn phòng Sở", "Văn phòng Sở"),
]

# Generic closing paragraph of each listing section, after the article's own text.
CLOSINGS = {
    "tin-tuc-su-kien": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh (dữ liệu minh "
    "họa).",
    "pho-bien-phap-luat": "Người dân cần hỗ trợ pháp lý có thể liên hệ Phòng Thông tin "
    "– Báo chí – Xuất bản, điện thoại (0200) 3 812 320.",
    "van-ban": "Văn bản minh họa, không có giá trị pháp lý.",
    "lay-y-kien": "Ý kiến góp ý được tổng hợp, tiếp thu và giải trình công khai tại "
    "chuyên mục này.",
    "dich-vu-cong": "Hỗ trợ kỹ thuật: (0200) 3 812 400, trong giờ hành chính.",
    "hoi-dap": "Câu trả lời có tính chất tham khảo (dữ liệu minh họa).",
    "thong-tin-bao-chi.dinh-ky": "Người phát ngôn: bà Lê Thị Thanh Hương, Phó Giám đốc "
    "Sở.",
    "thong-tin-bao-chi.dot-xuat": "Người phát ngôn: bà Lê Thị Thanh Hương, Phó Giám "
    "đốc Sở, điện thoại (0200) 3 812 301.",
}


# ---- People (Decree 43/2011 Art. 10.1.a, 10.1.k) -----------------------------------

LEADERS = [
    {
        "full_name": "Trần Minh Khang",
        "position": "Giám đốc Sở",
        "biography": "Sinh năm 1972 tại huyện Đồi Thông, tỉnh Hòa Bình Xanh. Thạc sĩ "
        "Quản lý công. Nguyên Phó Giám đốc Sở (2015–2020); Giám đốc Sở từ năm 2020. "
        "(Dữ liệu minh họa.)",
        "duties": "Lãnh đạo, quản lý toàn diện hoạt động của Sở; trực tiếp phụ trách "
        "công tác tổ chức cán bộ, kế hoạch – tài chính, thanh tra; phụ trách Văn phòng "
        "Sở và Thanh tra Sở.",
        "phone": "(0200) 3 812 300",
        "email": "khangtm@hoabinhxanh.gov.vn",
    },
    {
        "full_name": "Lê Thị Thanh Hương",
        "position": "Phó Giám đốc Sở",
        "biography": "Sinh năm 1979 tại thành phố Bình Xanh. Cử nhân Báo chí, thạc sĩ "
        "Chính trị học. Nguyên Trưởng phòng Thông tin – Báo chí – Xuất bản; Phó Giám "
        "đốc Sở từ năm 2021. (Dữ liệu minh họa.)",
        "duties": "Phụ trách lĩnh vực báo chí, xuất bản, thông tin cơ sở, thông tin đối "
        "ngoại; người phát ngôn của Sở; phụ trách Phòng Thông tin – Báo chí – Xuất bản.",
        "phone": "(0200) 3 812 301",
        "email": "huonglt@hoabinhxanh.gov.vn",
    },
    {
        "full_name": "Phạm Đức Thịnh",
        "position": "Phó Giám đốc Sở",
        "biography": "Sinh năm 1981 tại huyện Sông Xanh. Kỹ sư Điện tử – Viễn thông, "
        "thạc sĩ Công nghệ thông tin. Nguyên Giám đốc Trung tâm Công nghệ thông tin và "
        "Truyền thông; Phó Giám đốc Sở từ năm 2022. (Dữ liệu minh họa.)",
        "duties": "Phụ trách lĩnh vực bưu chính, viễn thông, công nghệ thông tin, chuyển "
        "đổi số, an toàn thông tin mạng; phụ trách Phòng Bưu chính – Viễn thông và "
        "Trung tâm Công nghệ thông tin và Truyền thông.",
        "phone": "(0200) 3 812 302",
        "email": "thinhpd@hoabinhxanh.gov.vn",
    },
]

UNITS = [
    {
        "name": "Văn phòng Sở",
        "functions": "Tham mưu tổng hợp; hành chính, văn thư, lưu trữ; tổ chức cán bộ; "
        "kế hoạch – tài chính; tiếp nhận và trả kết quả thủ tục hành chính.",
        "head": "Ông Nguyễn Hữu Phúc – Chánh Văn phòng",
        "address": "Số 18 đường Lê Lợi, phường Trung Tâm, thành phố Bình Xanh",
        "phone": "(0200) 3 812 345",
        "email": "vanphong.stttt@hoabinhxanh.gov.vn",
    },
    {
        "name": "Phòng Thông tin – Báo chí – Xuất bản",
        "functions": "Tham mưu quản lý nhà nước về báo chí, xuất bản, in, phát hành, "
        "thông tin cơ sở và thông tin đối ngoại trên địa bàn tỉnh.",
        "head": "Bà Đỗ Thu Trang – Trưởng phòng",
        "address": "Số 18 đường Lê Lợi, phường Trung Tâm, thành phố Bình Xanh",
        "phone": "(0200) 3 812 350",
        "email": "baochi.stttt@hoabinhxanh.gov.vn",
    },
    {
        "name": "Phòng Bưu chính – Viễn thông",
        "functions": "Tham mưu quản lý nhà nước về bưu chính, viễn thông, tần số vô "
        "tuyến điện và hạ tầng kỹ thuật viễn thông thụ động.",
        "head": "Ông Hoàng Văn Nam – Trưởng phòng",
        "address": "Số 18 đường Lê Lợi, phường Trung Tâm, thành phố Bình Xanh",
        "phone": "(0200) 3 812 360",
        "email": "buuchinh.stttt@hoabinhxanh.gov.vn",
    },
    {
        "name": "Trung tâm Công nghệ thông tin và Truyền thông",
        "functions": "Vận hành Trung tâm dữ liệu tỉnh; hỗ trợ kỹ thuật cho các cơ quan "
        "nhà nước; đào tạo kỹ năng số; ứng cứu sự cố an toàn thông tin mạng.",
        "head": "Ông Vũ Hải Đăng – Giám đốc Trung tâm",
        "address": "Số 20 đường Lê Lợi, phường Trung Tâm, thành phố Bình Xanh",
        "phone": "(0200) 3 812 400",
        "email": "ict@hoabinhxanh.gov.vn",
        "website": "https://ict.hoabinhxanh.example.gov.vn",
    },
]

# (full name, position, unit name, phone, email)
CONTACT_PERSONS = [
    (
        "Nguyễn Hữu Phúc",
        "Chánh Văn phòng",
        "Văn phòng Sở",
        "(0200) 3 812 345",
        "phucnh@hoabinhxanh.gov.vn",
    ),
    (
        "Đặng Thị Mai",
        "Chuyên viên Bộ phận Một cửa",
        "Văn phòng Sở",
        "(0200) 3 812 346",
        "maidt@hoabinhxanh.gov.vn",
    ),
    (
        "Đỗ Thu Trang",
        "Trưởng phòng",
        "Phòng Thông tin – Báo chí – Xuất bản",
        "(0200) 3 812 350",
        "trangdt@hoabinhxanh.gov.vn",
    ),
    (
        "Hoàng Văn Nam",
        "Trưởng phòng",
        "Phòng Bưu chính – Viễn thông",
        "(0200) 3 812 360",
        "namhv@hoabinhxanh.gov.vn",
    ),
    (
        "Vũ Hải Đăng",
        "Giám đốc Trung tâm",
        "Trung tâm Công nghệ thông tin và Truyền thông",
        "(0200) 3 812 400",
        "danghv@hoabinhxanh.gov.vn",
    ),
]

# ---- The leaders' weekly schedule (Decree 43/2011 Art. 10.1.c) ----------------------

# (weekday 0–6, start, end or "", content, leaders' names, presiding text, location,
#  participants, preparing unit)
SCHEDULE_ENTRIES = [
    (
        0,
        "08:00",
        "09:30",
        "Họp giao ban lãnh đạo Sở đầu tuần.",
        ["Trần Minh Khang", "Lê Thị Thanh Hương", "Phạm Đức Thịnh"],
        "",
        "Phòng họp số 1, trụ sở Sở",
        "Trưởng các phòng, đơn vị thuộc Sở",
        "Văn phòng Sở",
    ),
    (
        1,
        "08:00",
        "",
        "Kiểm tra hạ tầng viễn thông và trạm phát sóng tại huyện Đồi Thông.",
        ["Phạm Đức Thịnh"],
        "",
        "Huyện Đồi Thông",
        "Phòng Bưu chính – Viễn thông",
        "Phòng Bưu chính – Viễn thông",
    ),
    (
        2,
        "14:00",
        "16:30",
        "Dự họp Ủy ban nhân dân tỉnh thường kỳ tháng.",
        ["Trần Minh Khang"],
        "",
        "Hội trường UBND tỉnh",
        "",
        "Văn phòng Sở",
    ),
    (
        3,
        "09:00",
        "11:00",
        "Dự giao ban báo chí định kỳ của Ban Tuyên giáo Tỉnh ủy.",
        ["Lê Thị Thanh Hương"],
        "",
        "Hội trường Tỉnh ủy",
        "Phòng Thông tin – Báo chí – Xuất bản",
        "Phòng Thông tin – Báo chí – Xuất bản",
    ),
    (
        4,
        "07:30",
        "11:30",
        "Tiếp công dân định kỳ.",
        [],
        "Lãnh đạo Sở trực tiếp công dân",
        "Phòng tiếp công dân, trụ sở Sở",
        "Thanh tra Sở",
        "Văn phòng Sở",
    ),
]

# An entry added to the current week after it was published, to show the mark.
SCHEDULE_ADDED_ENTRY = (
    3,
    "15:00",
    "16:00",
    "Làm việc với đoàn kiểm tra của Bộ về chuyển đổi số.",
    ["Phạm Đức Thịnh"],
    "",
    "Phòng họp số 2, trụ sở Sở",
    "Trung tâm Công nghệ thông tin và Truyền thông",
    "Văn phòng Sở",
)
SCHEDULE_ADDED_NOTE = "Bổ sung theo giấy mời của Bộ (dữ liệu minh họa)."

# ---- Online public services (Decree 43/2011 Art. 18–19; Circular 32/2017) -----------

ONLINE_SERVICES = [
    {
        "title": "Cấp giấy phép xuất bản bản tin (địa phương)",
        "procedure_code": "1.004227",
        "sector": "Thông tin và Truyền thông",
        "field": "Báo chí",
        "administrative_level": "province",
        "implementing_agency": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
        "service_level": 4,
        "has_forms": True,
        "portal_url": "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227",
        "processing_time": "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "legal_basis": "Luật Báo chí năm 2016; Thông tư 41/2020/TT-BTTTT (dữ liệu minh "
        "họa).",
    },
    {
        "title": "Cấp giấy phép hoạt động in xuất bản phẩm",
        "procedure_code": "1.003725",
        "sector": "Thông tin và Truyền thông",
        "field": "Xuất bản, in và phát hành",
        "administrative_level": "province",
        "implementing_agency": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
        "service_level": 3,
        "has_forms": True,
        "portal_url": "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.003725",
        "processing_time": "07 ngày làm việc",
        "fees": "Không",
        "legal_basis": "Luật Xuất bản năm 2012; Nghị định 60/2014/NĐ-CP (dữ liệu minh "
        "họa).",
    },
    {
        "title": "Cấp giấy phép bưu chính (phạm vi nội tỉnh)",
        "procedure_code": "1.003472",
        "sector": "Thông tin và Truyền thông",
        "field": "Bưu chính",
        "administrative_level": "province",
        "implementing_agency": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
        "service_level": 4,
        "has_forms": True,
        "portal_url": "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.003472",
        "processing_time": "15 ngày làm việc",
        "fees": "Phí thẩm định: theo Thông tư của Bộ Tài chính",
        "legal_basis": "Luật Bưu chính năm 2010; Nghị định 47/2011/NĐ-CP (dữ liệu minh "
        "họa).",
    },
    {
        "title": "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp",
        "procedure_code": "1.004192",
        "sector": "Thông tin và Truyền thông",
        "field": "Phát thanh, truyền hình và thông tin điện tử",
        "administrative_level": "province",
        "implementing_agency": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
        "service_level": 3,
        "has_forms": True,
        "processing_time": "10 ngày làm việc",
        "fees": "Không",
        "legal_basis": "Nghị định 72/2013/NĐ-CP; Nghị định 27/2018/NĐ-CP (dữ liệu minh "
        "họa).",
    },
    {
        "title": "Tra cứu danh sách doanh nghiệp được cấp giấy phép bưu chính",
        "sector": "Thông tin và Truyền thông",
        "field": "Bưu chính",
        "administrative_level": "province",
        "implementing_agency": "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh",
        "service_level": 1,
        "has_forms": False,
        "processing_time": "Ngay khi tra cứu",
        "fees": "Không",
    },
]
