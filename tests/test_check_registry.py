"""Check kinds are declared once (issue 19): a kind is a rulebook ``Check`` class
that says what it verifies and which statuses it gives, its evaluator is registered
against that class, and its parameters are typed."""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase

from tests.testapp.profiles import OfficialEmail
from wagtail_nd43.checks import check_evaluators
from wagtail_nd43.compliance import STATUSES, evaluates, evaluator_for
from wagtail_nd43.compliance.checks.sections import fresh
from wagtail_nd43.compliance.registry import EVALUATORS
from wagtail_nd43.rulebook import (
    CHECK_KINDS,
    CURRENT_WEEK,
    Check,
    Fresh,
    get_profile,
    profile_names,
)
from wagtail_nd43.rulebook.nd42 import ANNUAL


class RegistryTest(SimpleTestCase):
    def test_every_declared_kind_has_its_evaluator(self):
        self.assertEqual(check_evaluators(None), [])
        for kind, check_class in CHECK_KINDS.items():
            with self.subTest(kind):
                self.assertIn(check_class, EVALUATORS)
        self.assertIs(evaluator_for(Fresh("tin-tuc-su-kien", window=31)), fresh)

    def test_every_check_of_every_profile_is_of_a_declared_kind(self):
        for name in profile_names():
            for requirement in get_profile(name).requirements:
                if requirement.check is not None:
                    with self.subTest(requirement.id):
                        check_class = type(requirement.check)
                        self.assertIs(CHECK_KINDS[check_class.kind], check_class)

    def test_every_kind_gives_known_statuses(self):
        for kind, check_class in CHECK_KINDS.items():
            with self.subTest(kind):
                self.assertTrue(check_class.verifies)
                self.assertLessEqual(set(check_class.statuses), set(STATUSES))
                self.assertIn("ok", check_class.statuses)

    def test_a_site_adds_its_own_kind_with_one_class_and_one_function(self):
        self.assertIs(CHECK_KINDS["official_email"], OfficialEmail)
        self.assertEqual(
            evaluator_for(OfficialEmail("tinh-mau.gov.vn")).__module__,
            "tests.testapp.compliance",
        )


class UndeclaredOrUnevaluatedKindTest(SimpleTestCase):
    def declare(self, **attributes):
        """A kind declared for the test only, forgotten again afterwards."""
        attributes.setdefault("kind", "test_only")
        attributes.setdefault("verifies", "Nothing: a test's kind.")
        attributes.setdefault("statuses", ("ok",))
        check_class = dataclass(frozen=True)(type("TestOnly", (Check,), attributes))
        self.addCleanup(CHECK_KINDS.pop, check_class.kind)
        return check_class

    def test_a_kind_without_an_evaluator_fails_the_system_checks(self):
        check_class = self.declare()
        (error,) = check_evaluators(None)
        self.assertEqual(error.id, "wagtail_nd43.E190")
        self.assertIn("test_only", error.msg)
        self.assertIn("@evaluates(TestOnly)", error.hint)
        with self.assertRaisesMessage(ImproperlyConfigured, "@evaluates(TestOnly)"):
            evaluator_for(check_class())

    def test_a_kind_has_one_evaluator(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "already has an evaluator"):
            evaluates(Fresh)(fresh)
        with self.assertRaisesMessage(TypeError, "Check class"):
            evaluates("fresh")

    def test_a_kind_is_declared_once(self):
        with self.assertRaisesMessage(TypeError, "'fresh'"):
            type(
                "Stale",
                (Check,),
                {"kind": "fresh", "verifies": "-", "statuses": ("ok",)},
            )
        self.assertIs(CHECK_KINDS["fresh"], Fresh)

    def test_a_kind_says_what_it_verifies_and_its_statuses(self):
        with self.assertRaisesMessage(TypeError, "must declare verifies, statuses"):
            type("Vague", (Check,), {"kind": "vague"})
        self.assertNotIn("vague", CHECK_KINDS)


class TypedParametersTest(SimpleTestCase):
    def test_a_freshness_window_is_days_or_the_current_week(self):
        self.assertEqual(Fresh("tin-tuc-su-kien", window=31).window, 31)
        self.assertIs(Fresh("lich", window=CURRENT_WEEK).window, CURRENT_WEEK)
        self.assertEqual(ANNUAL, 396)

    def test_a_window_written_as_text_is_refused(self):
        for window in ("31", "current-week", True, None, 31.0):
            with self.subTest(window=window):
                with self.assertRaisesMessage(TypeError, "window must be a number"):
                    Fresh("tin-tuc-su-kien", window=window)
        with self.assertRaisesMessage(ValueError, "1 day or more"):
            Fresh("tin-tuc-su-kien", window=0)
