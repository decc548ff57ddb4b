"""Demo legal documents for the “Văn bản” section, each with a PDF drawn at load time.

Real national documents (Nghị định 43/2011/NĐ-CP and the laws and decrees around
it) are listed with their real numbers, dates and summaries; the province's own
documents are fictional, like the province. Idempotent: a document whose number and
issuer already exist is skipped.
"""

import datetime
import functools
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model

from wagtail_nd43.models import (
    DocumentType,
    IssuingBody,
    LegalDocumentAttachment,
    LegalDocumentPage,
    LegalDocumentRelation,
    LegalField,
    Signer,
    ensure_vocabularies,
)
from wagtail_nd43.search import fold


D = datetime.date
PROVINCE = "Ủy ban nhân dân tỉnh"
FICTIONAL_NOTE = (
    "Văn bản minh họa của tỉnh Hòa Bình Xanh hư cấu, không có giá trị pháp lý."
)

#: (type, number, issuer, issued, effective, expiry, summary, fields, signer, own)
NATIONAL = [
    (
        "Nghị định",
        "43/2011/NĐ-CP",
        "Chính phủ",
        D(2011, 6, 13),
        D(2011, 8, 1),
        None,
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang "
        "thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",
        ("Công nghệ thông tin",),
        ("Nguyễn Tấn Dũng", "Thủ tướng"),
    ),
    (
        "Nghị định",
        "42/2022/NĐ-CP",
        "Chính phủ",
        D(2022, 6, 24),
        D(2022, 8, 15),
        None,
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan "
        "nhà nước trên môi trường mạng",
        ("Công nghệ thông tin", "Chuyển đổi số"),
        ("Lê Minh Khái", "Phó Thủ tướng"),
    ),
    (
        "Luật",
        "67/2006/QH11",
        "Quốc hội",
        D(2006, 6, 29),
        D(2007, 1, 1),
        None,
        "Luật Công nghệ thông tin",
        ("Công nghệ thông tin",),
        ("Nguyễn Phú Trọng", "Chủ tịch Quốc hội"),
    ),
    (
        "Luật",
        "104/2016/QH13",
        "Quốc hội",
        D(2016, 4, 6),
        D(2018, 7, 1),
        None,
        "Luật Tiếp cận thông tin",
        ("Cải cách hành chính",),
        ("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội"),
    ),
    (
        "Luật",
        "86/2015/QH13",
        "Quốc hội",
        D(2015, 11, 19),
        D(2016, 7, 1),
        None,
        "Luật An toàn thông tin mạng",
        ("An toàn thông tin",),
        ("Nguyễn Sinh Hùng", "Chủ tịch Quốc hội"),
    ),
    (
        "Nghị định",
        "09/2017/NĐ-CP",
        "Chính phủ",
        D(2017, 2, 9),
        D(2017, 3, 27),
        None,
        "Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các "
        "cơ quan hành chính nhà nước",
        ("Báo chí",),
        ("Nguyễn Xuân Phúc", "Thủ tướng"),
    ),
    (
        "Nghị định",
        "30/2020/NĐ-CP",
        "Chính phủ",
        D(2020, 3, 5),
        D(2020, 3, 5),
        None,
        "Về công tác văn thư",
        ("Cải cách hành chính",),
        ("Nguyễn Xuân Phúc", "Thủ tướng"),
    ),
    (
        "Thông tư",
        "24/2011/TT-BTTTT",
        "Bộ Thông tin và Truyền thông",
        D(2011, 9, 20),
        D(2011, 11, 5),
        None,
        "Quy định về việc tạo lập, sử dụng và lưu trữ dữ liệu đặc tả trên trang "
        "thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",
        ("Công nghệ thông tin",),
        ("Nguyễn Minh Hồng", "Thứ trưởng"),
    ),
    (
        "Thông tư",
        "32/2017/TT-BTTTT",
        "Bộ Thông tin và Truyền thông",
        D(2017, 11, 15),
        D(2018, 1, 1),
        None,
        "Quy định về việc cung cấp dịch vụ công trực tuyến và bảo đảm khả năng truy "
        "cập thuận tiện đối với trang thông tin điện tử hoặc cổng thông tin điện tử "
        "của cơ quan nhà nước",
        ("Công nghệ thông tin",),
        ("Nguyễn Thành Hưng", "Thứ trưởng"),
    ),
    (
        "Quyết định",
        "749/QĐ-TTg",
        "Thủ tướng Chính phủ",
        D(2020, 6, 3),
        D(2020, 6, 3),
        None,
        "Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng "
        "đến năm 2030",
        ("Chuyển đổi số",),
        ("Nguyễn Xuân Phúc", "Thủ tướng"),
    ),
]

#: The province's own (fictional) documents: (type, symbol, issuer, summary, fields)
PROVINCIAL = [
    (
        "Quyết định",
        "QĐ-UBND",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
        "chức của Sở Thông tin và Truyền thông",
        ("Tổ chức bộ máy",),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Hòa Bình Xanh",
        ("Công nghệ thông tin",),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Ban hành Quy chế bảo đảm an toàn thông tin mạng "
        "trong hoạt động của các cơ quan nhà nước tỉnh",
        ("An toàn thông tin",),
    ),
    (
        "Chỉ thị",
        "CT-UBND",
        "Về việc tăng cường bảo đảm an toàn thông tin mạng trên địa bàn tỉnh",
        ("An toàn thông tin",),
    ),
    (
        "Kế hoạch",
        "KH-UBND",
        "Chuyển đổi số tỉnh Hòa Bình Xanh năm {year}",
        ("Chuyển đổi số",),
    ),
    (
        "Kế hoạch",
        "KH-UBND",
        "Tuyên truyền cải cách hành chính năm {year}",
        ("Cải cách hành chính",),
    ),
    (
        "Nghị quyết",
        "NQ-HĐND",
        "Quy định mức chi hỗ trợ phát triển hạ tầng viễn thông "
        "thụ động trên địa bàn tỉnh",
        ("Viễn thông", "Tài chính"),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Công bố Danh mục thủ tục hành chính lĩnh vực thông "
        "tin và truyền thông thuộc thẩm quyền giải quyết của Sở",
        ("Cải cách hành chính",),
    ),
    (
        "Công văn",
        "UBND-KGVX",
        "Về việc triển khai Nghị định 42/2022/NĐ-CP về cung "
        "cấp thông tin và dịch vụ công trực tuyến",
        ("Công nghệ thông tin",),
    ),
    (
        "Thông báo",
        "TB-UBND",
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi "
        "làm việc với Sở Thông tin và Truyền thông",
        ("Tổ chức bộ máy",),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Phê duyệt Đề án phát triển hệ thống thông tin cơ sở giai đoạn 2026–2030",
        ("Thông tin cơ sở",),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Ban hành Quy định quản lý hoạt động bưu chính trên địa bàn tỉnh",
        ("Bưu chính",),
    ),
    (
        "Kế hoạch",
        "KH-UBND",
        "Phòng, chống tham nhũng, lãng phí năm {year}",
        ("Phòng, chống tham nhũng",),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Ban hành Quy chế phối hợp quản lý nhà nước về báo "
        "chí, xuất bản trên địa bàn tỉnh",
        ("Báo chí", "Xuất bản, in và phát hành"),
    ),
    (
        "Công văn",
        "UBND-KGVX",
        "Về việc cập nhật dữ liệu đặc tả trên trang thông tin "
        "điện tử của các cơ quan, đơn vị",
        ("Công nghệ thông tin",),
    ),
    (
        "Chỉ thị",
        "CT-UBND",
        "Về đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công",
        ("Chuyển đổi số", "Cải cách hành chính"),
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Khen thưởng các tập thể, cá nhân có thành tích xuất "
        "sắc trong công tác chuyển đổi số",
        ("Thi đua, khen thưởng",),
    ),
    (
        "Hướng dẫn",
        "HD-STTTT",
        "Thực hiện Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh",
        ("Công nghệ thông tin",),
    ),
    (
        "Quyết định",
        "QĐ-STTTT",
        "Ban hành Quy chế làm việc của Sở Thông tin và Truyền thông",
        ("Tổ chức bộ máy",),
    ),
    (
        "Thông báo",
        "TB-STTTT",
        "Lịch tiếp công dân định kỳ năm {year} của Giám đốc Sở",
        ("Thanh tra, khiếu nại, tố cáo",),
    ),
]
PROVINCE_SIGNER = ("Lê Văn Bình", "Phó Chủ tịch")
DEPARTMENT_SIGNER = ("Trần Minh Khang", "Giám đốc")
DEPARTMENT = "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh"


@functools.cache  # a font file is parsed once, not once per line
def _font(size):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def draw_pdf(lines):
    """An A4 page with ``lines`` of text, as PDF bytes (Pillow; no extra package).
    Greyscale: black text needs no colour, and it draws and encodes twice as fast."""
    page = Image.new("L", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    y = 140
    for index, line in enumerate(lines):
        font = _font(40 if index == 0 else 28)
        words, row = line.split(), ""
        for word in words:
            candidate = f"{row} {word}".strip()
            if draw.textlength(candidate, font=font) > 1040 and row:
                draw.text((100, y), row, fill="black", font=font)
                y += font.size + 14
                row = word
            else:
                row = candidate
        draw.text((100, y), row, fill="black", font=font)
        y += font.size + (40 if index == 0 else 20)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def _slug(number):
    """``43/2011/NĐ-CP`` → ``43-2011-nd-cp``."""
    return slugify(fold(number).replace("/", "-"))


def _signer(name_position):
    return Signer.objects.get_or_create(
        full_name=name_position[0], position=name_position[1]
    )[0]


def load_legal_documents(section, today):
    """Add the demo documents to ``section``; return how many were created."""
    ensure_vocabularies()
    IssuingBody.objects.get_or_create(name=DEPARTMENT, defaults={"sort_order": 50})
    rows = [(*row, False) for row in NATIONAL]
    for index, (type_name, symbol, summary, fields) in enumerate(PROVINCIAL):
        year = today.year - (index % 3)
        issued = D(year, 1 + (index * 5) % 12, 1 + (index * 7) % 27)
        if issued > today:
            issued = today - datetime.timedelta(days=3 + index)
        own = symbol.endswith("STTTT")
        issuer = DEPARTMENT if own else PROVINCE
        if symbol == "NQ-HĐND":
            issuer = "Hội đồng nhân dân tỉnh"
        if type_name in ("Quyết định", "Nghị quyết", "Chỉ thị") and not own:
            number = f"{10 + index}/{issued.year}/{symbol}"
        else:
            number = f"{100 + index * 7}/{symbol}"
        effective = issued + datetime.timedelta(days=10 if "QĐ" in symbol else 0)
        expiry = D(issued.year + 1, 1, 1) if type_name == "Kế hoạch" else None
        signer = DEPARTMENT_SIGNER if own else PROVINCE_SIGNER
        rows.append(
            (
                type_name,
                number,
                issuer,
                issued,
                effective,
                expiry,
                summary.format(year=issued.year),
                fields,
                signer,
                own,
            )
        )
    created = 0
    pages = {}
    documents = get_document_model()
    for (
        type_name,
        number,
        issuer_name,
        issued,
        effective,
        expiry,
        summary,
        fields,
        signer,
        own,
    ) in rows:
        issuer = IssuingBody.objects.get(name=issuer_name)
        existing = LegalDocumentPage.objects.filter(
            number=number, issuing_body=issuer
        ).first()
        if existing is not None:
            pages[number] = existing
            continue
        national = number in {row[1] for row in NATIONAL}
        title = f"{type_name} {number} {summary[0].lower()}{summary[1:]}"
        if type_name == "Luật":
            title = f"{summary} số {number}"
        pdf = documents(title=f"{type_name} {number}")
        pdf.file.save(
            f"{_slug(number)}.pdf",
            ContentFile(
                draw_pdf(
                    [
                        f"{type_name.upper()} {number}",
                        issuer_name,
                        f"Ngày ban hành: {issued:%d/%m/%Y}",
                        summary,
                        "" if national else FICTIONAL_NOTE,
                    ]
                )
            ),
            save=False,
        )
        pdf.save()
        page = LegalDocumentPage(
            title=title,
            slug=_slug(number),
            document_type=DocumentType.objects.get(name=type_name),
            issuing_body=issuer,
            number=number,
            issued_date=issued,
            effective_date=effective,
            expiry_date=expiry,
            summary=summary,
            signer=_signer(signer),
            is_own_issuance=own,
            national_db_url=(
                f"https://vbpl.vn/tw/Pages/vbpq-timkiem.aspx?Keyword={number}"
                if national
                else ""
            ),
        )
        # Posted the working day after issue, as Decree 43 Art. 17.1.c asks (2
        # working days for the agency's own documents, 10 for others).
        page.first_published_at = timezone.make_aware(
            datetime.datetime.combine(
                issued + datetime.timedelta(days=1), datetime.time(9)
            )
        )
        page.fields = list(LegalField.objects.filter(name__in=fields))
        page.attachments = [LegalDocumentAttachment(document=pdf)]
        if number == "42/2022/NĐ-CP" and "43/2011/NĐ-CP" in pages:
            # Decree 42/2022 replaces Decree 43/2011 from 15/08/2022.
            page.relations = [
                LegalDocumentRelation(target=pages["43/2011/NĐ-CP"], kind="replaces")
            ]
        section.add_child(instance=page)
        page.save_revision().publish()
        pages[number] = page
        created += 1
    return created
