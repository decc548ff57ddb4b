"""Issue 16: a cache outage never fails a citizen. Each cache alias is pointed at
a dead server (a closed port, a backend that raises, one that answers ``None``):
every public page, form, lookup and the beacon still answer normally, rate limits
still limit, and no counted view is lost."""

import time
from contextlib import contextmanager
from unittest import mock

from django.core import checks
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from wagtail_nd43 import cache_fallback
from wagtail_nd43.conf import nd43_settings
from wagtail_nd43.counting.beacon import make_token
from wagtail_nd43.models import PageViewDay, Question, SiteVisitDay
from wagtail_nd43.participation import security

from .broken_cache import FlakyCache
from .public_urls import public_urls
from .test_counting import CHROME
from .test_participation import ParticipationSiteMixin, question_data


LOCAL = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CLOSED_PORT = "redis://127.0.0.1:1/0"
DJANGO_REDIS_DEAD = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": CLOSED_PORT,
    "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
}
DJANGO_REDIS_DEAD_IGNORING = {
    **DJANGO_REDIS_DEAD,
    "OPTIONS": {**DJANGO_REDIS_DEAD["OPTIONS"], "IGNORE_EXCEPTIONS": True},
}
DJANGO_OWN_REDIS_DEAD = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": CLOSED_PORT,
    "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
}
BROKEN = {"BACKEND": "tests.broken_cache.BrokenCache"}
SILENT = {"BACKEND": "tests.broken_cache.SilentCache"}

#: (name, CACHES): the default cache must keep working for Wagtail itself, which
#: is what the recommended layout (ignore exceptions on default) gives.
LAYOUTS = [
    ("raising backend", {"default": LOCAL, "nd43": BROKEN}),
    ("backend answering None", {"default": LOCAL, "nd43": SILENT}),
    ("django-redis, closed port", {"default": LOCAL, "nd43": DJANGO_REDIS_DEAD}),
    (
        "django-redis ignoring errors, closed port, also as default",
        {"default": DJANGO_REDIS_DEAD_IGNORING, "nd43": DJANGO_REDIS_DEAD_IGNORING},
    ),
    (
        "Django's RedisCache, closed port",
        {"default": LOCAL, "nd43": DJANGO_OWN_REDIS_DEAD},
    ),
]
ALIASES = {
    "WAGTAIL_ND43_COUNTER_CACHE": "nd43",
    "WAGTAIL_ND43_PARTICIPATION_CACHE": "nd43",
}


class OutageMixin(ParticipationSiteMixin):
    def setUp(self):
        super().setUp()
        cache_fallback.reset()

    def tearDown(self):
        cache_fallback.reset()
        super().tearDown()

    @contextmanager
    def outage(self, name, caches):
        """One layout's dead caches around a block. A context manager, not a
        generator the test loops over: a failure inside the block reaches these
        ``with`` statements, so the subtest records it and the settings are put
        back (a suspended generator kept them overridden for the next tests)."""
        with (
            self.subTest(layout=name),
            override_settings(CACHES=caches, **ALIASES),
            self.captureOnCommitCallbacks(execute=True),
        ):
            cache_fallback.reset()
            yield


class PublicSiteDuringOutageTest(OutageMixin, TestCase):
    def test_every_public_url_answers(self):
        urls = public_urls(self.home)
        self.assertGreater(len(urls), 30)
        for layout in LAYOUTS:
            with self.outage(*layout):
                for url in urls:
                    response = self.client.get(url, HTTP_USER_AGENT=CHROME)
                    self.assertLess(response.status_code, 500, url)
                    self.assertIn(response.status_code, (200, 301, 302), url)

    def test_question_form_and_lookup_work(self):
        for name, caches in LAYOUTS:
            with self.outage(name, caches):
                title = f"Câu hỏi {name}"
                response = self.post(self.ask_url, question_data(title=title))
                self.assertEqual(response.status_code, 200)
                question = Question.objects.get(title=title)
                response = self.post(
                    self.lookup_url,
                    {"ticket": question.ticket, "contact": "levanhoi@example.vn"},
                )
                self.assertEqual(response.status_code, 200)
                response = self.post(
                    self.lookup_url,
                    {"ticket": "HD-0000-0000", "contact": "x@example.vn"},
                )
                self.assertEqual(response.status_code, 404)

    @override_settings(WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT=3)
    def test_rate_limits_still_limit(self):
        # The limit counts per fixed window of the wall clock: the clock stands in
        # the middle of one, or a window ending between two requests starts the
        # count again (about one run in a hundred, on a slow machine).
        window = nd43_settings.PARTICIPATION_RATE_WINDOW
        mid_window = (time.time() // window + 0.5) * window
        data = {"ticket": "HD-0000-0000", "contact": "x@example.vn"}
        for layout in LAYOUTS:
            with (
                self.outage(*layout),
                mock.patch.object(security.time, "time", return_value=mid_window),
            ):
                statuses = [
                    self.post(self.lookup_url, data).status_code for _ in range(5)
                ]
                self.assertEqual(statuses, [404, 404, 404, 429, 429])


class CountingDuringOutageTest(OutageMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = cls.questions

    def views(self):
        return PageViewDay.total_for(self.page)

    def visits(self):
        return SiteVisitDay.summary(self.site)["total"]

    def test_no_counted_view_is_lost_in_server_mode(self):
        expected = 0
        for number, layout in enumerate(LAYOUTS):
            with self.outage(*layout):
                for visitor in range(5):
                    address = f"192.0.2.{number * 10 + visitor}"
                    for _reload in range(3):  # repeat views still count once
                        self.client.get(
                            self.page.url, HTTP_USER_AGENT=CHROME, REMOTE_ADDR=address
                        )
                expected += 5
                self.assertEqual(self.views(), expected)
                self.assertEqual(self.visits(), expected)

    @override_settings(WAGTAIL_ND43_COUNTER_MODE="beacon")
    def test_the_beacon_counts(self):
        token = make_token(self.page.pk, self.site.pk)
        client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=CHROME)
        expected = 0
        for number, layout in enumerate(LAYOUTS):
            with self.outage(*layout):
                for visitor in range(4):
                    response = client.post(
                        reverse("wagtail_nd43:count"),
                        token,
                        content_type="text/plain",
                        REMOTE_ADDR=f"198.51.100.{number * 10 + visitor}",
                    )
                    self.assertEqual(response.status_code, 204)
                expected += 4
                self.assertEqual(self.views(), expected)


@override_settings(
    CACHES={
        "default": LOCAL,
        "nd43": {"BACKEND": "tests.broken_cache.FlakyCache", "LOCATION": "flaky"},
    },
    WAGTAIL_ND43_CACHE_RETRY_SECONDS=30,
    **ALIASES,
)
class RecoveryTest(OutageMixin, TestCase):
    def tearDown(self):
        FlakyCache.down = False
        super().tearDown()

    def test_the_shared_cache_is_used_again_after_the_retry_delay(self):
        from django.core.cache import caches

        FlakyCache.down = True
        with self.assertLogs("wagtail_nd43.cache", "WARNING") as logs:
            for _ in range(3):
                self.post(
                    self.lookup_url, {"ticket": "HD-1", "contact": "x@example.vn"}
                )
        self.assertEqual(len(logs.records), 1)  # one warning per outage
        FlakyCache.down = False
        self.post(self.lookup_url, {"ticket": "HD-1", "contact": "x@example.vn"})
        shared = caches["nd43"]
        self.assertFalse(shared.keys_with("participation"))  # within the retry delay
        later = time.monotonic() + 31
        with mock.patch.object(cache_fallback.time, "monotonic", return_value=later):
            self.post(self.lookup_url, {"ticket": "HD-1", "contact": "x@example.vn"})
        self.assertTrue(shared.keys_with("participation"))  # back on the shared cache


class CacheLayoutChecksTest(TestCase):
    def ids(self):
        return {
            m.id
            for m in checks.run_checks()
            if m.id in ("wagtail_nd43.W084", "wagtail_nd43.W085")
        }

    def test_layouts(self):
        cases = [
            ({"default": LOCAL}, set()),
            ({"default": DJANGO_REDIS_DEAD_IGNORING}, set()),
            ({"default": DJANGO_REDIS_DEAD}, {"wagtail_nd43.W084"}),
            ({"default": DJANGO_OWN_REDIS_DEAD}, {"wagtail_nd43.W084"}),
            (
                {
                    "default": {
                        **DJANGO_REDIS_DEAD_IGNORING,
                        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
                    }
                },
                {"wagtail_nd43.W085"},
            ),
        ]
        for caches, expected in cases:
            with (
                self.subTest(caches=caches),
                override_settings(
                    CACHES=caches,
                    SILENCED_SYSTEM_CHECKS=["wagtail_nd43.W070", "wagtail_nd43.W071"],
                ),
            ):
                self.assertEqual(self.ids(), expected)

    @override_settings(
        CACHES={"default": DJANGO_REDIS_DEAD}, DJANGO_REDIS_IGNORE_EXCEPTIONS=True
    )
    def test_the_global_django_redis_setting_counts(self):
        self.assertEqual(self.ids(), set())
