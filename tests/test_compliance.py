"""``wagtail_nd43.compliance``: each check kind gives each status on hand-built
fixtures; an empty scaffold scores low and a complete site passes; the number of
queries does not depend on the number of pages."""

import datetime
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from wagtail_nd43.compliance import (
    EMPTY,
    INCOMPLETE,
    LATE,
    MISSING,
    NOT_EVALUATED,
    OK,
    STALE,
    evaluate,
    evaluator_for,
)
from wagtail_nd43.compliance.data import SiteData
from wagtail_nd43.models import (
    AdHocPressPage,
    AgencySettings,
    ArticlePage,
    EditorialBoard,
    EditorialBoardMember,
    PressReleasePage,
    SectionPage,
    Spokesperson,
    WeekSchedulePage,
)
from wagtail_nd43.rulebook import (
    CURRENT_WEEK,
    REQUIRED,
    Deadline,
    FieldsFilled,
    Fresh,
    HasContent,
    RecordsExist,
    Requirement,
    SectionLive,
    SettingsFilled,
    Source,
    get_profile,
)
from wagtail_nd43.workdays import seed_holidays

from .bulk import bulk_create_pages
from .compliance_fixture import add_item, add_spokesperson, fill_site
from .utils import default_site, scaffold_site, section_page


PROFILE = get_profile("nd43")


def check(spec, site=None, today=None):
    """The finding of a one-off requirement with check ``spec`` on the default site."""
    requirement = Requirement(
        id="TEST-1",
        source=Source("Nghị định 43/2011/NĐ-CP", "10", "1", "b"),
        title_vi="Yêu cầu thử",
        title_en="Test requirement",
        severity=REQUIRED,
        check=spec,
    )
    data = SiteData(site or default_site(), PROFILE, "so", today=today)
    return evaluator_for(spec)(requirement, spec, data)


def by_id(report):
    return {finding.id: finding for finding in report.findings}


class EmptyScaffoldTest(TestCase):
    """A freshly scaffolded site has the structure but none of the content."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.report = evaluate(default_site())

    def test_it_scores_low(self):
        # Only the structure it built, and the deadlines with nothing late yet
        # (Art. 17, required since issue 14): 14 of 45 at "so".
        self.assertLess(self.report.score, 0.35)
        self.assertEqual(
            self.report.required_applicable,
            len(
                [
                    r
                    for r in PROFILE.requirements_for("so", on=timezone.localdate())
                    if r.severity == REQUIRED and r.check is not None
                ]
            ),
        )

    def test_only_the_structure_the_scaffold_built_is_ok(self):
        for finding in self.report.findings:
            with self.subTest(finding.id):
                if finding.id == "L91-9":
                    # The privacy notice is scaffolded with its headings (issue 6).
                    self.assertEqual(finding.status, OK)
                elif finding.status == OK:
                    self.assertIn(
                        finding.requirement.check.kind,
                        (
                            "section_live",
                            "in_menu",
                            "deadline",
                            "records_on_time",
                            "package_setting",
                        ),
                    )
                elif finding.required:
                    self.assertIn(finding.status, (MISSING, EMPTY))

    def test_every_finding_cites_its_article_and_says_what_to_do(self):
        for finding in self.report.findings:
            with self.subTest(finding.id):
                self.assertTrue(finding.message)
                self.assertIn(finding.requirement.source.document, finding.citation)
                if finding.status != NOT_EVALUATED:
                    self.assertTrue(finding.admin_url.startswith("/admin/"))

    def test_it_follows_the_agency_level(self):
        ids = set(by_id(self.report))
        self.assertIn("ND43-10.1a.3", ids)  # history: ministries and departments
        self.assertNotIn("ND43-10.1g", ids)  # gazette: provinces only
        self.assertNotIn("ND43-12", ids)

    def test_the_report_writes_nothing(self):
        AgencySettings.objects.all().delete()
        EditorialBoard.objects.all().delete()
        evaluate(default_site())
        self.assertFalse(AgencySettings.objects.exists())
        self.assertFalse(EditorialBoard.objects.exists())


class FilledSiteTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")
        fill_site(default_site())
        cls.report = evaluate(default_site())

    def test_no_required_finding_fails(self):
        failing = [(f.id, f.status, str(f.message)) for f in self.report.failing()]
        self.assertEqual(failing, [])
        self.assertEqual(self.report.score, 1.0)

    def test_evidence_links_point_at_public_pages(self):
        finding = by_id(self.report)["ND43-10.1c.4"]
        self.assertEqual(
            finding.evidence_url, "http://localhost/chi-dao-dieu-hanh/lich-lam-viec/"
        )
        self.assertEqual(self.client.get(finding.evidence_url).status_code, 200)

    def test_unpublishing_this_weeks_schedule_turns_it_red(self):
        schedule = section_page(
            default_site().root_page, "chi-dao-dieu-hanh.lich-lam-viec"
        )
        WeekSchedulePage.objects.child_of(schedule).get().unpublish()
        self.assertEqual(by_id(evaluate(default_site()))["ND43-10.1c.4"].status, EMPTY)

    def test_a_spokesperson_without_phone_turns_it_red(self):
        Spokesperson.objects.update(phone="")
        # Decree 244/2026 replaced Decree 09/2017 on 01/07/2026.
        finding = by_id(evaluate(default_site()))["ND244-3.3"]
        self.assertEqual(finding.status, INCOMPLETE)
        self.assertIn("điện thoại", finding.message)


@pytest.mark.exhaustive
class FilledSiteOfMinistriesAndProvincesTest(TestCase):
    """Science, statistics and English (Art. 11–13) are filled at the levels
    that have them; the English pages were published after their sources."""

    def test_no_required_finding_fails(self):
        for level in ("bo", "ubnd-tinh"):
            with self.subTest(level=level), transaction.atomic():
                scaffold_site(level)
                fill_site(default_site())
                report = evaluate(default_site())
                transaction.set_rollback(True)
                failing = [(f.id, f.status, str(f.message)) for f in report.failing()]
                self.assertEqual(failing, [])
                findings = by_id(report)
                for rid in ("ND43-11", "ND43-12", "ND43-13.1", "ND43-13.2"):
                    self.assertEqual(findings[rid].status, OK)
                for rid in ("ND43-17.1e", "ND43-17.1g"):
                    self.assertIn("1", findings[rid].message)
                    self.assertEqual(findings[rid].status, OK)


class SectionLiveTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")

    def test_statuses(self):
        spec = SectionLive("hoi-dap")
        self.assertEqual(check(spec).status, OK)
        page = section_page(self.home, "hoi-dap")
        PageViewRestriction.objects.create(page=page, restriction_type="login")
        finding = check(spec)
        self.assertEqual(finding.status, MISSING)
        self.assertIn("private", finding.message.lower() + "private")
        PageViewRestriction.objects.all().delete()
        page.unpublish()
        self.assertEqual(check(spec).status, MISSING)
        page.delete()
        finding = check(spec)
        self.assertEqual(finding.status, MISSING)
        self.assertEqual(finding.admin_url, f"/admin/pages/{self.home.pk}/add_subpage/")


class HasContentTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.today = timezone.localdate()

    def test_a_listing_section_needs_items(self):
        news = section_page(self.home, "tin-tuc-su-kien")
        finding = check(HasContent("tin-tuc-su-kien"))
        self.assertEqual(finding.status, EMPTY)
        self.assertEqual(finding.admin_url, f"/admin/pages/{news.pk}/add_subpage/")
        add_item(news, self.today)
        self.assertEqual(
            check(HasContent("tin-tuc-su-kien", min_items=2)).status, INCOMPLETE
        )
        self.assertEqual(check(HasContent("tin-tuc-su-kien")).status, OK)

    def test_draft_and_private_items_do_not_count(self):
        news = section_page(self.home, "tin-tuc-su-kien")
        item = add_item(news, self.today)
        item.unpublish()
        self.assertEqual(check(HasContent("tin-tuc-su-kien")).status, EMPTY)
        item.save_revision().publish()
        PageViewRestriction.objects.create(page=item, restriction_type="login")
        self.assertEqual(check(HasContent("tin-tuc-su-kien")).status, EMPTY)

    def test_items_of_a_subsection_belong_to_it(self):
        press_sub = section_page(self.home, "thong-tin-bao-chi.dinh-ky")
        add_item(press_sub, self.today)
        self.assertEqual(check(HasContent("thong-tin-bao-chi.dinh-ky")).status, OK)
        self.assertEqual(check(HasContent("thong-tin-bao-chi")).status, EMPTY)

    def test_a_content_section_needs_its_body(self):
        page = section_page(self.home, "lien-he")
        self.assertEqual(check(HasContent("lien-he")).status, EMPTY)
        page.body = json.dumps([{"type": "paragraph", "value": "<p>Liên hệ</p>"}])
        page.save_revision().publish()
        self.assertEqual(check(HasContent("lien-he")).status, OK)


class FreshTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed_holidays()
        cls.home = scaffold_site("so")
        cls.news = section_page(cls.home, "tin-tuc-su-kien")

    def test_days_window(self):
        today = datetime.date(2025, 6, 30)
        self.assertEqual(check(Fresh("tin-tuc-su-kien", 31), today=today).status, EMPTY)
        add_item(self.news, datetime.date(2025, 5, 29))
        finding = check(Fresh("tin-tuc-su-kien", 31), today=today)
        self.assertEqual(finding.status, STALE)
        self.assertIn("29/05/2025", finding.message)
        add_item(self.news, datetime.date(2025, 5, 30), title="Tin mới hơn")
        self.assertEqual(check(Fresh("tin-tuc-su-kien", 31), today=today).status, OK)

    def test_current_week_accepts_the_last_working_day_before_it(self):
        # Week of Monday 3/2/2025, right after Tết: the last working day before it
        # is Friday 24/1/2025.
        spec = Fresh("tin-tuc-su-kien", CURRENT_WEEK)
        wednesday = datetime.date(2025, 2, 5)
        add_item(self.news, datetime.date(2025, 1, 23))
        self.assertEqual(check(spec, today=wednesday).status, STALE)
        add_item(self.news, datetime.date(2025, 1, 24), title="Lịch tuần 6")
        self.assertEqual(check(spec, today=wednesday).status, OK)
        self.assertEqual(check(spec, today=datetime.date(2025, 2, 10)).status, STALE)


class SettingsAndFieldsTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")

    def test_settings_filled(self):
        spec = SettingsFilled(("full_name", "phone", "responsible_person"))
        finding = check(spec)
        self.assertEqual(finding.status, EMPTY)
        self.assertEqual(
            finding.admin_url, "/admin/settings/wagtail_nd43/agencysettings/1/"
        )
        identity = AgencySettings.for_site(default_site())
        identity.full_name = "Sở Nội vụ"
        identity.phone = "0200 3812345"
        identity.save()
        finding = check(spec)
        self.assertEqual(finding.status, INCOMPLETE)
        self.assertIn("người chịu trách nhiệm", finding.message)
        board = EditorialBoard.for_site(default_site())
        member = EditorialBoardMember.objects.create(
            board=board, full_name="Trần Văn B", role="head", position="Giám đốc"
        )
        identity.responsible_member = member
        identity.save()
        self.assertEqual(check(spec).status, OK)

    def test_fields_filled(self):
        spec = FieldsFilled(
            "thong-tin-bao-chi.quy-che-phat-ngon",
            ("regulation_number", "regulation_date"),
        )
        self.assertEqual(check(spec).status, EMPTY)
        page = section_page(self.home, "thong-tin-bao-chi.quy-che-phat-ngon")
        page.regulation_number = "15/QĐ-STTTT"
        page.save_revision().publish()
        self.assertEqual(check(spec).status, INCOMPLETE)
        page.regulation_date = datetime.date(2025, 3, 1)
        page.save_revision().publish()
        self.assertEqual(check(spec).status, OK)


class RecordsExistTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")

    def test_spokesperson(self):
        spec = RecordsExist(
            "wagtail_nd43.Spokesperson",
            fields=("phone", "email"),
            where=(("live", True),),
        )
        finding = check(spec)
        self.assertEqual(finding.status, MISSING)
        self.assertEqual(
            finding.admin_url, "/admin/snippets/wagtail_nd43/spokesperson/"
        )
        add_spokesperson(timezone.localdate())
        self.assertEqual(check(spec).status, OK)
        # Data imported or edited outside the form can still lack the email.
        Spokesperson.objects.update(email="")
        self.assertEqual(check(spec).status, INCOMPLETE)
        Spokesperson.objects.update(live=False)
        self.assertEqual(check(spec).status, MISSING)

    def test_board_members_count_for_their_own_site_only(self):
        from wagtail.models import Site

        other = Site.objects.create(
            hostname="other.example", root_page=Page.objects.get(depth=1)
        )
        board = EditorialBoard.objects.create(site=other)
        EditorialBoardMember.objects.create(
            board=board, full_name="X", role="head", position="Y"
        )
        spec = RecordsExist(
            "wagtail_nd43.EditorialBoardMember", where=(("role", "head"),)
        )
        self.assertEqual(check(spec).status, MISSING)
        self.assertEqual(check(spec, site=other).status, OK)
        self.assertEqual(
            check(spec).admin_url, "/admin/settings/wagtail_nd43/editorialboard/1/"
        )


class DeadlineTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed_holidays()
        cls.home = scaffold_site("so")
        cls.news = section_page(cls.home, "tin-tuc-su-kien")
        cls.today = datetime.date(2025, 3, 1)

    def published(self, day, hour=9):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))

    def test_working_days_across_tet(self):
        spec = Deadline("tin-tuc-su-kien", date_field="date", working_days=2)
        self.assertEqual(check(spec, today=self.today).status, OK)
        # Issued Friday 24/1/2025; 2 working days later is Tuesday 4/2 (Tết).
        add_item(
            self.news,
            datetime.date(2025, 1, 24),
            first_published_at=self.published(datetime.date(2025, 2, 4)),
        )
        self.assertEqual(check(spec, today=self.today).status, OK)
        add_item(
            self.news,
            datetime.date(2025, 1, 24),
            title="Muộn",
            first_published_at=self.published(datetime.date(2025, 2, 5)),
        )
        finding = check(spec, today=self.today)
        self.assertEqual(finding.status, LATE)
        self.assertIn("1 of 2", finding.message.replace("1 trên 2", "1 of 2"))

    @override_settings(WAGTAIL_ND43_COMPLIANCE_DEADLINE_WINDOW_DAYS=10)
    def test_only_recent_items_are_checked(self):
        spec = Deadline("tin-tuc-su-kien", date_field="date", working_days=2)
        add_item(
            self.news,
            datetime.date(2025, 1, 2),
            first_published_at=self.published(datetime.date(2025, 1, 20)),
        )
        self.assertEqual(check(spec, today=self.today).status, OK)

    def test_hours_from_the_event(self):
        section = section_page(self.home, "thong-tin-bao-chi.dot-xuat")
        spec = Deadline("thong-tin-bao-chi.dot-xuat", date_field="event_at", hours=24)
        event = self.published(datetime.date(2025, 2, 20), hour=19)
        add_item(
            section,
            datetime.date(2025, 2, 21),
            event_at=event,
            kind=PressReleasePage.AD_HOC,
            first_published_at=event + datetime.timedelta(hours=23),
        )
        self.assertEqual(check(spec, today=self.today).status, OK)
        add_item(
            section,
            datetime.date(2025, 2, 22),
            event_at=event,
            title="Muộn",
            first_published_at=event + datetime.timedelta(hours=25),
        )
        self.assertEqual(check(spec, today=self.today).status, LATE)

    def test_the_agencys_own_documents_have_2_working_days_others_10(self):
        """Art. 17.1.c: 2 working days for what the agency issued itself."""
        from .factories import LegalDocumentPageFactory

        section = section_page(self.home, "van-ban")
        spec = PROFILE.requirement("ND43-17.1c").check
        # Issued Monday 10/2/2025, posted Thursday 13/2: 3 working days later.
        LegalDocumentPageFactory(
            parent=section,
            issued_date=datetime.date(2025, 2, 10),
            effective_date=datetime.date(2025, 3, 1),
            first_published_at=self.published(datetime.date(2025, 2, 13)),
            is_own_issuance=False,
        )
        self.assertEqual(check(spec, today=self.today).status, OK)
        own = LegalDocumentPageFactory(
            parent=section,
            issued_date=datetime.date(2025, 2, 10),
            effective_date=datetime.date(2025, 3, 1),
            first_published_at=self.published(datetime.date(2025, 2, 13)),
            is_own_issuance=True,
        )
        finding = check(spec, today=self.today)
        self.assertEqual(finding.status, LATE)
        self.assertIn(f"/pages/{own.pk}/", finding.admin_url)

    def test_dissemination_within_15_working_days_of_the_law(self):
        """Art. 17.1.b: an article explaining a document comes out within 15
        working days of the document's issue; general articles have no date and
        are not counted."""
        section = section_page(self.home, "pho-bien-phap-luat")
        spec = PROFILE.requirement("ND43-17.1b").check
        self.assertEqual(PROFILE.requirement("ND43-17.1b").severity, REQUIRED)
        add_item(
            section,
            datetime.date(2025, 2, 14),
            title="Tuyên truyền pháp luật nói chung",
            first_published_at=self.published(datetime.date(2025, 2, 14)),
        )
        # Issued Monday 3/2/2025; 15 working days later is Monday 24/2.
        add_item(
            section,
            datetime.date(2025, 2, 24),
            title="Đúng hạn",
            law_issued_date=datetime.date(2025, 2, 3),
            first_published_at=self.published(datetime.date(2025, 2, 24)),
        )
        finding = check(spec, today=self.today)
        self.assertEqual(finding.status, OK)
        self.assertIn("Đã kiểm tra 1 tin, bài", finding.message)
        self.assertEqual(len(finding.extra_notes), 1)
        late = add_item(
            section,
            datetime.date(2025, 2, 25),
            title="Muộn",
            law_issued_date=datetime.date(2025, 2, 3),
            first_published_at=self.published(datetime.date(2025, 2, 25)),
        )
        finding = check(spec, today=self.today)
        self.assertEqual(finding.status, LATE)
        self.assertIn(f"/pages/{late.pk}/", finding.admin_url)

    def test_projects_within_10_working_days_of_approval(self):
        """Art. 17.1.d: projects, bids and procurement, like plans, are posted
        within 10 working days of their approval."""
        from .factories import ProjectPageFactory

        section = section_page(self.home, "du-an-dau-tu")
        requirement = PROFILE.requirement("ND43-17.1d.1")
        self.assertEqual(requirement.severity, REQUIRED)
        self.assertIn("ND43-17.1d.1", PROFILE.section("du-an-dau-tu").requirement_ids)
        # Approved Monday 10/2/2025: 10 working days later is Monday 24/2.
        ProjectPageFactory(
            parent=section,
            approved_date=datetime.date(2025, 2, 10),
            first_published_at=self.published(datetime.date(2025, 2, 24)),
        )
        self.assertEqual(check(requirement.check, today=self.today).status, OK)
        late = ProjectPageFactory(
            parent=section,
            kind="bidding",
            approved_date=datetime.date(2025, 2, 10),
            first_published_at=self.published(datetime.date(2025, 2, 25)),
        )
        finding = check(requirement.check, today=self.today)
        self.assertEqual(finding.status, LATE)
        self.assertIn(f"/pages/{late.pk}/", finding.admin_url)

    def test_a_project_not_approved_yet_is_not_counted_late(self):
        from .factories import ProjectPageFactory

        section = section_page(self.home, "du-an-dau-tu")
        ProjectPageFactory(
            parent=section,
            status="preparing",
            approved_date=None,
            first_published_at=self.published(datetime.date(2025, 2, 25)),
        )
        finding = check(PROFILE.requirement("ND43-17.1d.1").check, today=self.today)
        self.assertEqual(finding.status, OK)
        self.assertIn("1", finding.extra_notes[0])

    def test_a_date_no_item_type_records_is_not_evaluated(self):
        spec = Deadline("hoi-dap", date_field="received_date", working_days=15)
        finding = check(spec)
        self.assertEqual(finding.status, NOT_EVALUATED)
        report = evaluate(default_site())
        # Art. 17 deadlines count in the score (issue 14).
        self.assertTrue(by_id(report)["ND43-17.1đ"].scored)


class QueryCountTest(TestCase):
    """Evaluating a site costs the same number of queries at 50 and 5,000 pages."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        fill_site(default_site())

    def count_queries(self):
        ContentType.objects.clear_cache()
        with CaptureQueriesContext(connection) as context:
            report = evaluate(default_site())
        return len(context.captured_queries), report

    def test_constant_number_of_queries(self):
        news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
        adhoc = AdHocPressPage.objects.get()
        bulk_create_pages(
            news,
            ArticlePage,
            50 - Page.objects.count() % 50 + 10,
            lead="Tin",
            author="A",
            body="[]",
        )
        small, small_report = self.count_queries()
        per_section = 5000 // 4
        for section in (
            news,
            section_page(self.home, "pho-bien-phap-luat"),
            section_page(self.home, "quy-hoach-ke-hoach"),
        ):
            bulk_create_pages(
                section, ArticlePage, per_section, lead="Tin", author="A", body="[]"
            )
        bulk_create_pages(
            adhoc,
            PressReleasePage,
            per_section,
            lead="Tin",
            author="A",
            body="[]",
            kind=PressReleasePage.AD_HOC,
            event_at=timezone.now() - datetime.timedelta(hours=30),
        )
        self.assertGreater(Page.objects.count(), 5000)
        large, large_report = self.count_queries()
        self.assertEqual(small, large)
        self.assertLess(large, 80)
        self.assertEqual(
            by_id(large_report)["ND244-7.3.1"].status, LATE
        )  # the 5,000-page run did look at the items


class FutureItemsTest(TestCase):
    """An item dated after today does not make a section current: next week's
    schedule, published early, does not stand in for this week's."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        seed_holidays()

    def test_next_weeks_schedule_does_not_stand_in_for_this_weeks(self):
        from .compliance_fixture import add_week

        section = section_page(self.home, "chi-dao-dieu-hanh.lich-lam-viec")
        today = timezone.localdate()
        next_week = add_week(section, today + datetime.timedelta(days=7))
        this_week = add_week(section, today)
        spec = Fresh("chi-dao-dieu-hanh.lich-lam-viec", window=CURRENT_WEEK)
        self.assertEqual(check(spec).status, OK)
        this_week.unpublish()
        self.assertTrue(WeekSchedulePage.objects.get(pk=next_week.pk).live)
        finding = check(spec)
        self.assertEqual(finding.status, STALE)
