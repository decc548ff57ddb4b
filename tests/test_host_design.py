"""Issue 13: a host keeps its own design. Overriding ``wagtail_nd43/base.html`` in
the project's templates makes every package page extend the host's base template,
and the package's template tags put the identity footer, alerts and counters into
the host's blocks (docs/how-to/use-your-own-design.md)."""

from pathlib import Path

from django.conf import settings
from django.test import TestCase, override_settings

from wagtail_nd43.models import AgencySettings
from wagtail_nd43.rulebook import SO

from .utils import default_site, scaffold_site


HOST_TEMPLATES = Path(__file__).resolve().parent / "host_design_templates"


def with_host_templates():
    templates = [dict(settings.TEMPLATES[0])]
    templates[0]["DIRS"] = [HOST_TEMPLATES, *templates[0].get("DIRS", [])]
    return override_settings(TEMPLATES=templates)


class HostDesignTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)
        AgencySettings.objects.update_or_create(
            site=default_site(), defaults={"full_name": "Sở Tư pháp tỉnh Lâm Viên"}
        )

    @with_host_templates()
    def test_package_pages_extend_the_host_base_with_the_package_parts(self):
        for url in ("/", "/gioi-thieu/", "/tin-tuc-su-kien/", "/lien-he/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                html = response.content.decode()
                self.assertEqual(response.status_code, 200)
                self.assertIn('<header id="agency-own-header">', html)
                self.assertNotIn('class="nd43-header', html)
                main = html.split('<main id="agency-own-main">', 1)[1]
                self.assertIn("<h1", main.split("</main>", 1)[0])
                footer = html.split('<footer id="agency-own-footer">', 1)[1]
                self.assertIn("Sở Tư pháp tỉnh Lâm Viên", footer)
                self.assertIn('rel="schema.DC"', html.split("</head>", 1)[0])

    def test_without_the_override_the_package_theme_is_used(self):
        html = self.client.get("/gioi-thieu/").content.decode()

        self.assertNotIn("agency-own-header", html)
        self.assertIn('class="nd43-main"', html)


class ChromeLanguageTest(TestCase):
    """A host whose default language is English: the package's pages still speak
    Vietnamese (issue 13, languages)."""

    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)

    @override_settings(LANGUAGE_CODE="en-us")
    def test_the_chrome_is_vietnamese_under_an_english_project(self):
        response = self.client.get("/gioi-thieu/", HTTP_ACCEPT_LANGUAGE="en-us")

        html = response.content.decode()
        self.assertIn('<html lang="vi"', html)
        self.assertIn("Chuyển đến nội dung chính", html)
        self.assertNotIn("Skip to main content", html)
