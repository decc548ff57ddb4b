"""The compliance surfaces in the admin (report, exports, self-assessment,
dashboard panel) and the token-protected JSON endpoint."""

import io
import json
from unittest import mock

from django.contrib.auth.models import Group
from django.core import checks
from django.core.cache import cache
from django.http import HttpResponsePermanentRedirect
from django.test import Client, RequestFactory, TestCase, override_settings
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import ComplianceResult
from wagtail_nd43.roles import BOARD, EDITORS
from wagtail_nd43.rulebook import get_profile

from .compliance_fixture import fill_site
from .utils import default_site, footer_dropped, scaffold_site, section_page


REPORT = reverse("wagtail_nd43_admin:report")
RESULTS = reverse("wagtail_nd43_admin:report_results")
ASSESSMENT = reverse("wagtail_nd43_admin:self_assessment")
API = reverse("wagtail_nd43:compliance_api")


class ComplianceAdminTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.superuser = cls.create_superuser("admin", password="password")
        cls.board_member = cls.create_user("bbt", password="password")
        cls.board_member.groups.add(Group.objects.get(name=BOARD))
        cls.editor = cls.create_user("btv", password="password")
        cls.editor.groups.add(Group.objects.get(name=EDITORS))

    def test_the_report_lists_findings_in_vietnamese(self):
        self.client.force_login(self.superuser)
        response = self.client.get(REPORT)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "ND43-10.1a.1")
        self.assertContains(response, "Điểm a khoản 1 Điều 10")
        functions = section_page(self.home, "gioi-thieu.chuc-nang-nhiem-vu")
        self.assertContains(response, f"/admin/pages/{functions.pk}/edit/")

    def test_failing_findings_are_marked_in_the_critical_colour(self):
        self.client.force_login(self.superuser)
        response = self.client.get(RESULTS, {"status": "empty"})
        self.assertContains(response, "nd43-status--failing")
        self.assertNotContains(response, "nd43-status--ok")
        response = self.client.get(RESULTS, {"status": "ok"})
        self.assertContains(response, "nd43-status--ok")
        self.assertNotContains(response, "nd43-status--failing")
        response = self.client.get(REPORT)
        self.assertContains(response, "wagtail_nd43/css/admin.css")

    def test_the_report_follows_the_sites_profile(self):
        from wagtail_nd43.models import AgencySettings
        from wagtail_nd43.rulebook import get_profile
        from wagtail_nd43.scaffold import scaffold

        site = self.home.get_site()
        scaffold(site, get_profile("nd42"), "so")
        self.assertEqual(AgencySettings.for_site(site).profile, "nd42")
        self.client.force_login(self.superuser)
        response = self.client.get(REPORT)
        self.assertContains(response, "TCTT-19.1e")
        self.assertContains(response, "Nghị định 42/2022/NĐ-CP")
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Nghị định 42/2022/NĐ-CP")

    def test_filter_by_status_and_article(self):
        self.client.force_login(self.superuser)
        response = self.client.get(RESULTS, {"status": "ok"})
        self.assertContains(response, "ND43-10.1a")
        self.assertNotContains(response, "ND43-10.1a.1<")
        self.assertNotContains(response, "ND43-10.1a.1\n")
        response = self.client.get(
            RESULTS, {"group": "Điều 3 Nghị định 244/2026/NĐ-CP"}
        )
        self.assertContains(response, "ND244-3.3")
        self.assertNotContains(response, "ND43-10.1b")

    def test_csv_and_xlsx_exports(self):
        self.client.force_login(self.superuser)
        response = self.client.get(REPORT, {"export": "csv", "status": "empty"})
        raw = b"".join(response.streaming_content)
        # Excel reads the Vietnamese as UTF-8 only after a byte-order mark.
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        text = raw.decode("utf-8-sig")
        lines = text.strip().splitlines()
        self.assertTrue(lines[0].startswith("Mã,Yêu cầu,Căn cứ,"), lines[0])
        self.assertGreater(len(lines), 10)
        self.assertTrue(
            all(",Chưa có nội dung," in line for line in lines[1:]), lines[1]
        )
        response = self.client.get(REPORT, {"export": "xlsx"})
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        rows = list(workbook.active.values)
        self.assertEqual(rows[1][0], "ND43-10.1a")

    def test_the_self_assessment_is_a_table_with_evidence(self):
        self.client.force_login(self.board_member)
        response = self.client.get(ASSESSMENT, HTTP_HOST="cong.lamvien.gov.vn")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<th colspan="6" scope="rowgroup">')
        self.assertContains(response, "Điều 10 Nghị định 43/2011/NĐ-CP</th>")
        # Evidence on the address the site is served at, not the "localhost" the
        # Site record Wagtail created still carries.
        self.assertContains(response, "http://cong.lamvien.gov.vn/gioi-thieu/")
        self.assertNotContains(response, "http://localhost/")

    def test_another_sites_evidence_keeps_its_own_address(self):
        from wagtail.models import Site

        from wagtail_nd43.compliance import evaluate
        from wagtail_nd43.views.compliance import on_request_host

        site = Site.objects.get(is_default_site=True)
        Site.objects.create(
            hostname="khac.lamvien.gov.vn", root_page=site.root_page.get_parent()
        )
        request = RequestFactory().get("/", HTTP_HOST="khac.lamvien.gov.vn")
        report = on_request_host(evaluate(site), request)
        urls = [f.evidence_url for f in report.findings if f.evidence_url]
        self.assertTrue(urls)
        self.assertTrue(all(url.startswith("http://localhost/") for url in urls))

    def test_the_dashboard_shows_the_score_to_the_board(self):
        self.client.force_login(self.board_member)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "nd43-compliance-")
        self.assertContains(response, "%")

    def test_editors_are_refused_even_with_the_url(self):
        self.client.force_login(self.editor)
        for url in (REPORT, RESULTS, ASSESSMENT):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertRedirects(response, reverse("wagtailadmin_home"))
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, "nd43-compliance-")

    def test_an_unknown_site_is_404(self):
        self.client.force_login(self.superuser)
        self.assertEqual(self.client.get(REPORT, {"site": "999"}).status_code, 404)


#: The API accepts tokens of 32 characters or more (issue 16).
TOKEN = "s3cret-token-of-at-least-32-characters"


class ComplianceApiTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")

    def test_off_by_default(self):
        self.assertEqual(self.client.get(API).status_code, 404)

    @override_settings(WAGTAIL_ND43_COMPLIANCE_API_TOKEN=TOKEN)
    def test_token_required(self):
        self.assertEqual(self.client.get(API).status_code, 401)
        response = self.client.get(API, HTTP_AUTHORIZATION="Bearer wrong")
        self.assertEqual(response.status_code, 401)
        response = self.client.get(API, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
        self.assertEqual(response.status_code, 200)
        data = json.loads(response.content)
        self.assertEqual(data["profile"], "nd43")
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertEqual(
            self.client.post(API, HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code,
            405,
        )

    @override_settings(WAGTAIL_ND43_COMPLIANCE_API_TOKEN="s3cret-token")
    def test_a_short_token_leaves_the_api_off(self):
        response = self.client.get(API, HTTP_AUTHORIZATION="Bearer s3cret-token")
        self.assertEqual(response.status_code, 404)
        ids = {message.id for message in checks.run_checks()}
        self.assertIn("wagtail_nd43.E083", ids)

    @override_settings(
        WAGTAIL_ND43_COMPLIANCE_API_TOKEN=TOKEN, WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT=5
    )
    def test_guessing_is_throttled(self):
        cache.clear()
        for attempt in range(5):
            response = self.client.get(API, HTTP_AUTHORIZATION=f"Bearer guess{attempt}")
            self.assertEqual(response.status_code, 401)
        # Past the limit even the right token waits for the window to end.
        response = self.client.get(API, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
        self.assertEqual(response.status_code, 429)
        # Another client is not affected.
        response = self.client.get(
            API, HTTP_AUTHORIZATION=f"Bearer {TOKEN}", REMOTE_ADDR="198.51.100.77"
        )
        self.assertEqual(response.status_code, 200)


class VerifyNowTest(WagtailTestUtils, TestCase):
    """The report's "verify now" button runs the render verification of
    ``nd43_check --render`` for the report's site and shows what it found."""

    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")
        fill_site(default_site())
        cls.board_member = cls.create_user("bbt", password="password")
        cls.board_member.groups.add(Group.objects.get(name=BOARD))
        cls.editor = cls.create_user("btv", password="password")
        cls.editor.groups.add(Group.objects.get(name=EDITORS))

    def setUp(self):
        self.client.force_login(self.board_member)

    def verify(self):
        return self.client.post(REPORT + f"?site={default_site().pk}")

    def test_the_report_offers_it_as_a_post_button_in_vietnamese(self):
        response = self.client.get(REPORT)
        self.assertContains(response, 'method="post"')
        self.assertContains(response, "csrfmiddlewaretoken")
        self.assertContains(response, "Kiểm tra ngay trên trang công khai")

    def test_a_filled_site_is_confirmed_page_by_page(self):
        with mock.patch.object(Client, "get", autospec=True, side_effect=Client.get):
            response = self.verify()
            fetched = [call.args[1] for call in Client.get.call_args_list]
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["verification"]["failed"], [])
        self.assertContains(response, "mọi kết quả đạt đều được xác nhận")
        # Bounded work: each page once, at most one per section of the level.
        self.assertEqual(len(fetched), len(set(fetched)))
        self.assertEqual(len(fetched), response.context["verification"]["pages"])
        self.assertLessEqual(len(fetched), len(get_profile("nd43").sections("so")))

    def test_what_the_database_has_but_the_pages_do_not_show_fails(self):
        """A theme that drops the footer: the identity is filled in the database
        (the report passes it) but a visitor never sees it."""
        with footer_dropped():
            plain = self.client.get(REPORT)
            verified = self.verify()
        self.assertIsNone(plain.context["verification"])
        failed = {f.id: f for f in verified.context["verification"]["failed"]}
        self.assertIn("CV412-7", failed)
        self.assertEqual(failed["CV412-7"].status, "missing")
        self.assertContains(verified, "không có trên trang mà người truy cập nhận được")
        self.assertContains(verified, failed["CV412-7"].message)
        # The dashboard keeps the verified result.
        stored = ComplianceResult.objects.get(site=default_site())
        self.assertLess(stored.score, 1)

    @override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["portal.example.vn"])
    def test_pages_are_asked_for_on_the_address_the_admin_is_on(self):
        """In production the Site record often still says localhost:80, which the
        project's ALLOWED_HOSTS refuses and SECURE_SSL_REDIRECT redirects."""
        response = self.client.post(
            REPORT + f"?site={default_site().pk}",
            HTTP_HOST="portal.example.vn",
            secure=True,
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["verification"]["unreachable"], [])
        self.assertEqual(response.context["verification"]["failed"], [])

    def test_pages_at_a_wrong_address_are_said_and_not_stored(self):
        moved = HttpResponsePermanentRedirect("https://localhost/")
        with mock.patch.object(Client, "get", return_value=moved):
            response = self.verify()
        unreachable = response.context["verification"]["unreachable"]
        self.assertTrue(unreachable)
        self.assertEqual({status for _url, status in unreachable}, {301})
        self.assertContains(response, "Cài đặt → Trang web")
        # The database's result is kept, not one that says every page is missing.
        self.assertEqual(ComplianceResult.objects.get(site=default_site()).score, 1)

    def test_it_needs_the_csrf_token_and_the_compliance_permission(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.board_member)
        self.assertEqual(client.post(REPORT).status_code, 403)
        self.client.force_login(self.editor)
        with mock.patch("wagtail_nd43.views.compliance.verify_rendered") as verify:
            response = self.verify()
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        verify.assert_not_called()
