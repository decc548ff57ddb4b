"""``manage.py nd43_check``: JSON schema, text output and exit codes."""

import json
import subprocess
import sys
from pathlib import Path

from django.test import TestCase

from wagtail_nd43.compliance import FAIL_LEVELS, STATUSES
from wagtail_nd43.models import Spokesperson

from .compliance_fixture import fill_site
from .utils import default_site, scaffold_site
from .utils import run_check as run


ROOT = Path(__file__).resolve().parent.parent

FINDING_KEYS = {
    "requirement",
    "title",
    "severity",
    "status",
    "scored",
    "message",
    "citation",
    "group",
    "url",
    "admin_url",
    "confidence",
    "notes",
}


class FreshScaffoldTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")

    def test_json_schema(self):
        status, out = run("--format", "json")
        self.assertEqual(status, 1)
        data = json.loads(out)
        self.assertLessEqual({"profile", "level", "score", "findings"}, set(data))
        self.assertEqual(data["profile"], "nd43")
        self.assertEqual(data["level"], "so")
        self.assertIsInstance(data["score"], float)
        self.assertAlmostEqual(
            data["score"], data["required_ok"] / data["required_applicable"], 3
        )
        self.assertEqual(set(data["counts"]), set(STATUSES))
        for finding in data["findings"]:
            with self.subTest(finding["requirement"]):
                self.assertEqual(set(finding), FINDING_KEYS)
                self.assertIn(finding["status"], STATUSES)
                self.assertIn(finding["severity"], ("required", "recommended"))
                self.assertIsInstance(finding["message"], str)
                self.assertTrue(
                    finding["url"] is None or finding["url"].startswith("http")
                )
                self.assertIn(
                    finding["confidence"], ("verified", "secondary", "memory", "letter")
                )
                self.assertIsInstance(finding["notes"], list)

    def test_every_required_content_item_is_listed_as_not_ok(self):
        """Only the structure the scaffold built (published sections) is ok."""
        from wagtail_nd43.rulebook import get_profile

        profile = get_profile("nd43")
        _status, out = run("--format", "json")
        for finding in json.loads(out)["findings"]:
            if (
                finding["severity"] != "required"
                or finding["status"] == "not_evaluated"
            ):
                continue
            kind = profile.requirement(finding["requirement"]).check.kind
            with self.subTest(finding["requirement"]):
                # The privacy notice is scaffolded with its headings (issue 6); a
                # deadline has nothing to be late on yet; the scaffold puts the
                # main sections in the menu.
                if kind in (
                    "section_live",
                    "in_menu",
                    "deadline",
                    "records_on_time",
                ) or (finding["requirement"] == "L91-9"):
                    self.assertEqual(finding["status"], "ok")
                else:
                    self.assertIn(finding["status"], ("missing", "empty"))

    def test_fail_on_levels_nest(self):
        self.assertEqual(run("--fail-on", "missing")[0], 1)
        self.assertEqual(run("--fail-on", "stale")[0], 1)
        self.assertEqual(run("--fail-on", "late")[0], 1)
        self.assertLess(FAIL_LEVELS["missing"], FAIL_LEVELS["stale"])
        self.assertLess(FAIL_LEVELS["stale"], FAIL_LEVELS["late"])

    def test_text_output_for_people(self):
        _status, out = run()
        self.assertIn("Nghị định 43/2011/NĐ-CP", out)
        self.assertIn("ND43-10.1a.1", out)
        self.assertIn("Điểm a khoản 1 Điều 10", out)

    def test_an_unknown_site_is_bad_usage(self):
        self.assertEqual(run("--site", "999")[0], 2)
        self.assertEqual(run("--site", "nowhere.example")[0], 2)


class FilledSiteTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")
        fill_site(default_site())

    def test_a_complete_site_exits_0(self):
        status, out = run("--format", "json")
        self.assertEqual(status, 0, out)
        self.assertEqual(json.loads(out)["score"], 1.0)

    def test_fail_on_missing_ignores_staler_problems(self):
        from wagtail_nd43.models import WeekSchedulePage

        # An old week instead of this week's schedule: stale, but nothing missing.
        WeekSchedulePage.objects.update(week_start="2000-01-03")
        self.assertEqual(run("--fail-on", "missing")[0], 0)
        self.assertEqual(run("--fail-on", "stale")[0], 1)

    def test_a_spokesperson_without_phone_fails(self):
        Spokesperson.objects.update(phone="")
        self.assertEqual(run()[0], 1)

    def test_recommended_findings_count_only_when_asked(self):
        import datetime

        from django.utils import timezone

        from wagtail_nd43.models import AdHocPressPage, PressReleasePage

        from .compliance_fixture import add_item

        event = timezone.now() - datetime.timedelta(days=3)
        add_item(
            AdHocPressPage.objects.get(),
            timezone.localdate(),
            title="Thông tin đột xuất đăng muộn",
            kind=PressReleasePage.AD_HOC,
            event_at=event,
            first_published_at=event + datetime.timedelta(hours=30),
        )
        self.assertEqual(run()[0], 0)
        status, out = run("--include-recommended")
        self.assertEqual(status, 1)
        self.assertIn("ND244-7.3.1", out)


class CommandLineTest(TestCase):
    """Exit status 2 for argparse errors, as the shell sees it."""

    def test_bad_option(self):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "django",
                "nd43_check",
                "--format",
                "xml",
                "--settings=tests.settings",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(ROOT), "PATH": ""},
        )
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("invalid choice", result.stderr)
