"""``wagtail_nd43.roles``: the editorial groups and the board's approval workflow
(ND43-21, CV412-2). The scaffold creates them once, never clobbers an agency's own
changes, and an editor's page or spokesperson is live only after the board
approves it."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import TestCase
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from wagtail_nd43.models import AgencyHomePage, PressReleasePage, Spokesperson
from wagtail_nd43.roles import BOARD, EDITORS, TECHNICAL, WORKFLOW, ensure_roles
from wagtail_nd43.rulebook import SO, get_profile
from wagtail_nd43.scaffold import scaffold

from .factories import PressReleasePageFactory, SpokespersonFactory
from .utils import database_state, default_site, run_scaffold, section_page


PROFILE = get_profile("nd43")


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def model_codenames(group):
    return set(group.permissions.values_list("codename", flat=True))


def form_data(html):
    """The POST data of the admin's page form in ``html``, as a browser sends it.

    The body StreamField is drawn by JavaScript: an empty one is sent as such.
    """
    data = querydict_from_html(html, form_id="page-edit-form")
    data.setdefault("body-count", "0")
    return data


def make_member(username, group_name):
    user = WagtailTestUtils.create_user(username, password="password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class RolesTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        cls.result = scaffold(cls.site, PROFILE, SO)
        cls.home = cls.result.steps[0].page
        cls.board = Group.objects.get(name=BOARD)
        cls.editors = Group.objects.get(name=EDITORS)
        cls.technical = Group.objects.get(name=TECHNICAL)


class GroupsAndWorkflowTest(RolesTestCase):
    def test_the_three_groups_get_their_page_permissions_on_the_home(self):
        self.assertEqual(
            page_codenames(self.board, self.home),
            {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        )
        self.assertEqual(
            page_codenames(self.editors, self.home), {"add_page", "change_page"}
        )
        self.assertEqual(page_codenames(self.technical, self.home), set())

    def test_model_and_collection_permissions(self):
        self.assertEqual(
            model_codenames(self.board),
            {
                "access_admin",
                "add_spokesperson",
                "change_spokesperson",
                "delete_spokesperson",
                "publish_spokesperson",
                "lock_spokesperson",
                "unlock_spokesperson",
                "add_holiday",
                "change_holiday",
                "delete_holiday",
                "add_banner",
                "change_banner",
                "delete_banner",
                "publish_banner",
                "add_sitealert",
                "change_sitealert",
                "delete_sitealert",
                "publish_sitealert",
                "add_mourningperiod",
                "change_mourningperiod",
                "delete_mourningperiod",
                "publish_mourningperiod",
                "view_pageviewday",
                "view_sitevisitday",
                "view_question",
                "change_question",
                "delete_question",
                "view_consultationcomment",
                "change_consultationcomment",
                "delete_consultationcomment",
                "add_questioncategory",
                "change_questioncategory",
                "delete_questioncategory",
                # The default site's board publishes province-wide (issue 20).
                "publish_province_wide",
            },
        )
        self.assertEqual(
            model_codenames(self.editors),
            {
                "access_admin",
                "add_spokesperson",
                "change_spokesperson",
                "add_banner",
                "change_banner",
            },
        )
        self.assertEqual(
            model_codenames(self.technical),
            {
                "access_admin",
                "add_holiday",
                "change_holiday",
                "delete_holiday",
                "view_pageviewday",
                "view_sitevisitday",
            },
        )
        editor_collections = set(
            GroupCollectionPermission.objects.filter(group=self.editors).values_list(
                "permission__codename", flat=True
            )
        )
        self.assertEqual(
            editor_collections,
            {"add_image", "choose_image", "add_document", "choose_document"},
        )

    def test_the_site_settings_are_granted_on_the_agencys_own_site_only(self):
        """A global permission on a site setting would let the group edit every
        site's identity and board (Wagtail's site-settings policy)."""
        for group, codenames in (
            (self.board, {"change_editorialboard"}),
            (self.technical, {"change_agencysettings", "change_editorialboard"}),
            (self.editors, set()),
        ):
            with self.subTest(group=group.name):
                self.assertEqual(
                    set(
                        GroupSitePermission.objects.filter(
                            group=group, site=self.site
                        ).values_list("permission__codename", flat=True)
                    ),
                    codenames,
                )

    def test_rerunning_replaces_an_old_global_settings_grant_by_the_sites(self):
        """An installation set up before the grants were per site is fixed by
        re-running the scaffold."""
        GroupSitePermission.objects.filter(group=self.technical).delete()
        self.technical.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="wagtail_nd43",
                codename__in=("change_agencysettings", "change_editorialboard"),
            )
        )

        steps = ensure_roles(self.home)

        self.assertIn(gettext("limited"), [step.done for step in steps])
        self.assertNotIn("change_agencysettings", model_codenames(self.technical))
        self.assertEqual(
            GroupSitePermission.objects.filter(
                group=self.technical, site=self.site
            ).count(),
            2,
        )

    def test_the_board_approves_everything_under_the_home_and_spokespersons(self):
        workflow = Workflow.objects.get(name=WORKFLOW)
        tasks = [task.specific for task in workflow.tasks]
        self.assertEqual(len(tasks), 1)
        self.assertIsInstance(tasks[0], GroupApprovalTask)
        self.assertEqual(list(tasks[0].groups.all()), [self.board])
        self.assertEqual(WorkflowPage.objects.get(page=self.home).workflow, workflow)
        news = section_page(self.home, "tin-tuc-su-kien")
        self.assertEqual(news.get_workflow(), workflow)
        self.assertEqual(
            WorkflowContentType.objects.get(
                content_type=ContentType.objects.get_for_model(Spokesperson)
            ).workflow,
            workflow,
        )
        self.assertEqual(Spokesperson().get_workflow(), workflow)

    def test_every_role_step_is_reported_as_created(self):
        self.assertTrue(all(step.created for step in self.result.roles))

    def test_a_second_run_creates_and_changes_nothing(self):
        before = database_state()

        result = scaffold(default_site(), PROFILE, SO)

        self.assertEqual(database_state(), before)
        self.assertFalse(any(step.created for step in result.roles))
        self.assertEqual(Group.objects.filter(name=BOARD).count(), 1)
        self.assertEqual(Workflow.objects.filter(name=WORKFLOW).count(), 1)


class AgencyChangesAreKeptTest(RolesTestCase):
    """An agency that adapts the groups or the workflow keeps its changes."""

    def test_changed_groups_and_workflow_are_left_alone(self):
        GroupPagePermission.objects.filter(
            group=self.board, permission__codename="lock_page"
        ).delete()
        self.editors.permissions.remove(
            Permission.objects.get(
                content_type__app_label="wagtail_nd43", codename="add_spokesperson"
            )
        )
        GroupCollectionPermission.objects.filter(group=self.editors).delete()
        workflow = Workflow.objects.get(name=WORKFLOW)
        workflow.tasks.first().specific.groups.add(self.technical)
        WorkflowContentType.objects.all().delete()
        custom = Workflow.objects.create(name="Quy trình riêng của Sở")
        WorkflowPage.objects.filter(page=self.home).update(workflow=custom)
        before = database_state()
        board_before = page_codenames(self.board, self.home)

        result = scaffold(default_site(), PROFILE, SO)

        self.assertEqual(database_state(), before)
        self.assertEqual(page_codenames(self.board, self.home), board_before)
        self.assertNotIn("add_spokesperson", model_codenames(self.editors))
        self.assertEqual(WorkflowPage.objects.get(page=self.home).workflow, custom)
        self.assertEqual(
            set(workflow.tasks.first().specific.groups.all()),
            {self.board, self.technical},
        )
        self.assertFalse(WorkflowContentType.objects.exists())
        self.assertFalse(any(step.created for step in result.roles))

    def test_a_group_deleted_by_the_agency_is_made_again(self):
        self.technical.delete()
        GroupPagePermission.objects.filter(group=self.board).delete()
        page_permissions = GroupPagePermission.objects.count()

        scaffold(default_site(), PROFILE, SO)

        technical = Group.objects.get(name=TECHNICAL)
        self.assertTrue(
            GroupSitePermission.objects.filter(
                group=technical, permission__codename="change_agencysettings"
            ).exists()
        )
        # The home is set up (the editors keep theirs): nothing is granted again.
        self.assertEqual(GroupPagePermission.objects.count(), page_permissions)
        self.assertEqual(page_codenames(self.board, self.home), set())


class SecondSiteTest(RolesTestCase):
    """A second agency site gets its own groups and workflow, named with its
    name, with page permissions on its own home only (issue 20); the first
    site's are not touched."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other_home = AgencyHomePage(title="UBND phường Bến Nghé", slug="ben-nghe")
        Page.get_first_root_node().add_child(instance=cls.other_home)
        cls.other = Site.objects.create(
            hostname="bennghe.example.vn",
            root_page=cls.other_home,
            site_name="Phường Bến Nghé",
        )

    def test_the_second_home_gets_its_own_groups_and_workflow(self):
        first_board = page_codenames(self.board, self.home)
        GroupPagePermission.objects.filter(
            group=self.board, page=self.home, permission__codename="lock_page"
        ).delete()

        result = scaffold(self.other, PROFILE, SO)

        self.assertEqual(result.steps[0].page.pk, self.other_home.pk)
        suffix = " — Phường Bến Nghé"  # no short or full name: the site's name
        board = Group.objects.get(name=BOARD + suffix)
        editors = Group.objects.get(name=EDITORS + suffix)
        self.assertEqual(page_codenames(board, self.other_home), first_board)
        self.assertEqual(
            page_codenames(editors, self.other_home), {"add_page", "change_page"}
        )
        self.assertEqual(page_codenames(self.board, self.other_home), set())
        self.assertEqual(
            page_codenames(self.board, self.home), first_board - {"lock_page"}
        )
        workflow = WorkflowPage.objects.get(page=self.other_home).workflow
        self.assertEqual(workflow.name, WORKFLOW + suffix)
        self.assertEqual(list(workflow.tasks.get().specific.groups.all()), [board])
        self.assertEqual(Group.objects.filter(name=BOARD).count(), 1)

        before = database_state()
        scaffold(self.other, PROFILE, SO)
        scaffold(self.site, PROFILE, SO)
        self.assertEqual(database_state(), before)

    def test_groups_given_permissions_above_the_home_are_left_alone(self):
        self.other.delete()  # one site: the groups are the agency's
        GroupPagePermission.objects.filter(page=self.home).delete()
        root = Page.get_first_root_node()
        GroupPagePermission.objects.create(
            group=self.editors,
            page=root,
            permission=Permission.objects.get(codename="change_page"),
        )

        steps = ensure_roles(self.home)

        self.assertEqual(page_codenames(self.board, self.home), set())
        self.assertEqual(page_codenames(self.editors, self.home), set())
        self.assertFalse(steps[3].created)


class WithoutWorkflowTest(TestCase):
    """``--no-workflow``: for agencies that have their own approval process."""

    @classmethod
    def setUpTestData(cls):
        run_scaffold("--level", SO, "--no-workflow")
        cls.home = default_site().root_page

    def test_groups_and_permissions_but_no_workflow(self):
        self.assertEqual(
            set(Group.objects.values_list("name", flat=True)) & {BOARD, EDITORS},
            {BOARD, EDITORS},
        )
        self.assertTrue(
            GroupPagePermission.objects.filter(
                group__name=BOARD, page=self.home
            ).exists()
        )
        self.assertFalse(Workflow.objects.filter(name=WORKFLOW).exists())
        self.assertFalse(WorkflowPage.objects.filter(page=self.home).exists())
        self.assertFalse(WorkflowContentType.objects.exists())
        self.assertIsNone(Spokesperson().get_workflow())

    def test_a_later_run_with_the_workflow_adds_and_assigns_it(self):
        run_scaffold("--level", SO)

        workflow = Workflow.objects.get(name=WORKFLOW)
        self.assertEqual(WorkflowPage.objects.get(page=self.home).workflow, workflow)
        self.assertEqual(Spokesperson().get_workflow(), workflow)


class ApprovalJourneyTest(RolesTestCase):
    """A “Biên tập viên” can create and edit pages and submit them, but cannot
    publish; a “Ban biên tập” member approves, and only then is the change live."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_member("bientapvien", EDITORS)
        cls.member = make_member("thanhvien_bbt", BOARD)
        cls.periodic = section_page(cls.home, "thong-tin-bao-chi.dinh-ky")
        cls.release = PressReleasePageFactory(
            parent=cls.periodic, title="Thông tin định kỳ tháng 4"
        )

    def test_the_editor_may_add_and_edit_but_not_publish(self):
        perms = self.release.permissions_for_user(self.editor)
        self.assertTrue(perms.can_edit())
        self.assertFalse(perms.can_publish())
        self.assertFalse(perms.can_unpublish())
        self.assertTrue(perms.can_submit_for_moderation())
        self.assertTrue(
            self.periodic.permissions_for_user(self.editor).can_add_subpage()
        )
        self.assertFalse(
            self.periodic.permissions_for_user(self.editor).can_publish_subpage()
        )

    def test_the_board_member_may_publish(self):
        perms = self.release.permissions_for_user(self.member)
        self.assertTrue(perms.can_publish())

    def test_a_submitted_change_is_live_only_after_the_board_approves(self):
        release = PressReleasePage.objects.get(pk=self.release.pk)
        release.title = "Thông tin định kỳ tháng 4 (đã sửa)"
        revision = release.save_revision(user=self.editor)
        workflow = release.get_workflow()
        self.assertEqual(workflow.name, WORKFLOW)

        state = workflow.start(release, self.editor)

        task_state = state.current_task_state
        task = task_state.task.specific
        self.assertEqual(task.get_actions(release, self.editor), [])
        self.assertIn(
            "approve", [name for name, *_ in task.get_actions(release, self.member)]
        )
        self.assertEqual(
            self.client.get(self.release.url).context["page"].title,
            "Thông tin định kỳ tháng 4",
        )

        task.on_action(task_state, self.member, "approve")

        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)
        release.refresh_from_db()
        self.assertEqual(release.live_revision, revision)
        self.assertContains(
            self.client.get(self.release.url), "Thông tin định kỳ tháng 4 (đã sửa)"
        )

    def test_a_rejected_change_never_goes_live(self):
        release = PressReleasePage.objects.get(pk=self.release.pk)
        release.title = "Bản sửa bị trả lại"
        release.save_revision(user=self.editor)
        state = release.get_workflow().start(release, self.editor)

        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, self.member, "reject")

        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.assertNotContains(self.client.get(self.release.url), "Bản sửa bị trả lại")

    def add_form(self, user):
        """The add form of a press release as ``user`` gets it, filled in."""
        self.login(user)
        url = reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "pressreleasepage", self.periodic.pk],
        )
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        data = form_data(response.content.decode())
        for name, value in {
            "title": "Thông tin định kỳ tháng 5",
            "slug": "thong-tin-dinh-ky-thang-5",
            "kind": PressReleasePage.PERIODIC,
            "date": "2025-05-31",
            "author": "Văn phòng Sở",
            "lead": "Sở thông tin định kỳ tháng 5 cho báo chí.",
        }.items():
            data[name] = value
        return url, data

    def test_in_the_admin_the_editor_submits_and_cannot_publish(self):
        url, data = self.add_form(self.editor)
        self.assertNotContains(self.client.get(url), 'name="action-publish"')

        data["action-publish"] = "action-publish"
        self.client.post(url, data)

        created = PressReleasePage.objects.get(slug="thong-tin-dinh-ky-thang-5")
        self.assertFalse(created.live)
        self.assertIsNone(created.live_revision)

        edit = reverse("wagtailadmin_pages:edit", args=[created.pk])
        data = form_data(self.client.get(edit).content.decode())
        data["action-submit"] = "action-submit"
        response = self.client.post(edit, data)

        self.assertEqual(response.status_code, 302)
        created.refresh_from_db()
        self.assertFalse(created.live)
        self.assertEqual(created.current_workflow_state.status, "in_progress")
        actions = created.current_workflow_task.specific.get_actions(
            created, self.member
        )
        self.assertIn("approve", [name for name, *_ in actions])

    def test_in_the_admin_the_board_member_approves_and_the_page_goes_live(self):
        url, data = self.add_form(self.editor)
        data["action-submit"] = "action-submit"
        self.client.post(url, data)
        created = PressReleasePage.objects.get(slug="thong-tin-dinh-ky-thang-5")
        self.assertFalse(created.live)

        self.login(self.member)
        edit = reverse("wagtailadmin_pages:edit", args=[created.pk])
        data = form_data(self.client.get(edit).content.decode())
        data["action-workflow-action"] = "true"
        data["workflow-action-name"] = "approve"
        response = self.client.post(edit, data)

        self.assertEqual(response.status_code, 302)
        created.refresh_from_db()
        self.assertTrue(created.live)
        self.assertEqual(self.client.get(created.url).status_code, 200)


class SpokespersonApprovalTest(RolesTestCase):
    """Spokespersons are published on the portal only after the board approves."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_member("bientapvien", EDITORS)
        cls.member = make_member("thanhvien_bbt", BOARD)
        cls.spokesperson_page = section_page(
            cls.home, "thong-tin-bao-chi.nguoi-phat-ngon"
        )

    def url(self, name, *args):
        return reverse(f"wagtailsnippets_wagtail_nd43_spokesperson:{name}", args=args)

    def test_only_the_board_may_publish_a_spokesperson(self):
        self.assertTrue(self.member.has_perm("wagtail_nd43.publish_spokesperson"))
        self.assertFalse(self.editor.has_perm("wagtail_nd43.publish_spokesperson"))
        self.assertTrue(self.editor.has_perm("wagtail_nd43.add_spokesperson"))

    def test_an_editor_submits_a_spokesperson_and_the_board_approves(self):
        self.login(self.editor)
        response = self.client.get(self.url("add"))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'name="action-publish"')
        data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
        for name, value in {
            "full_name": "Trần Thị Minh",
            "position": "Chánh Văn phòng Sở",
            "unit": "Văn phòng Sở",
            "phone": "028 3520 2727",
            "email": "phatngon@stttt.example.gov.vn",
            "active_from": "2025-01-01",
            "action-submit": "action-submit",
        }.items():
            data[name] = value

        response = self.client.post(self.url("add"), data)

        self.assertEqual(response.status_code, 302)
        person = Spokesperson.objects.get(full_name="Trần Thị Minh")
        self.assertFalse(person.live)
        self.assertNotContains(
            self.client.get(self.spokesperson_page.url), "Trần Thị Minh"
        )
        state = person.current_workflow_state
        self.assertEqual(state.status, "in_progress")

        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, self.member, "approve")

        person.refresh_from_db()
        self.assertTrue(person.live)
        self.assertContains(
            self.client.get(self.spokesperson_page.url), "Trần Thị Minh"
        )

    def test_a_published_spokesperson_edited_by_the_editor_stays_as_it_was(self):
        person = SpokespersonFactory(phone="028 3520 1111", site=self.site)
        person.save_revision().publish()
        self.login(self.editor)
        edit = self.url("edit", person.pk)
        data = querydict_from_html(
            self.client.get(edit).content.decode(), form_id="w-editor-form"
        )
        data["phone"] = "028 3999 9999"
        data["action-publish"] = "action-publish"

        self.client.post(edit, data)

        person.refresh_from_db()
        self.assertEqual(person.phone, "028 3520 1111")
        page = self.client.get(self.spokesperson_page.url)
        self.assertContains(page, "028 3520 1111")
        self.assertNotContains(page, "028 3999 9999")


class WagtailDefaultGroupsTest(WagtailTestUtils, TestCase):
    """Wagtail's own "Editors", "Moderators" and "Moderators approval" get a
    Vietnamese name saying the portal does not use them, unless they are in use."""

    def setUp(self):
        # Wagtail's migrations create them on every new project; make sure they are
        # here as Wagtail makes them, whatever ran before.
        for name in ("Editors", "Moderators"):
            Group.objects.get_or_create(name=name)
        if not Workflow.objects.filter(name="Moderators approval").exists():
            task = GroupApprovalTask.objects.create(name="Moderators approval")
            workflow = Workflow.objects.create(name="Moderators approval")
            workflow.workflow_tasks.create(task=task, sort_order=0)

    def test_unused_defaults_are_renamed_in_vietnamese(self):
        result = scaffold(default_site(), PROFILE, SO)

        names = set(Group.objects.values_list("name", flat=True))
        self.assertIn("Editors (nhóm mặc định của Wagtail, cổng không dùng)", names)
        self.assertIn("Moderators (nhóm mặc định của Wagtail, cổng không dùng)", names)
        self.assertFalse(names & {"Editors", "Moderators"})
        workflows = set(Workflow.objects.values_list("name", flat=True))
        self.assertNotIn("Moderators approval", workflows)
        self.assertIn(
            "Moderators approval (quy trình duyệt mặc định của Wagtail, "
            "cổng không dùng)",
            workflows,
        )
        self.assertFalse(GroupApprovalTask.objects.filter(name="Moderators approval"))
        renamed = [step for step in result.roles if step.done]
        self.assertEqual(len(renamed), 3)

    def test_a_default_group_with_members_is_left_as_it_is(self):
        user = self.create_user("host-editor", password="password")
        user.groups.add(Group.objects.get(name="Editors"))

        scaffold(default_site(), PROFILE, SO)

        self.assertTrue(Group.objects.filter(name="Editors").exists())
        self.assertFalse(Group.objects.filter(name="Moderators").exists())
