"""``wagtail_nd43.admin_labels`` and the package's overrides of Wagtail admin
templates: the role set-up and the admin's lists read in Vietnamese, with nothing
Python or the database wrote in English ("Can add group", "None", "True")."""

import re

from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.admin_labels import permission_label


class PermissionLabelTest(TestCase):
    def label(self, app_label, codename, **kwargs):
        permission = Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )
        with translation.override("vi"):
            return permission_label(permission, **kwargs)

    def test_django_and_wagtail_permissions_read_in_vietnamese(self):
        self.assertEqual(self.label("auth", "add_group"), "Được thêm nhóm")
        self.assertEqual(self.label("wagtailcore", "add_page"), "Được thêm trang")
        self.assertEqual(
            self.label("wagtail_nd43", "lock_spokesperson"),
            "Được khóa người phát ngôn",
        )

    def test_the_package_permissions_read_in_vietnamese(self):
        self.assertEqual(
            self.label("wagtail_nd43", "publish_banner"),
            "Được xuất bản băng-rôn tuyên truyền",
        )
        self.assertEqual(
            self.label("wagtail_nd43", "publish_banner", short=True), "Được xuất bản"
        )

    def test_other_permissions_go_through_the_catalogues(self):
        self.assertEqual(
            self.label("wagtailadmin", "access_admin"),
            "Được truy cập trang quản trị Wagtail",
        )


class RoleScreensTest(WagtailTestUtils, TestCase):
    def setUp(self):
        self.login()

    def test_the_group_screen_names_every_permission_in_vietnamese(self):
        response = self.client.get(reverse("wagtailusers_groups:add"))
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        english = re.findall(
            r"[^>]{0,60}Can (?:add|change|delete|view|publish|lock)", html
        )
        self.assertEqual(english, [])
        self.assertIn("Được thêm nhóm", html)
        self.assertIn("Được thêm trang", html)
        self.assertIn("Được xuất bản", html)

    def test_the_sites_screen_has_vietnamese_column_headings(self):
        response = self.client.get(reverse("wagtailsites:index"))
        self.assertEqual(response.status_code, 200)
        for english in ("Site name", "Root page", "Port"):
            self.assertNotContains(response, english)
        for vietnamese in ("Tên trang web", "Trang gốc", "Cổng"):
            self.assertContains(response, vietnamese)

    def test_screen_readers_hear_vietnamese_not_python(self):
        # The users list's "active" column is a boolean cell, the header's actions a
        # navigation landmark.
        response = self.client.get(reverse("wagtailusers_users:index"))
        html = response.content.decode()
        self.assertNotRegex(html, r">\s*(True|False|None)\s*<")
        self.assertNotIn('aria-label="Actions"', html)
        self.assertIn('aria-label="Thao tác"', html)

    def test_the_workflow_list_is_a_valid_list_for_screen_readers(self):
        # Wagtail's migrations create a workflow with one task on every project.
        response = self.client.get(reverse("wagtailadmin_workflows:index"))
        html = response.content.decode()
        self.assertIn('class="workflow-tasks__task"', html)
        # Each item holds its link (not a link holding an item), no stray <h4>.
        self.assertNotRegex(html, r"<a [^>]*>\s*<li")
        self.assertRegex(html, r'<li class="workflow-tasks__task"[^>]*>\s*<a ')
        self.assertNotIn('<h4 class="workflow-tasks__name">', html)

    def test_a_page_published_by_nobody_shows_a_dash(self):
        home = Page.objects.get(depth=2)
        home.save_revision().publish()  # a script publishes: no user
        response = self.client.get(reverse("wagtailadmin_reports:aging_pages"))
        html = response.content.decode()
        self.assertNotRegex(html, r">\s*None\s*<")
        self.assertRegex(html, r"</span>\s*—\s*</td>")


class VietnameseNameOrderTest(WagtailTestUtils, TestCase):
    """Họ, tên đệm, tên: the user form asks for them in that order, and the name
    Wagtail shows reads in that order."""

    def test_the_user_form_asks_for_the_family_and_middle_names_first(self):
        self.login()
        response = self.client.get(reverse("wagtailusers_users:add"))
        html = response.content.decode()
        first = re.search(r'for="id_first_name"[^>]*>\s*([^<*]+)', html).group(1)
        last = re.search(r'for="id_last_name"[^>]*>\s*([^<*]+)', html).group(1)
        self.assertEqual(first.strip(), "Họ và tên đệm")
        self.assertEqual(last.strip(), "Tên")
        self.assertLess(
            html.index('id="id_first_name"'), html.index('id="id_last_name"')
        )

    def test_the_name_shown_reads_family_name_first(self):
        user = self.create_user(
            "bien", first_name="Nguyễn Văn", last_name="Biên", password="password"
        )
        self.assertEqual(get_user_display_name(user), "Nguyễn Văn Biên")
