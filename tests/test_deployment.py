"""Issue 16: secure defaults. The example site's production settings pass
``check --deploy`` and are the WSGI default; public pages carry a strict,
same-origin Content-Security-Policy; anything rendered for a logged-in user is
``Cache-Control: private``."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase, TestCase, override_settings

from wagtail_nd43 import csp

from .utils import default_site, make_editor, scaffold_site


ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "example_site"


def run_django(*args, **env):
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(EXAMPLE), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "sotttt.example.gov.vn",
        **env,
    }
    environment.pop("DATABASE_URL", None)
    return subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-m", "django", *args],
        env=environment,
        capture_output=True,
        text=True,
        cwd=EXAMPLE,
        timeout=300,
    )


class ProductionSettingsTest(SimpleTestCase):
    def test_check_deploy_passes(self):
        result = run_django("check", "--deploy", "--fail-level", "WARNING")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_no_secret_key_no_start(self):
        result = subprocess.run(
            [sys.executable, "-c", "import example_site.settings.production"],
            env={
                **{k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"},
                "PYTHONPATH": os.pathsep.join([str(EXAMPLE), str(ROOT)]),
            },
            capture_output=True,
            text=True,
            cwd=EXAMPLE,
        )
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("DJANGO_SECRET_KEY", result.stderr)

    def test_wsgi_defaults_to_production(self):
        text = (EXAMPLE / "example_site" / "wsgi.py").read_text()
        self.assertIn('"example_site.settings.production"', text)
        self.assertNotIn("settings.dev", text.replace("``", ""))


class PolicyTest(SimpleTestCase):
    def test_the_policy_is_same_origin_without_inline_code(self):
        value = csp.header_value()
        self.assertIn("default-src 'self'", value)
        self.assertIn("script-src 'self'", value)
        self.assertIn("style-src 'self'", value)
        self.assertIn("object-src 'none'", value)
        self.assertIn("frame-ancestors 'self'", value)
        self.assertNotIn("unsafe-inline", value)
        self.assertNotIn("unsafe-eval", value)
        self.assertNotIn("*", value)

    def test_extra_sources(self):
        policy = csp.policy({"frame-src": ["https://www.youtube-nocookie.com"]})
        self.assertEqual(
            policy["frame-src"], ["'self'", "https://www.youtube-nocookie.com"]
        )
        self.assertEqual(csp.PUBLIC_POLICY["frame-src"], ["'self'"])


WITH_CSP = [
    "csp.middleware.CSPMiddleware",
    *settings.MIDDLEWARE,
    "wagtail_nd43.middleware.PrivateForUsersMiddleware",
]


@override_settings(MIDDLEWARE=WITH_CSP, CONTENT_SECURITY_POLICY=csp.django_csp_policy())
class HeadersTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.site = default_site()

    def test_public_pages_carry_the_policy_and_no_inline_code(self):
        response = self.client.get(self.home.url)
        self.assertEqual(response.status_code, 200)
        directives = {
            part.strip() for part in response["Content-Security-Policy"].split(";")
        }
        self.assertEqual(directives, set(csp.header_value().split("; ")))
        html = response.content.decode()
        self.assertNotIn("<script>", html)
        self.assertNotIn(" style=", html)
        self.assertNotIn("<style", html)

    def test_the_admin_is_left_out(self):
        make_editor(self.home)
        self.client.login(username="editor", password="password")
        response = self.client.get("/admin/")
        self.assertNotIn("Content-Security-Policy", response)

    def test_pages_for_a_logged_in_user_are_private(self):
        anonymous = self.client.get(self.home.url)
        self.assertNotIn("private", anonymous.get("Cache-Control", ""))
        make_editor(self.home)
        self.client.login(username="editor", password="password")
        response = self.client.get(self.home.url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("private", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])
