"""English pages (Decree 43/2011 Art. 13, ND43-13): the scaffold creates them for
ministries and provinces with their Vietnamese sources, they are marked as English,
and the ``translation_current`` check gives every status on hand-built fixtures with
a number of queries that does not grow with the site."""

import datetime
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from wagtail_nd43.compliance import (
    EMPTY,
    INCOMPLETE,
    MISSING,
    NOT_EVALUATED,
    OK,
    STALE,
    evaluate,
    evaluator_for,
)
from wagtail_nd43.compliance.data import SiteData
from wagtail_nd43.models import (
    ContactPage,
    EnglishAboutPage,
    EnglishContactPage,
    EnglishPage,
    ResearchPage,
    SectionPage,
    StandardPage,
    StatisticsPage,
)
from wagtail_nd43.rulebook import (
    BO,
    LEVELS,
    REQUIRED,
    TONG_CUC,
    UBND_TINH,
    Requirement,
    Source,
    TranslationCurrent,
    get_profile,
)

from .bulk import bulk_create_pages
from .utils import (
    default_site,
    scaffold_site,
    section_page,
    sections_for_each_level,
)


PROFILE = get_profile("nd43")
ENGLISH = [{"type": "paragraph", "value": "<p>The Department of Information.</p>"}]
VIETNAMESE = [{"type": "paragraph", "value": "<p>Sở Thông tin và Truyền thông.</p>"}]


def check(spec, level=UBND_TINH):
    requirement = Requirement(
        id="TEST-13",
        source=Source("Nghị định 43/2011/NĐ-CP", "13"),
        title_vi="Thông tin tiếng nước ngoài",
        title_en="Foreign-language information",
        severity=REQUIRED,
        check=spec,
    )
    data = SiteData(default_site(), PROFILE, level)
    return evaluator_for(spec)(requirement, spec, data)


def publish(page, body=None, at=None):
    """Publish ``page`` (with ``body`` if given), recorded as published at ``at``."""
    page = page.specific_class.objects.get(pk=page.pk)
    if body is not None:
        page.body = json.dumps(body)
    page.save_revision().publish()
    if at is not None:
        type(page).objects.filter(pk=page.pk).update(last_published_at=at)
        page.last_published_at = at
    return page


@pytest.mark.exhaustive
class EnglishScaffoldTest(TestCase):
    def test_only_ministries_and_provinces_get_science_statistics_and_english(self):
        """Articles 11–13 apply to ministries with their general departments (B) and
        provinces (T). One scaffold per level serves the three articles."""
        expected = {level: level in (BO, TONG_CUC, UBND_TINH) for level in LEVELS}
        models = (
            ResearchPage,
            StatisticsPage,
            EnglishPage,
            EnglishAboutPage,
            EnglishContactPage,
        )
        self.assertEqual(
            sections_for_each_level(*models),
            {model.__name__: expected for model in models},
        )

    def test_the_scaffold_sets_the_vietnamese_sources(self):
        home = scaffold_site(UBND_TINH)
        about = EnglishAboutPage.objects.descendant_of(home).get()
        contact = EnglishContactPage.objects.descendant_of(home).get()
        self.assertEqual(
            about.translation_source.specific,
            section_page(home, "gioi-thieu"),
        )
        self.assertEqual(
            contact.translation_source.specific,
            ContactPage.objects.descendant_of(home).get(),
        )
        self.assertEqual(about.get_translation_source(), about.translation_source)
        # A fresh tree is current: the English pages were published last.
        self.assertTrue(about.is_translation_current())

    def test_a_page_cannot_be_its_own_source(self):
        home = scaffold_site(BO)
        about = EnglishAboutPage.objects.descendant_of(home).get()
        about.translation_source_id = about.pk
        with self.assertRaises(ValidationError) as caught:
            about.full_clean()
        self.assertIn("translation_source", caught.exception.message_dict)

    def test_a_second_run_keeps_an_editors_choice(self):
        home = scaffold_site(BO)
        about = EnglishAboutPage.objects.descendant_of(home).get()
        functions = section_page(home, "gioi-thieu.chuc-nang-nhiem-vu")
        about.translation_source = functions
        publish(about)
        EnglishAboutPage.objects.filter(pk=about.pk).update(
            translation_source=functions
        )
        scaffold_site(BO)
        about.refresh_from_db()
        self.assertEqual(about.translation_source_id, functions.pk)


class EnglishPagesRenderTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.about = publish(section_page(cls.home, "en.about"), ENGLISH)

    def test_the_content_is_marked_english(self):
        response = self.client.get(self.about.get_url())
        self.assertContains(response, '<html lang="vi"', html=False)
        self.assertContains(response, '<article class="nd43-section" lang="en">')
        self.assertContains(response, '<meta name="DC.language" content="en">')
        self.assertContains(response, "The Department of Information.")

    def test_it_links_to_the_vietnamese_version(self):
        response = self.client.get(self.about.get_url())
        intro = section_page(self.home, "gioi-thieu")
        self.assertContains(response, f'href="{intro.get_url()}" hreflang="vi"')
        self.assertContains(response, "Bản tiếng Việt")

    def test_every_english_page_answers_200(self):
        for key in ("en", "en.about", "en.contact"):
            with self.subTest(key=key):
                self.assertPageIsRenderable(section_page(self.home, key))
        response = self.client.get(section_page(self.home, "en").get_url())
        self.assertContains(response, "In this section")

    def test_the_source_is_chosen_in_the_editor(self):
        self.login()
        response = self.client.get(f"/admin/pages/{self.about.pk}/edit/")
        self.assertContains(response, "Trang tiếng Việt được dịch")


class TranslationCurrentCheckTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.intro = section_page(cls.home, "gioi-thieu")
        cls.about = section_page(cls.home, "en.about")
        cls.spec = TranslationCurrent("en.about")
        cls.t0 = timezone.now() - datetime.timedelta(days=10)

    def test_missing(self):
        self.about.unpublish()
        finding = check(self.spec)
        self.assertEqual(finding.status, MISSING)

    def test_empty(self):
        finding = check(self.spec)
        self.assertEqual(finding.status, EMPTY)
        self.assertEqual(finding.admin_url, f"/admin/pages/{self.about.pk}/edit/")

    def test_ok(self):
        publish(self.intro, VIETNAMESE, at=self.t0)
        publish(self.about, ENGLISH, at=self.t0 + datetime.timedelta(hours=1))
        finding = check(self.spec)
        self.assertEqual(finding.status, OK)
        self.assertIn(self.about.title, finding.message)
        self.assertIn(self.intro.title, finding.message)
        self.assertEqual(finding.evidence_url, "http://localhost/en/about/")

    def test_stale_names_both_pages_and_links_to_the_editor(self):
        publish(self.about, ENGLISH, at=self.t0)
        publish(self.intro, VIETNAMESE, at=self.t0 + datetime.timedelta(days=1))
        finding = check(self.spec)
        self.assertEqual(finding.status, STALE)
        self.assertIn("“About us”", finding.message)
        self.assertIn("“Giới thiệu”", finding.message)
        self.assertIn("tiếng Anh", finding.message)
        self.assertEqual(finding.admin_url, f"/admin/pages/{self.about.pk}/edit/")
        # Publishing the English page again makes it current.
        publish(self.about)
        self.assertEqual(check(self.spec).status, OK)

    def test_an_unpublished_vietnamese_draft_does_not_count(self):
        publish(self.intro, VIETNAMESE, at=self.t0)
        publish(self.about, ENGLISH, at=self.t0 + datetime.timedelta(hours=1))
        intro = SectionPage.objects.get(pk=self.intro.pk)
        intro.body = json.dumps(VIETNAMESE * 2)
        intro.save_revision()  # a draft, not published
        self.assertEqual(check(self.spec).status, OK)

    def test_incomplete_without_a_source(self):
        publish(self.about, ENGLISH)
        EnglishAboutPage.objects.filter(pk=self.about.pk).update(
            translation_source=None
        )
        finding = check(self.spec)
        self.assertEqual(finding.status, INCOMPLETE)
        self.assertIn("Trang tiếng Việt được dịch", finding.message)

    def test_a_deleted_source_leaves_it_incomplete(self):
        publish(self.about, ENGLISH)
        source = StandardPage(title="Giới thiệu chung", slug="gioi-thieu-chung")
        self.intro.add_child(instance=source)
        EnglishAboutPage.objects.filter(pk=self.about.pk).update(
            translation_source=source
        )
        source.delete()
        self.assertEqual(check(self.spec).status, INCOMPLETE)

    def test_a_section_without_translated_pages_is_not_evaluated(self):
        section = section_page(self.home, "en")
        publish(section, ENGLISH)
        EnglishAboutPage.objects.filter(pk=self.about.pk).update(live=False)
        EnglishContactPage.objects.update(live=False)
        self.assertEqual(check(TranslationCurrent("en")).status, NOT_EVALUATED)

    def test_a_whole_english_tree_without_content_rule(self):
        publish(self.intro, VIETNAMESE, at=self.t0)
        publish(self.about, ENGLISH, at=self.t0 - datetime.timedelta(days=1))
        spec = TranslationCurrent("en", with_content=False)
        finding = check(spec)
        self.assertEqual(finding.status, STALE)
        self.assertEqual(finding.admin_url, f"/admin/pages/{self.about.pk}/edit/")

    def test_private_section_is_missing(self):
        publish(self.about, ENGLISH)
        PageViewRestriction.objects.create(page=self.about, restriction_type="login")
        self.assertEqual(check(self.spec).status, MISSING)

    def test_the_rulebook_wires_article_13_to_it(self):
        for rid, key in (("ND43-13.1", "en.about"), ("ND43-13.2", "en.contact")):
            with self.subTest(rid):
                self.assertEqual(
                    PROFILE.requirement(rid).check, TranslationCurrent(key)
                )
        report = evaluate(default_site())
        findings = {finding.id: finding for finding in report.findings}
        self.assertEqual(findings["ND43-13.1"].status, EMPTY)
        publish(self.about, ENGLISH, at=self.t0)
        publish(self.intro, VIETNAMESE, at=self.t0 + datetime.timedelta(days=1))
        findings = {f.id: f for f in evaluate(default_site()).findings}
        self.assertEqual(findings["ND43-13.1"].status, STALE)


class TranslationQueryCountTest(TestCase):
    """The check costs the same number of queries with 2 and 200 English pages."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(BO)
        cls.about = publish(section_page(cls.home, "en.about"), ENGLISH)

    def count(self):
        ContentType.objects.clear_cache()
        with CaptureQueriesContext(connection) as context:
            finding = check(TranslationCurrent("en", with_content=False), level=BO)
        return len(context.captured_queries), finding

    def test_constant_queries(self):
        small, finding = self.count()
        self.assertEqual(finding.status, OK)
        intro = section_page(self.home, "gioi-thieu")
        bulk_create_pages(
            self.about,
            StandardPage,
            200,
            intro="",
            body="[]",
        )
        large, finding = self.count()
        self.assertEqual(small, large)
        self.assertEqual(finding.status, OK)
        self.assertNotEqual(intro.pk, None)


@override_settings(
    WAGTAIL_I18N_ENABLED=True,
    WAGTAIL_CONTENT_LANGUAGES=[("vi", "Tiếng Việt"), ("en", "English")],
)
class WagtailI18nSourceTest(TestCase):
    """With Wagtail i18n, an English page without a chosen source is compared with
    its default-locale translation (what wagtail-localize creates)."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(UBND_TINH)
        cls.intro = section_page(cls.home, "gioi-thieu")
        cls.about = section_page(cls.home, "en.about")
        english = Locale.objects.create(language_code="en")
        EnglishAboutPage.objects.filter(pk=cls.about.pk).update(
            translation_source=None,
            locale=english,
            translation_key=cls.intro.translation_key,
        )
        cls.t0 = timezone.now() - datetime.timedelta(days=10)

    def test_the_vietnamese_original_is_the_source(self):
        about = EnglishAboutPage.objects.get(pk=self.about.pk)
        self.assertEqual(about.get_translation_source().pk, self.intro.pk)
        publish(self.about, ENGLISH, at=self.t0)
        publish(self.intro, VIETNAMESE, at=self.t0 + datetime.timedelta(days=1))
        finding = check(TranslationCurrent("en.about"))
        self.assertEqual(finding.status, STALE)
        self.assertIn("“Giới thiệu”", finding.message)
        publish(self.about)
        self.assertEqual(check(TranslationCurrent("en.about")).status, OK)
