"""A province portal: several agency sites in one installation (issue 20).

Three agency sites at different levels (the province's own portal, a department
and a commune) share one Wagtail: each shows its own banners, alerts and mourning
periods plus the province-wide ones, its editors reach only its own items, and a
change to one site's item renews and purges that site only.
"""

import datetime
from io import StringIO
from urllib.parse import urlsplit

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site, TaskState
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43 import chrome
from wagtail_nd43.agencies import reachable_sites
from wagtail_nd43.compliance.stored import stored_reports
from wagtail_nd43.models import (
    AgencySettings,
    Banner,
    ComplianceResult,
    EditorialBoard,
    PageViewDay,
    Question,
    SiteVisitDay,
    SpokespersonPage,
)
from wagtail_nd43.models.base import sections_by_key
from wagtail_nd43.models.press import unit_spokespersons
from wagtail_nd43.models.scaffold_record import agency_home
from wagtail_nd43.roles import (
    BOARD,
    EDITORS,
    INSPECTORS,
    TECHNICAL,
    WORKFLOW,
    ensure_inspector_group,
    ensure_roles,
)
from wagtail_nd43.rulebook import SO, UBND_TINH, UBND_XA, get_profile
from wagtail_nd43.scaffold import ScaffoldError, create_site

from .factories import (
    BannerFactory,
    ConsultationCommentFactory,
    ConsultationPageFactory,
    ImageFactory,
    MourningPeriodFactory,
    QuestionFactory,
    SiteAlertFactory,
    SpokespersonFactory,
    SpokespersonPageFactory,
    StandardPageFactory,
)
from .test_counting import CHROME
from .test_frontend_cache import PURGED, RECORDING
from .utils import check_json, make_editor, run_scaffold


HOUR = datetime.timedelta(hours=1)


def window():
    """A display window around now (a mourning period needs both ends)."""
    now = timezone.now()
    return {"start_at": now - HOUR, "end_at": now + HOUR}


#: (hostname, name, short name, level) of the three agencies.
AGENCIES = (
    ("tinh.example.vn", "Ủy ban nhân dân tỉnh Bình An", "UBND tỉnh", UBND_TINH),
    ("stc.tinh.example.vn", "Sở Tài chính tỉnh Bình An", "STC", SO),
    (
        "xa-an-phu.tinh.example.vn",
        "Ủy ban nhân dân xã An Phú",
        "UBND xã An Phú",
        UBND_XA,
    ),
)


def make_agency_sites():
    """The three agency sites, each on its own agency home page; the province's
    is the default site (the province portal)."""
    # Wagtail's cached site root paths may name sites of a rolled-back test.
    Site.clear_site_root_paths_cache()
    Site.objects.update(is_default_site=False)
    sites = []
    for hostname, name, short_name, level in AGENCIES:
        site, _created = create_site(hostname, 80, name)
        identity = AgencySettings.for_site(site)
        identity.full_name = name
        identity.short_name = short_name
        identity.level = level
        identity.save()
        sites.append(site)
    sites[0].is_default_site = True
    sites[0].save()
    return sites


def grant(user, *codenames):
    """Give ``user`` (through their group) the model permissions ``codenames``."""
    group = user.groups.get()
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="wagtail_nd43", codename__in=codenames
        )
    )


BANNER_PERMISSIONS = ("add_banner", "change_banner", "delete_banner", "publish_banner")


class AgencySitesMixin:
    @classmethod
    def setUpTestData(cls):
        cls.province, cls.department, cls.commune = make_agency_sites()

    def html(self, site, path="/"):
        response = self.client.get(path, HTTP_HOST=site.hostname)
        self.assertEqual(response.status_code, 200, site)
        return response.content.decode()


class SiteChromeTest(AgencySitesMixin, TestCase):
    """Each site shows its own banners, alerts and mourning plus the province's."""

    def test_each_site_shows_its_own_banners_and_the_province_wide_one(self):
        BannerFactory(title="Chiến dịch của toàn tỉnh", site=None)
        BannerFactory(title="Tháng tài chính minh bạch", site=self.department)
        BannerFactory(title="Ngày hội đại đoàn kết xã", site=self.commune)

        expected = {
            self.province: {"Chiến dịch của toàn tỉnh"},
            self.department: {"Chiến dịch của toàn tỉnh", "Tháng tài chính minh bạch"},
            self.commune: {"Chiến dịch của toàn tỉnh", "Ngày hội đại đoàn kết xã"},
        }
        every = set.union(*expected.values())
        for site, titles in expected.items():
            html = self.html(site)
            with self.subTest(site=site.hostname):
                for title in titles:
                    self.assertIn(title, html)
                for title in every - titles:
                    self.assertNotIn(title, html)

    def test_a_site_alert_of_one_agency_is_not_shown_on_the_others(self):
        SiteAlertFactory(title="Cắt điện khu vực xã An Phú", site=self.commune)
        SiteAlertFactory(title="Bão số 9 đổ bộ vào tỉnh", site=None)

        self.assertIn("Cắt điện khu vực xã An Phú", self.html(self.commune))
        for site in (self.province, self.department):
            with self.subTest(site=site.hostname):
                html = self.html(site)
                self.assertNotIn("Cắt điện khu vực xã An Phú", html)
                self.assertIn("Bão số 9 đổ bộ vào tỉnh", html)

    def test_national_mourning_greys_every_site_and_local_mourning_one(self):
        now = timezone.now()
        MourningPeriodFactory(
            title="Tang lễ cấp xã",
            site=self.commune,
            start_at=now - HOUR,
            end_at=now + HOUR,
        )
        for site, mourning in (
            (self.province, False),
            (self.department, False),
            (self.commune, True),
        ):
            with self.subTest(site=site.hostname):
                self.assertEqual('class="nd43-mourning"' in self.html(site), mourning)

        MourningPeriodFactory(
            title="Quốc tang", site=None, start_at=now - HOUR, end_at=now + HOUR
        )
        for site in (self.province, self.department, self.commune):
            with self.subTest(site=site.hostname, national=True):
                self.assertIn('class="nd43-mourning"', self.html(site))


class ChromeRenewalTest(AgencySitesMixin, TestCase):
    """A change to one site's item renews that site's cached chrome only; a
    province-wide one renews every site's."""

    def versions(self):
        return {
            site: chrome.current_version(site.pk)
            for site in (self.province, self.department, self.commune)
        }

    def test_an_item_of_one_site_renews_only_that_site(self):
        for factory in (BannerFactory, SiteAlertFactory, MourningPeriodFactory):
            with self.subTest(item=factory._meta.model.__name__):
                item = factory(site=self.department, live=False, **window())
                before = self.versions()
                item.save_revision().publish()
                after = self.versions()
                self.assertNotEqual(before[self.department], after[self.department])
                self.assertEqual(before[self.province], after[self.province])
                self.assertEqual(before[self.commune], after[self.commune])

    def test_a_province_wide_item_renews_every_site(self):
        before = self.versions()
        MourningPeriodFactory(
            site=None, live=False, **window()
        ).save_revision().publish()
        after = self.versions()
        for site in before:
            with self.subTest(site=site.hostname):
                self.assertNotEqual(before[site], after[site])

    def test_moving_an_item_to_another_site_renews_the_site_it_left(self):
        banner = BannerFactory(site=self.department)
        before = self.versions()
        banner.site = self.commune
        banner.save_revision().publish()
        after = self.versions()
        self.assertNotEqual(before[self.department], after[self.department])
        self.assertNotEqual(before[self.commune], after[self.commune])
        self.assertEqual(before[self.province], after[self.province])

    def test_a_cached_page_of_another_site_does_not_show_a_new_item(self):
        self.html(self.department)  # the department's chrome is cached now
        BannerFactory(title="Khai trương dịch vụ công xã", site=self.commune)
        html = self.html(self.department)
        self.assertNotIn("Khai trương dịch vụ công xã", html)
        self.assertIn("Khai trương dịch vụ công xã", self.html(self.commune))


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
class PurgeTest(AgencySitesMixin, TestCase):
    def setUp(self):
        PURGED.clear()

    def purged_sites(self):
        return {
            site
            for site in (self.province, self.department, self.commune)
            if site.root_url + "/*" in PURGED
        }

    def test_publishing_an_item_of_one_site_purges_that_site_only(self):
        for factory in (BannerFactory, SiteAlertFactory, MourningPeriodFactory):
            with self.subTest(item=factory._meta.model.__name__):
                PURGED.clear()
                factory(
                    site=self.commune, live=False, **window()
                ).save_revision().publish()
                self.assertEqual(self.purged_sites(), {self.commune})

    def test_publishing_a_province_wide_item_purges_every_site(self):
        MourningPeriodFactory(
            site=None, live=False, **window()
        ).save_revision().publish()

        self.assertEqual(
            self.purged_sites(), {self.province, self.department, self.commune}
        )

    def test_unpublishing_or_deleting_purges_the_item_site(self):
        alert = SiteAlertFactory(site=self.department)
        alert.unpublish()
        self.assertEqual(self.purged_sites(), {self.department})
        PURGED.clear()
        alert.delete()
        self.assertEqual(self.purged_sites(), {self.department})


class BannerAdminIsolationTest(AgencySitesMixin, TestCase):
    """An editor of the department sees and edits the department's items only."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_editor(agency_home(cls.department), "stc")
        grant(cls.editor, *BANNER_PERMISSIONS, "add_sitealert", "change_sitealert")
        cls.own = BannerFactory(title="Banner của Sở Tài chính", site=cls.department)
        cls.other = BannerFactory(title="Banner của xã An Phú", site=cls.commune)
        cls.province_wide = BannerFactory(title="Banner toàn tỉnh", site=None)

    def setUp(self):
        self.client.force_login(self.editor)

    def url(self, name, *args):
        return reverse(f"wagtailsnippets_wagtail_nd43_banner:{name}", args=args)

    def test_the_listing_shows_only_the_editors_site(self):
        response = self.client.get(self.url("list"))

        self.assertContains(response, "Banner của Sở Tài chính")
        self.assertNotContains(response, "Banner của xã An Phú")
        self.assertNotContains(response, "Banner toàn tỉnh")

    def test_another_sites_and_province_wide_items_cannot_be_opened(self):
        self.assertEqual(
            self.client.get(self.url("edit", self.own.pk)).status_code, 200
        )
        for banner in (self.other, self.province_wide):
            for view in ("edit", "delete", "history", "unpublish"):
                with self.subTest(banner=banner.title, view=view):
                    response = self.client.get(self.url(view, banner.pk))
                    self.assertNotEqual(response.status_code, 200)
                    banner.refresh_from_db()
                    self.assertTrue(banner.live)
        response = self.client.post(self.url("delete", self.other.pk))
        self.assertTrue(Banner.objects.filter(pk=self.other.pk).exists())

    def test_a_bulk_delete_cannot_reach_another_sites_items(self):
        url = reverse("wagtail_bulk_action", args=("wagtail_nd43", "banner", "delete"))
        self.client.post(f"{url}?id={self.other.pk}&id={self.own.pk}")

        self.assertTrue(Banner.objects.filter(pk=self.other.pk).exists())

    def test_a_new_item_must_be_the_editors_site(self):
        form = self.client.get(self.url("add")).context["form"]
        self.assertEqual(list(form.fields["site"].queryset), [self.department])
        self.assertEqual(form.initial["site"], self.department.pk)
        self.assertTrue(form.fields["site"].required)

    def test_the_province_permission_allows_province_wide_items(self):
        grant(self.editor, "publish_province_wide")
        self.editor = type(self.editor).objects.get(pk=self.editor.pk)
        self.client.force_login(self.editor)

        response = self.client.get(self.url("list"))
        self.assertContains(response, "Banner toàn tỉnh")
        self.assertNotContains(response, "Banner của xã An Phú")
        form = self.client.get(self.url("add")).context["form"]
        self.assertFalse(form.fields["site"].required)

    def test_a_superuser_sees_every_site(self):
        self.client.force_login(
            type(self.editor).objects.create_superuser("admin", "a@x.vn", "x")
        )
        response = self.client.get(self.url("list"))
        for title in ("Sở Tài chính", "xã An Phú", "toàn tỉnh"):
            self.assertContains(response, title)

    def test_alerts_are_scoped_like_banners(self):
        mine = SiteAlertFactory(title="Lịch tiếp công dân STC", site=self.department)
        theirs = SiteAlertFactory(title="Lịch tiếp công dân xã", site=self.commune)
        listing = self.client.get(
            reverse("wagtailsnippets_wagtail_nd43_sitealert:list")
        )
        self.assertContains(listing, mine.title)
        self.assertNotContains(listing, theirs.title)
        response = self.client.get(
            reverse("wagtailsnippets_wagtail_nd43_sitealert:edit", args=[theirs.pk])
        )
        self.assertNotEqual(response.status_code, 200)


class BannerSiteValidationTest(AgencySitesMixin, TestCase):
    def test_a_site_banner_links_to_a_page_of_its_own_site(self):
        banner = BannerFactory.build(
            image=ImageFactory(),
            site=self.department,
            link_url="",
            link_page=agency_home(self.commune),
        )
        with self.assertRaises(Exception) as caught:
            banner.full_clean()
        self.assertIn("link_page", caught.exception.message_dict)
        banner.link_page = agency_home(self.department)
        banner.full_clean()


def member(group_name, username):
    """A user in the group ``group_name``."""
    user = WagtailTestUtils.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class AgencyRolesMixin(AgencySitesMixin):
    """The three agency sites with their groups and workflows, set up in turn."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.homes = {
            site: agency_home(site)
            for site in (cls.province, cls.department, cls.commune)
        }
        for home in cls.homes.values():
            ensure_roles(home)


class AgencyRolesTest(AgencyRolesMixin, TestCase):
    """Each agency has its own groups and workflow on its own tree."""

    def test_the_groups_carry_the_agency_short_name(self):
        names = set(Group.objects.values_list("name", flat=True))
        for role in (BOARD, EDITORS, TECHNICAL):
            with self.subTest(role=role):
                # The province portal, set up first, keeps the plain names.
                self.assertIn(role, names)
                self.assertIn(f"{role} — STC", names)
                self.assertIn(f"{role} — UBND xã An Phú", names)

    def test_each_agency_has_page_permissions_on_its_own_home_only(self):
        for site, suffix in (
            (self.province, ""),
            (self.department, " — STC"),
            (self.commune, " — UBND xã An Phú"),
        ):
            with self.subTest(site=site.hostname):
                pages = set(
                    GroupPagePermission.objects.filter(
                        group__name__in=[BOARD + suffix, EDITORS + suffix]
                    ).values_list("page", flat=True)
                )
                self.assertEqual(pages, {self.homes[site].pk})

    def test_each_agency_has_its_own_workflow_reviewed_by_its_own_board(self):
        for site, suffix in (
            (self.department, " — STC"),
            (self.commune, " — UBND xã An Phú"),
        ):
            with self.subTest(site=site.hostname):
                workflow = self.homes[site].get_workflow()
                self.assertEqual(workflow.name, WORKFLOW + suffix)
                task = workflow.tasks.get().specific
                self.assertEqual(
                    list(task.groups.values_list("name", flat=True)),
                    [BOARD + suffix],
                )

    def test_a_second_run_creates_nothing(self):
        for home in self.homes.values():
            steps = ensure_roles(home)
            self.assertFalse([step.label for step in steps if step.created])

    def test_each_agency_edits_its_own_sites_identity_and_board_only(self):
        technical = member(TECHNICAL + " — STC", "stc-kt")
        board = member(BOARD + " — STC", "stc")
        for user, model in (
            (technical, AgencySettings),
            (technical, EditorialBoard),
            (board, EditorialBoard),
        ):
            with self.subTest(user=user.username, model=model.__name__):
                policy = model.get_permission_policy()
                self.assertEqual(
                    list(policy.sites_user_has_permission_for(user, "change")),
                    [self.department],
                )
        self.assertFalse(
            AgencySettings.get_permission_policy().user_has_permission(board, "change")
        )

    def test_the_shared_vocabularies_stay_with_the_province(self):
        self.assertTrue(member(BOARD, "tinh").has_perm("wagtail_nd43.add_holiday"))
        for role in (BOARD, TECHNICAL):
            user = member(f"{role} — STC", f"stc-{len(role)}")
            with self.subTest(role=role):
                self.assertFalse(user.has_perm("wagtail_nd43.add_holiday"))
                self.assertFalse(user.has_perm("wagtail_nd43.add_questioncategory"))

    def test_the_technical_admin_reaches_their_own_site(self):
        """They hold no page permission, only their site's settings: their
        counter reports and compliance are their site's."""
        technical = member(TECHNICAL + " — STC", "stc-kt")
        self.assertEqual(list(reachable_sites(technical)), [self.department])

    def test_an_agency_taking_another_agencys_short_name_is_refused(self):
        """Its groups would be the department's, with rights on its home."""
        identity = AgencySettings.for_site(self.commune)
        identity.short_name = "STC"
        identity.save()
        with self.assertRaisesMessage(ScaffoldError, "Ban biên tập — STC"):
            ensure_roles(self.homes[self.commune])

    def test_only_the_province_board_publishes_province_wide(self):
        self.assertTrue(
            member(BOARD, "tinh").has_perm("wagtail_nd43.publish_province_wide")
        )
        self.assertFalse(
            member(BOARD + " — STC", "stc").has_perm(
                "wagtail_nd43.publish_province_wide"
            )
        )


class IsolatedEditorsTest(AgencyRolesMixin, TestCase):
    """An editor of the department reaches nothing of the commune: its pages,
    questions, comments, banners or workflow tasks."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.department_board = member(BOARD + " — STC", "stc")
        cls.commune_board = member(BOARD + " — UBND xã An Phú", "xa")
        cls.department_page = StandardPageFactory(
            parent=cls.homes[cls.department], title="Giới thiệu Sở Tài chính"
        )
        cls.commune_page = StandardPageFactory(
            parent=cls.homes[cls.commune], title="Giới thiệu xã An Phú"
        )
        cls.department_question = QuestionFactory(
            site=cls.department, title="Hỏi về ngân sách tỉnh"
        )
        cls.commune_question = QuestionFactory(
            site=cls.commune, title="Hỏi về chợ xã An Phú"
        )
        cls.commune_comment = ConsultationCommentFactory(
            page=ConsultationPageFactory(parent=cls.homes[cls.commune]),
            body="Góp ý dự thảo quy chế chợ xã",
        )
        cls.commune_banner = BannerFactory(title="Băng rôn xã", site=cls.commune)

    def setUp(self):
        self.client.force_login(self.department_board)

    def assertRefused(self, response):
        """Wagtail's admin answers "permission denied" by going back to the
        dashboard with a message."""
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], reverse("wagtailadmin_home"))

    def test_pages_of_another_agency_cannot_be_edited(self):
        own = self.department_page.permissions_for_user(self.department_board)
        other = self.commune_page.permissions_for_user(self.department_board)
        self.assertTrue(own.can_edit())
        self.assertFalse(other.can_edit())
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.commune_page.pk])
        )
        self.assertNotEqual(response.status_code, 200)

    def test_questions_and_comments_of_another_agency_are_out_of_reach(self):
        listing = self.client.get(reverse("nd43-questions:index"))
        self.assertContains(listing, "Hỏi về ngân sách tỉnh")
        self.assertNotContains(listing, "Hỏi về chợ xã An Phú")
        response = self.client.get(
            reverse("nd43-questions:edit", args=[self.commune_question.pk])
        )
        self.assertRefused(response)
        comments = self.client.get(reverse("nd43-comments:index"))
        self.assertEqual(comments.status_code, 200)
        self.assertNotContains(comments, self.commune_comment.ticket)
        response = self.client.get(
            reverse("nd43-comments:edit", args=[self.commune_comment.pk])
        )
        self.assertRefused(response)
        # The commune's board does reach them.
        self.client.force_login(self.commune_board)
        self.assertContains(
            self.client.get(reverse("nd43-questions:index")), "Hỏi về chợ xã An Phú"
        )

    def test_personal_data_requests_reach_only_the_agencys_own_submitters(self):
        # The same person wrote to both agencies; each agency answers a request
        # for its own records only (it is their controller), a superuser for all.
        email = "nguoidan@example.vn"
        own = QuestionFactory(site=self.department, email=email, title="Hỏi Sở về thuế")
        other = QuestionFactory(site=self.commune, email=email, title="Hỏi xã về chợ")
        grant(self.department_board, "delete_question", "delete_consultationcomment")
        url = reverse("wagtail_nd43_admin:personal_data")

        response = self.client.get(url, {"email": email})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, own.ticket)
        self.assertNotContains(response, other.ticket)
        export = self.client.post(url, {"email": email, "action": "json"})
        self.assertIn(own.ticket, export.content.decode())
        self.assertNotIn(other.ticket, export.content.decode())
        self.client.post(url, {"email": email, "action": "erase", "confirm": "yes"})
        self.assertEqual(
            set(Question.objects.filter(email=email).values_list("title", flat=True)),
            {"Hỏi xã về chợ"},
        )

    def test_visit_counts_of_another_agency_are_out_of_reach(self):
        today = timezone.localdate()
        PageViewDay.objects.create(page=self.department_page, day=today, views=4321)
        PageViewDay.objects.create(page=self.commune_page, day=today, views=8765)
        SiteVisitDay.objects.create(site=self.department, day=today, visits=1234)
        SiteVisitDay.objects.create(site=self.commune, day=today, visits=5678)
        grant(self.department_board, "view_pageviewday", "view_sitevisitday")

        most_viewed = self.client.get(reverse("wagtail_nd43_admin:most_viewed"))
        self.assertContains(most_viewed, "Giới thiệu Sở Tài chính")
        self.assertNotContains(most_viewed, "Giới thiệu xã An Phú")
        visits = self.client.get(
            reverse("wagtail_nd43_admin:visits"), {"export": "csv"}
        )
        content = b"".join(visits.streaming_content).decode()
        self.assertIn("1234", content)
        self.assertNotIn("5678", content)
        self.assertNotIn("6912", content)  # not the two sites' sum either

    def test_banners_of_another_agency_are_out_of_reach(self):
        listing = self.client.get(reverse("wagtailsnippets_wagtail_nd43_banner:list"))
        self.assertEqual(listing.status_code, 200)
        self.assertNotContains(listing, "Băng rôn xã")

    def test_workflow_tasks_of_another_agency_are_not_offered(self):
        workflow = self.homes[self.commune].get_workflow()
        self.commune_page.save_revision(user=self.commune_board)
        workflow.start(self.commune_page, self.commune_board)

        self.assertFalse(TaskState.objects.reviewable_by(self.department_board))
        self.assertTrue(TaskState.objects.reviewable_by(self.commune_board))


class AddSiteCommandTest(TestCase):
    """``nd43_add_site`` creates a working component site in one step."""

    def add_site(self, *args):
        out = StringIO()
        call_command("nd43_add_site", *args, stdout=out, no_color=True)
        return out.getvalue()

    def test_a_new_department_site_works_at_once(self):
        output = self.add_site(
            "--hostname",
            "stc.tinh.example.vn",
            "--name",
            "Sở Tài chính tỉnh Bình An",
            "--short-name",
            "STC",
            "--level",
            SO,
        )

        site = Site.objects.get(hostname="stc.tinh.example.vn")
        self.assertIn("stc.tinh.example.vn", output)
        identity = AgencySettings.for_site(site)
        self.assertEqual(
            (identity.full_name, identity.short_name, identity.level, identity.profile),
            ("Sở Tài chính tỉnh Bình An", "STC", SO, "nd43"),
        )
        self.assertEqual(self.client.get("/", HTTP_HOST=site.hostname).status_code, 200)
        home = agency_home(site)
        sections = sections_by_key(home).values()
        self.assertTrue(any(isinstance(page, SpokespersonPage) for page in sections))
        # The structure the regulation requires is there and published.
        status, report = check_json("--site", str(site.pk))
        structural = [
            finding
            for finding in report["findings"]
            if get_profile("nd43").requirement(finding["requirement"]).check.kind
            in ("section_live", "in_menu")
        ]
        self.assertTrue(structural)
        self.assertEqual({f["status"] for f in structural}, {"ok"})
        # Its own groups and workflow (the default site's agency keeps the plain
        # names; a single agency site takes them otherwise).
        workflow = home.get_workflow()
        self.assertIsNotNone(workflow)
        board = workflow.tasks.get().specific.groups.get()
        self.assertEqual(
            set(
                GroupPagePermission.objects.filter(group=board).values_list(
                    "page", flat=True
                )
            ),
            {home.pk},
        )

    def test_each_new_site_gets_groups_named_with_its_short_name(self):
        self.add_site(
            "--hostname",
            "tinh.example.vn",
            "--name",
            "UBND tỉnh Bình An",
            "--short-name",
            "UBND tỉnh",
            "--level",
            UBND_TINH,
        )
        self.add_site(
            "--hostname",
            "stc.tinh.example.vn",
            "--name",
            "Sở Tài chính",
            "--short-name",
            "STC",
            "--level",
            SO,
        )
        self.add_site(
            "--hostname",
            "xa.tinh.example.vn",
            "--name",
            "UBND xã An Phú",
            "--level",
            UBND_XA,
        )

        names = set(Group.objects.values_list("name", flat=True))
        self.assertIn("Biên tập viên — STC", names)
        self.assertIn("Biên tập viên — UBND xã An Phú", names)  # no short name
        # nd43_scaffold --site keeps working on each and creates nothing new.
        pages = Page.objects.count()
        for hostname in (
            "tinh.example.vn",
            "stc.tinh.example.vn",
            "xa.tinh.example.vn",
        ):
            with self.subTest(hostname=hostname):
                run_scaffold("--site", hostname)
                self.assertEqual(Page.objects.count(), pages)

    def test_bad_input_is_refused_with_nothing_written(self):
        Site.objects.create(
            hostname="stc.tinh.example.vn", root_page=Site.objects.get().root_page
        )
        sites = Site.objects.count()
        for args, words in (
            (("--hostname", "stc.tinh.example.vn"), "Đã có trang thông tin tại"),
            (("--hostname", "sở tài chính"), "không phải là tên miền"),
            (("--hostname", "stc2.tinh.example.vn", "--port", "0"), "65535"),
        ):
            with self.subTest(args=args):
                with self.assertRaises(CommandError) as caught:
                    self.add_site(*args, "--name", "Sở Tài chính", "--level", SO)
                self.assertIn(words, str(caught.exception))
                self.assertEqual(caught.exception.returncode, 2)
        with self.assertRaises(CommandError) as caught:
            self.add_site(
                "--hostname",
                "h.example.vn",
                "--name",
                "Huyện cũ",
                "--level",
                "ubnd-huyen",
            )
        self.assertIn("01/07/2025", str(caught.exception))
        with self.assertRaises(CommandError):
            self.add_site(
                "--hostname", "x.example.vn", "--name", "X", "--level", "tinh"
            )
        self.assertEqual(Site.objects.count(), sites)

    def test_a_tree_that_cannot_be_built_leaves_nothing(self):
        # A page already holds the new home page's slug at the top of the tree.
        StandardPageFactory(parent=Page.get_first_root_node(), slug="xexamplevn")
        sites = Site.objects.count()
        with self.assertRaises(CommandError) as caught:
            self.add_site("--hostname", "x.example.vn", "--name", "X", "--level", SO)
        self.assertEqual(caught.exception.returncode, 1)
        self.assertEqual(Site.objects.count(), sites)

    def test_a_dry_run_writes_nothing(self):
        sites = Site.objects.count()
        output = self.add_site(
            "--hostname", "x.example.vn", "--name", "X", "--level", SO, "--dry-run"
        )
        self.assertIn("x.example.vn", output)
        self.assertEqual(Site.objects.count(), sites)

    def test_a_short_name_another_agency_uses_is_refused(self):
        """Groups are named with it: the two agencies would share them."""
        self.add_site(
            "--hostname",
            "stc.example.vn",
            "--name",
            "Sở Tài chính",
            "--short-name",
            "STC",
            "--level",
            SO,
        )
        sites, groups = Site.objects.count(), Group.objects.count()
        with self.assertRaises(CommandError) as caught:
            self.add_site(
                "--hostname",
                "stc2.example.vn",
                "--name",
                "Sở Tư pháp",
                "--short-name",
                "stc",
                "--level",
                SO,
            )
        self.assertEqual(caught.exception.returncode, 2)
        self.assertIn("đã được dùng", str(caught.exception))
        self.assertEqual((Site.objects.count(), Group.objects.count()), (sites, groups))

    def test_a_short_name_too_long_for_the_group_names_is_refused(self):
        with self.assertRaises(CommandError) as caught:
            self.add_site(
                "--hostname",
                "dai.example.vn",
                "--name",
                "Sở",
                "--short-name",
                "S" * 130,
                "--level",
                SO,
            )
        self.assertEqual(caught.exception.returncode, 2)
        self.assertIn("quá dài", str(caught.exception))

    def test_a_long_full_name_without_short_name_is_cut_to_fit(self):
        self.add_site(
            "--hostname", "tinh.example.vn", "--name", "UBND tỉnh", "--level", UBND_TINH
        )
        long_name = "Ban quản lý " + "dự án đầu tư xây dựng " * 7
        self.add_site(
            "--hostname", "bql.example.vn", "--name", long_name, "--level", SO
        )
        board = Group.objects.get(name__startswith=BOARD + " — Ban quản lý")
        self.assertLessEqual(len(board.name), 150)
        self.assertTrue(board.name.endswith("…"))

    def test_long_names_alike_up_to_the_cut_are_refused_before_anything(self):
        """Cut to fit the group names, the two would name the same groups."""
        self.add_site(
            "--hostname", "tinh.example.vn", "--name", "UBND tỉnh", "--level", UBND_TINH
        )
        common = "Ban quản lý " + "dự án đầu tư xây dựng " * 7
        self.add_site(
            "--hostname", "a.example.vn", "--name", common + "A", "--level", SO
        )
        sites, groups = Site.objects.count(), Group.objects.count()
        with self.assertRaises(CommandError) as caught:
            self.add_site(
                "--hostname", "b.example.vn", "--name", common + "B", "--level", SO
            )
        self.assertEqual(caught.exception.returncode, 2)
        self.assertIn("đã được dùng", str(caught.exception))
        self.assertEqual((Site.objects.count(), Group.objects.count()), (sites, groups))


class UnitSpokespersonsTest(AgencySitesMixin, TestCase):
    """The province portal lists the spokespersons of every unit (Decree
    244/2026), read from each site's own records."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.pages = {}
        for site in (cls.province, cls.department, cls.commune):
            cls.pages[site] = SpokespersonPageFactory(
                parent=agency_home(site), title="Người phát ngôn"
            )
        SpokespersonFactory(
            site=cls.province, full_name="Trần Văn Tỉnh", position="Chánh Văn phòng"
        )
        SpokespersonFactory(
            site=cls.department,
            full_name="Lê Thị Tài",
            position="Giám đốc Sở",
            email="phatngon@stc.example.vn",
            phone="0236 3822 111",
        )
        SpokespersonFactory(
            site=cls.department,
            full_name="Ngô Cựu",
            active_to=datetime.date(2025, 1, 1),
        )

    def page_html(self, page):
        url = urlsplit(page.full_url)
        response = self.client.get(url.path, HTTP_HOST=url.hostname)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_the_province_page_lists_each_units_spokesperson(self):
        html = self.page_html(self.pages[self.province])
        self.assertIn("Trần Văn Tỉnh", html)  # its own, as before
        for text in (
            "Sở Tài chính tỉnh Bình An",
            "Lê Thị Tài",
            "Giám đốc Sở",
            "phatngon@stc.example.vn",
            "0236 3822 111",
            "Ủy ban nhân dân xã An Phú",  # no spokesperson yet: listed, empty
            self.pages[self.department].full_url,
        ):
            self.assertIn(text, html)
        self.assertNotIn("Ngô Cựu", html)  # no longer in office

    def test_a_component_site_shows_only_its_own(self):
        html = self.page_html(self.pages[self.department])
        self.assertIn("Lê Thị Tài", html)
        self.assertNotIn("Trần Văn Tỉnh", html)
        self.assertNotIn("Spokespersons of the departments", html)
        self.assertNotIn("Người phát ngôn của các sở", html)

    def test_a_change_on_a_unit_site_shows_at_once(self):
        SpokespersonFactory(site=self.commune, full_name="Phạm Xã Mới")
        units = {unit.site: unit for unit in unit_spokespersons(province=self.province)}
        self.assertEqual(
            [p.full_name for p in units[self.commune].people], ["Phạm Xã Mới"]
        )

    def test_the_queries_do_not_grow_with_the_number_of_units(self):
        def count():
            unit_spokespersons(province=self.province)  # Wagtail's site cache
            with CaptureQueriesContext(connection) as queries:
                units = unit_spokespersons(province=self.province)
            return len(units), len(queries)

        units_before, queries_before = count()
        for index in range(5):
            site, _created = create_site(
                f"xa-{index}.tinh.example.vn", 80, f"Xã {index}"
            )
            SpokespersonPageFactory(parent=agency_home(site))
            SpokespersonFactory(site=site)
            SpokespersonFactory(site=site)
        units_after, queries_after = count()

        self.assertEqual(units_after, units_before + 5)
        self.assertEqual(queries_after, queries_before)

    @override_settings(WAGTAILFRONTENDCACHE=RECORDING)
    def test_a_units_change_purges_its_page_and_the_province_list(self):
        person = SpokespersonFactory(site=self.commune, live=False)
        PURGED.clear()
        person.save_revision().publish()
        for site in (self.commune, self.province):
            self.assertIn(self.pages[site].full_url, PURGED)
        self.assertNotIn(self.pages[self.department].full_url, PURGED)


class CountersPerSiteTest(AgencySitesMixin, TestCase):
    """Each agency site counts its own visits and shows its own visitor box."""

    def setUp(self):
        cache.clear()  # repeat-visit keys of other tests

    def test_visits_are_counted_for_the_site_visited(self):
        for address, site in (
            ("203.0.113.1", self.department),
            ("203.0.113.2", self.department),
            ("203.0.113.3", self.commune),
        ):
            self.client.get(
                "/",
                HTTP_HOST=site.hostname,
                HTTP_USER_AGENT=CHROME,
                REMOTE_ADDR=address,
            )

        visits = dict(SiteVisitDay.objects.values_list("site", "visits"))
        self.assertEqual(visits, {self.department.pk: 2, self.commune.pk: 1})
        self.assertEqual(SiteVisitDay.summary(self.province)["total"], 0)


class ComplianceScopeTest(AgencyRolesMixin, TestCase):
    """An agency's staff see their own site's compliance only; the province's
    inspectors see every agency's."""

    REPORT = reverse("wagtail_nd43_admin:report")
    DASHBOARD = reverse("wagtailadmin_home")

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        ensure_inspector_group()
        cls.department_board = member(BOARD + " — STC", "stc")
        cls.department_technical = member(TECHNICAL + " — STC", "stc-kt")
        cls.inspector = member(INSPECTORS, "thanh-tra")

    def dashboard_sites(self, user):
        self.client.force_login(user)
        response = self.client.get(self.DASHBOARD, HTTP_HOST=self.department.hostname)
        self.assertEqual(response.status_code, 200)
        return {
            site
            for site in (self.province, self.department, self.commune)
            if f"nd43-compliance-{site.pk}" in response.content.decode()
        }

    def test_an_agencys_board_and_technical_admin_see_their_own_site_only(self):
        for user in (self.department_board, self.department_technical):
            with self.subTest(user=user.username):
                self.assertEqual(self.dashboard_sites(user), {self.department})
                response = self.client.get(self.REPORT, {"site": self.department.pk})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["report"].site, self.department)

    def test_another_agencys_report_is_not_found(self):
        self.client.force_login(self.department_board)
        for site in (self.province, self.commune):
            with self.subTest(site=site.hostname):
                response = self.client.get(self.REPORT, {"site": site.pk})
                self.assertEqual(response.status_code, 404)

    def test_without_a_choice_an_agency_sees_its_own_site_not_the_portals(self):
        self.client.force_login(self.department_board)
        response = self.client.get(self.REPORT, HTTP_HOST=self.province.hostname)
        self.assertEqual(response.context["report"].site, self.department)

    def test_the_missing_identity_panel_lists_the_users_own_sites_only(self):
        def panel_sites(user):
            self.client.force_login(user)
            html = self.client.get(self.DASHBOARD).content.decode()
            return {
                site
                for site in (self.province, self.department, self.commune)
                if f"/admin/settings/wagtail_nd43/agencysettings/{site.pk}/" in html
            }

        self.assertEqual(panel_sites(self.department_technical), {self.department})
        self.assertEqual(
            panel_sites(self.inspector), {self.province, self.department, self.commune}
        )

    def test_the_inspectors_see_every_agencys_compliance(self):
        self.assertEqual(
            self.dashboard_sites(self.inspector),
            {self.province, self.department, self.commune},
        )
        response = self.client.get(self.REPORT, {"site": self.commune.pk})
        self.assertEqual(response.context["report"].site, self.commune)


class ComplianceForgetPerSiteTest(AgencyRolesMixin, TestCase):
    """Publishing on one agency's site re-evaluates that site only."""

    def test_publishing_forgets_only_the_result_of_the_pages_site(self):
        sites = [self.province, self.department, self.commune]
        stored_reports(sites)

        StandardPageFactory(parent=self.homes[self.commune]).save_revision().publish()

        self.assertEqual(
            set(ComplianceResult.objects.values_list("site", flat=True)),
            {self.province.pk, self.department.pk},
        )

    def test_moving_a_page_forgets_both_sites(self):
        page = StandardPageFactory(parent=self.homes[self.commune])
        stored_reports([self.province, self.department, self.commune])

        page.move(self.homes[self.department], pos="last-child")

        self.assertEqual(
            set(ComplianceResult.objects.values_list("site", flat=True)),
            {self.province.pk},
        )
