"""``manage.py nd43_scaffold``: options, errors and the report it prints."""

from django.core.management.base import CommandError
from django.test import TestCase
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, Site, Workflow, WorkflowPage

from wagtail_nd43.models import AgencyHomePage, AgencySettings, ScaffoldRecord
from wagtail_nd43.rulebook import SO, UBND_TINH, get_profile

from .factories import StandardPageFactory
from .utils import database_state, default_site, run_scaffold


PROFILE = get_profile("nd43")


def tree_lines(level, label):
    """The report's line for each node of ``level``'s tree, indented by depth."""
    return [
        f"{'  ' * depth}{section.title_vi} — {label}"
        for depth, section in PROFILE.root.walk(level)
    ]


class ScaffoldCommandOutputTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first_output = run_scaffold("--level", SO)

    def assertReportsTree(self, output, level, label):
        lines = output.splitlines()
        expected = tree_lines(level, label)
        self.assertIn(expected[0], lines, output)
        start = lines.index(expected[0])
        self.assertEqual(lines[start : start + len(expected)], expected)

    def test_the_first_run_lists_every_node_as_created(self):
        self.assertReportsTree(
            self.first_output, SO, pgettext("scaffold result", "created")
        )

    def test_the_second_run_lists_every_node_as_already_present(self):
        output = run_scaffold()  # level and profile now come from the identity
        self.assertReportsTree(output, SO, gettext("already present"))

    def test_a_moved_section_is_reported_as_such(self):
        home = default_site().root_page
        questions = home.get_children().get(slug="hoi-dap")
        questions.move(home.get_children().get(slug="lien-he"), pos="last-child")

        output = run_scaffold()

        self.assertIn(f"  Hỏi đáp — {gettext('present (moved)')}", output.splitlines())


class ScaffoldCommandOptionsTest(TestCase):
    def test_a_dry_run_lists_what_would_be_created(self):
        output = run_scaffold("--level", UBND_TINH, "--dry-run")

        lines = output.splitlines()
        expected = tree_lines(UBND_TINH, gettext("would be created"))
        start = lines.index(expected[0])
        self.assertEqual(lines[start : start + len(expected)], expected)
        self.assertFalse(AgencyHomePage.objects.exists())

    def test_without_workflow(self):
        workflows = Workflow.objects.count()

        run_scaffold("--level", SO, "--no-workflow")

        self.assertEqual(Workflow.objects.count(), workflows)
        home = default_site().root_page
        self.assertFalse(WorkflowPage.objects.filter(page=home).exists())


class ScaffoldCommandSiteTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.other = Site.objects.create(
            hostname="phuong-ben-thanh.example.vn",
            root_page=StandardPageFactory(
                parent=Page.get_first_root_node(), title="Phường Bến Thành"
            ),
        )

    def assertScaffolded(self, site):
        """The site has its tree: under its own root page, which it keeps, unless
        that was a fresh welcome page (issue 13)."""
        site.refresh_from_db()
        home = ScaffoldRecord.objects.get(site=site).home.specific
        self.assertIsInstance(home, AgencyHomePage)
        self.assertIn(site.root_page_id, (home.pk, home.get_parent().pk))
        self.assertTrue(home.get_children().filter(slug="lien-he").exists())

    def test_the_default_site_by_default(self):
        run_scaffold("--level", SO)
        self.assertScaffolded(default_site())
        self.assertFalse(AgencySettings.objects.filter(site=self.other).exists())

    def test_a_site_by_id(self):
        run_scaffold("--site", str(self.other.pk), "--level", "ubnd-xa")

        self.assertScaffolded(self.other)
        self.assertEqual(self.other.root_page.title, "Phường Bến Thành")
        self.assertEqual(AgencySettings.for_site(self.other).level, "ubnd-xa")
        self.assertEqual(
            default_site().root_page.specific_class, Page, "default site untouched"
        )

    def test_a_site_by_hostname(self):
        run_scaffold("--site", "phuong-ben-thanh.example.vn", "--level", "ubnd-xa")
        self.assertScaffolded(self.other)

    def test_an_unknown_site_is_an_error(self):
        before = database_state()
        # "²" and "٣" are digits to str.isdigit() but no id: a hostname, not found.
        for value in ("9999", "khong-co.example.vn", "²", "٣"):
            with self.subTest(site=value):
                with self.assertRaisesMessage(CommandError, value):
                    run_scaffold("--site", value)
        self.assertEqual(database_state(), before)

    def test_no_default_site_is_an_error(self):
        Site.objects.update(is_default_site=False)
        with self.assertRaisesMessage(CommandError, "--site"):
            run_scaffold()


class ScaffoldCommandArgumentsTest(TestCase):
    def test_an_unknown_level_is_an_error(self):
        with self.assertRaisesMessage(CommandError, "--level"):
            run_scaffold("--level", "thon")
        self.assertFalse(AgencyHomePage.objects.exists())

    def test_an_unknown_profile_is_an_error(self):
        with self.assertRaisesMessage(CommandError, "--profile"):
            run_scaffold("--profile", "nd99")
        self.assertFalse(AgencyHomePage.objects.exists())
