"""``manage.py nd43_annual_report`` (ND43-30.5): counts per section for the year,
deadlines met and missed, visits per month, the score; four formats; bad usage
exits 2 with a clear message."""

import csv
import datetime
import io
import json
import tempfile
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from wagtail_nd43.compliance.annual import build_annual_report
from wagtail_nd43.models import (
    AdHocPressPage,
    ArticlePage,
    PageViewDay,
    PressReleasePage,
    SectionPage,
    SiteVisitDay,
)
from wagtail_nd43.rulebook import SO

from .bulk import bulk_create_pages
from .compliance_fixture import fill_site
from .utils import default_site, scaffold_site


YEAR = timezone.localdate().year


def at(year, month, day, hour=9):
    return datetime.datetime(
        year, month, day, hour, tzinfo=timezone.get_current_timezone()
    )


def run(*args):
    out = io.StringIO()
    call_command("nd43_annual_report", *args, stdout=out)
    return out.getvalue()


def exit_code(*args):
    try:
        run(*args)
    except CommandError as error:
        return error.returncode, str(error)
    return 0, ""


def rows_by_key(data):
    return {row["section"]: row for row in data["sections"]}


class AnnualReportTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.site = default_site()
        fill_site(cls.site)  # one item per listing section, published today
        news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
        common = {"lead": "Tin", "author": "Văn phòng", "body": "[]"}
        # Three news items this year, two last year of which one updated this year.
        bulk_create_pages(
            news,
            ArticlePage,
            3,
            first_published_at=at(YEAR, 1, 5),
            date=datetime.date(YEAR, 1, 5),
            **common,
        )
        bulk_create_pages(
            news,
            ArticlePage,
            2,
            first_published_at=at(YEAR - 1, 6, 1),
            date=datetime.date(YEAR - 1, 6, 1),
            **common,
        )
        old = list(
            ArticlePage.objects.filter(first_published_at__lt=at(YEAR, 1, 1))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        Page.objects.filter(pk=old[0]).update(last_published_at=at(YEAR, 2, 1))
        Page.objects.filter(pk=old[1]).update(last_published_at=at(YEAR - 1, 6, 1))
        # Ad-hoc press information: one within 24 hours of the event, two after.
        adhoc = AdHocPressPage.objects.get()
        for event, count in ((at(YEAR, 1, 7, 8), 1), (at(YEAR, 1, 3, 8), 2)):
            bulk_create_pages(
                adhoc,
                PressReleasePage,
                count,
                kind=PressReleasePage.AD_HOC,
                event_at=event,
                first_published_at=at(YEAR, 1, 7, 20),
                date=datetime.date(YEAR, 1, 7),
                **common,
            )
        SiteVisitDay.objects.create(
            site=cls.site, day=datetime.date(YEAR, 1, 2), visits=10
        )
        SiteVisitDay.objects.create(
            site=cls.site, day=datetime.date(YEAR, 1, 3), visits=5
        )
        SiteVisitDay.objects.create(
            site=cls.site, day=datetime.date(YEAR, 3, 9), visits=7
        )
        SiteVisitDay.objects.create(
            site=cls.site, day=datetime.date(YEAR - 1, 3, 9), visits=1000
        )
        PageViewDay.objects.create(page=news, day=datetime.date(YEAR, 1, 2), views=42)

    def test_json_counts_per_section(self):
        data = json.loads(run("--format", "json", "--year", str(YEAR)))
        self.assertEqual(data["year"], YEAR)
        self.assertEqual(data["profile"], "nd43")
        news = rows_by_key(data)["tin-tuc-su-kien"]
        # fill_site's item of today is this year's too.
        self.assertEqual(news["published"], 3 + 1)
        self.assertEqual(news["updated"], 1)
        self.assertEqual(
            data["totals"]["published"],
            sum(row["published"] for row in data["sections"]),
        )
        self.assertEqual(
            set(data["compliance"]),
            {"score", "required_ok", "required_applicable", "evaluated_at"},
        )
        self.assertEqual(data["compliance"]["score"], 1.0)

    def test_deadlines_met_and_missed(self):
        data = json.loads(run("--format", "json", "--year", str(YEAR)))
        deadlines = {row["requirement"]: row for row in data["deadlines"]}
        adhoc = deadlines["ND09-6.3a.1"]
        self.assertEqual((adhoc["met"], adhoc["missed"]), (1, 2))
        self.assertEqual(adhoc["checked"], 3)
        self.assertIn("24", adhoc["limit"])

    def test_visits_per_month_of_the_year_only(self):
        data = json.loads(run("--format", "json", "--year", str(YEAR)))
        months = {m["month"]: m["visits"] for m in data["visits"]["months"]}
        self.assertEqual(len(months), 12)
        self.assertEqual((months[1], months[2], months[3]), (15, 0, 7))
        self.assertEqual(data["visits"]["total"], 22)
        self.assertEqual(data["visits"]["page_views"], 42)

    def test_last_year(self):
        data = json.loads(run("--format", "json", "--year", str(YEAR - 1)))
        self.assertEqual(rows_by_key(data)["tin-tuc-su-kien"]["published"], 2)
        self.assertEqual(data["visits"]["total"], 1000)

    def test_no_counter_data_is_said_not_invented(self):
        data = json.loads(run("--format", "json", "--year", str(YEAR - 2)))
        self.assertIsNone(data["visits"])
        text = run("--year", str(YEAR - 2))
        self.assertIn("Không có số liệu lượt truy cập", text)

    def test_text_is_a_vietnamese_document(self):
        text = run("--year", str(YEAR))
        self.assertIn(f"BÁO CÁO NĂM {YEAR}", text.upper())
        self.assertIn("Tin tức, sự kiện", text)
        self.assertIn("Sở Thông tin và Truyền thông tỉnh Hòa Bình Xanh", text)

    def test_html_is_printable_and_accessible(self):
        html = run("--format", "html", "--year", str(YEAR))
        self.assertIn('<html lang="vi">', html)
        self.assertIn("@media print", html)
        self.assertIn("<caption>", html)
        self.assertIn('scope="col"', html)
        self.assertIn(f"năm {YEAR}", html)
        self.assertNotIn(
            "http://", html.split("<main>")[0].replace("http://testserver", "")
        )

    def test_csv(self):
        rows = list(
            csv.reader(io.StringIO(run("--format", "csv", "--year", str(YEAR))))
        )
        self.assertEqual(len(rows[0]), 5)
        self.assertIn(
            ["Chuyên mục", "tin-tuc-su-kien", "Tin tức, sự kiện", "đăng mới", "4"], rows
        )

    def test_output_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bao-cao.json"
            self.assertEqual(
                run("--format", "json", "--year", str(YEAR), "--output", str(path)), ""
            )
            self.assertEqual(json.loads(path.read_text(encoding="utf-8"))["year"], YEAR)
            code, message = exit_code("--output", str(Path(tmp) / "khong-co" / "x.txt"))
            self.assertEqual(code, 2)
            self.assertIn("Không ghi được tệp", message)

    def test_bad_year_or_site_exits_2_with_a_clear_message(self):
        for year, words in (
            ("hai nghìn", "không phải là một năm"),
            ("1999", "phải từ"),
            (str(YEAR + 1), "phải từ"),
        ):
            with self.subTest(year=year):
                code, message = exit_code("--year", year)
                self.assertEqual(code, 2)
                self.assertIn(words, message)
        code, message = exit_code("--site", "khong-co.gov.vn")
        self.assertEqual(code, 2)
        self.assertIn("khong-co.gov.vn", message)
        with self.assertRaises(CommandError):
            run("--format", "pdf")

    def test_queries_do_not_grow_with_content(self):
        def count():
            ContentType.objects.clear_cache()
            with CaptureQueriesContext(connection) as context:
                build_annual_report(self.site, YEAR)
            return len(context.captured_queries)

        small = count()
        bulk_create_pages(
            SectionPage.objects.get(requirement_key="tin-tuc-su-kien"),
            ArticlePage,
            500,
            first_published_at=at(YEAR, 4, 1),
            lead="Tin",
            author="A",
            body="[]",
        )
        bulk_create_pages(
            AdHocPressPage.objects.get(),
            PressReleasePage,
            500,
            kind=PressReleasePage.AD_HOC,
            event_at=at(YEAR, 4, 1, 8),
            first_published_at=at(YEAR, 4, 1, 9),
            lead="Tin",
            author="A",
            body="[]",
        )
        self.assertEqual(count(), small)
