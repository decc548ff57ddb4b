"""Province portals, the inspector's half (issue 20): the compliance history per
site and day, ``nd43_check --all-sites``, the overview of every agency site in the
admin, its chart, and agencies hosted elsewhere."""

import datetime
import http.client
import http.server
import io
import json
import threading
import time
import urllib.error
import urllib.parse
from unittest import mock

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.compliance import OK, evaluate, remote
from wagtail_nd43.compliance.chart import ScoreChart
from wagtail_nd43.compliance.history import AgencyRow
from wagtail_nd43.compliance.remote import Unreachable, fetch
from wagtail_nd43.compliance.stored import store
from wagtail_nd43.models import (
    AgencySettings,
    ComplianceEvaluation,
    ComplianceResult,
    RemoteAgency,
)
from wagtail_nd43.models.base import sections_by_key
from wagtail_nd43.roles import EDITORS, INSPECTORS

from .factories import StandardPageFactory
from .utils import default_site, scaffold_site
from .utils import run_check as check


DAY_ONE = datetime.date(2026, 11, 20)
DAY_TWO = datetime.date(2026, 11, 30)


def on_day(day):
    """Store evaluations as if it were ``day``."""
    return mock.patch(
        "wagtail_nd43.compliance.history.evaluation_day", return_value=day
    )


def agency_site(hostname, name, level, port=80):
    """A component site of the portal: its own root page and agency identity (an
    agency site, not yet scaffolded: nearly everything is missing)."""
    root = StandardPageFactory(parent=Page.get_first_root_node(), title=name)
    site = Site.objects.create(
        hostname=hostname, port=port, root_page=root, site_name=name
    )
    AgencySettings.objects.create(
        site=site, full_name=name, level=level, profile="nd43"
    )
    return site


class ProvinceTestCase(TestCase):
    """Three agency sites at different levels in one installation: the
    province's portal (scaffolded), a department and a commune."""

    @classmethod
    def setUpTestData(cls):
        cls.province_home = scaffold_site("ubnd-tinh")
        cls.province = default_site()
        cls.province.site_name = "UBND tỉnh Bình An"
        cls.province.save()
        cls.department = agency_site("sotuphap.binhan.localhost", "Sở Tư pháp", "so")
        cls.commune = agency_site(
            "xaankhanh.binhan.localhost", "UBND xã An Khánh", "ubnd-xa"
        )

    def unpublish_a_met_section(self):
        """Unpublish a section the province's portal has: its requirement, met
        until now, fails. Returns the requirement's id."""
        report = evaluate(self.province)
        sections = sections_by_key(self.province_home)
        for finding in report.findings:
            check_spec = finding.requirement.check
            if (
                finding.required
                and finding.status == OK
                and getattr(check_spec, "kind", "") == "section_live"
                and check_spec.section in sections
            ):
                sections[check_spec.section].unpublish()
                return finding.id
        raise AssertionError("no published section to unpublish")


class HistoryTest(ProvinceTestCase):
    def test_each_stored_evaluation_keeps_one_row_per_site_and_day(self):
        with on_day(DAY_ONE):
            store(evaluate(self.department))
            store(evaluate(self.department))
        with on_day(DAY_TWO):
            store(evaluate(self.department))

        rows = ComplianceEvaluation.objects.filter(site=self.department)
        self.assertEqual([row.date for row in rows], [DAY_ONE, DAY_TWO])
        self.assertEqual(rows[0].level, "so")
        self.assertEqual(rows[0].profile, "nd43")

    def test_re_evaluating_the_same_day_updates_that_days_row(self):
        with on_day(DAY_ONE):
            first = store(evaluate(self.department)).evaluation
            identity = AgencySettings.for_site(self.department)
            identity.level = "ubnd-xa"
            identity.save()
            store(evaluate(self.department))

        row = ComplianceEvaluation.objects.get(site=self.department)
        self.assertEqual(row.pk, first.pk)
        self.assertEqual(row.level, "ubnd-xa")

    def test_the_row_holds_each_failing_requirement_with_its_status(self):
        with on_day(DAY_ONE):
            row = store(evaluate(self.commune)).evaluation
        report = evaluate(self.commune)

        failing = {
            f.id: f.status for f in report.findings if f.required and f.is_failing
        }
        self.assertTrue(failing)
        self.assertEqual(set(row.failing_since), set(failing))
        for rid, status in failing.items():
            self.assertEqual(row.statuses[rid], status)
        self.assertEqual(row.score, report.score)
        self.assertEqual(
            (row.required_ok, row.required_applicable),
            (report.required_ok, report.required_applicable),
        )

    def test_what_changed_since_the_previous_day_and_since_when_it_fails(self):
        with on_day(DAY_ONE):
            first = store(evaluate(self.province)).evaluation
        self.assertIsNone(first.previous_date)
        self.assertEqual((first.newly_failing, first.newly_passing), ([], []))
        still_failing = next(iter(first.failing_since))

        newly_failing = self.unpublish_a_met_section()
        with on_day(DAY_TWO):
            second = store(evaluate(self.province)).evaluation

        self.assertEqual(second.previous_date, DAY_ONE)
        # The section's requirement fails, and whatever rests on the section (its
        # place in the menu): only requirements met the day before.
        self.assertIn(newly_failing, second.newly_failing)
        self.assertFalse(set(second.newly_failing) & set(first.failing_since))
        self.assertEqual(second.failing_since[newly_failing], DAY_TWO.isoformat())
        # Failing on both days: failing since the first.
        self.assertEqual(second.failing_since[still_failing], DAY_ONE.isoformat())

        # The section is published again: met again the day after.
        sections = sections_by_key(self.province_home)
        for page in sections.values():
            if not page.live:
                page.save_revision().publish()
        with on_day(DAY_TWO + datetime.timedelta(days=1)):
            third = store(evaluate(self.province)).evaluation
        self.assertEqual(sorted(third.newly_passing), sorted(second.newly_failing))
        self.assertNotIn(newly_failing, third.failing_since)

    def test_publishing_forgets_the_latest_result_but_not_the_history(self):
        with on_day(DAY_ONE):
            store(evaluate(self.province))
        StandardPageFactory(parent=self.province_home).save_revision().publish()

        self.assertFalse(ComplianceResult.objects.exists())
        self.assertTrue(
            ComplianceEvaluation.objects.filter(site=self.province).exists()
        )


class AllSitesCommandTest(ProvinceTestCase):
    def test_json_gives_every_agency_site_with_what_the_overview_shows(self):
        with on_day(DAY_ONE):
            status, out = check("--all-sites", "--format", "json")

        self.assertEqual(status, 1)
        data = json.loads(out)
        by_host = {site["hostname"]: site for site in data["sites"]}
        self.assertEqual(
            set(by_host),
            {"localhost", "sotuphap.binhan.localhost", "xaankhanh.binhan.localhost"},
        )
        commune = by_host["xaankhanh.binhan.localhost"]
        self.assertEqual(commune["name"], "UBND xã An Khánh")
        self.assertEqual(commune["level"], "ubnd-xa")
        self.assertEqual(commune["profile"], "nd43")
        self.assertAlmostEqual(commune["score"], evaluate(self.commune).score, places=3)
        self.assertTrue(commune["failing"])
        failure = commune["failing"][0]
        self.assertEqual(
            set(failure), {"requirement", "title", "status", "since", "age_days"}
        )
        self.assertEqual(failure["since"], DAY_ONE.isoformat())
        self.assertEqual(failure["age_days"], 0)
        self.assertEqual(
            set(commune["changes"]), {"since", "newly_failing", "newly_passing"}
        )
        # Without --store nothing is kept.
        self.assertFalse(ComplianceEvaluation.objects.exists())

    def test_store_keeps_each_sites_day_and_the_changes_show_the_next_day(self):
        with on_day(DAY_ONE):
            check("--all-sites", "--store")
        self.assertEqual(ComplianceEvaluation.objects.filter(date=DAY_ONE).count(), 3)
        self.assertEqual(ComplianceResult.objects.count(), 3)

        newly_failing = self.unpublish_a_met_section()
        with on_day(DAY_TWO):
            status, out = check("--all-sites", "--store", "--format", "json")

        self.assertEqual(status, 1)
        province = next(
            site for site in json.loads(out)["sites"] if site["id"] == self.province.pk
        )
        self.assertEqual(province["changes"]["since"], DAY_ONE.isoformat())
        self.assertIn(newly_failing, province["changes"]["newly_failing"])
        ages = {f["requirement"]: f["age_days"] for f in province["failing"]}
        self.assertEqual(ages[newly_failing], 0)
        self.assertEqual(max(ages.values()), (DAY_TWO - DAY_ONE).days)
        self.assertEqual(province["oldest_failure_days"], (DAY_TWO - DAY_ONE).days)

    def test_text_lists_one_line_per_site(self):
        status, out = check("--all-sites")

        self.assertEqual(status, 1)
        self.assertIn("Sở Tư pháp (sotuphap.binhan.localhost)", out)
        self.assertIn("UBND xã An Khánh (xaankhanh.binhan.localhost)", out)

    def test_the_help_says_what_all_sites_prints_reads_and_keeps(self):
        from wagtail_nd43.management.commands.nd43_check import Command

        text = " ".join(
            Command().create_parser("manage.py", "nd43_check").format_help().split()
        )
        self.assertNotIn("one line each", text)
        self.assertIn("hosted elsewhere", text)
        self.assertIn("without it, nothing is kept", text)

    def test_site_and_all_sites_together_is_bad_usage(self):
        status, _out = check("--all-sites", "--site", str(self.commune.pk))
        self.assertEqual(status, 2)

    def test_exit_status_zero_when_no_site_fails_at_the_level(self):
        with mock.patch(
            "wagtail_nd43.compliance.report.Report.failing", return_value=[]
        ):
            status, _out = check("--all-sites")
        self.assertEqual(status, 0)

    def test_a_site_that_is_not_an_agency_site_is_not_listed(self):
        Site.objects.create(
            hostname="blog.localhost", root_page=Page.get_first_root_node()
        )
        _status, out = check("--all-sites", "--format", "json")
        self.assertNotIn(
            "blog.localhost", {site["hostname"] for site in json.loads(out)["sites"]}
        )


OVERVIEW = reverse("wagtail_nd43_admin:overview")
REPORT = reverse("wagtail_nd43_admin:report")


def no_evaluation(*args, **kwargs):
    raise AssertionError("the compliance rules were evaluated")


class OverviewTest(WagtailTestUtils, ProvinceTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser("admin", password="password")
        cls.inspector = cls.create_user("thanhtra", password="password")
        cls.inspector.groups.add(Group.objects.get(name=INSPECTORS))
        cls.editor = cls.create_user("bientap", password="password")
        cls.editor.groups.add(Group.objects.get(name=EDITORS))
        with on_day(DAY_ONE):
            check("--all-sites", "--store")
        cls.newly_failing = cls.unpublish_a_met_section(cls)
        with on_day(DAY_TWO):
            check("--all-sites", "--store")

    def get_overview(self, user=None, **params):
        self.client.force_login(user or self.superuser)
        with (
            mock.patch("wagtail_nd43.compliance.stored.evaluate", no_evaluation),
            mock.patch("wagtail_nd43.views.compliance.evaluate", no_evaluation),
            on_day(DAY_TWO),
        ):
            return self.client.get(OVERVIEW, params)

    def test_every_agency_site_with_score_failures_and_oldest_failure(self):
        response = self.get_overview()

        self.assertEqual(response.status_code, 200)
        rows = {row.site.pk: row for row in response.context["rows"]}
        self.assertEqual(
            set(rows), {self.province.pk, self.department.pk, self.commune.pk}
        )
        commune = rows[self.commune.pk]
        stored = ComplianceEvaluation.objects.get(site=self.commune, date=DAY_TWO)
        self.assertEqual(commune.score, stored.score)
        self.assertEqual(commune.failing_count, len(stored.failing_since))
        self.assertEqual(commune.oldest_failure_days, (DAY_TWO - DAY_ONE).days)
        self.assertContains(response, "UBND xã An Khánh")
        self.assertContains(response, f"<strong>{commune.score_percent}%</strong>")
        self.assertContains(response, "10 ngày")
        # When the results were computed.
        self.assertContains(
            response, date_format(localtime(stored.computed_at), "d/m/Y H:i")
        )
        # Drill-down to the site's own report.
        self.assertContains(response, f'href="{REPORT}?site={self.commune.pk}"')

    def test_the_requirement_by_site_matrix(self):
        response = self.get_overview()

        matrix = {rid: cells for rid, _title, cells in response.context["matrix"]}
        rows = list(response.context["matrix_rows"])
        column = rows.index(next(r for r in rows if r.site == self.province))
        self.assertEqual(matrix[self.newly_failing][column][0], "missing")
        self.assertContains(response, "nd43-matrix__failing")
        self.assertContains(response, "nd43-matrix__ok")
        # A requirement of the province's level only: not applicable elsewhere.
        province_only = next(
            rid
            for rid, cells in matrix.items()
            if cells[column][0] and not all(status for status, _label in cells)
        )
        self.assertIn("", [status for status, _label in matrix[province_only]])
        self.assertContains(response, "Không áp dụng")

    def test_the_chart_of_the_average_score_and_the_changes(self):
        response = self.get_overview()

        chart = response.context["chart"]
        self.assertEqual([p.date for p in chart.points], [DAY_ONE, DAY_TWO])
        self.assertContains(response, '<svg class="nd43-chart__svg"')
        self.assertContains(response, '<title id="nd43-overview-chart-title">')
        self.assertContains(response, "20/11/2026")
        self.assertContains(response, "Mới chưa đạt")
        self.assertContains(response, self.newly_failing)
        html = response.content.decode()
        figure = html[html.index('<figure class="nd43-chart">') :]
        figure = figure[: figure.index("</figure>")]
        self.assertNotIn("<script", figure)
        self.assertNotIn("http", figure.replace("http://www.w3.org/2000/svg", ""))
        # The text alternative: a description and the numbers as a table.
        self.assertIn("2 ngày được đánh giá", figure)
        self.assertIn("<table", figure)

    def test_filters_by_level_and_profile(self):
        response = self.get_overview(level="ubnd-xa")
        self.assertEqual([row.site for row in response.context["rows"]], [self.commune])
        response = self.get_overview(profile="nd42")
        self.assertEqual(list(response.context["rows"]), [])

    def test_export_csv_and_xlsx(self):
        response = self.get_overview(export="csv")
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        self.assertIn("UBND xã An Khánh", content)
        self.assertIn(self.newly_failing, content)
        header = content.splitlines()[0]
        self.assertIn("Mục chưa đạt lâu nhất (ngày)", header)
        # The level and the profile as the page shows them, not their codes.
        self.assertIn("UBND xã, phường, đặc khu", content)
        self.assertIn("Nghị định 43/2011/NĐ-CP", content)
        self.assertNotIn(",ubnd-xa,", content)
        self.assertNotIn(",nd43,", content)

        response = self.get_overview(export="xlsx")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response["Content-Type"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )

    def test_a_stored_score_that_is_not_one_shows_a_dash(self):
        ComplianceEvaluation.objects.filter(site=self.commune).update(
            score=float("inf")
        )
        response = self.get_overview()

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<strong>—</strong>")
        rows = {row.site.pk: row for row in response.context["rows"]}
        self.assertIsNone(rows[self.commune.pk].score_percent)
        for point in response.context["chart"].points:
            self.assertTrue(0 <= point.score <= 1)
        status, out = check("--all-sites")
        self.assertEqual(status, 1)

    def test_the_inspectors_see_it_and_may_drill_down(self):
        response = self.get_overview(self.inspector)
        self.assertEqual(response.status_code, 200)
        self.client.force_login(self.inspector)
        report = self.client.get(REPORT, {"site": self.commune.pk})
        self.assertEqual(report.status_code, 200)
        menu = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(menu, "nd43-province-overview")

    def test_ordinary_editors_do_not(self):
        response = self.get_overview(self.editor)
        self.assertEqual(response.status_code, 302)
        self.client.force_login(self.editor)
        menu = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(menu, "nd43-province-overview")

    def test_the_inspector_edits_nothing(self):
        permissions = set(self.inspector.get_all_permissions())
        self.assertEqual(
            permissions,
            {"wagtailadmin.access_admin", "wagtail_nd43.view_province_overview"},
        )

    def test_the_sites_report_shows_its_history_and_changes(self):
        self.client.force_login(self.superuser)
        with on_day(DAY_TWO):
            response = self.client.get(REPORT, {"site": self.province.pk})

        chart = response.context["chart"]
        self.assertEqual([p.date for p in chart.points], [DAY_ONE, DAY_TWO])
        self.assertContains(response, '<title id="nd43-report-chart-title">')
        self.assertContains(response, "Thay đổi so với lần đánh giá ngày 20/11/2026")
        self.assertContains(response, self.newly_failing)


class OverviewQueriesTest(WagtailTestUtils, TestCase):
    """The overview reads stored rows: as many queries for 6 sites as for 2."""

    def count_queries(self, sites):
        for number in range(sites):
            agency_site(
                f"co-quan-{sites}-{number}.localhost", f"Cơ quan {sites}-{number}", "so"
            )
        with on_day(DAY_ONE):
            check("--all-sites", "--store")
        with on_day(DAY_TWO):
            check("--all-sites", "--store")
        self.client.force_login(self.superuser)
        self.client.get(OVERVIEW)
        with CaptureQueriesContext(connection) as queries, on_day(DAY_TWO):
            response = self.client.get(OVERVIEW)
        self.assertEqual(len(response.context["rows"]), sites)
        return len(queries)

    def test_queries_do_not_grow_with_the_number_of_sites(self):
        self.superuser = self.create_superuser("admin", password="password")
        two = self.count_queries(2)
        for site in Site.objects.exclude(is_default_site=True):
            site.delete()
        six = self.count_queries(6)
        self.assertEqual(two, six)


TOKEN = "t" * 40


class ThroughTheTestClient:
    """An opener that answers from this installation's own compliance endpoint
    through Django's test client: the agency "elsewhere" is the province's portal
    itself, and nothing leaves the process."""

    def __init__(self, client):
        self.client = client
        self.requests = []

    def open(self, request, timeout):
        self.requests.append((request, timeout))
        url = urllib.parse.urlsplit(request.full_url)
        response = self.client.get(
            url.path, HTTP_AUTHORIZATION=request.get_header("Authorization")
        )
        if response.status_code != 200:
            raise urllib.error.HTTPError(
                request.full_url, response.status_code, "", {}, None
            )
        return io.BytesIO(response.content)


class Refusing:
    """An opener whose every attempt fails as an unreachable server does."""

    def __init__(self, error=None):
        self.error = error or urllib.error.URLError("Connection refused")
        self.attempts = 0

    def open(self, request, timeout):
        self.attempts += 1
        raise self.error


@override_settings(WAGTAIL_ND43_COMPLIANCE_API_TOKEN=TOKEN)
class RemoteAgencyTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")
        cls.remote = RemoteAgency.objects.create(
            name="Sở Khoa học và Công nghệ",
            level="so",
            base_url="https://sokhcn.binhan.example.vn/",
            token=TOKEN,
        )
        cls.superuser = cls.create_superuser("admin", password="password")

    def read_all(self, opener, day=DAY_ONE):
        with (
            mock.patch(
                "wagtail_nd43.compliance.remote.build_opener",
                lambda *handlers: opener,
            ),
            mock.patch("wagtail_nd43.compliance.remote.time.sleep"),
            on_day(day),
        ):
            return check("--all-sites", "--store", "--format", "json")

    def remote_entry(self, out):
        return next(
            site
            for site in json.loads(out)["sites"]
            if site["remote_id"] == self.remote.pk
        )

    def test_a_reachable_agency_is_read_with_its_token_and_stored(self):
        opener = ThroughTheTestClient(self.client)
        status, out = self.read_all(opener)

        self.assertEqual(status, 1)
        ((request, timeout),) = opener.requests
        self.assertEqual(
            request.full_url,
            "https://sokhcn.binhan.example.vn/api/nd43/compliance.json",
        )
        self.assertEqual(request.get_header("Authorization"), f"Bearer {TOKEN}")
        self.assertLessEqual(timeout, 30)
        row = ComplianceEvaluation.objects.get(remote=self.remote, date=DAY_ONE)
        local = evaluate(default_site())
        self.assertAlmostEqual(row.score, local.score, places=3)
        self.assertEqual(row.level, "so")
        entry = self.remote_entry(out)
        self.assertEqual(entry["name"], "Sở Khoa học và Công nghệ")
        self.assertIsNone(entry["unreachable_since"])
        self.assertEqual(len(entry["failing"]), len(row.failing_since))
        self.remote.refresh_from_db()
        self.assertIsNotNone(self.remote.last_success_at)

        self.client.force_login(self.superuser)
        with on_day(DAY_ONE):
            response = self.client.get(OVERVIEW)
        self.assertContains(response, "Sở Khoa học và Công nghệ")
        self.assertContains(response, 'href="https://sokhcn.binhan.example.vn/"')

    def test_an_unreachable_agency_is_tried_three_times_and_shown_since_when(self):
        self.read_all(ThroughTheTestClient(self.client), DAY_ONE)
        refusing = Refusing()
        with mock.patch("wagtail_nd43.compliance.remote.timezone.now") as now:
            now.return_value = datetime.datetime(2026, 11, 30, 2, tzinfo=datetime.UTC)
            _status, out = self.read_all(refusing, DAY_TWO)
            # Still down the next day: unreachable since the first failure.
            now.return_value = datetime.datetime(2026, 12, 1, 2, tzinfo=datetime.UTC)
            self.read_all(Refusing(), DAY_TWO + datetime.timedelta(days=1))

        self.assertEqual(refusing.attempts, 3)
        self.remote.refresh_from_db()
        self.assertEqual(
            self.remote.unreachable_since,
            datetime.datetime(2026, 11, 30, 2, tzinfo=datetime.UTC),
        )
        self.assertIn("Connection refused", self.remote.last_error)
        entry = self.remote_entry(out)
        self.assertTrue(entry["unreachable_since"].startswith("2026-11-30"))
        # The last day that could be read is kept and shown.
        self.assertEqual(
            list(
                ComplianceEvaluation.objects.filter(remote=self.remote).values_list(
                    "date", flat=True
                )
            ),
            [DAY_ONE],
        )
        self.client.force_login(self.superuser)
        response = self.client.get(OVERVIEW)
        self.assertContains(response, "không truy cập được từ 30/11/2026")

        # Back: no longer unreachable.
        self.read_all(
            ThroughTheTestClient(self.client), DAY_TWO + datetime.timedelta(days=2)
        )
        self.remote.refresh_from_db()
        self.assertIsNone(self.remote.unreachable_since)

    def test_a_refused_token_is_not_asked_again(self):
        refusing = Refusing(
            urllib.error.HTTPError("https://x", 401, "Unauthorized", {}, None)
        )
        self.read_all(refusing)
        self.assertEqual(refusing.attempts, 1)
        self.remote.refresh_from_db()
        self.assertEqual(self.remote.last_error, "HTTP 401")

    def test_a_wrong_token_leaves_the_agency_unreachable(self):
        RemoteAgency.objects.filter(pk=self.remote.pk).update(token="x" * 40)
        self.read_all(ThroughTheTestClient(self.client))
        self.remote.refresh_from_db()
        self.assertIsNotNone(self.remote.unreachable_since)
        self.assertEqual(self.remote.last_error, "HTTP 401")

    def test_an_answer_that_is_not_a_report_is_not_stored(self):
        opener = mock.Mock()
        opener.open.return_value = io.BytesIO(b'{"error": "maintenance"}')
        self.read_all(opener)
        self.assertFalse(
            ComplianceEvaluation.objects.filter(remote=self.remote).exists()
        )
        self.remote.refresh_from_db()
        self.assertIn("không phải báo cáo tuân thủ", self.remote.last_error)

    def test_an_answer_that_is_malformed_marks_the_agency_and_never_raises(self):
        report = json.loads(self.client_report())
        finding = report["findings"][0]
        broken = {
            "score null": {**report, "score": None},
            "score a list": {**report, "score": [0.5]},
            "score a boolean": {**report, "score": True},
            "score above 1": {**report, "score": 1.5},
            "required_ok a text": {**report, "required_ok": "abc"},
            "required_ok negative": {**report, "required_ok": -1},
            "more met than evaluated": {
                **report,
                "required_ok": report["required_applicable"] + 1,
            },
            "status a list": {**report, "findings": [{**finding, "status": [1]}]},
            "requirement null": {
                **report,
                "findings": [{**finding, "requirement": None}],
            },
            "evaluated_at a number": {**report, "evaluated_at": 5},
            "profile with NUL": {**report, "profile": "nd43\x00"},
            "a lone surrogate": {**report, "profile": "\ud800"},
        }
        bodies = {name: json.dumps(data).encode() for name, data in broken.items()}
        bodies |= {
            "NaN": json.dumps(report)
            .replace(f'"score": {report["score"]}', '"score": NaN')
            .encode(),
            "Infinity": b'{"score": Infinity}',
            "nested too deep": b"[" * 200_000,
            "not UTF-8": b'{"profile": "\xff"}',
        }
        self.assertIn(b"NaN", bodies["NaN"])
        for name, body in bodies.items():
            with self.subTest(name):
                opener = mock.Mock()
                opener.open.return_value = io.BytesIO(body)
                status, _out = self.read_all(opener)
                self.assertEqual(status, 1)  # the local site fails, as always
                self.remote.refresh_from_db()
                self.assertIn("không phải báo cáo tuân thủ", self.remote.last_error)
                self.assertIsNotNone(self.remote.unreachable_since)
                self.assertFalse(
                    ComplianceEvaluation.objects.filter(remote=self.remote).exists()
                )

    def client_report(self):
        """The report this installation's own endpoint sends."""
        return self.client.get(
            "/api/nd43/compliance.json", HTTP_AUTHORIZATION=f"Bearer {TOKEN}"
        ).content

    def test_a_cut_off_or_garbled_answer_is_tried_again(self):
        for error in (
            http.client.IncompleteRead(b"{", 100),
            http.client.BadStatusLine("garbage"),
        ):
            with self.subTest(type(error).__name__):
                refusing = Refusing(error)
                self.read_all(refusing)
                self.assertEqual(refusing.attempts, 3)
                self.remote.refresh_from_db()
                self.assertIsNotNone(self.remote.unreachable_since)

    def test_one_agencys_unexpected_error_does_not_stop_the_others(self):
        other = RemoteAgency.objects.create(
            name="Sở Y tế", base_url="https://soyte.binhan.example.vn", token=TOKEN
        )
        real_record = remote.record_values

        def record_values(agency, **values):
            if agency["remote"] == self.remote:
                raise RuntimeError("a bug")
            return real_record(agency, **values)

        with (
            mock.patch.object(remote, "record_values", record_values),
            self.assertLogs("wagtail_nd43.management.commands.nd43_check", "ERROR"),
        ):
            status, out = self.read_all(ThroughTheTestClient(self.client))

        self.assertEqual(status, 1)
        self.assertTrue(ComplianceEvaluation.objects.filter(remote=other).exists())
        self.remote.refresh_from_db()
        self.assertIsNotNone(self.remote.unreachable_since)
        self.assertIn("RuntimeError", self.remote.last_error)
        self.assertTrue(self.remote_entry(out)["unreachable_since"])

    def test_only_an_https_address_gets_the_token(self):
        refusing = Refusing()
        for address in ("http://sokhcn.binhan.example.vn", "ftp://sokhcn.example.vn"):
            with self.subTest(address):
                self.remote.base_url = address
                with self.assertRaises(Unreachable):
                    fetch(self.remote, opener=refusing)
                with self.assertRaises(ValidationError) as raised:
                    self.remote.full_clean()
                self.assertIn("base_url", raised.exception.message_dict)
        self.assertEqual(refusing.attempts, 0)
        self.remote.base_url = "https://sokhcn.binhan.example.vn"
        self.remote.full_clean()
        with override_settings(WAGTAIL_ND43_REMOTE_ALLOW_HTTP=True):
            self.remote.base_url = "http://127.0.0.1:8000"
            self.remote.full_clean()

    def test_the_admin_form_refuses_a_plain_http_address(self):
        self.client.force_login(self.superuser)
        response = self.client.post(
            reverse("wagtailsnippets_wagtail_nd43_remoteagency:add"),
            {
                "name": "Sở Nội vụ",
                "level": "so",
                "base_url": "http://sonoivu.binhan.example.vn",
                "token": TOKEN,
                "active": "on",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(RemoteAgency.objects.filter(name="Sở Nội vụ").exists())


class LocalServer:
    """An HTTP server on 127.0.0.1 in a thread, answering with ``handle(handler)``
    and noting every request it gets."""

    def __init__(self, test, handle):
        self.requests = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(dict(self.headers))
                try:
                    handle(self)
                except OSError:
                    pass  # the client went away

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        test.addCleanup(self.httpd.server_close)
        test.addCleanup(self.httpd.shutdown)


@override_settings(WAGTAIL_ND43_REMOTE_ALLOW_HTTP=True)
class RemoteServerTest(TestCase):
    """Against a real server on 127.0.0.1 (plain http, allowed by the setting)."""

    def agency(self, base_url):
        return RemoteAgency(name="Sở Tài chính", base_url=base_url, token=TOKEN)

    def test_a_redirect_is_refused_and_the_token_goes_nowhere_else(self):
        elsewhere = LocalServer(self, lambda handler: handler.send_error(404))

        def redirect(handler):
            handler.send_response(302)
            handler.send_header("Location", elsewhere.url + "/steal")
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        agency_server = LocalServer(self, redirect)
        with self.assertRaises(Unreachable) as raised:
            fetch(self.agency(agency_server.url), sleep=lambda seconds: None)

        self.assertIn("chuyển hướng", str(raised.exception))
        self.assertEqual(len(agency_server.requests), 1)
        self.assertEqual(agency_server.requests[0]["Authorization"], f"Bearer {TOKEN}")
        self.assertEqual(elsewhere.requests, [])

    def test_a_server_that_trickles_its_answer_is_cut_off_at_the_deadline(self):
        def trickle(handler):
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", "1000")
            handler.end_headers()
            for _byte in range(1000):
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(0.1)

        server = LocalServer(self, trickle)
        started = time.monotonic()
        with (
            mock.patch.object(remote, "TIMEOUT", 0.5),
            mock.patch.object(remote, "ATTEMPTS", 1),
            self.assertRaises(Unreachable),
        ):
            fetch(self.agency(server.url))
        # Each byte comes well within the socket timeout: only the deadline ends it.
        self.assertLess(time.monotonic() - started, 2)


class BadStoredScoreTest(TestCase):
    """A stored score that is not one (NaN, infinite, out of 0–1: from an old
    reading, or edited by hand) shows as “—”; nothing else breaks."""

    def test_the_row_shows_no_score(self):
        for value in (float("nan"), float("inf"), 7.5, -0.1):
            with self.subTest(value):
                row = AgencyRow(
                    "Sở Tư pháp",
                    "sotuphap.localhost",
                    evaluation=ComplianceEvaluation(score=value),
                )
                self.assertIsNone(row.score_percent)
                self.assertEqual(row.score_display, "—")
                self.assertIsNone(row.to_dict()["score"])

    def test_the_chart_leaves_the_bad_day_out(self):
        chart = ScoreChart(
            "Điểm",
            [(DAY_ONE, float("nan")), (DAY_TWO, 0.5), (DAY_TWO, float("inf"))],
        )
        self.assertEqual([(p.date, p.percent) for p in chart.points], [(DAY_TWO, 50)])
        self.assertIn("50%", chart.description)
