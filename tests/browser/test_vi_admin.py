"""Issue 9, "Done when": an editor with Vietnamese selected sees no English in the
admin journey. Logs in to the example site (LANGUAGE_CODE "vi", ``vi_admin``
installed), walks dashboard, page explorer, article editor (save a draft, submit for
approval), images, snippets, settings, reports and workflows, and fails when the
visible text of a screen contains an English msgid of Wagtail's or this package's
catalogues. Screenshots go to ``artifacts/screenshots/vi-admin-*.png``."""

import re
from pathlib import Path

import pytest

from wagtail_nd43.vi_admin.coverage import DOMAINS, effective_translations, read_po

from .helpers import REPO_ROOT, require_module, screenshot
from .test_workflow import FOOTER, SUBMIT, open_more_actions


expect = require_module(
    "playwright.sync_api", "pip install -e '.[test,browser]'"
).expect

ADMIN = ("admin", "admin")  # example_site/home/management/commands/ensure_demo_admin.py
PACKAGE_CATALOGUE = REPO_ROOT / "wagtail_nd43" / "locale" / "vi" / "LC_MESSAGES"
#: Placeholders, HTML tags and the punctuation around them split a msgid into the
#: fixed English fragments an editor could see.
SPLIT = re.compile(r"%\([^)]*\)[sdf]|%[sdf]|\{[^{}]*\}|<[^>]+>|%%")
STRIP = " .,:;!?()[]'\"“”‘’…–—-/+*"
#: Names and technical terms that are the same in Vietnamese.
SAME_IN_VIETNAMESE = {"Wagtail", "CSV", "XLSX", "URL", "API", "JSON", "JavaScript"}
#: Not messages: the aging pages report prints Python's None as the publisher of
#: pages a command published (the demo content loader), which no catalogue changes.
NOT_MESSAGES = {"None"}
MIN_MSGID = 4  # a whole msgid of at least this many characters ("Save", "Edit")
MIN_FRAGMENT = 10  # a fixed part of a msgid with placeholders

FACTS_SCRIPT = """
from wagtail.models import Site, Workflow
from wagtail_nd43.models import ArticlePage
site = Site.objects.get(is_default_site=True)
workflow = Workflow.objects.filter(active=True).order_by("-pk").first()
news = ArticlePage.objects.live().first().get_parent()
print("ND43_VI=" + ",".join(map(str, [site.root_page_id, site.pk, workflow.pk, news.pk])))
"""


def english_phrases():
    """The English texts of every translated admin message, as an editor would see
    them if a translation were missing."""
    sources = [
        (text, translation)
        for domain in DOMAINS
        for message, translation in effective_translations(domain).items()
        for text in (message.msgid, message.msgid_plural)
        if text
    ]
    sources += [
        (entry.message.msgid, entry.msgstr)
        for entry in read_po(PACKAGE_CATALOGUE / "django.po")
    ]
    phrases = set()
    for text, translation in sources:
        fragments = SPLIT.split(text)
        minimum = MIN_MSGID if len(fragments) == 1 else MIN_FRAGMENT
        for fragment in fragments:
            fragment = " ".join(fragment.split()).strip(STRIP)
            if (
                len(fragment) >= minimum
                and re.search(r"[A-Za-z]{3}", fragment)
                and fragment not in SAME_IN_VIETNAMESE | NOT_MESSAGES
                and fragment not in translation
            ):
                phrases.add(fragment)
    return {
        phrase: re.compile(rf"(?<![\w]){re.escape(phrase)}(?![\w])")
        for phrase in phrases
    }


@pytest.fixture(scope="module")
def phrases():
    found = english_phrases()
    assert len(found) > 1000, "the English msgids of Wagtail were not found"
    return found


def english_on_screen(page, phrases):
    """The English phrases in the visible text, each with the text around it."""
    text = " ".join(page.locator("body").inner_text().split())
    found = []
    for phrase, regex in sorted(phrases.items()):
        # A plain substring test first: 3,000 regular expressions over each
        # screen's text took a second; few phrases occur at all.
        if phrase in text and (match := regex.search(text)):
            start, end = max(match.start() - 30, 0), match.end() + 30
            found.append(f"{phrase!r} in …{text[start:end]}…")
    return found


def log_in(page, site):
    page.goto(site.url("/admin/login/"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.locator("input[name='username']").fill(ADMIN[0])
    page.locator("input[name='password']").fill(ADMIN[1])
    page.locator("form button[type='submit']").first.click()
    expect(page).to_have_url(site.url("/admin/"))


def test_the_editor_journey_reads_in_vietnamese(open_session, demo_site, phrases):
    (facts,) = demo_site.shell(FACTS_SCRIPT, "ND43_VI=")
    home_id, site_id, workflow_id, news_id = facts.split(",")
    # Not the newest (accessibility tests) nor the oldest (workflow test) article.
    article = demo_site.news[1] if len(demo_site.news) > 2 else demo_site.news[0]
    edit_url = f"/admin/pages/{article['id']}/edit/"
    screens = [
        ("login", "/admin/login/"),
        ("dashboard", "/admin/"),
        ("explorer", f"/admin/pages/{home_id}/"),
        ("page-types", f"/admin/pages/{home_id}/add_subpage/"),
        ("edit-article", edit_url),
        ("add-article", f"/admin/pages/add/wagtail_nd43/articlepage/{news_id}/"),
        ("page-history", f"/admin/pages/{article['id']}/history/"),
        ("images", "/admin/images/"),
        ("add-image", "/admin/images/multiple/add/"),
        ("documents", "/admin/documents/"),
        ("snippets", "/admin/snippets/"),
        ("settings", f"/admin/settings/wagtail_nd43/agencysettings/{site_id}/"),
        ("report-locked", "/admin/reports/locked/"),
        ("report-aging", "/admin/reports/aging-pages/"),
        ("report-history", "/admin/reports/site-history/"),
        ("report-workflows", "/admin/reports/workflow/"),
        ("report-tasks", "/admin/reports/workflow_tasks/"),
        ("workflows", "/admin/workflows/list/"),
        ("workflow-edit", f"/admin/workflows/edit/{workflow_id}/"),
        ("tasks", "/admin/workflows/tasks/index/"),
        ("account", "/admin/account/"),
    ]
    page = open_session().page
    english = {}

    def visit(name, path=None):
        if path:
            response = page.goto(demo_site.url(path))
            assert response.ok, f"{path}: HTTP {response.status}"
            page.wait_for_load_state("networkidle")
        screenshot(page, f"vi-admin-{name}")
        if found := english_on_screen(page, phrases):
            english[name] = found

    page.goto(demo_site.url("/admin/login/"))
    visit("login")
    log_in(page, demo_site)
    for name, path in screens[1:]:
        visit(name, path)

    # The image chooser, opened from a new article's empty image field.
    page.goto(demo_site.url(f"/admin/pages/add/wagtail_nd43/articlepage/{news_id}/"))
    page.locator("[data-chooser-action-choose]:visible").first.click()
    expect(page.locator(".modal-content")).to_be_visible()
    page.wait_for_load_state("networkidle")
    visit("image-chooser")

    # Save a draft, then submit it for approval, reading the confirmations.
    page.goto(demo_site.url(edit_url))
    page.locator(f"{FOOTER} button[type='submit']").first.click()
    expect(page.locator(".messages")).to_contain_text(article["title"])
    visit("saved-draft")
    open_more_actions(page, SUBMIT)
    visit("submit-menu")
    page.locator(FOOTER).locator(SUBMIT).click()
    expect(page.locator(".messages")).to_contain_text(article["title"])
    visit("submitted")
    page.goto(demo_site.url(edit_url))
    visit("edit-in-moderation")

    assert not english, "English admin text on screen:\n" + "\n".join(
        f"  {name}: {line}" for name, found in english.items() for line in found
    )
    assert Path(REPO_ROOT / "artifacts" / "screenshots" / "vi-admin-dashboard.png")
