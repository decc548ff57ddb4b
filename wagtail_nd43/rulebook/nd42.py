"""Decree 42/2022/NĐ-CP, derived from the Decree 43/2011 profile.

Decree 42 replaced Decree 43 on 15/08/2022. Its full text of Article 4 was not
available when this profile was written (requirements.md §5): most of its rows are
known from secondary sources only. So the profile is the ND43 profile transformed,
not a copy of it:

- every ND43 section is kept (sections added to ``nd43.py`` flow in here by
  themselves); the English sections apply to every agency level (ND42-7.2);
- ND43 requirements that Decree 42 restates are re-cited under the ND42 id and
  article (:data:`RECITED`), keeping their checks and their severity, so that
  Decree 42 gates at least what Decree 43 gates for the same information (issue
  14) — unless the row is only remembered (``memory``) or reaches further than
  Decree 43 did on a secondary source (English at every level);
- the other requirements of Decree 43 itself are kept as ``recommended``: whether
  Decree 42 still lists them is unverified (ND42-4.1(other)); requirements of other
  texts still in force (Decree 09/2017, Decree 13/2018, Decree 13/2023, Circular
  32/2017, the HCMC letter) keep their severity;
- the new items get new sections and requirements (:data:`NEW_SECTIONS`,
  :data:`NEW_REQUIREMENTS`);
- the new ``ND42-*`` rows are ``recommended`` (their wording is secondary or from
  memory, requirements.md §0); what the Access to Information Law requires on the
  portal is verified text (Luật Tiếp cận thông tin Art. 19.1) and so is
  ``required``; every finding says how sure its row is (``confidence``).

Everything is data: correcting a row once the text is verified is editing a table.
"""

from dataclasses import replace

from . import (
    ALL_LEVELS,
    ARTICLES,
    MEMORY,
    RECOMMENDED,
    REQUIRED,
    SECONDARY,
    VERIFIED,
    B,
    Fresh,
    HasContent,
    Profile,
    Requirement,
    SectionLive,
    Source,
    nd43,
)
from .nd43 import SECTION, _section


ND42 = "Nghị định 42/2022/NĐ-CP"
TCTT = "Luật Tiếp cận thông tin 104/2016/QH13"

APP = "wagtail_nd43."

#: An annual publication is out of date a year and a month (396 days) after the
#: newest one.
ANNUAL = 396


def _source(article, clause="", point="", document=ND42, confidence=None):
    """Decree 42's text was read only through secondary sources (requirements.md
    §5); the Access to Information Law was read in full."""
    if confidence is None:
        confidence = SECONDARY if document == ND42 else VERIFIED
    return Source(document, article, clause, point, confidence=confidence)


#: ND43 requirement id → how Decree 42 restates it: its new id, source, titles and,
#: where it changed, ``levels``. The check is kept.
RECITED = {
    "ND43-10.1a": {
        "id": "ND42-4.2",
        # requirements.md: "memory (inferred from ND224)".
        "source": _source("4", "2", confidence=MEMORY),
        "title_vi": "Thông tin giới thiệu",
        "title_en": "Introduction",
    },
    "ND43-10.1a.1": {
        "id": "ND42-4.1e.1",
        "source": _source("4", "1", "e"),
        "title_vi": "Chức năng, nhiệm vụ, quyền hạn của cơ quan",
        "title_en": "Functions, tasks and powers",
    },
    "ND43-10.1a.2": {
        "id": "ND42-4.1e.2",
        "source": _source("4", "1", "e"),
        "title_vi": "Cơ cấu tổ chức, sơ đồ tổ chức",
        "title_en": "Organisation structure and chart",
    },
    "ND43-10.1a.7": {
        "id": "ND42-4.1e.3",
        "source": _source("4", "1", "e"),
        "title_vi": "Chức năng, nhiệm vụ của các đơn vị trực thuộc",
        "title_en": "Functions of the subordinate units",
    },
    "ND43-10.1k": {
        "id": "ND42-4.1e.4",
        "source": _source("4", "1", "e"),
        "title_vi": (
            "Họ tên, chức vụ, đơn vị, điện thoại, thư điện tử công vụ của cán bộ "
            "đầu mối"
        ),
        "title_en": "Contact-point officials",
    },
    "ND43-10.1l": {
        "id": "ND42-4.1e.5",
        "source": _source("4", "1", "e"),
        "title_vi": "Địa chỉ, điện thoại, số fax, thư điện tử của cơ quan",
        "title_en": "Agency address, phone, fax and email",
    },
    "ND43-10.1d": {
        "id": "ND42-4.1(pbpl)",
        "source": _source("4", "1"),
        "title_vi": "Thông tin phổ biến, hướng dẫn thực hiện pháp luật",
        "title_en": "Law dissemination",
    },
    "ND43-10.1đ": {
        "id": "ND42-4.1(cl)",
        "source": _source("4", "1"),
        "title_vi": "Chiến lược, chương trình, dự án, đề án, kế hoạch, quy hoạch",
        "title_en": "Strategies, programmes, plans",
    },
    "ND43-10.1e": {
        "id": "ND42-4.1(vb)",
        "source": _source("4", "1"),
        "title_vi": "Văn bản quy phạm pháp luật và văn bản quản lý hành chính",
        "title_en": "Legal and administrative documents",
    },
    "ND43-10.1i": {
        "id": "ND42-8.1c",
        "source": _source("8", "1", "c"),
        "title_vi": "Tham gia xây dựng pháp luật, chính sách (lấy ý kiến góp ý)",
        "title_en": "Participation in law-making (consultation)",
    },
    "ND43-15.2": {
        "id": "ND42-8.1a",
        "source": _source("8", "1", "a"),
        "title_vi": "Hỏi đáp, tiếp nhận phản hồi và theo dõi kết quả xử lý",
        "title_en": "Questions and feedback, with status tracking",
    },
    "ND43-18.2": {
        "id": "ND42-4.1(tthc)",
        "source": _source("4", "1"),
        "title_vi": (
            "Thủ tục hành chính, dịch vụ công trực tuyến, quy trình giải quyết "
            "công việc"
        ),
        "title_en": "Procedures and online public services",
    },
    # The Access to Information Law Art. 19.1(d), verified text: public investment
    # and procurement on the portal (the ND43 project list with its nine items).
    "ND43-10.1h": {
        "id": "TCTT-19.1d",
        "source": _source("19", "1", "d", document=TCTT),
        "title_vi": "Danh mục, thông tin dự án đầu tư công, mua sắm công, đấu thầu",
        "title_en": "Public investment, procurement and bidding",
    },
    "ND43-11": {
        "id": "ND42-4.1(tc).2",
        "source": _source("4", "1"),
        "title_vi": "Danh mục và kết quả chương trình, đề tài khoa học",
        "title_en": "Science programmes and projects",
    },
    "ND43-12": {
        "id": "ND42-4.1(tc).3",
        "source": _source("4", "1"),
        "title_vi": "Thông tin thống kê về ngành, lĩnh vực quản lý",
        "title_en": "Sector statistics",
    },
    # Article 7.2: English for every agency, no longer ministries and provinces only.
    "ND43-13": {
        "id": "ND42-7.2",
        "source": _source("7", "2"),
        "title_vi": "Thông tin bằng tiếng Anh",
        "title_en": "Information in English",
        "levels": ALL_LEVELS,
        # Beyond what Decree 43 asked, on a secondary source: recommended.
        "severity": RECOMMENDED,
    },
    "ND43-13.1": {
        "id": "ND42-7.2.1",
        "source": _source("7", "2"),
        "title_vi": (
            "Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn của cơ quan và từng đơn "
            "vị bằng tiếng Anh"
        ),
        "title_en": "Organisation, functions and powers in English",
        "levels": ALL_LEVELS,
        # Beyond what Decree 43 asked, on a secondary source: recommended.
        "severity": RECOMMENDED,
    },
    "ND43-13.2": {
        "id": "ND42-7.2.2",
        "source": _source("7", "2"),
        "title_vi": "Thông tin liên hệ của cán bộ có thẩm quyền bằng tiếng Anh",
        "title_en": "Contacts of competent officials in English",
        "levels": ALL_LEVELS,
        # Beyond what Decree 43 asked, on a secondary source: recommended.
        "severity": RECOMMENDED,
    },
}

#: Requirements of other texts that requirements.md §11 lists as only recommended
#: under Decree 42 (service guidance and FAQ: "Rec").
DOWNGRADED = frozenset({"TT32-11.1.1", "TT32-11.1.2"})

#: Sections whose scope changed: key → fields replaced.
CHANGED_SECTIONS = {
    "en": {"levels": ALL_LEVELS},
    "en.about": {"levels": ALL_LEVELS},
    "en.contact": {"levels": ALL_LEVELS},
    "dich-vu-cong": {
        "guidance_vi": (
            "Danh mục thủ tục hành chính và dịch vụ công trực tuyến, thống nhất và "
            "liên kết với Cổng Dịch vụ công quốc gia; ghi rõ dịch vụ công trực tuyến "
            "toàn trình hay một phần, phân theo ngành, lĩnh vực; tên dịch vụ đúng "
            "tên thủ tục hành chính."
        ),
    },
}


#: Parent key → sections Decree 42 adds under it (top-level ones under the home
#: page are placed before the English section and the site map).
NEW_SECTIONS = {
    "van-ban": (
        _section(
            "van-ban.dieu-uoc-quoc-te",
            "Điều ước quốc tế",
            "International treaties",
            "dieu-uoc-quoc-te",
            SECTION,
            ("ND42-4.1(đư)",),
            items=ARTICLES,
            levels=B,
            guidance_vi=(
                "Điều ước quốc tế mà Việt Nam là thành viên và thỏa thuận quốc tế "
                "thuộc lĩnh vực quản lý của cơ quan: tên, ngày ký, ngày có hiệu lực "
                "với Việt Nam, toàn văn hoặc liên kết tới văn bản."
            ),
        ),
    ),
    "quy-hoach-ke-hoach": (
        _section(
            "quy-hoach-ke-hoach.ke-hoach-cong-tac",
            "Chương trình, kế hoạch công tác hằng năm",
            "Annual work programme",
            "ke-hoach-cong-tac",
            SECTION,
            ("TCTT-19.1c", "ND42-4.1(cl).1"),
            items=ARTICLES,
            guidance_vi=(
                "Đăng chương trình, kế hoạch công tác năm của cơ quan ngay sau khi "
                "được phê duyệt, và kết quả thực hiện; mỗi năm một bài, kèm tệp văn "
                "bản."
            ),
        ),
    ),
    "trang-chu": (
        _section(
            "bao-cao-tai-chinh",
            "Báo cáo tài chính",
            "Financial reports",
            "bao-cao-tai-chinh",
            SECTION,
            ("TCTT-19.1e", "ND42-4.1(tc)"),
            items=ARTICLES,
            guidance_vi=(
                "Báo cáo tài chính năm của cơ quan; công khai dự toán, tình hình thực "
                "hiện và quyết toán ngân sách. Mỗi năm một bài, ghi rõ năm tài chính "
                "và kèm tệp báo cáo."
            ),
        ),
        _section(
            "kenh-thong-tin",
            "Kênh thông tin chính thức",
            "Official channels",
            "kenh-thong-tin",
            SECTION,
            ("ND42-5.3", "ND244-5.2"),
            guidance_vi=(
                "Danh sách các kênh cung cấp thông tin chính thức của cơ quan: cổng "
                "thông tin điện tử, cổng dữ liệu, tài khoản mạng xã hội đã được phê "
                "duyệt, thư điện tử, ứng dụng di động, tổng đài điện thoại — mỗi kênh "
                "ghi tên và địa chỉ."
            ),
        ),
        _section(
            "danh-gia",
            "Đánh giá mức độ hài lòng về thông tin",
            "Rate our information",
            "danh-gia",
            SECTION,
            ("ND42-8.1d",),
            guidance_vi=(
                "Trang để người dân, doanh nghiệp đánh giá việc cung cấp thông tin của "
                "cơ quan (giao diện, nội dung, chất lượng, hỗ trợ). Biểu mẫu đánh giá "
                "có sẵn; kết quả tổng hợp hiện trên trang."
            ),
        ),
    ),
}


def _req(rid, source, title_vi, title_en, check, severity=RECOMMENDED, **kwargs):
    return Requirement(
        id=rid,
        source=source,
        title_vi=title_vi,
        title_en=title_en,
        severity=severity,
        check=check,
        **kwargs,
    )


#: What Decree 42 adds, after the derived requirements.
NEW_REQUIREMENTS = (
    _req(
        "ND42-4.1(đư)",
        _source("4", "1"),
        "Điều ước quốc tế mà Việt Nam là thành viên, thỏa thuận quốc tế",
        "International treaties and agreements",
        HasContent("van-ban.dieu-uoc-quoc-te"),
        levels=B,
    ),
    _req(
        "TCTT-19.1c",
        _source("19", "1", "c", document=TCTT),
        "Chương trình, kế hoạch công tác hằng năm",
        "Annual work programme",
        HasContent("quy-hoach-ke-hoach.ke-hoach-cong-tac"),
        severity=REQUIRED,
    ),
    _req(
        "ND42-4.1(cl).1",
        _source("4", "1"),
        "Kế hoạch công tác năm được đăng hằng năm",
        "Annual work plan published every year",
        Fresh("quy-hoach-ke-hoach.ke-hoach-cong-tac", window=ANNUAL),
    ),
    _req(
        "TCTT-19.1e",
        _source("19", "1", "e", document=TCTT),
        "Báo cáo tài chính năm",
        "Annual financial report",
        HasContent("bao-cao-tai-chinh"),
        severity=REQUIRED,
    ),
    _req(
        "ND42-4.1(tc)",
        _source("4", "1"),
        "Báo cáo tài chính năm được đăng hằng năm",
        "Annual financial report published every year",
        Fresh("bao-cao-tai-chinh", window=ANNUAL),
    ),
    _req(
        "ND42-5.3",
        _source("5", "3"),
        "Công bố danh sách kênh thông tin chính thức",
        "List of official channels published",
        HasContent("kenh-thong-tin"),
    ),
    _req(
        "ND244-5.2",
        _source("5", "2", document=nd43.ND244, confidence=SECONDARY),
        "Công bố tài khoản mạng xã hội chính thức trên cổng",
        "Official social-network accounts published on the portal",
        HasContent("kenh-thong-tin"),
        severity=REQUIRED,
        in_force_from=nd43.ND244_FROM,
    ),
    _req(
        "ND42-8.1d",
        _source("8", "1", "d"),
        "Đánh giá việc cung cấp thông tin (giao diện, nội dung, chất lượng, hỗ trợ)",
        "Rating of the information provided",
        SectionLive("danh-gia"),
    ),
    _req(
        "ND42-11.1",
        _source("11", "1"),
        "Mức độ dịch vụ công trực tuyến: toàn trình hoặc một phần",
        "Online service levels: fully or partly online",
        None,
    ),
)

#: Requirements added to sections that exist in ND43: section key → ids.
NEW_REQUIREMENT_IDS = {"dich-vu-cong": ("ND42-11.1",)}

#: Top-level sections stay before these (the English pages, the privacy notice and
#: the site map close the menu).
_CLOSING = ("en", "bao-ve-du-lieu-ca-nhan", "so-do-cong")


def _recited_id(requirement_id):
    return RECITED.get(requirement_id, {}).get("id", requirement_id)


def derive_section(section):
    """``section`` of the ND43 tree as it stands under Decree 42, recursively."""
    children = [derive_section(child) for child in section.children]
    added = list(NEW_SECTIONS.get(section.key, ()))
    if section.key == nd43.TREE.key:
        position = next(
            (i for i, child in enumerate(children) if child.key in _CLOSING),
            len(children),
        )
        children[position:position] = added
    else:
        children += added
    return replace(
        section,
        children=tuple(children),
        requirement_ids=tuple(_recited_id(rid) for rid in section.requirement_ids)
        + NEW_REQUIREMENT_IDS.get(section.key, ()),
        **CHANGED_SECTIONS.get(section.key, {}),
    )


def derive_requirement(requirement):
    """An ND43-profile requirement as it stands under Decree 42.

    A restated requirement keeps its severity (the profiles gate the same
    information alike), unless its wording is only remembered (``memory``)."""
    if requirement.id in RECITED:
        recited = replace(requirement, **RECITED[requirement.id])
        if recited.source.confidence == MEMORY:
            return replace(recited, severity=RECOMMENDED)
        return recited
    if requirement.source.document == nd43.ND43 or requirement.id in DOWNGRADED:
        return replace(requirement, severity=RECOMMENDED)
    return requirement


TREE = derive_section(nd43.TREE)

REQUIREMENTS = tuple(derive_requirement(r) for r in nd43.REQUIREMENTS) + (
    NEW_REQUIREMENTS
)

PROFILE = Profile(
    name="nd42",
    title_vi="Nghị định 42/2022/NĐ-CP",
    title_en="Decree 42/2022/ND-CP",
    root=TREE,
    requirements=REQUIREMENTS,
    based_on="nd43",
)

__all__ = ["PROFILE"]
