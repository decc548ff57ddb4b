"""Issue 16: counting semantics a statistician would accept. A visit is a session
that ends after 30 minutes without a view; a client address cannot multiply its
beacon allowance by rotating its user agent."""

import time
from unittest import mock

from django.test import Client, TestCase, override_settings
from django.urls import reverse

from wagtail_nd43.counting.beacon import make_token

from .test_counting import CHROME, CounterSiteMixin


MINUTE = 60


class VisitsAreSessionsTest(CounterSiteMixin, TestCase):
    def visit_at(self, seconds, page=None):
        with mock.patch("time.time", return_value=self.start + seconds):
            self.visit(page=page)

    def setUp(self):
        super().setUp()
        self.start = time.time()

    def test_a_long_reading_session_is_one_visit(self):
        # Two hours of reading, a view every 20 minutes: one session.
        for minute in range(0, 121, 20):
            page = self.article if minute % 40 else self.other
            self.visit_at(minute * MINUTE, page=page)
        self.assertEqual(self.visits(), 1)

    def test_thirty_minutes_without_a_view_end_the_visit(self):
        self.visit_at(0)
        self.visit_at(29 * MINUTE, page=self.other)
        self.assertEqual(self.visits(), 1)
        self.visit_at(29 * MINUTE + 31 * MINUTE, page=self.other)
        self.assertEqual(self.visits(), 2)

    def test_repeat_views_extend_the_session_too(self):
        for minute in (0, 25, 50, 75):
            self.visit_at(minute * MINUTE)
        self.assertEqual(self.visits(), 1)
        # Views of one page are still counted once per 30 minutes from the counted
        # one (at 0 and 50), unlike the visit, which the views at 25 and 50 extend.
        self.assertEqual(self.views(), 2)


@override_settings(WAGTAIL_ND43_COUNTER_MODE="beacon")
class BeaconAddressCapTest(CounterSiteMixin, TestCase):
    def setUp(self):
        super().setUp()
        self.client = Client(enforce_csrf_checks=True)
        self.token = make_token(self.article.pk, self.site.pk)

    def beacon(self, agent, address="203.0.113.50"):
        return self.client.post(
            reverse("wagtail_nd43:count"),
            self.token,
            content_type="text/plain",
            HTTP_USER_AGENT=agent,
            REMOTE_ADDR=address,
        ).status_code

    def test_seventy_user_agents_from_one_address_are_capped(self):
        statuses = [self.beacon(f"{CHROME} build/{n}") for n in range(70)]
        self.assertEqual(statuses.count(204), 30)
        self.assertEqual(statuses.count(429), 40)
        self.assertEqual(self.views(), 30)
        # Another address is not affected.
        self.assertEqual(self.beacon(CHROME, address="203.0.113.51"), 204)
        self.assertEqual(self.views(), 31)

    @override_settings(WAGTAIL_ND43_COUNTER_BEACON_ADDRESS_RATE=500)
    def test_the_cap_can_be_raised_for_a_shared_address(self):
        statuses = [self.beacon(f"{CHROME} build/{n}") for n in range(70)]
        self.assertEqual(set(statuses), {204})
        self.assertEqual(self.views(), 70)
