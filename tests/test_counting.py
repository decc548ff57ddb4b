"""Page-view and visit counters (CV412-6): who is counted, the beacon, the visitor
box, the reports, and a flush that neither loses nor repeats counts."""

import os
import uuid
from unittest import skipUnless

from django.core import checks
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.counting import flush as flush_module
from wagtail_nd43.counting.beacon import make_token
from wagtail_nd43.counting.bots import is_bot
from wagtail_nd43.counting.store import RedisStore, get_store
from wagtail_nd43.models import (
    CounterFlushBatch,
    PageViewDay,
    SectionPage,
    SiteVisitDay,
)

from .factories import ArticlePageFactory
from .utils import default_site, make_editor, scaffold_site


CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0 Safari/537.36"
)
IPHONE_ZALO = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 Zalo iOS/24.06"
)
COCCOC_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) coc_coc_browser/121.0 Chrome/115.0 Safari/537.36"
)
CUBOT_PHONE = (
    "Mozilla/5.0 (Linux; Android 9; CUBOT X19 Build/PPR1) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/96.0 Mobile Safari/537.36"
)
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)",
    "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0 Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.32",
    "Wget/1.21",
    "",
    "   ",
]

REDIS_URL = os.environ.get("ND43_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_up():
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=0.5).ping())
    except Exception:
        return False


REDIS_UP = redis_up()
if not REDIS_UP and os.environ.get("CI") == "true":
    raise RuntimeError(f"CI=true but Redis is not reachable at {REDIS_URL}")
needs_redis = skipUnless(
    REDIS_UP, f"Redis is not reachable at {REDIS_URL} (start redis-server to run)"
)


def redis_settings(**extra):
    """Settings for a django-redis cache and a counter key prefix of its own."""
    return override_settings(
        CACHES={
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": REDIS_URL,
            }
        },
        WAGTAIL_ND43_COUNTER_KEY_PREFIX=f"nd43test:{uuid.uuid4().hex}",
        **extra,
    )


class BotListTest(TestCase):
    def test_robots_and_empty_user_agents_are_bots(self):
        for agent in BOTS:
            with self.subTest(agent=agent):
                self.assertTrue(is_bot(agent))

    def test_people_are_not(self):
        for agent in (CHROME, IPHONE_ZALO, COCCOC_BROWSER, CUBOT_PHONE):
            with self.subTest(agent=agent):
                self.assertFalse(is_bot(agent))

    @override_settings(WAGTAIL_ND43_COUNTER_EXTRA_BOT_PATTERNS=[r"kiemtra-tudong"])
    def test_a_site_extends_the_list(self):
        self.assertTrue(is_bot("KiemTra-TuDong/1.0"))
        self.assertTrue(is_bot("curl/8"))


class CounterSiteMixin:
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.site = default_site()
        news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
        cls.article = ArticlePageFactory(parent=news, title="Hội nghị tổng kết")
        cls.other = ArticlePageFactory(parent=news, title="Lịch tiếp công dân")

    def setUp(self):
        super().setUp()
        cache.clear()  # repeat-view keys of other tests' visitors

    def visit(self, page=None, agent=CHROME, address="203.0.113.7", client=None):
        client = client or self.client
        return client.get(
            (page or self.article).url,
            HTTP_USER_AGENT=agent,
            REMOTE_ADDR=address,
        )

    def views(self, page=None):
        return PageViewDay.total_for(page or self.article)

    def visits(self):
        return SiteVisitDay.summary(self.site)["total"]


class ServerCountingTest(CounterSiteMixin, WagtailTestUtils, TestCase):
    """Server mode (the default) with the process-local cache: direct writes."""

    def test_a_view_and_a_visit_are_counted_in_todays_rows(self):
        self.visit()
        row = PageViewDay.objects.get(page=self.article)
        self.assertEqual((row.day, row.views), (timezone.localdate(), 1))
        self.assertEqual(SiteVisitDay.objects.get(site=self.site).visits, 1)

    def test_a_reload_within_the_window_counts_once(self):
        for _ in range(3):
            self.visit()
        self.visit(page=self.other)
        self.assertEqual(self.views(), 1)
        self.assertEqual(self.views(self.other), 1)
        self.assertEqual(self.visits(), 1)

    def test_different_visitors_count_separately(self):
        self.visit(address="203.0.113.7")
        self.visit(address="203.0.113.8")
        self.visit(agent=IPHONE_ZALO)
        self.assertEqual(self.views(), 3)
        self.assertEqual(self.visits(), 3)

    @override_settings(WAGTAIL_ND43_COUNTER_DEDUP_SECONDS=0)
    def test_without_a_window_every_view_counts(self):
        for _ in range(4):
            self.visit()
        self.assertEqual(self.views(), 4)
        self.assertEqual(self.visits(), 1)

    def test_bots_are_not_counted(self):
        for agent in BOTS:
            self.visit(agent=agent)
        self.assertEqual(self.views(), 0)
        self.assertEqual(self.visits(), 0)

    def test_prefetches_are_not_counted(self):
        self.client.get(
            self.article.url, HTTP_USER_AGENT=CHROME, HTTP_SEC_PURPOSE="prefetch"
        )
        self.assertEqual(self.views(), 0)

    def test_editors_are_not_counted(self):
        editor = make_editor(self.home)
        client = Client()
        client.force_login(editor)
        self.visit(client=client)
        self.assertEqual(self.views(), 0)

    def test_previews_are_not_counted(self):
        self.login()
        response = self.client.get(
            reverse("wagtailadmin_pages:view_draft", args=[self.article.pk]),
            HTTP_USER_AGENT=CHROME,
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.views(), 0)

    def test_nothing_about_the_visitor_is_stored(self):
        self.visit(address="198.51.100.23")
        stored = str(list(PageViewDay.objects.values())) + str(
            list(SiteVisitDay.objects.values())
        )
        self.assertNotIn("198.51.100.23", stored)
        self.assertNotIn("Chrome", stored)

    @override_settings(WAGTAIL_ND43_COUNTER_MODE="off")
    def test_counting_can_be_switched_off(self):
        response = self.visit()
        self.assertEqual(self.views(), 0)
        self.assertNotContains(response, "nd43-visitors")

    @override_settings(WAGTAIL_ND43_COUNTER_MODE="beacon")
    def test_in_beacon_mode_rendering_does_not_count(self):
        response = self.visit()
        self.assertEqual(self.views(), 0)
        self.assertContains(response, "data-nd43-beacon=")


class DisplayTest(CounterSiteMixin, TestCase):
    def test_the_article_shows_its_views(self):
        PageViewDay.objects.create(
            page=self.article, day=timezone.localdate(), views=41
        )
        response = self.visit()
        self.assertContains(response, "Lượt xem: 42")

    def test_the_footer_shows_the_visitor_box(self):
        today = timezone.localdate()
        SiteVisitDay.objects.create(site=self.site, day=today, visits=5)
        SiteVisitDay.objects.create(
            site=self.site, day=today.replace(year=today.year - 1), visits=1000
        )
        response = self.visit()
        html = response.content.decode()
        self.assertIn('data-nd43-stat="today">6<', html)
        self.assertIn('data-nd43-stat="total">1006<', html)
        self.assertIn('data-nd43-stat="online">1<', html)

    def test_each_counted_view_shows_at_once_with_the_totals_cached(self):
        """Without the Redis buffer the totals are cached too, under a generation
        each counted view renews: the next page shows it, and a repeat view reads
        no totals from the database."""
        first = self.visit(address="192.0.2.1").content.decode()
        self.assertIn("Lượt xem: 1<", first)
        self.assertIn('data-nd43-stat="today">1<', first)

        second = self.visit(address="192.0.2.2").content.decode()
        self.assertIn("Lượt xem: 2<", second)
        self.assertIn('data-nd43-stat="today">2<', second)

        with CaptureQueriesContext(connection) as queries:
            repeat = self.visit(address="192.0.2.2").content.decode()
        self.assertIn("Lượt xem: 2<", repeat)
        counter_tables = ("wagtail_nd43_pageviewday", "wagtail_nd43_sitevisitday")
        self.assertEqual(
            [q["sql"] for q in queries if any(t in q["sql"] for t in counter_tables)],
            [],
        )

    def test_queries_do_not_grow_with_the_days_counted(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.visit(address=f"192.0.2.{count.n}")
            count.n += 1
            return len(queries)

        count.n = 1
        count()
        few = count()
        start = timezone.localdate().toordinal()
        from datetime import date

        SiteVisitDay.objects.bulk_create(
            SiteVisitDay(site=self.site, day=date.fromordinal(start - n), visits=n)
            for n in range(1, 400)
        )
        PageViewDay.objects.bulk_create(
            PageViewDay(page=self.article, day=date.fromordinal(start - n), views=n)
            for n in range(1, 400)
        )
        self.assertEqual(count(), few)


@override_settings(WAGTAIL_ND43_COUNTER_MODE="beacon")
class BeaconTest(CounterSiteMixin, TestCase):
    def setUp(self):
        super().setUp()
        self.client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=CHROME)
        self.url = reverse("wagtail_nd43:count")
        self.token = make_token(self.article.pk, self.site.pk)

    def post(self, body, **extra):
        return self.client.post(self.url, body, content_type="text/plain", **extra)

    def test_a_beacon_counts_without_csrf_token_or_cookie(self):
        response = self.post(self.token)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(self.views(), 1)
        self.assertNotIn("Set-Cookie", str(response.headers))
        self.assertIn("no-store", response["Cache-Control"])

    def test_the_page_carries_the_token(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, f'data-nd43-beacon-token="{self.token}"')

    def test_wrong_methods_are_refused(self):
        self.assertEqual(self.client.get(self.url).status_code, 405)
        self.assertEqual(self.client.put(self.url, self.token).status_code, 405)

    def test_forged_and_unknown_page_ids_are_refused(self):
        forged = f"{self.other.pk}.{self.site.pk}:" + self.token.split(":")[1]
        for body in (forged, str(self.article.pk), "999999.1:abc", "", "\xff\xfe"):
            with self.subTest(body=body):
                self.assertEqual(self.post(body.encode("latin-1")).status_code, 400)
        self.assertEqual(self.views(), 0)

    def test_a_genuine_token_of_a_deleted_page_counts_nothing(self):
        token = make_token(self.other.pk, self.site.pk)
        Page.objects.filter(pk=self.other.pk).delete()
        self.assertEqual(self.post(token).status_code, 204)
        self.assertFalse(PageViewDay.objects.exists())

    def test_huge_bodies_are_refused(self):
        response = self.post(self.token + "x" * 10_000)
        self.assertEqual(response.status_code, 413)
        self.assertEqual(self.views(), 0)

    @override_settings(WAGTAIL_ND43_COUNTER_BEACON_RATE=5)
    def test_floods_are_cut_off(self):
        codes = [self.post(self.token).status_code for _ in range(8)]
        self.assertEqual(codes[:5], [204] * 5)
        self.assertEqual(codes[5:], [429] * 3)
        self.assertEqual(self.views(), 1)

    def test_robots_beacons_are_not_counted(self):
        response = self.post(self.token, HTTP_USER_AGENT=BOTS[0])
        self.assertEqual(response.status_code, 204)
        self.assertEqual(self.views(), 0)

    @override_settings(WAGTAIL_ND43_COUNTER_MODE="server")
    def test_in_server_mode_the_beacon_is_closed(self):
        self.assertEqual(self.post(self.token).status_code, 404)


class CheckTest(TestCase):
    def ids(self):
        return {
            m.id for m in checks.run_checks() if m.id.startswith("wagtail_nd43.W07")
        }

    def test_a_process_local_cache_is_warned_about(self):
        self.assertEqual(self.ids(), {"wagtail_nd43.W070"})

    @override_settings(DEBUG=True)
    def test_a_process_local_cache_is_fine_while_developing(self):
        self.assertEqual(self.ids(), set())

    def deploy_ids(self):
        return [
            m.id
            for m in checks.run_checks(include_deployment_checks=True)
            if m.id.startswith("wagtail_nd43.W07")
        ]

    def test_check_deploy_warns_about_a_process_local_cache_even_in_debug(self):
        with self.settings(DEBUG=True):
            self.assertEqual(self.deploy_ids(), ["wagtail_nd43.W070"])

    def test_check_deploy_without_debug_warns_once(self):
        self.assertEqual(self.deploy_ids(), ["wagtail_nd43.W070"])

    @override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": "nd43_cache",
            }
        }
    )
    def test_a_shared_cache_without_atomic_move_is_warned_about(self):
        self.assertEqual(self.ids(), {"wagtail_nd43.W071"})

    @needs_redis
    def test_redis_needs_no_warning(self):
        with redis_settings():
            self.assertEqual(self.ids(), set())

    @override_settings(WAGTAIL_ND43_COUNTER_MODE="off")
    def test_no_warning_when_counting_is_off(self):
        self.assertEqual(self.ids(), set())


class Crash(Exception):
    pass


def crash_at(name, times=1):
    state = {"left": times}

    def step(current):
        if current == name:
            state["left"] -= 1
            if state["left"] == 0:
                raise Crash(name)

    return step


@needs_redis
class RedisFlushTest(CounterSiteMixin, TestCase):
    """Buffered counting through Redis and ``nd43_flush_counters``."""

    STEPS = ("moved", "read", "applied", "committed", "forgotten")

    def setUp(self):
        super().setUp()
        self.settings_override = redis_settings(WAGTAIL_ND43_COUNTER_DEDUP_SECONDS=0)
        self.settings_override.enable()
        self.store = get_store()
        self.assertIsInstance(self.store, RedisStore)

    def tearDown(self):
        keys = list(self.store.client.scan_iter(f"{self.store.prefix}:*"))
        if keys:
            self.store.client.delete(*keys)
        self.settings_override.disable()

    def hits(self, page, n, start=0):
        day = timezone.localdate()
        for number in range(start, start + n):
            self.store.hit(page.pk, self.site.pk, day, f"visitor{number}")

    def test_recording_buffers_in_redis_until_the_flush(self):
        self.visit()
        self.assertEqual(PageViewDay.objects.count(), 0)
        self.assertEqual(
            self.store.pending_views(self.article.pk, timezone.localdate()), 1
        )
        self.assertContains(self.visit(address="192.0.2.1"), "Lượt xem: 2")
        call_command("nd43_flush_counters", verbosity=0)
        self.assertEqual(self.views(), 2)
        self.assertEqual(self.visits(), 2)
        # The totals shown were cached before the flush; the flush makes them
        # stale, so the page shows the flushed counts, not 0 + nothing pending.
        response = self.visit(agent=BOTS[0])
        self.assertContains(response, "Lượt xem: 2")
        self.assertContains(response, 'data-nd43-stat="total">2<')

    def test_a_flush_with_nothing_pending_does_nothing(self):
        result = flush_module.flush(store=self.store)
        self.assertEqual((result.chunks, result.batches), (0, []))

    def test_a_flush_killed_at_any_step_neither_loses_nor_repeats(self):
        for number, step in enumerate(self.STEPS):
            with self.subTest(step=step):
                self.hits(self.article, 7, start=100 * number)
                self.hits(self.other, 3, start=100 * number)
                with self.assertRaises(Crash):
                    flush_module.flush(step=crash_at(step), chunk_size=1)
                self.hits(self.article, 2, start=100 * number + 50)  # meanwhile
                flush_module.flush(chunk_size=1)
                self.assertEqual(self.views(), 9 * (number + 1))
                self.assertEqual(self.views(self.other), 3 * (number + 1))
                # 9 distinct visitors each round (visits are not de-duplicated off)
                self.assertEqual(self.visits(), 9 * (number + 1))
                self.assertEqual(self.store.pending_batches(), [])

    def test_a_resumed_flush_keeps_the_first_chunking(self):
        self.hits(self.article, 5)
        self.hits(self.other, 5, start=10)
        with self.assertRaises(Crash):
            flush_module.flush(step=crash_at("committed", times=2), chunk_size=1)
        flush_module.flush(chunk_size=500)
        self.assertEqual(self.views(), 5)
        self.assertEqual(self.views(self.other), 5)
        self.assertEqual(self.visits(), 10)

    def test_the_recovery_itself_can_crash(self):
        self.hits(self.article, 4)
        with self.assertRaises(Crash):
            flush_module.flush(step=crash_at("read"))
        with self.assertRaises(Crash):
            flush_module.flush(step=crash_at("applied"))
        with self.assertRaises(Crash):
            flush_module.flush(step=crash_at("committed"))
        flush_module.flush()
        self.assertEqual(self.views(), 4)

    def test_two_flushes_of_one_batch_apply_it_once(self):
        self.hits(self.article, 6)
        with self.assertRaises(Crash):
            flush_module.flush(step=crash_at("read"))
        batch = self.store.pending_batches()[0]

        def other_flush_meanwhile(step):
            # A second flush finishes the batch while this one is between reading
            # it and applying it.
            if step == "read":
                flush_module.apply_batch(self.store, batch, flush_module.FlushResult())

        slow = flush_module.FlushResult()
        flush_module.apply_batch(self.store, batch, slow, step=other_flush_meanwhile)
        self.assertEqual(slow.skipped_chunks, 1)
        self.assertEqual(self.views(), 6)
        self.assertEqual(
            CounterFlushBatch.objects.filter(batch_id__startswith=batch).count(), 1
        )
        self.assertEqual(self.store.pending_batches(), [])

    def test_counts_of_deleted_pages_are_dropped_not_fatal(self):
        self.hits(self.other, 3)
        self.hits(self.article, 2, start=10)
        Page.objects.filter(pk=self.other.pk).delete()
        result = flush_module.flush()
        self.assertEqual((result.views, result.dropped), (2, 3))
        self.assertEqual(self.views(), 2)

    def test_online_now_counts_distinct_recent_visitors(self):
        self.hits(self.article, 3)
        self.hits(self.other, 2)  # the same three visitors, two of them again
        self.assertEqual(self.store.online(self.site.pk), 3)


class ReportTest(CounterSiteMixin, WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        today = timezone.localdate()
        PageViewDay.objects.create(page=cls.article, day=today, views=30)
        PageViewDay.objects.create(page=cls.other, day=today, views=12)
        PageViewDay.objects.create(
            page=cls.other, day=today.replace(year=today.year - 1), views=100
        )
        SiteVisitDay.objects.create(site=cls.site, day=today, visits=77)
        SiteVisitDay.objects.create(
            site=cls.site, day=today.replace(day=1, year=today.year - 1), visits=5
        )

    def setUp(self):
        super().setUp()
        self.login()

    def test_most_viewed_pages_in_a_period(self):
        today = timezone.localdate().isoformat()
        response = self.client.get(
            reverse("wagtail_nd43_admin:most_viewed"),
            {"day_from": today, "day_to": today},
        )
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertLess(
            html.index("Hội nghị tổng kết"), html.index("Lịch tiếp công dân")
        )
        response = self.client.get(reverse("wagtail_nd43_admin:most_viewed"))
        html = response.content.decode()
        self.assertLess(
            html.index("Lịch tiếp công dân"), html.index("Hội nghị tổng kết")
        )

    def test_most_viewed_pages_export_as_csv(self):
        response = self.client.get(
            reverse("wagtail_nd43_admin:most_viewed"), {"export": "csv"}
        )
        content = b"".join(response.streaming_content).decode()
        self.assertIn("Lịch tiếp công dân", content)
        self.assertIn("112", content)

    def test_visits_per_day_and_month_with_a_chart(self):
        url = reverse("wagtail_nd43_admin:visits")
        response = self.client.get(url)
        self.assertContains(response, "<svg")
        self.assertContains(response, "77")
        response = self.client.get(url, {"group": "month", "export": "csv"})
        content = b"".join(response.streaming_content).decode()
        self.assertIn("77", content)
        self.assertIn("5", content)

    def test_the_reports_old_addresses_redirect_with_their_query(self):
        for old, name in [
            ("/admin/nd43-counters/", "most_viewed"),
            ("/admin/nd43-counters/visits/", "visits"),
        ]:
            with self.subTest(old):
                response = self.client.get(old, {"export": "csv"})
                self.assertRedirects(
                    response,
                    reverse(f"wagtail_nd43_admin:{name}") + "?export=csv",
                    fetch_redirect_response=False,
                )

    def test_people_without_the_permission_are_refused(self):
        user = make_editor(self.home, username="bientapvien")
        self.client.force_login(user)
        response = self.client.get(reverse("wagtail_nd43_admin:visits"))
        self.assertEqual(response.status_code, 302)
