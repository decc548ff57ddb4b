"""Issue 16: one trusted client address. A client writes whatever it likes into
``X-Forwarded-For``; only what a trusted proxy wrote may count, rate-limit or log."""

from django.core import checks
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings

from wagtail_nd43.client_address import client_address, parse_address

from .test_counting import CHROME, CounterSiteMixin
from .test_participation import ParticipationSiteMixin


XFF = "HTTP_X_FORWARDED_FOR"
CLIENT = "198.51.100.23"  # what the last trusted proxy saw
NGINX = "10.0.0.5"
CDN_EDGE = "172.16.4.9"
SPOOFS = ["1.2.3.4", "127.0.0.1", "10.0.0.1", "unknown", "::1", "999.1.1.1", "x" * 300]


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra[XFF] = forwarded
    return RequestFactory().get("/", **extra)


class ParseAddressTest(SimpleTestCase):
    def test_forms_proxies_write(self):
        cases = {
            "203.0.113.5": "203.0.113.5",
            " 203.0.113.5 ": "203.0.113.5",
            "203.0.113.5:51234": "203.0.113.5",
            "[2001:db8::1]:443": "2001:db8::1",
            "2001:DB8:0::1": "2001:db8::1",
            "::ffff:203.0.113.5": "203.0.113.5",
            "unknown": None,
            "_hidden": None,
            "": None,
            "203.0.113.5\x00": None,
            "1" * 100: None,
        }
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                self.assertEqual(parse_address(raw), expected)


class ClientAddressTest(SimpleTestCase):
    def test_without_a_header_setting_the_header_is_ignored(self):
        self.assertEqual(client_address(request(CLIENT, "1.2.3.4")), CLIENT)

    @override_settings(
        WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF, WAGTAIL_ND43_TRUSTED_PROXY_COUNT=1
    )
    def test_one_proxy_spoofed_entries_in_every_position_are_ignored(self):
        # nginx appends the address it saw; everything left of it is the client's.
        for spoof in SPOOFS:
            for forwarded in (
                CLIENT,
                f"{spoof}, {CLIENT}",
                f"{spoof}, {spoof}, {CLIENT}",
                f"{CLIENT}, {spoof}, {CLIENT}",
            ):
                with self.subTest(forwarded=forwarded):
                    self.assertEqual(client_address(request(NGINX, forwarded)), CLIENT)

    @override_settings(
        WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF, WAGTAIL_ND43_TRUSTED_PROXY_COUNT=2
    )
    def test_cdn_and_nginx(self):
        # The CDN appends the client, nginx appends the CDN edge.
        for spoof in SPOOFS:
            with self.subTest(spoof=spoof):
                self.assertEqual(
                    client_address(request(NGINX, f"{spoof}, {CLIENT}, {CDN_EDGE}")),
                    CLIENT,
                )
        # A request that bypassed the CDN (nginx only) has one entry: nginx's.
        self.assertEqual(client_address(request(NGINX, CLIENT)), CLIENT)

    @override_settings(
        WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF,
        WAGTAIL_ND43_TRUSTED_PROXIES=["10.0.0.0/8", "172.16.0.0/12"],
    )
    def test_trusted_networks(self):
        for spoof in SPOOFS:
            with self.subTest(spoof=spoof):
                # Walked from the right past trusted proxies.
                self.assertEqual(
                    client_address(request(NGINX, f"{spoof}, {CLIENT}, {CDN_EDGE}")),
                    CLIENT,
                )
                self.assertEqual(
                    client_address(request(NGINX, f"{spoof}, {CLIENT}")), CLIENT
                )
                # A client talking to Django directly cannot use the header at all.
                self.assertEqual(
                    client_address(request(CLIENT, f"{spoof}, 203.0.113.99")), CLIENT
                )

    @override_settings(
        WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF, WAGTAIL_ND43_TRUSTED_PROXY_COUNT=1
    )
    def test_garbage_from_the_proxy_falls_back_to_the_peer(self):
        self.assertEqual(client_address(request(NGINX, "1.2.3.4, unknown")), NGINX)
        self.assertEqual(client_address(request(NGINX, "")), NGINX)


class ClientAddressChecksTest(SimpleTestCase):
    def ids(self):
        return {
            message.id
            for message in checks.run_checks()
            if message.id and message.id[len("wagtail_nd43.") :][1:3] == "08"
        }

    def test_default_is_quiet(self):
        self.assertEqual(self.ids(), set())

    def test_unsafe_and_wrong_combinations(self):
        cases = [
            ({"WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER": XFF}, "wagtail_nd43.W080"),
            ({"WAGTAIL_ND43_TRUSTED_PROXY_COUNT": 1}, "wagtail_nd43.W081"),
            (
                {
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER": XFF,
                    "WAGTAIL_ND43_TRUSTED_PROXY_COUNT": 1,
                    "WAGTAIL_ND43_TRUSTED_PROXIES": ["10.0.0.0/8"],
                },
                "wagtail_nd43.W082",
            ),
            (
                {
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER": XFF,
                    "WAGTAIL_ND43_TRUSTED_PROXIES": ["0.0.0.0/0"],
                },
                "wagtail_nd43.W083",
            ),
            (
                {
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER": XFF,
                    "WAGTAIL_ND43_TRUSTED_PROXY_COUNT": "1",
                },
                # Read as no count at all: W080 as well.
                {"wagtail_nd43.E080", "wagtail_nd43.W080"},
            ),
            (
                {
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER": XFF,
                    "WAGTAIL_ND43_TRUSTED_PROXIES": ["nginx"],
                },
                "wagtail_nd43.E081",
            ),
            (
                {
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER": "X-Forwarded-For",
                    "WAGTAIL_ND43_TRUSTED_PROXY_COUNT": 1,
                },
                "wagtail_nd43.E082",
            ),
        ]
        for overrides, expected in cases:
            if isinstance(expected, str):
                expected = {expected}
            with self.subTest(expected=expected), override_settings(**overrides):
                self.assertEqual(self.ids(), expected)

    @override_settings(
        WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF, WAGTAIL_ND43_TRUSTED_PROXY_COUNT=1
    )
    def test_a_correct_setup_is_quiet(self):
        self.assertEqual(self.ids(), set())


@override_settings(
    WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF, WAGTAIL_ND43_TRUSTED_PROXY_COUNT=1
)
class SpoofingCannotMoveCountersTest(CounterSiteMixin, TestCase):
    def test_fifty_reloads_with_a_rotating_first_entry_count_once(self):
        for n in range(50):
            response = self.client.get(
                self.article.url,
                HTTP_USER_AGENT=CHROME,
                REMOTE_ADDR=NGINX,
                HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, {CLIENT}",
            )
            self.assertEqual(response.status_code, 200)
        self.assertEqual(self.views(), 1)


@override_settings(
    WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER=XFF, WAGTAIL_ND43_TRUSTED_PROXY_COUNT=1
)
class SpoofingCannotMoveRateLimitsTest(ParticipationSiteMixin, TestCase):
    def test_thirty_lookups_with_a_rotating_first_entry_are_throttled(self):
        statuses = [
            self.post(
                self.lookup_url,
                {"ticket": "HD-0000-0000", "contact": "khong@example.vn"},
                REMOTE_ADDR=NGINX,
                HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, {CLIENT}",
            ).status_code
            for n in range(30)
        ]
        self.assertEqual(statuses[:10], [404] * 10)
        self.assertEqual(set(statuses[10:]), {429})

    def test_different_clients_behind_the_proxy_are_separate(self):
        for _n in range(10):
            self.post(
                self.lookup_url,
                {"ticket": "HD-0000-0000", "contact": "khong@example.vn"},
                REMOTE_ADDR=NGINX,
                HTTP_X_FORWARDED_FOR=CLIENT,
            )
        response = self.post(
            self.lookup_url,
            {"ticket": "HD-0000-0000", "contact": "khong@example.vn"},
            REMOTE_ADDR=NGINX,
            HTTP_X_FORWARDED_FOR="198.51.100.24",
        )
        self.assertEqual(response.status_code, 404)
