"""The dashboard reads stored compliance results instead of evaluating every
requirement on each load; `nd43_check --store` and the full report store them
(issue 15)."""

import io
from unittest import mock

from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.compliance import evaluate
from wagtail_nd43.models import AgencySettings, ComplianceResult

from .factories import StandardPageFactory
from .utils import scaffold_site


DASHBOARD = reverse("wagtailadmin_home")
REPORT = reverse("wagtail_nd43_admin:report")


def no_evaluation(*args, **kwargs):
    raise AssertionError("the compliance rules were evaluated")


class StoredResultTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.site = cls.home.get_site()
        cls.superuser = cls.create_superuser("admin", password="password")

    def setUp(self):
        self.client.force_login(self.superuser)

    def _run_store(self):
        """``nd43_check --store``; the scaffolded site has failing findings, so
        the command ends with exit status 1."""
        with self.assertRaises(CommandError) as raised:
            call_command("nd43_check", "--store", stdout=io.StringIO())
        self.assertEqual(raised.exception.returncode, 1)

    def test_nd43_check_store_keeps_the_sites_score(self):
        self._run_store()

        result = ComplianceResult.objects.get(site=self.site)
        report = evaluate(self.site)
        self.assertAlmostEqual(result.score, report.score)
        self.assertEqual(result.required_ok, report.required_ok)
        self.assertEqual(result.required_applicable, report.required_applicable)
        self.assertEqual(
            [finding["requirement"] for finding in result.worst],
            [finding.id for finding in report.worst(5)],
        )

    def test_the_dashboard_reads_the_stored_result_without_evaluating(self):
        self._run_store()

        with (
            mock.patch("wagtail_nd43.compliance.stored.evaluate", no_evaluation),
            mock.patch("wagtail_nd43.views.compliance.evaluate", no_evaluation),
        ):
            response = self.client.get(DASHBOARD)

        self.assertContains(response, f"nd43-compliance-{self.site.pk}")
        result = ComplianceResult.objects.get(site=self.site)
        self.assertContains(response, f"<strong>{round(result.score * 100)}%</strong>")
        self.assertContains(response, "Đánh giá lúc")

    def test_a_site_never_evaluated_is_evaluated_once_and_stored(self):
        self.assertFalse(ComplianceResult.objects.exists())

        self.client.get(DASHBOARD)
        self.assertTrue(ComplianceResult.objects.filter(site=self.site).exists())

        with mock.patch("wagtail_nd43.compliance.stored.evaluate", no_evaluation):
            self.assertEqual(self.client.get(DASHBOARD).status_code, 200)

    def test_publishing_makes_the_next_dashboard_evaluate_again(self):
        self.client.get(DASHBOARD)
        before = ComplianceResult.objects.get(site=self.site).computed_at

        StandardPageFactory(parent=self.home).save_revision().publish()
        self.client.get(DASHBOARD)

        self.assertGreater(
            ComplianceResult.objects.get(site=self.site).computed_at, before
        )

    def test_changing_the_identity_forgets_the_result(self):
        self.client.get(DASHBOARD)
        identity = AgencySettings.for_site(self.site)
        identity.full_name = "Sở Nội vụ tỉnh Bình An"
        identity.save()

        self.assertFalse(ComplianceResult.objects.exists())

    def test_opening_the_full_report_recomputes_and_stores(self):
        self.client.get(DASHBOARD)
        before = ComplianceResult.objects.get(site=self.site).computed_at

        self.assertEqual(self.client.get(REPORT).status_code, 200)

        self.assertGreater(
            ComplianceResult.objects.get(site=self.site).computed_at, before
        )

    def test_the_dashboard_costs_a_fixed_number_of_queries_once_stored(self):
        self.client.get(DASHBOARD)

        with CaptureQueriesContext(connection) as stored:
            self.client.get(DASHBOARD)
        ComplianceResult.objects.all().delete()
        with CaptureQueriesContext(connection) as evaluated:
            self.client.get(DASHBOARD)

        self.assertLess(len(stored), len(evaluated) - 20)
