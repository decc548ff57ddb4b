"""``wagtail_nd43.scaffold``: the mandatory tree is built once, from the rulebook,
on the site roots real projects have, and never overwrites what editors did."""

from contextlib import contextmanager

import pytest
from django.core.management.base import CommandError
from django.db import transaction
from django.test import TestCase
from wagtail.models import Page, Site
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import (
    AgencyHomePage,
    AgencySettings,
    LegalDocumentsPage,
    QuestionsPage,
    SectionPage,
)
from wagtail_nd43.rulebook import LEVELS, SO, UBND_TINH, get_profile
from wagtail_nd43.scaffold import CREATED, MOVED, PRESENT, ScaffoldError, scaffold

from .factories import (
    AgencyHomePageFactory,
    ArticlePageFactory,
    NewsSectionFactory,
    StandardPageFactory,
)
from .utils import (
    database_state,
    default_site,
    run_scaffold,
    scaffold_site,
    section_page,
)


PROFILE = get_profile("nd43")


@contextmanager
def rolled_back():
    """Run the block in a transaction that is always rolled back."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def tree_under(home):
    """``(depth, requirement key, title, slug, model label)`` of the pages under
    ``home``, in tree order."""
    return [
        (
            page.depth - home.depth,
            page.requirement_key,
            page.title,
            page.slug,
            page._meta.label,
        )
        for page in Page.objects.descendant_of(home, inclusive=True)
        .specific()
        .order_by("path")
    ]


def expected_tree(level):
    return [
        (depth, section.key, section.title_vi, section.slug, section.page_type)
        for depth, section in PROFILE.root.walk(level)
    ]


@pytest.mark.exhaustive
class ScaffoldEachLevelTest(TestCase):
    """On a fresh Wagtail project (the welcome page is the root), each level gets
    exactly the rulebook's tree for that level."""

    @classmethod
    def setUpTestData(cls):
        cls.trees, cls.url_paths, cls.statuses = {}, {}, {}
        for level in LEVELS:
            with rolled_back():
                result = scaffold(default_site(), PROFILE, level)
                home = result.steps[0].page
                cls.trees[level] = tree_under(home)
                cls.url_paths[level] = set(
                    Page.objects.descendant_of(home).values_list("url_path", flat=True)
                )
                cls.statuses[level] = {step.status for step in result.steps}

    def test_builds_the_whole_tree_of_each_level(self):
        for level in LEVELS:
            with self.subTest(level=level):
                self.assertEqual(self.trees[level], expected_tree(level))
                self.assertEqual(self.statuses[level], {CREATED})

    def test_level_dependent_sections_appear_only_for_their_levels(self):
        def has(level, url_path):
            return f"/trang-chu/{url_path}/" in self.url_paths[level]

        for level in LEVELS:
            with self.subTest(level=level):
                self.assertEqual(has(level, "van-ban/cong-bao"), level == UBND_TINH)
                self.assertEqual(
                    has(level, "gioi-thieu/lich-su-phat-trien"),
                    level in {"bo", "tong-cuc", SO},
                )
                self.assertEqual(
                    has(level, "gioi-thieu/tong-quan"),
                    level in {UBND_TINH, "ubnd-huyen", "ubnd-xa"},
                )
                self.assertEqual(
                    has(level, "en/about"), level in {"bo", "tong-cuc", UBND_TINH}
                )
                self.assertTrue(has(level, "tin-tuc-su-kien"))
                self.assertTrue(has(level, "so-do-cong"))


class ScaffoldOnWelcomePageTest(TestCase):
    """A fresh Wagtail project: the default site's root is the welcome page."""

    @classmethod
    def setUpTestData(cls):
        cls.welcome = default_site().root_page
        cls.result = scaffold(default_site(), PROFILE, UBND_TINH)
        cls.home = cls.result.steps[0].page

    def test_sections_are_published_with_ascii_slugs_and_menu_flags(self):
        sections = {s.key: s for s in PROFILE.sections(UBND_TINH)}
        for page in Page.objects.descendant_of(self.home, inclusive=True).specific():
            section = sections[page.requirement_key]
            with self.subTest(section=section.key):
                self.assertTrue(page.slug.isascii())
                self.assertEqual(page.title, section.title_vi)
                self.assertTrue(page.live)
                self.assertIsNotNone(page.latest_revision_id)
                self.assertIsNotNone(page.last_published_at)
                self.assertFalse(page.has_unpublished_changes)
                if section is not PROFILE.root:
                    self.assertEqual(page.show_in_menus, section.in_menu)
        self.assertEqual(
            section_page(self.home, "gioi-thieu.chuc-nang-nhiem-vu").url_path,
            "/trang-chu/gioi-thieu/chuc-nang-nhiem-vu/",
        )

    def test_home_is_created_beside_the_welcome_page_and_the_site_points_to_it(self):
        self.assertIsInstance(self.home, AgencyHomePage)
        self.assertTrue(self.result.site_root_changed)
        self.assertTrue(self.home.is_sibling_of(self.welcome))
        self.assertEqual(default_site().root_page_id, self.home.pk)
        self.assertTrue(Page.objects.filter(pk=self.welcome.pk, live=True).exists())
        self.assertEqual(self.home.title, "Trang chủ")

    def test_level_and_profile_are_recorded_in_the_identity_setting(self):
        identity = AgencySettings.for_site(default_site())
        self.assertEqual((identity.level, identity.profile), (UBND_TINH, "nd43"))

    def test_the_home_takes_the_agency_name_when_the_identity_has_one(self):
        site = Site.objects.create(
            hostname="so-tu-phap.example.vn",
            root_page=StandardPageFactory(
                parent=Page.get_first_root_node(), title="Trang cũ"
            ),
        )
        AgencySettings.objects.create(site=site, full_name="Sở Tư pháp tỉnh Lâm Viên")
        # The first site's home already uses the slug beside the root.
        self.home.slug = "trang-chu-tinh"
        self.home.save()

        home = scaffold_site(SO, site=site)

        self.assertEqual(home.title, "Sở Tư pháp tỉnh Lâm Viên")


class ScaffoldOnProjectHomePageTest(TestCase):
    """An existing site: its own home page (with content under it) is the root; the
    scaffold builds under it and the site keeps its root (issue 13)."""

    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        root = Page.get_first_root_node()
        cls.site.root_page.delete()
        cls.old_home = StandardPageFactory(parent=root, title="Home", slug="home")
        cls.old_child = StandardPageFactory(parent=cls.old_home, title="Giới thiệu cũ")
        cls.site.root_page = cls.old_home
        cls.site.save()

    def test_an_agency_home_is_created_under_the_old_root_which_stays_the_root(self):
        result = scaffold(self.site, PROFILE, SO)
        home = result.steps[0].page

        self.assertEqual(default_site().root_page_id, self.old_home.pk)
        self.assertFalse(result.site_root_changed)
        self.assertEqual(home.get_parent().pk, self.old_home.pk)
        self.old_home.refresh_from_db()
        self.assertTrue(self.old_home.live)
        self.assertEqual(
            [p.pk for p in self.old_home.get_children()], [self.old_child.pk, home.pk]
        )
        self.assertEqual(tree_under(home), expected_tree(SO))
        self.assertEqual(home.relative_url(self.site), "/trang-chu/")

    def test_an_agency_home_page_as_root_is_built_under(self):
        root = Page.get_first_root_node()
        home = AgencyHomePageFactory(parent=root, title="Sở Tư pháp")
        self.site.root_page = home
        self.site.save()

        result = scaffold(self.site, PROFILE, SO)

        self.assertEqual(result.steps[0].page.pk, home.pk)
        self.assertEqual(result.steps[0].status, PRESENT)
        self.assertFalse(result.site_root_changed)
        home.refresh_from_db()
        self.assertEqual(home.title, "Sở Tư pháp")
        self.assertEqual(tree_under(home)[1:], expected_tree(SO)[1:])

    def test_a_second_site_gets_its_own_home_page(self):
        first_home = scaffold_site(SO)
        other_root = StandardPageFactory(
            parent=Page.get_first_root_node(), title="Cổng thành phần"
        )
        other = Site.objects.create(
            hostname="phuong-1.example.vn", root_page=other_root, site_name="Phường 1"
        )

        try:
            second_home = scaffold_site(UBND_TINH, site=other)
        except ScaffoldError:
            # Refusing is acceptable; sharing the first site's home is not.
            other.refresh_from_db()
            self.assertEqual(other.root_page_id, other_root.pk)
        else:
            self.assertNotEqual(second_home.pk, first_home.pk)
            self.assertEqual(second_home.get_parent().pk, other_root.pk)
        self.assertEqual(default_site().root_page_id, self.old_home.pk)
        self.assertEqual(tree_under(first_home), expected_tree(SO))


class ScaffoldIsIdempotentTest(TestCase):
    maxDiff = None

    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        cls.home = scaffold_site(UBND_TINH)
        cls.superuser = WagtailTestUtils.create_superuser("admin", password="password")

    def rerun(self, level=UBND_TINH):
        return scaffold(default_site(), PROFILE, level)

    def test_a_second_run_creates_nothing_and_changes_nothing(self):
        before = database_state()

        result = self.rerun()

        self.assertEqual(database_state(), before)
        self.assertEqual(result.created, [])
        self.assertEqual({step.status for step in result.steps}, {PRESENT})
        self.assertFalse(result.site_root_changed)
        self.assertEqual(result.settings_changed, ())

    def test_a_renamed_reslugged_and_reordered_section_is_recognised(self):
        intro = section_page(self.home, "gioi-thieu")
        intro.title = "Giới thiệu chung"
        intro.slug = "gioi-thieu-chung"
        intro.save_revision(user=self.superuser).publish()
        intro.move(self.home, pos="last-child", user=self.superuser)
        before = database_state()

        result = self.rerun()

        self.assertEqual(database_state(), before)
        intro.refresh_from_db()
        self.assertEqual(intro.url_path, "/trang-chu/gioi-thieu-chung/")
        self.assertEqual(intro.title, "Giới thiệu chung")
        step = next(s for s in result.steps if s.key == "gioi-thieu")
        self.assertEqual((step.page.pk, step.status), (intro.pk, PRESENT))
        self.assertFalse(self.home.get_children().filter(slug="gioi-thieu").exists())

    def test_a_section_moved_elsewhere_under_the_home_is_left_where_it_is(self):
        questions = section_page(self.home, "hoi-dap")
        contact = section_page(self.home, "lien-he")
        # Not allowed in the admin (page type rules); a data migration could.
        questions.move(contact, pos="last-child")
        before = database_state()

        result = self.rerun()

        self.assertEqual(database_state(), before)
        step = next(s for s in result.steps if s.key == "hoi-dap")
        self.assertEqual((step.page.pk, step.status), (questions.pk, MOVED))
        self.assertEqual(QuestionsPage.objects.count(), 1)

    def test_editor_content_and_drafts_are_untouched(self):
        functions = section_page(self.home, "gioi-thieu.chuc-nang-nhiem-vu")
        functions.intro = "Sở là cơ quan chuyên môn thuộc UBND tỉnh."
        functions.body = [("paragraph", RichText("<p>Tham mưu, giúp UBND tỉnh.</p>"))]
        functions.save_revision(user=self.superuser).publish()
        functions.intro = "Bản nháp chưa xuất bản."
        functions.save_revision(user=self.superuser)
        news = section_page(self.home, "tin-tuc-su-kien")
        ArticlePageFactory(parent=news)
        StandardPageFactory(parent=functions, title="Quyết định thành lập")
        before = database_state()

        self.rerun()

        self.assertEqual(database_state(), before)
        functions = section_page(self.home, "gioi-thieu.chuc-nang-nhiem-vu")
        self.assertEqual(functions.intro, "Sở là cơ quan chuyên môn thuộc UBND tỉnh.")
        self.assertTrue(functions.has_unpublished_changes)
        self.assertEqual(
            functions.get_latest_revision_as_object().intro, "Bản nháp chưa xuất bản."
        )

    def test_another_level_adds_its_sections_and_removes_none(self):
        before = set(Page.objects.values_list("pk", flat=True))

        result = self.rerun(SO)

        self.assertLessEqual(before, set(Page.objects.values_list("pk", flat=True)))
        created = {step.key for step in result.created}
        self.assertEqual(
            created,
            {s.key for s in PROFILE.sections(SO)}
            - {s.key for s in PROFILE.sections(UBND_TINH)},
        )
        self.assertTrue(
            Page.objects.filter(url_path="/trang-chu/van-ban/cong-bao/").exists()
        )
        self.assertEqual(result.settings_changed, ("level",))


class ScaffoldAdoptsSectionsMadeByHandTest(TestCase):
    def test_a_section_created_by_hand_is_recognised_by_its_type(self):
        site = default_site()
        home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        site.root_page = home
        site.save()
        news = NewsSectionFactory(parent=home, title="Tin hoạt động", slug="tin")

        result = scaffold(site, PROFILE, SO)

        step = next(s for s in result.steps if s.key == "tin-tuc-su-kien")
        self.assertEqual((step.page.pk, step.status), (news.pk, PRESENT))
        self.assertEqual(
            SectionPage.objects.filter(requirement_key="tin-tuc-su-kien").count(), 1
        )


class ScaffoldConflictTest(TestCase):
    """A page in the way stops the run with a clear message and writes nothing."""

    maxDiff = None

    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        # The agency filled in its identity before scaffolding.
        AgencySettings.objects.create(site=cls.site, full_name="Sở Tư pháp", level=SO)

    def test_a_page_using_a_section_slug(self):
        home = AgencyHomePageFactory(parent=Page.get_first_root_node())
        self.site.root_page = home
        self.site.save()
        in_the_way = StandardPageFactory(
            parent=home, title="Tin tức cũ", slug="tin-tuc-su-kien"
        )
        before = database_state()

        with self.assertRaises(CommandError) as raised:
            run_scaffold()

        message = str(raised.exception)
        for part in ("tin-tuc-su-kien", "Tin tức cũ", str(in_the_way.pk)):
            self.assertIn(part, message)
        self.assertEqual(database_state(), before)

    def test_a_non_agency_page_using_the_home_slug_beside_the_root(self):
        StandardPageFactory(
            parent=Page.get_first_root_node(), title="Trang chủ cũ", slug="trang-chu"
        )
        before = database_state()

        with self.assertRaises(CommandError) as raised:
            run_scaffold("--level", UBND_TINH)

        self.assertIn("trang-chu", str(raised.exception))
        self.assertIn("Trang chủ cũ", str(raised.exception))
        self.assertEqual(database_state(), before)
        self.assertEqual(default_site().root_page_id, self.site.root_page_id)

    def test_a_refused_run_on_a_site_without_identity_writes_nothing(self):
        AgencySettings.objects.all().delete()
        StandardPageFactory(
            parent=Page.get_first_root_node(), title="Trang chủ cũ", slug="trang-chu"
        )
        before = database_state()

        with self.assertRaises(CommandError):
            run_scaffold()

        self.assertEqual(database_state(), before)


class SectionOfTheSameTypeTest(TestCase):
    def test_a_section_type_held_once_is_not_created_twice(self):
        """A legal documents page that lost its requirement key and slug is still
        the parent's one legal documents page: the run stops instead of adding a
        second one."""
        home = scaffold_site(SO)
        documents = LegalDocumentsPage.objects.child_of(home).get()
        LegalDocumentsPage.objects.filter(pk=documents.pk).update(
            requirement_key="", slug="van-ban-cu"
        )
        before = database_state()

        with self.assertRaises(CommandError) as raised:
            run_scaffold("--level", SO)

        self.assertIn("Văn bản quy phạm pháp luật", str(raised.exception))
        self.assertEqual(database_state(), before)


class DryRunTest(TestCase):
    maxDiff = None

    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        AgencySettings.objects.create(site=cls.site, full_name="UBND tỉnh Lâm Viên")

    def test_a_dry_run_writes_nothing_and_reports_what_it_would_build(self):
        root_paths = Site.get_site_root_paths()
        before = database_state()

        output = run_scaffold("--dry-run", "--level", UBND_TINH)

        self.assertEqual(database_state(), before)
        self.assertEqual(Site.get_site_root_paths(), root_paths)
        for section in PROFILE.sections(UBND_TINH)[1:]:
            self.assertIn(section.title_vi, output)

    def test_a_dry_run_returns_the_same_report_as_a_real_run(self):
        dry = scaffold(self.site, PROFILE, UBND_TINH, dry_run=True)
        real = scaffold(self.site, PROFILE, UBND_TINH)

        self.assertEqual(
            [(s.depth, s.key, s.title, s.status) for s in dry.steps],
            [(s.depth, s.key, s.title, s.status) for s in real.steps],
        )
