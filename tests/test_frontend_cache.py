"""Frontend caches may keep public pages, never personal ones, and publishing purges
what changed, through wagtail.contrib.frontend_cache (issue 15)."""

import datetime
import http.client
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from django.test import LiveServerTestCase, TestCase, override_settings
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import BaseBackend

from wagtail_nd43.models import ArticlePage, SectionPage

from .factories import (
    ArticlePageFactory,
    BannerFactory,
    ConsultationPageFactory,
    SiteAlertFactory,
)
from .servers import free_port, skip_or_fail
from .test_templatetags import ScaffoldedSiteMixin
from .utils import KeepsInitialData, default_site, run_scaffold, section_page


VCL = Path(__file__).resolve().parent.parent / "example_site/deploy/varnish.vcl"

PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend cache that notes what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


RECORDING = {"recording": {"BACKEND": "tests.test_frontend_cache.RecordingBackend"}}


def max_age(response, name="max-age"):
    return int(re.search(rf"(?<![-\w]){name}=(\d+)", response["Cache-Control"])[1])


class CacheControlTest(ScaffoldedSiteMixin, TestCase):
    def test_public_pages_may_be_kept_by_browsers_and_proxies(self):
        response = self.client.get(self.article.url)

        self.assertIn("public", response["Cache-Control"])
        self.assertEqual(max_age(response), 300)
        self.assertEqual(max_age(response, "s-maxage"), 3600)

    def test_logged_in_visitors_get_private_uncached_pages(self):
        self.client.force_login(self.make_superuser())

        response = self.client.get(self.article.url)

        self.assertIn("private", response["Cache-Control"])
        self.assertIn("no-store", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])

    def test_a_page_with_a_form_is_never_shared(self):
        consultation = ConsultationPageFactory(
            parent=section_page(self.home, "lay-y-kien")
        )

        response = self.client.get(consultation.url)

        self.assertEqual(response.status_code, 200)
        self.assertIn('name="csrfmiddlewaretoken"', response.content.decode())
        self.assertNotIn("public", response["Cache-Control"])
        self.assertIn("no-store", response["Cache-Control"])

    def test_the_lifetime_stops_at_the_next_banner_end(self):
        BannerFactory(end_at=timezone.now() + datetime.timedelta(seconds=90))

        response = self.client.get(self.article.url)

        self.assertIn("public", response["Cache-Control"])
        self.assertLessEqual(max_age(response), 90)
        self.assertLessEqual(max_age(response, "s-maxage"), 90)

    def make_superuser(self):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.create_superuser("bientap", "b@x.vn", "x")


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
class PurgeTest(ScaffoldedSiteMixin, TestCase):
    def setUp(self):
        PURGED.clear()

    def full(self, page):
        return page.get_full_url()

    def test_publishing_an_article_purges_it_and_the_pages_that_list_it(self):
        article = ArticlePageFactory(parent=self.news, live=False)

        article.save_revision().publish()

        for page in (article, self.news, self.home):
            with self.subTest(page=page.title):
                self.assertIn(self.full(page), PURGED)
        self.assertNotIn(self.site.root_url + "/*", PURGED)

    def test_unpublishing_an_article_purges_its_listing(self):
        self.article.unpublish()

        self.assertIn(self.full(self.article), PURGED)
        self.assertIn(self.full(self.news), PURGED)

    def test_publishing_a_banner_or_alert_purges_the_whole_site(self):
        for item in (BannerFactory(live=False), SiteAlertFactory(live=False)):
            with self.subTest(item=type(item).__name__):
                PURGED.clear()
                item.save_revision().publish()
                self.assertIn(self.site.root_url + "/*", PURGED)
                self.assertIn(self.full(self.home), PURGED)
                self.assertIn(self.full(self.news), PURGED)  # a menu section

    def test_saving_the_identity_purges_its_site(self):
        self.fill_identity(full_name="Sở Tư pháp tỉnh Bình An")

        self.assertIn(self.site.root_url + "/*", PURGED)

    def test_nothing_is_purged_without_a_configured_frontend_cache(self):
        with override_settings(WAGTAILFRONTENDCACHE={}):
            self.article.save_revision().publish()
        self.assertEqual(PURGED, [])


class VarnishTest(KeepsInitialData, LiveServerTestCase):
    """The documented Varnish set-up in front of a live server: cached pages are
    served from Varnish, and a publish is visible through it at once."""

    host = "127.0.0.1"

    @classmethod
    def setUpClass(cls):
        cls.varnishd = shutil.which("varnishd") or (
            "/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None
        )
        if cls.varnishd is None:
            skip_or_fail(
                "varnishd is not installed (apt-get install varnish; CI installs it)"
            )
        super().setUpClass()
        cls.workdir = tempfile.mkdtemp(prefix="nd43_varnish_")
        vcl = VCL.read_text().replace('"8000"', f'"{cls.server_thread.port}"')
        vcl_path = Path(cls.workdir) / "site.vcl"
        vcl_path.write_text(vcl)
        os.chmod(cls.workdir, 0o755)  # noqa: S103 (varnishd reads it as its own user)
        os.chmod(vcl_path, 0o644)
        cls.port = free_port()
        cls.process = subprocess.Popen(  # noqa: S603
            [
                cls.varnishd,
                "-F",
                "-a",
                f"127.0.0.1:{cls.port}",
                "-f",
                str(vcl_path),
                "-n",
                str(Path(cls.workdir) / "state"),
                "-s",
                "malloc,32m",
                "-p",
                "ban_lurker_sleep=0.01",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", cls.port), timeout=1).close()
                break
            except OSError:
                if cls.process.poll() is not None or time.monotonic() > deadline:
                    cls.tearDownClass()
                    raise RuntimeError("varnishd did not start") from None
                time.sleep(0.2)

    @classmethod
    def tearDownClass(cls):
        process = getattr(cls, "process", None)
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(getattr(cls, "workdir", ""), ignore_errors=True)
        super().tearDownClass()

    def setUp(self):
        run_scaffold("--level", "so")
        site = default_site()
        site.hostname, site.port = "localhost", 80
        site.save()
        self.site = site
        self.news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
        self.article = ArticlePageFactory(parent=self.news, title="Tin buổi sáng")
        self.settings_override = override_settings(
            WAGTAILFRONTENDCACHE={
                "varnish": {
                    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                    "LOCATION": f"http://127.0.0.1:{self.port}",
                }
            }
        )
        self.settings_override.enable()
        self.addCleanup(self.settings_override.disable)

    def through_varnish(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        body = response.read().decode()
        connection.close()
        self.assertEqual(response.status, 200, path)
        return response.getheader("X-Cache"), body

    def path(self, page):
        return page.get_url_parts()[2]

    def test_pages_come_from_varnish_until_a_publish_purges_them(self):
        # One scenario in one test: the live server's database is emptied after
        # each test of a TransactionTestCase, the site included.
        path, listing = self.path(self.article), self.path(self.news)
        self.assertEqual(self.through_varnish(path)[0], "MISS")
        self.assertEqual(self.through_varnish(path)[0], "HIT")
        self.through_varnish(listing)
        self.assertEqual(self.through_varnish(listing)[0], "HIT")

        # A page published: it and its listing are fresh through Varnish at once.
        page = ArticlePage.objects.get(pk=self.article.pk)
        page.title = "Tin buổi chiều"
        page.save_revision().publish()

        status, html = self.through_varnish(path)
        self.assertEqual(status, "MISS")
        self.assertIn("Tin buổi chiều", html)
        status, html = self.through_varnish(listing)
        self.assertEqual(status, "MISS")
        self.assertIn("Tin buổi chiều", html)

        # A banner published: every page of the site is fresh at once.
        self.assertEqual(self.through_varnish(path)[0], "HIT")
        banner = BannerFactory(
            title="Ngày hội toàn dân", placement="footer-strip", live=False
        )
        banner.save_revision().publish()

        status, html = self.through_varnish(path)
        self.assertEqual(status, "MISS")
        self.assertIn("Ngày hội toàn dân", html)
