"""Issue 3, "Done when": an editor's change goes through the board's approval before
it is live. The scaffold created the groups "Biên tập viên" and "Ban biên tập" and
the "Ban biên tập duyệt" workflow on the home page (``wagtail_nd43/roles.py``)."""

import re
import uuid

from .helpers import require_module, screenshot


expect = require_module(
    "playwright.sync_api", "pip install -e '.[test,browser]'"
).expect

FOOTER = "footer"
MORE_ACTIONS = f"{FOOTER} .w-dropdown__toggle"
SUBMIT = "button[name='action-submit']"
PUBLISH = "button[name='action-publish']"
#: The board's "approve and publish" action without the comment dialog.
APPROVE = (
    "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
)


def open_more_actions(page, action):
    """Open the footer's "more actions" dropdown and wait until ``action`` shows."""
    page.locator(MORE_ACTIONS).click()
    expect(page.locator(FOOTER).locator(action)).to_be_visible()
    # Let the dropdown's fade-in finish, so the screenshot shows the menu.
    box = page.locator(".tippy-box").filter(has=page.locator(action))
    expect(box).to_have_css("opacity", "1")


def log_in(page, site, username, password):
    page.goto(site.url("/admin/login/"))
    page.locator("input[name='username']").fill(username)
    page.locator("input[name='password']").fill(password)
    page.locator("form button[type='submit']").first.click()
    expect(page).to_have_url(site.url("/admin/"))


def log_out(page, site):
    page.locator(".sidebar-footer__account").click()
    page.locator("form[action$='/logout/'] button[type='submit']").click()
    expect(page).to_have_url(re.compile(re.escape(site.url("/admin/login/"))))


def public_heading(open_session, site, path):
    """The article's <h1> as an anonymous visitor sees it (a fresh context)."""
    session = open_session()
    session.page.goto(site.url(path))
    heading = session.page.get_by_role("heading", level=1).inner_text().strip()
    return heading


def test_editor_change_is_live_only_after_board_approval(
    open_session, demo_site, editorial_users
):
    # The oldest news article: the accessibility tests read the newest one.
    article = demo_site.news[-1]
    old_title, path = article["title"], article["url"]
    new_title = f"Bài viết đã qua Ban biên tập duyệt {uuid.uuid4().hex[:8]}"
    edit_url = demo_site.url(f"/admin/pages/{article['id']}/edit/")
    assert public_heading(open_session, demo_site, path) == old_title

    # The editor edits and submits; he cannot publish.
    page = open_session().page
    editor, editor_password, _ = editorial_users["editor"]
    log_in(page, demo_site, editor, editor_password)
    page.goto(edit_url)
    title = page.locator("#id_title")
    expect(title).to_have_value(old_title)
    title.fill(new_title)
    open_more_actions(page, SUBMIT)
    expect(page.locator(PUBLISH)).to_have_count(0)
    screenshot(page, "workflow-1-editor-submit-menu")
    page.locator(FOOTER).locator(SUBMIT).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.locator(".messages")).to_contain_text(new_title)  # "… submitted"
    screenshot(page, "workflow-2-editor-submitted")
    # Submitted, not published: the public still reads the old title.
    assert public_heading(open_session, demo_site, path) == old_title

    # Reopened, the page is in moderation; the editor still has no Publish action.
    page.goto(edit_url)
    expect(page.locator("#id_title")).to_have_value(new_title)
    expect(page.locator(PUBLISH)).to_have_count(0)
    log_out(page, demo_site)

    # A board member finds it awaiting review and approves, which publishes it.
    board, board_password, _ = editorial_users["board"]
    log_in(page, demo_site, board, board_password)
    expect(page.locator("main")).to_contain_text(new_title)
    screenshot(page, "workflow-3-board-dashboard")
    page.goto(edit_url)
    open_more_actions(page, APPROVE)
    # The same selector finds the board's Publish action: the editor's check is real.
    expect(page.locator(FOOTER).locator(PUBLISH)).to_have_count(1)
    screenshot(page, "workflow-4-board-approve-menu")
    page.locator(FOOTER).locator(APPROVE).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.locator(".messages")).to_contain_text(new_title)  # "… updated"
    screenshot(page, "workflow-5-board-approved")

    assert public_heading(open_session, demo_site, path) == new_title
    public = open_session().page
    public.goto(demo_site.url(path))
    screenshot(public, "workflow-6-public-page-after-approval")
