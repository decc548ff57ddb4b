"""Issue 4, “Done when”: on the example site a new user finds “Nghị định 43” by
typing “nghi dinh 43” in the site search and in the documents section, filters by
type and year, opens the document and downloads its file. And every published page
of the whole demo site is found by its exact title."""

import json
import re

from .helpers import require_module, screenshot


HINT = "pip install -e '.[test,browser]'"
expect = require_module("playwright.sync_api", HINT).expect

NUMBER = "43/2011/NĐ-CP"
QUERY = "nghi dinh 43"

#: Run inside ``manage.py shell``: where the documents section is, no slug assumed.
SECTION_SCRIPT = """
import json
from wagtail_nd43.models import LegalDocumentPage, LegalDocumentsPage
section = LegalDocumentsPage.objects.live().get()
decree = LegalDocumentPage.objects.get(number="43/2011/NĐ-CP")
print("ND43_LEGAL=" + json.dumps({
    "section": section.url,
    "section_title": section.title,
    "decree": decree.url,
    "decree_title": decree.title,
}))
"""

#: Every live, public page of the demo site searched by its exact title, as the
#: site search does it; prints the pages not found.
TITLES_SCRIPT = """
import json
from wagtail.models import Page, Site
from wagtail_nd43.views.search import search_pages
site = Site.objects.get(is_default_site=True)
pages = Page.objects.descendant_of(site.root_page, inclusive=True).live().public()
missing = []
for page in pages:
    found = {result.pk for result in search_pages(page.title, site)[:50]}
    if page.pk not in found:
        missing.append(page.title)
print("ND43_TITLES=" + json.dumps({"count": pages.count(), "missing": missing}))
"""


def legal_facts(demo_site):
    (facts,) = demo_site.shell(SECTION_SCRIPT, "ND43_LEGAL=")
    return json.loads(facts)


def decree_link(page):
    # A string name matches as a substring (a regular expression with "/" in it
    # does not survive Playwright's selector syntax).
    return page.locator("main").get_by_role("link", name=NUMBER)


def test_a_new_user_finds_filters_opens_and_downloads_decree_43(
    page, demo_site, tmp_path
):
    facts = legal_facts(demo_site)

    # 1. The site search in the header, without diacritics.
    page.goto(demo_site.url("/"))
    page.locator("header").get_by_role("searchbox").fill(QUERY)
    page.locator("header").get_by_role("searchbox").press("Enter")
    expect(page).to_have_url(re.compile(r"/nd43/search/\?q=nghi\+dinh\+43$"))
    expect(decree_link(page).first).to_be_visible()
    screenshot(page, "journey-site-search")

    # 2. The documents section, reached from the home page's menu.
    page.goto(demo_site.url("/"))
    page.get_by_role("navigation").get_by_role(
        "link", name=facts["section_title"], exact=True
    ).first.click()
    expect(page).to_have_url(demo_site.url(facts["section"]))
    keywords = page.get_by_label("Từ khóa")
    keywords.fill(QUERY)
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    expect(page).to_have_url(re.compile(r"[?&]q=nghi\+dinh\+43(&|$)"))
    expect(decree_link(page).first).to_be_visible()
    expect(page.get_by_label("Từ khóa")).to_have_value(QUERY)

    # 3. Filter by type and year (keywords cleared): the decree, not Decree 42.
    page.get_by_label("Từ khóa").fill("")
    page.get_by_label("Hình thức văn bản").select_option(label="Nghị định")
    page.get_by_label("Năm ban hành").select_option(label="2011")
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    expect(page).to_have_url(re.compile(r"[?&]year=2011(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]type=\d+(&|$)"))
    items = page.locator(".nd43-legal-item")
    expect(items.first).to_be_visible()
    for text in items.all_inner_texts():
        assert "Nghị định" in text and "/2011/" in text, text
    expect(page.locator("main")).not_to_contain_text("42/2022/NĐ-CP")
    expect(page.get_by_label("Năm ban hành")).to_have_value("2011")
    screenshot(page, "journey-legal-filtered")

    # 4. Open the document: its seven items are there.
    page.locator("main").get_by_role("link", name=facts["decree_title"]).click()
    expect(page).to_have_url(demo_site.url(facts["decree"]))
    expect(page.get_by_role("heading", level=1)).to_contain_text(NUMBER)
    main = page.locator("main")
    for text in (NUMBER, "Chính phủ", "13/06/2011", "01/08/2011"):
        expect(main).to_contain_text(text)

    # 5. Download its file: a real PDF/DOC(X)/ODT arrives.
    files = page.locator("#nd43-files-heading ~ ul a[download]")
    expect(files.first).to_be_visible()
    with page.expect_download() as download_info:
        files.first.click()
    download = download_info.value
    assert download.failure() is None, download.failure()
    name = download.suggested_filename
    assert re.search(r"\.(pdf|docx?|odt)$", name, re.I), name
    target = tmp_path / name
    download.save_as(target)
    content = target.read_bytes()
    assert len(content) > 100, len(content)
    if name.lower().endswith(".pdf"):
        assert content.startswith(b"%PDF"), content[:16]
    screenshot(page, "journey-legal-document")


def test_every_published_page_of_the_demo_site_is_found_by_its_exact_title(
    demo_site,
):
    (result,) = demo_site.shell(TITLES_SCRIPT, "ND43_TITLES=")
    result = json.loads(result)
    assert result["count"] > 60, result
    assert result["missing"] == [], result["missing"]
