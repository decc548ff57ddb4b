"""Issue 20's acceptance scenario in one installation: the province's portal and
two component sites added with ``nd43_add_site`` (a department and a commune),
each at its own level. Per-site and province-wide banners, isolated editors, two
evaluations on different days and the inspector's overview, end to end; the
details of each part are tested in test_province_sites.py and
test_province_overview.py."""

import datetime
from io import StringIO
from unittest import mock

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import AgencySettings, ComplianceEvaluation
from wagtail_nd43.models.base import sections_by_key
from wagtail_nd43.models.scaffold_record import agency_home
from wagtail_nd43.roles import BOARD, INSPECTORS
from wagtail_nd43.rulebook import SO, UBND_TINH, UBND_XA

from .factories import BannerFactory
from .test_province_overview import on_day
from .utils import default_site, run_check, scaffold_site


DAY_ONE = datetime.date(2026, 11, 20)
DAY_TWO = datetime.date(2026, 11, 30)


def add_site(hostname, name, short_name, level):
    call_command(
        "nd43_add_site",
        "--hostname",
        hostname,
        "--name",
        name,
        "--short-name",
        short_name,
        "--level",
        level,
        stdout=StringIO(),
    )
    return Site.objects.get(hostname=hostname)


class ProvincePortalTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site(UBND_TINH)
        cls.province = default_site()
        identity = AgencySettings.for_site(cls.province)
        identity.full_name = "Ủy ban nhân dân tỉnh Bình An"
        identity.short_name = "UBND tỉnh"
        identity.save()
        cls.department = add_site(
            "stc.binhan.localhost", "Sở Tài chính tỉnh Bình An", "STC", SO
        )
        cls.commune = add_site(
            "anphu.binhan.localhost",
            "Ủy ban nhân dân xã An Phú",
            "UBND xã An Phú",
            UBND_XA,
        )
        cls.sites = (cls.province, cls.department, cls.commune)

    def home_html(self, site):
        response = self.client.get("/", HTTP_HOST=site.hostname)
        self.assertEqual(response.status_code, 200, site.hostname)
        return response.content.decode()

    def test_three_agency_sites_at_three_levels(self):
        levels = {site: AgencySettings.for_site(site).level for site in self.sites}
        self.assertEqual(
            levels,
            {self.province: UBND_TINH, self.department: SO, self.commune: UBND_XA},
        )
        homes = {agency_home(site) for site in self.sites}
        self.assertEqual(len(homes), 3)

    def test_per_site_banners_and_one_province_wide_banner(self):
        BannerFactory(title="Chiến dịch toàn tỉnh phòng chống bão", site=None)
        BannerFactory(title="Tháng công khai ngân sách", site=self.department)

        for site in self.sites:
            with self.subTest(site=site.hostname):
                html = self.home_html(site)
                self.assertIn("Chiến dịch toàn tỉnh phòng chống bão", html)
                if site == self.department:
                    self.assertIn("Tháng công khai ngân sách", html)
                else:
                    self.assertNotIn("Tháng công khai ngân sách", html)

    def test_editors_of_one_agency_cannot_reach_another(self):
        board = self.create_user("stc", password="x")
        board.groups.add(Group.objects.get(name=f"{BOARD} — STC"))

        own = agency_home(self.department).permissions_for_user(board)
        other = agency_home(self.commune).permissions_for_user(board)
        province = agency_home(self.province).permissions_for_user(board)
        self.assertTrue(own.can_edit())
        self.assertFalse(other.can_edit())
        self.assertFalse(province.can_edit())

    def test_history_of_two_days_in_the_inspectors_overview(self):
        with on_day(DAY_ONE):
            run_check("--all-sites", "--store")
        # The commune unpublishes its introduction between the two evaluations.
        sections_by_key(agency_home(self.commune))["gioi-thieu"].unpublish()
        with on_day(DAY_TWO):
            run_check("--all-sites", "--store")

        stored = ComplianceEvaluation.objects.filter(site__in=self.sites)
        self.assertEqual(
            sorted(stored.values_list("site", "date")),
            sorted((site.pk, day) for site in self.sites for day in (DAY_ONE, DAY_TWO)),
        )
        commune_day_two = stored.get(site=self.commune, date=DAY_TWO)
        self.assertTrue(commune_day_two.newly_failing)
        self.assertLess(
            commune_day_two.score, stored.get(site=self.commune, date=DAY_ONE).score
        )

        inspector = self.create_user("thanhtra", password="x")
        inspector.groups.add(Group.objects.get(name=INSPECTORS))
        self.client.force_login(inspector)
        with (
            on_day(DAY_TWO),
            mock.patch(
                "wagtail_nd43.views.compliance.evaluate",
                side_effect=AssertionError("the overview reads stored results"),
            ),
        ):
            response = self.client.get(reverse("wagtail_nd43_admin:overview"))

        self.assertEqual(response.status_code, 200)
        rows = {row.site for row in response.context["rows"]}
        self.assertEqual(rows, set(self.sites))
        self.assertEqual(
            [point.date for point in response.context["chart"].points],
            [DAY_ONE, DAY_TWO],
        )
        self.assertContains(response, '<svg class="nd43-chart__svg"')
        matrix_sites = [row.site for row in response.context["matrix_rows"]]
        self.assertEqual(set(matrix_sites), set(self.sites))
        failing = commune_day_two.newly_failing[0]
        cells = {rid: cells for rid, _title, cells in response.context["matrix"]}[
            failing
        ]
        column = matrix_sites.index(self.commune)
        self.assertNotIn(cells[column][0], ("", "ok"))
