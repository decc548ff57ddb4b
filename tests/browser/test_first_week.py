"""Issue 17, "Done when": an editor's and a citizen's first week, in Chromium.

The editor creates a news article and a press item, never touching the slug on the
"Quảng bá" tab: both pass the board's workflow on their first save and are published
at ASCII addresses. The superuser prints the self-assessment to PDF with every row. On a phone the
header and the folded menu leave the content above the fold.

The citizen follows a dead link to the themed 404 page (a second server on the same
demo database with ``DEBUG = False``: the demo server runs the development
settings, where Django shows its technical 404 page) and finds Decree 43 first by
its number in the site search.
"""

import io
import json
import re
import uuid

import pytest

from .conftest import _free_port, runserver
from .helpers import require_module, screenshot
from .test_accessibility import check_accessibility
from .test_workflow import APPROVE, FOOTER, SUBMIT, log_in, log_out, open_more_actions


expect = require_module(
    "playwright.sync_api", "pip install -e '.[test,browser]'"
).expect
pypdf = require_module("pypdf", "pip install -e '.[test,browser]'")

FACTS_SCRIPT = """
import json
from wagtail.models import Site
from wagtail_nd43.compliance import evaluate
from wagtail_nd43.models import PeriodicPressPage, SectionPage
site = Site.objects.get(is_default_site=True)
report = evaluate(site)
print("ND43_WEEK=" + json.dumps({
    "news": SectionPage.objects.live().get(requirement_key="tin-tuc-su-kien").pk,
    "periodic_press": PeriodicPressPage.objects.live().first().pk,
    "findings": [finding.citation for finding in report.findings],
}))
"""


def week_facts(site):
    (facts,) = site.shell(FACTS_SCRIPT, "ND43_WEEK=")
    return json.loads(facts)


def create_and_submit(page, site, add_path, title, fill_more=None):
    """The editor's first save of a new page: title and required fields only, then
    "Submit for moderation". Returns the new page's edit URL."""
    page.goto(site.url(add_path))
    page.locator("#id_title").fill(title)
    page.locator("#id_title").blur()  # Wagtail syncs the slug on change
    # The slug follows the title, in ASCII, on the tab the editor never opens.
    slug = page.locator("#id_slug")
    expect(slug).to_have_value(re.compile(r"^[a-z0-9-]+$"))
    page.locator("#id_author").fill("Nguyễn Thị Lan")
    page.locator("#id_lead").fill("Sáng nay, UBND tỉnh tổ chức hội nghị tổng kết.")
    if fill_more:
        fill_more(page)
    open_more_actions(page, SUBMIT)
    page.locator(FOOTER).locator(SUBMIT).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.locator(".messages")).to_contain_text(title)
    return slug


def test_an_editor_publishes_an_article_and_a_press_item_on_the_first_save(
    open_session, demo_site, editorial_users
):
    facts = week_facts(demo_site)
    token = uuid.uuid4().hex[:6]
    article_title = f"Hội nghị tổng kết công tác chuyển đổi số năm 2026 {token}"
    press_title = f"Thông tin định kỳ về tình hình kinh tế – xã hội quý IV {token}"
    editor, editor_password, _ = editorial_users["editor"]
    board, board_password, _ = editorial_users["board"]

    page = open_session().page
    log_in(page, demo_site, editor, editor_password)
    create_and_submit(
        page,
        demo_site,
        f"/admin/pages/add/wagtail_nd43/articlepage/{facts['news']}/",
        article_title,
    )
    screenshot(page, "first-week-1-article-submitted")

    def press_kind_is_preset(page):
        # Created inside "Thông tin định kỳ", the item's kind is already chosen.
        expect(page.locator("#id_kind")).to_have_value("periodic")

    create_and_submit(
        page,
        demo_site,
        f"/admin/pages/add/wagtail_nd43/pressreleasepage/{facts['periodic_press']}/",
        press_title,
        fill_more=press_kind_is_preset,
    )
    screenshot(page, "first-week-2-press-item-submitted")
    log_out(page, demo_site)

    # The board finds both awaiting review on the dashboard and approves them.
    ids = demo_site.shell(
        "from wagtail.models import Page\n"
        f"for title in {[article_title, press_title]!r}:\n"
        "    print('ND43_ID=' + str(Page.objects.get(title=title).pk))",
        "ND43_ID=",
    )
    log_in(page, demo_site, board, board_password)
    for title in (article_title, press_title):
        expect(page.locator("main")).to_contain_text(title)
    for title, page_id in zip((article_title, press_title), ids, strict=True):
        page.goto(demo_site.url(f"/admin/pages/{page_id}/edit/"))
        open_more_actions(page, APPROVE)
        page.locator(FOOTER).locator(APPROVE).click()
        expect(page.locator(".messages")).to_contain_text(title)
    screenshot(page, "first-week-3-board-approved")

    # Both are live at ASCII addresses a citizen can share.
    public = open_session().page
    for page_id, title in zip(ids, (article_title, press_title), strict=True):
        path = demo_site.shell(
            "from wagtail.models import Page\n"
            f"print('ND43_URL=' + Page.objects.get(pk={page_id}).url)",
            "ND43_URL=",
        )[0]
        public.goto(demo_site.url(path))
        expect(public.get_by_role("heading", level=1)).to_have_text(title)
        assert re.fullmatch(r"(/[a-z0-9-]+)+/", path), path
        assert token in path
    screenshot(public, "first-week-4-press-item-public")


def test_the_self_assessment_prints_every_row_on_a4(open_session, demo_site):
    facts = week_facts(demo_site)
    page = open_session().page
    log_in(page, demo_site, "admin", "admin")
    page.goto(demo_site.url("/admin/nd43/compliance/"))
    button = page.get_by_role("link", name="Bảng tự đánh giá (bản in)")
    expect(button).to_be_visible()
    screenshot(page, "first-week-5-report-with-print-button")
    button.click()
    expect(page.get_by_role("button", name="In hoặc lưu PDF")).to_be_visible()
    screenshot(page, "first-week-6-self-assessment")

    pdf = page.pdf(format="A4", print_background=True)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(sheet.extract_text() for sheet in reader.pages)
    # A citation wraps inside its narrow column (at a space or after "NĐ-"), so
    # the text is compared with every line break and space taken out.
    flat = re.sub(r"\s+", "", text)
    assert len(reader.pages) > 1
    # Every criterion's legal basis is printed, and the header on every sheet.
    missing = [c for c in facts["findings"] if re.sub(r"\s+", "", c) not in flat]
    assert not missing, f"{len(missing)} of {len(facts['findings'])} rows not printed"
    for sheet in reader.pages:
        assert "Căn cứ" in sheet.extract_text()


def test_a_phone_shows_the_content_above_the_fold(open_session, demo_site):
    page = open_session(viewport={"width": 390, "height": 844}).page
    page.goto(demo_site.url("/"))
    menu = page.get_by_text("Danh mục", exact=True)
    expect(menu).to_be_visible()
    main_top = page.locator("main").bounding_box()["y"]
    assert main_top < 450, f"the header and menu take {main_top}px of 844"
    menu.click()
    expect(page.get_by_role("link", name="Giới thiệu").first).to_be_visible()
    screenshot(page, "first-week-9-phone-menu-open")


@pytest.fixture
def live_settings_url(demo_site):
    """The demo database served with ``DEBUG = False``, as an agency runs it (the
    error pages Django shows then are the site's own). Yields the base URL."""
    (demo_site.workdir / "nd43_browser_live.py").write_text(
        "from nd43_browser_settings import *  # noqa: F403\n\nDEBUG = False\n",
        encoding="utf-8",
    )
    port = _free_port()
    env = {**demo_site.env, "DJANGO_SETTINGS_MODULE": "nd43_browser_live"}
    with runserver(port, env, demo_site.workdir / "runserver-live.log"):
        yield f"http://127.0.0.1:{port}"


def test_a_citizen_meets_a_404_and_finds_a_decree_by_its_number(
    open_session, live_settings_url
):
    session = open_session()
    # The session keeps the browser on the demo server; here it is the live one.
    session.context.unroute_all()
    outside = re.compile(rf"^(?!{re.escape(live_settings_url)}/)")
    session.context.route(
        outside,
        lambda route: (
            session.external_requests.append(route.request.url),
            route.abort(),
        ),
    )
    page = session.page
    response = page.goto(live_settings_url + "/van-ban/nghi-dinh-khong-co-that/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Không tìm thấy trang")
    expect(page.get_by_role("banner")).to_be_visible()  # the site's own header
    expect(page.get_by_role("link", name="Về trang chủ")).to_be_visible()
    check_accessibility(page, "first-week-7-not-found")

    # From the 404 page's own search box, by the decree's number.
    page.get_by_label("Tìm trên cổng thông tin nội dung bạn cần").fill("43/2011/NĐ-CP")
    page.get_by_label("Tìm trên cổng thông tin nội dung bạn cần").press("Enter")
    first = page.locator(".nd43-search-result").first
    expect(first.get_by_role("link")).to_contain_text("43/2011/NĐ-CP")
    screenshot(page, "first-week-8-search-by-number")

    # And typed the way people type it, without diacritics.
    page.goto(live_settings_url + "/nd43/search/?q=nghi+dinh+43")
    expect(first.get_by_role("link")).to_contain_text("Nghị định 43/2011/NĐ-CP")
    assert session.external_requests == [], session.external_requests
