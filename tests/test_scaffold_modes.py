"""Issue 13: the scaffold never takes an existing site offline. It builds under the
host's home page by default, replaces a Site root only when asked and confirmed,
builds on a new site with ``--hostname``, reports re-runs truthfully and can undo
what it did with ``--restore``."""

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, override_settings
from wagtail.models import Locale, Page, Site

from wagtail_nd43.models import AgencyHomePage, ScaffoldRecord, agency_sites
from wagtail_nd43.rulebook import SO

from .factories import StandardPageFactory
from .utils import database_state, default_site, run_scaffold


class HostSiteMixin:
    """An existing site: its own home page and pages that answer at their URLs."""

    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        cls.site.root_page.delete()
        cls.host_home = StandardPageFactory(
            parent=Page.get_first_root_node(), title="Our agency", slug="home"
        )
        cls.site.root_page = cls.host_home
        cls.site.save()
        about = StandardPageFactory(
            parent=cls.host_home, title="About", slug="about", show_in_menus=True
        )
        StandardPageFactory(parent=about, title="Team", slug="team")
        StandardPageFactory(parent=cls.host_home, title="Contact", slug="contact")

    def host_answers(self):
        """Status and title of every host page, by URL."""
        answers = {}
        for url in ("/", "/about/", "/about/team/", "/contact/"):
            response = self.client.get(url)
            answers[url] = (response.status_code, response.context["page"].title)
        return answers


class DefaultModeBuildsUnderTheHostHomeTest(HostSiteMixin, TestCase):
    def test_every_host_page_answers_the_same_and_the_root_never_moves(self):
        before = self.host_answers()

        output = run_scaffold("--level", SO)

        self.assertEqual(self.host_answers(), before)
        self.assertEqual(default_site().root_page_id, self.host_home.pk)
        home = AgencyHomePage.objects.get()
        self.assertEqual(home.get_parent().pk, self.host_home.pk)
        self.assertEqual(self.client.get("/trang-chu/gioi-thieu/").status_code, 200)
        self.assertIn("giữ nguyên trang gốc “Our agency”", output)
        self.assertIn("tại /trang-chu/. Mọi trang sẵn có giữ nguyên địa chỉ", output)
        record = ScaffoldRecord.objects.get(site=self.site)
        self.assertEqual((record.mode, record.home_id), (ScaffoldRecord.UNDER, home.pk))
        self.assertIsNone(record.previous_root)
        self.assertIn(self.site, agency_sites())

        # A second run (a deploy script) changes nothing and says so.
        state = database_state()
        again = run_scaffold("--level", SO)

        self.assertEqual(database_state(), state)
        self.assertFalse(
            [line for line in again.splitlines() if line.endswith("— đã tạo")]
        )
        self.assertIn("Đã tạo 0 trên", again)
        self.assertEqual(default_site().root_page_id, self.host_home.pk)

    def test_package_pages_show_the_agency_menu_and_the_host_menu_stays_its_own(self):
        run_scaffold("--level", SO)

        response = self.client.get("/trang-chu/gioi-thieu/")

        menu = response.content.decode().split('class="nd43-menu"', 1)[1]
        menu = menu.split("</nav>", 1)[0]
        self.assertIn('href="/trang-chu/tin-tuc-su-kien/"', menu)
        self.assertNotIn('href="/about/"', menu)
        # The agency home is not in the host's menu: the host decides.
        self.assertFalse(AgencyHomePage.objects.get().show_in_menus)

    def test_the_dry_run_says_what_happens_to_the_site_root_and_writes_nothing(self):
        state = database_state()

        output = run_scaffold("--dry-run", "--level", SO)

        self.assertEqual(database_state(), state)
        self.assertIn("chạy thử, không ghi gì", output)
        self.assertIn("giữ nguyên trang gốc “Our agency” (mã", output)


class VietnameseLocaleTest(HostSiteMixin, TestCase):
    @override_settings(
        WAGTAIL_I18N_ENABLED=True,
        LANGUAGE_CODE="en-us",
        LANGUAGES=[("en-us", "English"), ("vi", "Tiếng Việt")],
        WAGTAIL_CONTENT_LANGUAGES=[("en-us", "English"), ("vi", "Tiếng Việt")],
    )
    def test_on_an_english_first_site_the_tree_is_built_in_the_vietnamese_locale(self):
        english = Locale.objects.create(language_code="en-us")
        Page.objects.filter(pk=self.host_home.pk).update(locale=english)

        run_scaffold("--level", SO)

        home = AgencyHomePage.objects.get()
        tree = Page.objects.descendant_of(home, inclusive=True)
        self.assertEqual(
            set(tree.values_list("locale__language_code", flat=True)), {"vi"}
        )
        self.host_home.refresh_from_db()
        self.assertEqual(self.host_home.locale_id, english.pk)


class ReplaceRootTest(HostSiteMixin, TestCase):
    def test_replacing_the_root_needs_confirmation_and_can_be_restored(self):
        state = database_state()

        with self.assertRaises(CommandError) as refused:
            run_scaffold("--replace-root", "--level", SO)

        self.assertEqual(refused.exception.returncode, 2)
        self.assertIn("--yes", str(refused.exception))
        self.assertEqual(database_state(), state)

        output = run_scaffold("--replace-root", "--yes", "--level", SO)

        home = AgencyHomePage.objects.get()
        self.assertEqual(default_site().root_page_id, home.pk)
        self.assertIn("trang gốc đổi từ “Our agency”", output)
        record = ScaffoldRecord.objects.get(site=self.site)
        self.assertEqual(record.mode, ScaffoldRecord.REPLACE)
        self.assertEqual(record.previous_root_id, self.host_home.pk)

        # An administrator points the site back; a re-run leaves it there.
        site = default_site()
        site.root_page = self.host_home
        site.save()
        again = run_scaffold("--level", SO)
        self.assertEqual(default_site().root_page_id, self.host_home.pk)
        self.assertIn("lệnh để nguyên như vậy", again)
        site.root_page = home
        site.save()

        with self.assertRaises(CommandError) as refused:
            run_scaffold("--restore")
        self.assertEqual(refused.exception.returncode, 2)

        restored = run_scaffold("--restore", "--yes")

        self.assertEqual(default_site().root_page_id, self.host_home.pk)
        self.assertIn("trang gốc trở lại “Our agency”", restored)
        self.assertIn("Giữ lại các trang của cơ quan", restored)
        self.assertFalse(ScaffoldRecord.objects.exists())
        self.assertTrue(AgencyHomePage.objects.filter(pk=home.pk).exists())
        self.assertEqual(self.client.get("/about/team/").status_code, 200)


class NewSiteTest(TestCase):
    def test_hostname_builds_on_a_new_site_once_and_restore_removes_it(self):
        welcome_root = default_site().root_page_id
        pages = Page.objects.count()

        output = run_scaffold("--hostname", "so-tp.example.vn", "--level", SO)

        site = Site.objects.get(hostname="so-tp.example.vn")
        self.assertIsInstance(site.root_page.specific, AgencyHomePage)
        self.assertIn("Tạo trang web so-tp.example.vn", output)
        self.assertEqual(default_site().root_page_id, welcome_root)
        self.assertEqual(list(agency_sites()), [site])
        with self.assertRaises(CommandError) as not_an_agency:
            call_command("nd43_check", "--site", str(default_site().pk))
        self.assertEqual(not_an_agency.exception.returncode, 2)
        state = database_state()

        run_scaffold("--hostname", "so-tp.example.vn", "--level", SO)

        self.assertEqual(database_state(), state)
        self.assertEqual(Site.objects.filter(hostname="so-tp.example.vn").count(), 1)

        with self.assertRaises(CommandError) as wrong:
            run_scaffold("--site", "so-tp.example.vn", "--hostname", "x.example.vn")
        self.assertEqual(wrong.exception.returncode, 2)

        run_scaffold(
            "--restore", "--delete-pages", "--yes", "--hostname", "so-tp.example.vn"
        )

        self.assertFalse(Site.objects.filter(hostname="so-tp.example.vn").exists())
        self.assertEqual(Page.objects.count(), pages)
        self.assertFalse(AgencyHomePage.objects.exists())
