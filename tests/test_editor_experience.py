"""Issue 17: the admin as an agency's editors meet it in their first week."""

from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.utils import get_gravatar_url


class NoExternalAvatarTest(WagtailTestUtils, TestCase):
    def test_avatars_do_not_come_from_gravatar_by_default(self):
        self.assertIsNone(get_gravatar_url("bientapvien@lamvien.gov.vn"))

        admin = self.create_superuser(
            "admin", email="admin@lamvien.gov.vn", password="password"
        )
        self.login(admin)
        response = self.client.get(reverse("wagtailadmin_home"))

        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "gravatar.com")

    @override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL="https://avatar.lamvien.gov.vn")
    def test_a_site_that_chooses_an_avatar_service_keeps_it(self):
        self.assertTrue(
            get_gravatar_url("a@lamvien.gov.vn").startswith(
                "https://avatar.lamvien.gov.vn/"
            )
        )
