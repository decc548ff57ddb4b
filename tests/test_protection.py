"""Mandatory sections cannot be deleted, moved, copied or unpublished by editors;
the refusal cites the requirement. Superusers may, and ordinary pages are free."""

from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from wagtail_nd43.rulebook import SO, get_profile

from .factories import ArticlePageFactory
from .utils import make_editor, scaffold_site, section_page


PROFILE = get_profile("nd43")


def vi(message):
    with translation.override("vi"):
        return translation.gettext(message)


def in_words(requirement_id):
    """How a refusal cites a requirement: its provision in words, e.g. "Điểm b
    khoản 1 Điều 10 Nghị định 43/2011/NĐ-CP", never the rulebook's id."""
    return get_profile("nd43").requirement(requirement_id).source.citation()


class ProtectionTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.news = section_page(cls.home, "tin-tuc-su-kien")
        cls.intro = section_page(cls.home, "gioi-thieu")
        cls.article = ArticlePageFactory(parent=cls.news)
        cls.editor = make_editor(cls.home)
        cls.superuser = cls.create_superuser("admin", password="password")

    def error_messages(self, response):
        return [
            str(message)
            for message in response.context["messages"]
            if message.level_tag == "error"
        ]

    def assertRefused(self, response, page, requirement_ids):
        """The action was stopped: the editor is sent back to the explorer with a
        message naming the page and citing the requirements, and the page is still
        there, live, in its place."""
        self.assertEqual(response.redirect_chain[0][1], 302)
        messages = self.error_messages(response)
        self.assertEqual(len(messages), 1, messages)
        self.assertIn(page.title, messages[0])
        for requirement_id in requirement_ids:
            self.assertIn(in_words(requirement_id), messages[0])
            self.assertNotIn(requirement_id, messages[0])
        current = Page.objects.get(pk=page.pk)
        self.assertTrue(current.live)
        self.assertEqual(current.path, page.path)


class EditorIsRefusedTest(ProtectionTestCase):
    def setUp(self):
        self.login(self.editor)
        self.pages_before = Page.objects.count()

    def tearDown(self):
        self.assertEqual(Page.objects.count(), self.pages_before)

    def test_deleting_a_section(self):
        url = reverse("wagtailadmin_pages:delete", args=[self.news.pk])

        self.assertRefused(self.client.get(url, follow=True), self.news, ["ND43-10.1b"])
        self.assertRefused(
            self.client.post(url, follow=True), self.news, ["ND43-10.1b"]
        )

    def test_deleting_the_home_page_that_contains_the_sections(self):
        url = reverse("wagtailadmin_pages:delete", args=[self.home.pk])

        response = self.client.post(url, {"confirm_site_name": ""}, follow=True)

        self.assertRefused(response, self.home, ["ND43-10.1a", "ND43-10.1b"])

    def test_moving_a_section(self):
        url = reverse(
            "wagtailadmin_pages:move_confirm", args=[self.news.pk, self.intro.pk]
        )

        self.assertRefused(self.client.get(url, follow=True), self.news, ["ND43-10.1b"])
        self.assertRefused(
            self.client.post(url, follow=True), self.news, ["ND43-10.1b"]
        )

    def test_copying_a_section(self):
        url = reverse("wagtailadmin_pages:copy", args=[self.news.pk])

        self.assertRefused(self.client.get(url, follow=True), self.news, ["ND43-10.1b"])
        response = self.client.post(
            url,
            {
                "new_title": "Tin tức (bản sao)",
                "new_slug": "tin-tuc-ban-sao",
                "new_parent_page": self.home.pk,
                "publish_copies": "on",
            },
            follow=True,
        )
        self.assertRefused(response, self.news, ["ND43-10.1b"])

    def test_unpublishing_a_section(self):
        url = reverse("wagtailadmin_pages:unpublish", args=[self.intro.pk])

        response = self.client.post(url, {"include_descendants": "on"}, follow=True)

        self.assertRefused(response, self.intro, ["ND43-10.1a"])
        self.assertFalse(
            Page.objects.descendant_of(self.intro).filter(live=False).exists()
        )

    def test_bulk_deleting_a_section_with_an_article(self):
        contact = section_page(self.home, "lien-he")
        url = (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
            + "?"
            + urlencode(
                [("id", contact.pk), ("id", self.article.pk), ("next", "/admin/")]
            )
        )

        response = self.client.post(url, follow=True)

        self.assertRefused(response, contact, ["ND43-10.1k"])
        self.assertTrue(Page.objects.filter(pk=self.article.pk).exists())

    def test_bulk_unpublishing_a_section(self):
        url = (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
            + "?"
            + urlencode([("id", self.news.pk), ("next", "/admin/")])
        )

        response = self.client.post(url, {"include_descendants": "on"}, follow=True)

        self.assertRefused(response, self.news, ["ND43-10.1b"])
        self.assertTrue(Page.objects.get(pk=self.article.pk).live)


class EditorMayChangeOrdinaryPagesTest(ProtectionTestCase):
    def setUp(self):
        self.login(self.editor)

    def test_the_editor_can_delete_an_article(self):
        url = reverse("wagtailadmin_pages:delete", args=[self.article.pk])

        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, follow=True)

        self.assertEqual(response.redirect_chain[0][1], 302)
        self.assertEqual(self.error_messages(response), [])
        self.assertFalse(Page.objects.filter(pk=self.article.pk).exists())

    def test_the_editor_can_unpublish_an_article(self):
        url = reverse("wagtailadmin_pages:unpublish", args=[self.article.pk])

        response = self.client.post(url, follow=True)

        self.assertEqual(self.error_messages(response), [])
        self.assertFalse(Page.objects.get(pk=self.article.pk).live)

    def test_the_editor_can_still_edit_a_section(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.news.pk])
        self.assertEqual(self.client.get(url).status_code, 200)


class SuperuserIsAllowedTest(ProtectionTestCase):
    def setUp(self):
        self.login(self.superuser)

    def test_the_superuser_confirms_deleting_a_section_seeing_what_is_lost(self):
        url = reverse("wagtailadmin_pages:delete", args=[self.news.pk])

        for response in (self.client.get(url), self.client.post(url)):
            self.assertEqual(response.status_code, 200)
            self.assertTemplateUsed(
                response, "wagtail_nd43/admin/confirm_section_change.html"
            )
            self.assertContains(response, self.news.title)
            self.assertContains(response, in_words("ND43-10.1b"))
            self.assertNotContains(response, "ND43-10.1b")
            self.assertRegex(
                response.content.decode(),
                r"Điểm tuân thủ giảm từ \d+% xuống \d+%",
            )
        self.assertTrue(Page.objects.filter(pk=self.news.pk).exists())

        response = self.client.post(url, {"nd43_confirmed": "1"}, follow=True)
        self.assertEqual(response.redirect_chain[0][1], 302)
        self.assertEqual(self.error_messages(response), [])
        self.assertFalse(Page.objects.filter(pk=self.news.pk).exists())

    def test_the_superuser_confirms_moving_and_may_copy(self):
        move = reverse(
            "wagtailadmin_pages:move_confirm", args=[self.news.pk, self.intro.pk]
        )
        copy = reverse("wagtailadmin_pages:copy", args=[self.news.pk])

        response = self.client.get(move)
        self.assertTemplateUsed(
            response, "wagtail_nd43/admin/confirm_section_change.html"
        )
        # Confirmed, the move goes on to Wagtail's own rules (which allow a
        # section only where its type may live).
        response = self.client.post(move, {"nd43_confirmed": "1"})
        self.assertTemplateNotUsed(
            response, "wagtail_nd43/admin/confirm_section_change.html"
        )
        self.assertTemplateUsed(self.client.get(copy), "wagtailadmin/pages/copy.html")

    def test_the_superuser_confirms_unpublishing_a_section(self):
        url = reverse("wagtailadmin_pages:unpublish", args=[self.news.pk])

        self.client.post(url)
        self.assertTrue(Page.objects.get(pk=self.news.pk).live)

        self.client.post(url, {"nd43_confirmed": "1"})
        self.assertFalse(Page.objects.get(pk=self.news.pk).live)

    def test_an_article_needs_no_confirmation(self):
        article = ArticlePageFactory(parent=self.news)
        url = reverse("wagtailadmin_pages:delete", args=[article.pk])
        self.assertTemplateUsed(
            self.client.get(url), "wagtailadmin/pages/confirm_delete.html"
        )


def page_form_data(html):
    """The admin page form in ``html`` as a browser posts it (the body StreamField
    is drawn by JavaScript; an empty one is sent as such)."""
    data = querydict_from_html(html, form_id="page-edit-form")
    data.setdefault("body-count", "0")
    return data


class ExpiryTest(ProtectionTestCase):
    """A scheduled expiry would make Wagtail unpublish a mandatory section later:
    editors, even those who may publish, are refused with the requirement cited."""

    EXPIRY = "2031-01-01 00:00"

    def post_edit(self, page, action="action-publish", **fields):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = page_form_data(self.client.get(url).content.decode())
        for name, value in fields.items():
            data[name] = value
        data[action] = action
        return self.client.post(url, data)

    def assertExpiryRefused(self, response, page, requirement_ids):
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors["expire_at"]
        self.assertEqual(len(errors), 1, errors)
        for requirement_id in requirement_ids:
            self.assertIn(in_words(requirement_id), errors[0])
            self.assertNotIn(requirement_id, errors[0])
        current = Page.objects.get(pk=page.pk)
        self.assertIsNone(current.expire_at)
        self.assertTrue(current.live)
        self.assertEqual(current.latest_revision_id, page.latest_revision_id)

    def test_an_editor_cannot_publish_a_section_with_an_expiry_date(self):
        self.login(self.editor)

        response = self.post_edit(self.news, expire_at=self.EXPIRY)

        self.assertExpiryRefused(response, self.news, ["ND43-10.1b"])
        self.assertContains(response, in_words("ND43-10.1b"))

    def test_nor_save_it_as_a_draft_to_publish_later(self):
        self.login(self.editor)

        response = self.post_edit(
            self.news, action="action-submit", expire_at=self.EXPIRY
        )

        self.assertExpiryRefused(response, self.news, ["ND43-10.1b"])

    def test_nor_schedule_the_expiry_of_the_home_page_holding_them(self):
        self.login(self.editor)

        response = self.post_edit(self.home, expire_at=self.EXPIRY)

        self.assertExpiryRefused(response, self.home, ["ND43-10.1a", "ND43-10.1b"])

    def test_the_editor_may_still_edit_the_section_and_expire_an_article(self):
        self.login(self.editor)

        response = self.post_edit(self.news, intro="Tin hoạt động của Sở.")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Page.objects.get(pk=self.news.pk).specific.intro, "Tin hoạt động của Sở."
        )

        response = self.post_edit(self.article, expire_at=self.EXPIRY)
        self.assertEqual(response.status_code, 302)
        self.assertIsNotNone(Page.objects.get(pk=self.article.pk).expire_at)

    def test_the_superuser_may_and_the_editor_then_keeps_it(self):
        self.login(self.superuser)
        response = self.post_edit(self.news, expire_at=self.EXPIRY)
        self.assertEqual(response.status_code, 302)
        self.assertIsNotNone(Page.objects.get(pk=self.news.pk).expire_at)

        self.login(self.editor)
        response = self.post_edit(
            Page.objects.get(pk=self.news.pk), intro="Sửa lời dẫn."
        )
        self.assertEqual(response.status_code, 302)

    def test_the_form_says_why_to_the_editor(self):
        self.login(self.editor)
        url = reverse("wagtailadmin_pages:edit", args=[self.news.pk])

        response = self.client.get(url)

        self.assertContains(response, vi("What the law asks for here:"))
        self.assertContains(
            response,
            vi(
                "The section must stay published and public: only a site "
                "administrator can unpublish, delete or move it, schedule its "
                "expiry or restrict who may view it."
            ),
        )


class PrivacyTest(ProtectionTestCase):
    """A view restriction (password, login or groups) would hide a mandatory
    section from the public: only a superuser may set one."""

    def url(self, page):
        return reverse("wagtailadmin_pages:set_privacy", args=[page.pk])

    def post_privacy(self, page, **headers):
        return self.client.post(
            self.url(page),
            {"restriction_type": "password", "password": "mat-khau-noi-bo"},
            **headers,
        )

    def test_an_editor_cannot_make_a_section_or_the_home_private(self):
        self.login(self.editor)
        for page in (self.news, self.intro, self.home):
            with self.subTest(page=page.title):
                self.assertFalse(
                    page.permissions_for_user(self.editor).can_set_view_restrictions()
                )
                # The modal (fetched by script) is refused.
                response = self.client.get(
                    self.url(page), headers={"x-requested-with": "XMLHttpRequest"}
                )
                self.assertEqual(response.status_code, 403)
                # A direct request is sent back to the dashboard.
                response = self.post_privacy(page)
                self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertFalse(PageViewRestriction.objects.exists())
        self.assertEqual(self.client.get(self.news.url).status_code, 200)

    def test_the_editor_may_restrict_an_article(self):
        self.login(self.editor)

        response = self.post_privacy(self.article)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(PageViewRestriction.objects.get().page_id, self.article.pk)

    def test_the_superuser_may_restrict_a_section(self):
        self.login(self.superuser)
        self.assertEqual(self.client.get(self.url(self.news)).status_code, 200)

        self.post_privacy(self.news)

        self.assertEqual(PageViewRestriction.objects.get().page_id, self.news.pk)
