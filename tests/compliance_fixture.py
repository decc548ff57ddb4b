"""A site that fills every required item of the ND43 profile, built from what the
rulebook asks — used to show that a complete site has no failing required finding.

Every section that lists items gets one dated today; every other section gets a
paragraph of content; identity, editorial board and spokesperson are filled.
"""

import datetime
import json

import wagtail_factories
from django.utils import timezone
from wagtail.models import Page

from wagtail_nd43.models import (
    AgencySettings,
    ArticlePage,
    ContactPerson,
    EditorialBoard,
    EditorialBoardMember,
    Leader,
    LegalDocumentPage,
    OnlineServicePage,
    PressRegulationPage,
    PressReleasePage,
    ResearchProjectPage,
    Spokesperson,
    StatisticsReportPage,
    Unit,
    WeekScheduleEntry,
    WeekSchedulePage,
)
from wagtail_nd43.models.base import section_page_models
from wagtail_nd43.weeks import monday_of, suggested_title, week_slug


DISSEMINATION = "pho-bien-phap-luat"
PARAGRAPH = [{"type": "paragraph", "value": "<p>Nội dung đầy đủ của chuyên mục.</p>"}]


def fill_identity(site):
    identity = AgencySettings.for_site(site)
    identity.full_name = "Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh"
    identity.address = "Số 18 đường Lê Lợi, thành phố Bình Xanh"
    identity.phone = "(0200) 3 812 345"
    identity.fax = "(0200) 3 812 346"
    identity.email = "stttt@hoabinhxanh.gov.vn"
    identity.responsible_person = "Ông Trần Minh Khang – Giám đốc Sở"
    identity.logo = wagtail_factories.ImageFactory(title="Biểu trưng")
    identity.save()
    return identity


def fill_board(site, today):
    board = EditorialBoard.for_site(site)
    for prefix, number in (
        ("decision", "45/QĐ-STTTT"),
        ("coordination", "46/QĐ-STTTT"),
        ("operation", "47/QĐ-STTTT"),
    ):
        setattr(board, f"{prefix}_number", number)
        setattr(board, f"{prefix}_date", today)
        setattr(
            board,
            f"{prefix}_file",
            wagtail_factories.DocumentFactory(title=f"Quyết định {number}"),
        )
    board.save()
    EditorialBoardMember.objects.create(
        board=board,
        full_name="Trần Minh Khang",
        role=EditorialBoardMember.HEAD,
        position="Giám đốc Sở",
    )
    return board


def add_spokesperson(today, **overrides):
    values = {
        "full_name": "Lê Thu Hà",
        "position": "Chánh Văn phòng Sở",
        "unit": "Văn phòng Sở",
        "phone": "(0200) 3 812 350",
        "email": "ltha@hoabinhxanh.gov.vn",
        "active_from": today,
        **overrides,
    }
    person = Spokesperson(**values)
    person.save()
    person.save_revision().publish()
    return person


def add_people():
    """A leader, a unit and a contact person with every detail the decree asks."""
    Leader.objects.create(
        full_name="Trần Minh Khang",
        position="Giám đốc Sở",
        biography="Sinh năm 1972 tại Hòa Bình Xanh.",
        duties="Phụ trách chung.",
    )
    unit = Unit.objects.create(name="Văn phòng Sở", functions="Tham mưu tổng hợp.")
    ContactPerson.objects.create(
        full_name="Nguyễn Hữu Phúc",
        position="Chánh Văn phòng",
        unit=unit,
        phone="(0200) 3 812 345",
        email="phucnh@hoabinhxanh.gov.vn",
    )


def add_week(section, today):
    """This week's work schedule, published."""
    monday = monday_of(today)
    week = WeekSchedulePage(
        title=suggested_title(monday),
        slug=week_slug(monday),
        week_start=monday,
        entries=[
            WeekScheduleEntry(
                day=monday, start_time=datetime.time(8, 0), content="Họp giao ban."
            )
        ],
    )
    section.add_child(instance=week)
    return week


def add_item(section, today, **fields):
    """An item dated ``today`` under ``section``: an article or a press release."""
    values = {
        "title": f"Thông tin mới của chuyên mục {section.title}",
        "lead": "Tóm tắt nội dung.",
        "author": "Văn phòng Sở",
        "date": today,
        "first_published_at": timezone.now(),
        **fields,
    }
    if PressReleasePage.can_create_at(section):
        item = PressReleasePage(**{"kind": PressReleasePage.PERIODIC, **values})
    else:
        item = ArticlePage(**values)
    section.add_child(instance=item)
    return item


def add_structured_items(section, today):
    """Items with every detail the rulebook asks for; for a planning section, one
    plan in each area, so People's Committees' four areas are covered."""
    from wagtail_nd43.models import PlanCategory

    from .factories import STRUCTURED_ITEM_FACTORIES

    factory = STRUCTURED_ITEM_FACTORIES[type(section).__name__]
    if type(section).__name__ == "PlanningPage":
        for category in PlanCategory.values:
            factory(parent=section, approved_date=today, category=category)
    else:
        factory(parent=section)


def add_research(section, today):
    """A research topic approved and published ``today``."""
    topic = ResearchProjectPage(
        title="Nghiên cứu ứng dụng trí tuệ nhân tạo trong dịch vụ công",
        code="ĐT.01/25",
        management_level="province",
        field="Khoa học kỹ thuật và công nghệ",
        lead_organisation="Trung tâm Chuyển đổi số",
        lead_researcher="TS. Phạm Quốc Việt",
        start_date=today,
        end_date=today + datetime.timedelta(days=540),
        budget=900_000_000,
        approval_number="15/QĐ-UBND",
        approved_date=today,
        summary="Thử nghiệm trợ lý ảo trả lời câu hỏi về thủ tục hành chính.",
    )
    section.add_child(instance=topic)
    topic.save_revision().publish()
    return topic


def add_statistics(section, today):
    """Last year's statistics, decided and published ``today``."""
    release = StatisticsReportPage(
        title=f"Số liệu thống kê bưu chính, viễn thông năm {today.year - 1}",
        field="Bưu chính, viễn thông",
        period_type="year",
        year=today.year - 1,
        compiling_unit="Phòng Bưu chính, Viễn thông",
        decision_date=today,
        date=today,
        data_file=wagtail_factories.DocumentFactory(title="Số liệu"),
        summary="Toàn tỉnh có 1,2 triệu thuê bao di động.",
        methodology="Tổng hợp báo cáo định kỳ của doanh nghiệp.",
        analysis="Tăng 4% so với năm trước.",
    )
    section.add_child(instance=release)
    release.save_revision().publish()
    return release


def add_legal_document(section, today):
    """A document the agency issued ``today`` and posted the same day (within
    the 2 working days of Art. 17.1.c)."""
    from .factories import LegalDocumentPageFactory

    return LegalDocumentPageFactory(
        parent=section,
        issued_date=today,
        effective_date=today,
        is_own_issuance=True,
        first_published_at=timezone.now(),
    )


def fill_sections(home, today):
    from .factories import STRUCTURED_ITEM_FACTORIES
    from .test_services import service

    for page in (
        Page.objects.descendant_of(home)
        .type(*section_page_models())
        .specific()
        .order_by("path")
    ):
        if type(page).__name__ in STRUCTURED_ITEM_FACTORIES:
            add_structured_items(page, today)
            continue
        if LegalDocumentPage.can_create_at(page):
            add_legal_document(page, today)
        if OnlineServicePage.can_create_at(page):
            # Listed by sector, field and administrative level (TT32 Art. 6).
            service(page, "Cấp giấy phép hoạt động in")
        if ArticlePage.can_create_at(page) or PressReleasePage.can_create_at(page):
            if page.requirement_key == DISSEMINATION:
                # Explains a document issued today (Art. 17.1.b: 15 working days).
                add_item(page, today, law_issued_date=today)
            else:
                add_item(page, today)
            continue
        if WeekSchedulePage.can_create_at(page):
            add_week(page, today)
            continue
        if ResearchProjectPage.can_create_at(page):
            add_research(page, today)
            continue
        if StatisticsReportPage.can_create_at(page):
            add_statistics(page, today)
            continue
        page.body = json.dumps(PARAGRAPH)
        if isinstance(page, PressRegulationPage):
            page.regulation_number = "15/QĐ-STTTT"
            page.regulation_date = today
            page.regulation_file = wagtail_factories.DocumentFactory(
                title="Quy chế phát ngôn"
            )
        page.save_revision().publish()


def fill_site(site, today=None):
    """Fill ``site`` (already scaffolded) so that every required finding is ok."""
    today = today or timezone.localdate()
    fill_identity(site)
    fill_board(site, today)
    add_spokesperson(today)
    add_people()
    fill_sections(site.root_page, today)
