"""Public pages of the example site: axe-core finds no violation of any impact,
in mourning mode too (TT32-16…18, issue 2 item 10, issues 3 and 17), the site reads
and navigates without JavaScript, and the header, footer, language and skip link are
there."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from .helpers import (
    blocking_violations,
    format_violations,
    require_module,
    screenshot,
)
from .test_workflow import FOOTER, PUBLISH, log_in, open_more_actions


HINT = "pip install -e '.[test,browser]'"
expect = require_module("playwright.sync_api", HINT).expect
Axe = require_module("axe_playwright_python.sync_playwright", HINT).Axe

NEWS = "/tin-tuc-su-kien/"
SCHEDULE = "/chi-dao-dieu-hanh/lich-lam-viec/"


def this_week():
    """ISO year and week of today in Vietnam, as the schedule section counts."""
    today = datetime.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    year, week, _weekday = today.isocalendar()
    return year, week


ABOUT = "/gioi-thieu/"
#: Demo items of example_site/home/demo_direction.py, by slug.
DIRECTIVE = "yeu-cau-ra-soat-cap-nhat-thong-tin-tren-cong-thong-tin-dien-tu/"
PETITION = "tra-loi-phan-anh-ve-viec-cham-phat-buu-gui/"
PENALTY = "xu-phat-trang-thong-tin-dien-tu-tong-hop-hoat-dong-khong-co-giay-phep/"
PROJECT = "nang-cap-trung-tam-du-lieu-tinh-hoa-binh-xanh/"
PLAN = "quy-hoach-ha-tang-ky-thuat-vien-thong-thu-dong-tinh-hoa-binh-xanh/"
#: (screenshot name, path); ``None`` is the first article listed in the news section.
PUBLIC_PAGES = [
    ("home", "/"),
    ("section-news", NEWS),
    ("section-about", ABOUT),
    ("article-news", None),
    ("site-map", "/so-do-cong/"),
    ("press-section", "/thong-tin-bao-chi/"),
    ("press-spokesperson", "/thong-tin-bao-chi/nguoi-phat-ngon/"),
    ("editorial-board", "/gioi-thieu/ban-bien-tap/"),
    ("contact", "/lien-he/"),
    ("contact-directory-search", "/lien-he/?q=nguyen"),
    ("leadership", "/gioi-thieu/lanh-dao/"),
    ("units", "/gioi-thieu/don-vi-truc-thuoc/"),
    ("work-schedule", "/chi-dao-dieu-hanh/lich-lam-viec/"),
    ("work-schedule-print", "{schedule}tuan/{year}-{week:02d}/in/"),
    ("services-section", "/dich-vu-cong/"),
    ("services-filtered", "/dich-vu-cong/?level=4"),
    ("legal-documents", "/van-ban/"),
    ("legal-documents-filtered", "/van-ban/?q=nghi+dinh+43&year=2011"),
    ("legal-document", "/van-ban/43-2011-nd-cp/"),
    ("site-search", "/nd43/search/?q=nghi+dinh+43"),
    ("directives", "/chi-dao-dieu-hanh/y-kien-chi-dao/"),
    ("directive", "/chi-dao-dieu-hanh/y-kien-chi-dao/" + DIRECTIVE),
    ("petition-responses", "/chi-dao-dieu-hanh/tra-loi-kien-nghi/?petitioner=voters"),
    ("petition-response", "/chi-dao-dieu-hanh/tra-loi-kien-nghi/" + PETITION),
    ("rewards-penalties", "/chi-dao-dieu-hanh/khen-thuong-xu-phat/?kind=penalty"),
    ("reward-penalty", "/chi-dao-dieu-hanh/khen-thuong-xu-phat/" + PENALTY),
    ("projects", "/du-an-dau-tu/?kind=bidding&status=completed"),
    ("project", "/du-an-dau-tu/" + PROJECT),
    ("plans", "/quy-hoach-ke-hoach/"),
    ("plan", "/quy-hoach-ke-hoach/" + PLAN),
    ("questions", "/hoi-dap/"),
    ("question-form", "/hoi-dap/gui-cau-hoi/"),
    ("question-lookup", "/hoi-dap/tra-cuu/"),
    ("consultations", "/lay-y-kien/"),
    ("consultation-open", "/lay-y-kien/du-thao-quy-dinh-chuyen-doi-so-cap-xa/"),
    ("consultation-concluded", "/lay-y-kien/du-thao-ke-hoach-phat-trien-ha-tang-so/"),
    ("privacy", "/bao-ve-du-lieu-ca-nhan/"),
]
#: Items the main menu must hold (issue 2 item 10), matched case-insensitively.
MENU_ITEMS = {
    "Trang chủ": r"^\s*trang chủ\s*$",
    "Giới thiệu": r"^\s*giới thiệu\s*$",
    "Dịch vụ công trực tuyến": r"^\s*dịch vụ công trực tuyến\s*$",
    "Sơ đồ cổng": r"^\s*sơ đồ cổng",
}


def first_article_path(page, site, section=NEWS):
    """The first article linked from ``section``'s list (no slug is hard-coded)."""
    page.goto(site.url(section))
    hrefs = page.locator("main a[href]").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    for href in hrefs:
        path = href.removeprefix(site.base_url)
        if path.startswith(section) and path != section and "?" not in path:
            return path
    pytest.fail(f"No article link in the main content of {section}: {hrefs}")


def check_accessibility(page, name):
    """Screenshot the page, then run axe-core and fail on any violation."""
    screenshot(page, name)
    results = Axe().run(page)
    violations = blocking_violations(results.response)
    assert not violations, format_violations(violations, page.url)


def main_menu(page):
    """The navigation landmark holding the "Giới thiệu" link: the main menu."""
    about = page.get_by_role("link", name=re.compile(MENU_ITEMS["Giới thiệu"], re.I))
    return page.get_by_role("navigation").filter(has=about).first


@pytest.mark.parametrize(
    ("name", "path"), PUBLIC_PAGES, ids=[name for name, _ in PUBLIC_PAGES]
)
def test_public_page_has_no_accessibility_violations(
    open_session, demo_site, name, path
):
    session = open_session()
    page = session.page
    if path is None:
        path = first_article_path(page, demo_site)
    year, week = this_week()
    path = path.format(schedule=SCHEDULE, year=year, week=week)
    response = page.goto(demo_site.url(path))
    assert response.status == 200, f"{path} answered {response.status}"
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    check_accessibility(page, f"a11y-{name}-desktop")
    assert session.external_requests == [], (
        f"{path} loads assets from other sites (the theme must ship everything): "
        f"{session.external_requests}"
    )


#: Pages checked again while a mourning period is shown (grey theme, notice on top).
MOURNING_PAGES = (
    "home",
    "article-news",
    "legal-document",
    "site-search",
    "questions",
    "consultation-open",
)


def test_public_pages_in_mourning_have_no_accessibility_violations(
    open_session, demo_site
):
    """The superuser announces a national mourning in the admin; while it lasts the
    public pages (grey, with the notice above everything) stay free of violations."""
    admin = open_session().page
    log_in(admin, demo_site, "admin", "admin")  # dev.py's demo superuser
    admin.goto(demo_site.url("/admin/snippets/wagtail_nd43/mourningperiod/add/"))
    title = "Quốc tang đồng chí Nguyễn Văn A (kiểm thử)"
    admin.locator("#id_title").fill(title)
    admin.locator("#id_notice").fill(
        "Treo cờ rủ, ngừng các hoạt động vui chơi giải trí trong hai ngày."
    )
    now = datetime.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh"))
    for field, moment in (
        ("#id_start_at", now - datetime.timedelta(hours=1)),
        ("#id_end_at", now + datetime.timedelta(days=1)),
    ):
        # Typed in without focusing the field: a focused date field opens its
        # picker, which can stay open over the footer and take the next click.
        admin.locator(field).evaluate(
            "(field, value) => { field.value = value;"
            " field.dispatchEvent(new Event('change', {bubbles: true})); }",
            moment.strftime("%d/%m/%Y %H:%M"),
        )
    open_more_actions(admin, PUBLISH)
    admin.locator(FOOTER).locator(PUBLISH).click()
    expect(admin.locator(".messages")).to_contain_text(title)
    edit_url = admin.get_by_role("link", name=title).first.get_attribute("href")
    try:
        visitor = open_session().page
        pages = dict(PUBLIC_PAGES)
        for name in MOURNING_PAGES:
            path = pages[name] or first_article_path(visitor, demo_site)
            response = visitor.goto(demo_site.url(path))
            assert response.status == 200, f"{path} answered {response.status}"
            expect(visitor.locator("html")).to_have_class(re.compile("nd43-mourning"))
            expect(visitor.locator(".nd43-mourning-notice")).to_contain_text(title)
            check_accessibility(visitor, f"a11y-mourning-{name}")
    finally:
        # The mourning ends: the other browser tests see the site in its colours.
        admin.goto(demo_site.url(edit_url.replace("/edit/", "/delete/")))
        admin.locator("form button[type='submit']").filter(
            has_text=re.compile("Có|Xóa")
        ).first.click()
        expect(admin.locator(".messages")).to_be_visible()


def test_home_page_on_a_phone_is_accessible_and_fits(open_session, demo_site):
    session = open_session(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = session.page
    page.goto(demo_site.url("/"))
    check_accessibility(page, "a11y-home-mobile-390")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - window.innerWidth"
    )
    assert overflow <= 0, f"The home page scrolls sideways by {overflow}px at 390px"
    # On a phone the menu folds behind one toggle (a <details>, no JavaScript):
    # the links show once it is opened.
    toggle = page.locator("nav summary")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_text(re.compile(r"Danh mục"))
    toggle.click()
    expect(main_menu(page)).to_be_visible()


def test_pages_read_and_navigate_without_javascript(open_session, demo_site):
    page = open_session(java_script_enabled=False).page
    page.goto(demo_site.url("/"))
    menu = main_menu(page)
    expect(menu).to_be_visible()
    for label, pattern in MENU_ITEMS.items():
        link = menu.get_by_role("link", name=re.compile(pattern, re.I))
        expect(link.first, f"menu item {label!r} without JavaScript").to_be_visible()
    # A control that only works with JavaScript must not be offered without it.
    for control in page.locator("[data-nd43-text-size]").all():
        expect(control).to_be_hidden()
    screenshot(page, "nojs-home")

    menu.get_by_role("link", name=re.compile(MENU_ITEMS["Giới thiệu"], re.I)).click()
    expect(page).to_have_url(demo_site.url(ABOUT))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Giới thiệu")
    main = page.locator("main")
    expect(main).to_be_visible()
    text = main.inner_text()
    assert len(text.split()) > 20, f"Too little readable text without JS: {text!r}"
    font_size = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('main')).fontSize)"
    )
    assert font_size >= 14, f"Body text is {font_size}px without JavaScript"
    screenshot(page, "nojs-section-about")


def test_header_shows_the_agency_full_name(page, demo_site):
    page.goto(demo_site.url("/"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.get_by_role("banner")).to_contain_text(demo_site.identity["full_name"])


def test_footer_shows_address_phone_and_email(page, demo_site):
    identity = demo_site.identity
    for name in ("address", "phone", "email"):
        assert identity[name], f"The demo agency has no {name}: demo content changed?"
    for path in ("/", first_article_path(page, demo_site)):
        page.goto(demo_site.url(path))
        footer = page.get_by_role("contentinfo")
        for name in ("full_name", "address", "phone", "email"):
            expect(footer, f"{name} in the footer of {path}").to_contain_text(
                identity[name]
            )
        expect(footer.locator(f'a[href="mailto:{identity["email"]}"]')).to_be_visible()


def test_skip_link_is_the_first_focusable_element(page, demo_site):
    page.goto(demo_site.url("/"))
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
            const element = document.activeElement;
            return {tag: element.tagName, href: element.getAttribute('href'),
                    text: element.textContent.trim()};
        }"""
    )
    assert focused["tag"] == "A", f"First Tab stop is not a link: {focused}"
    assert focused["href"] in ("#main", "#content", "#main-content"), focused
    skip_link = page.locator(":focus")
    expect(skip_link).to_be_visible()
    expect(page.locator(focused["href"])).to_have_count(1)
    screenshot(page, "skip-link-focused")

    page.keyboard.press("Enter")
    assert page.url.endswith(focused["href"])
    target = page.evaluate(
        "(selector) => document.querySelector(selector).contains"
        "(document.activeElement)",
        focused["href"],
    )
    assert target, "Following the skip link does not move focus to the main content"


def test_this_weeks_schedule_is_one_click_from_the_home_page(page, demo_site):
    page.goto(demo_site.url("/"))
    page.get_by_role("link", name=re.compile("lịch làm việc tuần này", re.I)).click()
    expect(page).to_have_url(demo_site.url(SCHEDULE))
    _year, week = this_week()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"tuần {week} ")
    expect(page.locator('a[href$="/ical/"]').first).to_be_visible()
    screenshot(page, "schedule-this-week")
