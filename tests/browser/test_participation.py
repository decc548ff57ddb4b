"""Issue 6, "Done when": on the example site a visitor comments on an open draft,
asks a question, gets a ticket code and looks it up; the staff answer shows."""

import re

from .helpers import require_module, screenshot


expect = require_module(
    "playwright.sync_api", "pip install -e '.[test,browser]'"
).expect

OPEN_DRAFT = "/lay-y-kien/du-thao-quy-dinh-chuyen-doi-so-cap-xa/"
ASK = "/hoi-dap/gui-cau-hoi/"
LOOKUP = "/hoi-dap/tra-cuu/"
#: The forms refuse what is sent faster than a person types (3 s by default).
HUMAN_PAUSE_MS = 3500


def test_visitor_comments_asks_and_follows_the_answer(open_session, demo_site):
    session = open_session()
    page = session.page

    # A comment on the open draft.
    page.goto(demo_site.url(OPEN_DRAFT))
    expect(page.locator("[data-status='open']")).to_be_visible()
    # The draft itself is there to read before commenting (issue 17).
    draft = page.locator("dt:has-text('Tệp dự thảo') + dd a")
    expect(draft).to_be_visible()
    href = draft.get_attribute("href")
    download = page.request.get(href if "://" in href else demo_site.url(href))
    assert download.ok, f"The draft file answered {download.status}"
    assert download.body().startswith(b"%PDF"), "The draft file is not a PDF"
    page.get_by_label("Họ và tên").fill("Ngô Thị Thử")
    page.get_by_label("Thư điện tử").fill("ngothithu@example.vn")
    page.get_by_label("Nội dung").fill("Đề nghị bổ sung <b>lộ trình</b> thực hiện.")
    page.get_by_label(re.compile("Tôi đã đọc thông báo")).check()
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.get_by_role("button", name="Gửi ý kiến").click()
    comment_ticket = page.locator("[data-ticket]").inner_text().strip()
    assert re.fullmatch(r"GY-[2-9A-Z]{4}-[2-9A-Z]{4}", comment_ticket)
    screenshot(page, "participation-comment-received")

    # A question, without consent first: refused, and nothing typed is lost.
    page.goto(demo_site.url(ASK))
    page.get_by_label("Họ và tên").fill("Ngô Thị Thử")
    page.get_by_label("Thư điện tử").fill("ngothithu@example.vn")
    page.get_by_label("Tiêu đề").fill("Hỏi về chữ ký số cho hộ kinh doanh")
    page.get_by_label("Nội dung").fill("Hộ kinh doanh có được cấp chữ ký số không?")
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.get_by_role("button", name="Gửi câu hỏi").click()
    expect(page.locator(".nd43-form-alert")).to_be_visible()
    expect(page.get_by_label("Tiêu đề")).to_have_value(
        "Hỏi về chữ ký số cho hộ kinh doanh"
    )
    page.get_by_label(re.compile("Tôi đã đọc thông báo")).check()
    page.get_by_role("button", name="Gửi câu hỏi").click()
    ticket = page.locator("[data-ticket]").inner_text().strip()
    assert re.fullmatch(r"HD-[2-9A-Z]{4}-[2-9A-Z]{4}", ticket)
    screenshot(page, "participation-question-received")

    # The lookup by ticket code and email shows it received.
    page.goto(demo_site.url(LOOKUP))
    page.get_by_label("Mã phiếu").fill(ticket.lower())
    page.get_by_label("Thư điện tử hoặc số điện thoại").fill("NgoThiThu@example.vn")
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator("[data-status]")).to_have_attribute("data-status", "received")

    # Staff answer it (the admin screens are tested elsewhere); the visitor sees it.
    demo_site.shell(
        "from wagtail_nd43.models import Question\n"
        f"q = Question.objects.get(ticket={ticket!r})\n"
        "q.status = 'answered'\n"
        "q.answer = 'Hộ kinh doanh được cấp chữ ký số cá nhân.'\n"
        "q.save()\n"
        "print('ANSWERED')\n",
        "ANSWERED",
    )
    page.goto(demo_site.url(LOOKUP))
    page.get_by_label("Mã phiếu").fill(ticket)
    page.get_by_label("Thư điện tử hoặc số điện thoại").fill("ngothithu@example.vn")
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator("[data-status]")).to_have_attribute("data-status", "answered")
    expect(page.locator(".nd43-answer")).to_contain_text("chữ ký số cá nhân")
    screenshot(page, "participation-question-answered")
