"""Campaign banners, site alerts and mourning mode (CV412-4, CV412-5): what the
editor may enter, what a visitor sees and when, also from a cached page."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.banner_examples import CITY_PORTAL, SEA_AND_ISLANDS
from wagtail_nd43.models import (
    Banner,
    MourningPeriod,
    SectionPage,
    SiteAlert,
)
from wagtail_nd43.models.banners import validate_external_url
from wagtail_nd43.rulebook import SO
from wagtail_nd43.scheduling import Schedule

from .factories import (
    BannerFactory,
    ImageFactory,
    MourningPeriodFactory,
    SiteAlertFactory,
)
from .utils import run_scaffold, scaffold_site


HOUR = datetime.timedelta(hours=1)
SECOND = datetime.timedelta(seconds=1)


def page_html(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response, response.content.decode()


class ExternalAddressTest(TestCase):
    """Only absolute http/https addresses on a named host can be linked."""

    ACCEPTED = [
        "https://www.hochiminhcity.gov.vn/",
        "http://example.gov.vn/tin-tuc?id=3#top",
        "HTTPS://WWW.CHINHPHU.VN/",
        "https://bộcôngan.vn/tin-tuc",  # IDN host
        "https://xn--bcng-tra6b8w.vn/",  # the same host, punycode
        "https://thư.việt.vn:8443/đường-dẫn",
    ]
    REFUSED = {
        "javascript:alert(1)": "url_scheme",
        "JavaScript:alert(document.cookie)": "url_scheme",
        " javascript:alert(1)": "url_scheme",
        "data:text/html;base64,PHNjcmlwdD4=": "url_scheme",
        "vbscript:msgbox(1)": "url_scheme",
        "ftp://files.example.vn/a.pdf": "url_scheme",
        "mailto:vanphong@example.gov.vn": "url_scheme",
        "/tin-tuc/": "url_relative",
        "tin-tuc/bai-viet": "url_relative",
        "//evil.example/": "url_relative",
        "www.hochiminhcity.gov.vn": "url_relative",
        "https://": "url_host",
        "http:///path-only": "url_host",
        "https://exa mple.vn/": "url_whitespace",
        "https://example.vn/\nSet-Cookie: x": "url_whitespace",
        "https://-bad-.vn:99999/": "url_invalid",
    }

    def test_web_addresses_are_accepted(self):
        for value in self.ACCEPTED:
            with self.subTest(value=value):
                validate_external_url(value)

    def test_other_addresses_are_refused_with_the_reason(self):
        for value, code in self.REFUSED.items():
            with self.subTest(value=value):
                with self.assertRaises(ValidationError) as caught:
                    validate_external_url(value)
                self.assertEqual(caught.exception.code, code)


class BannerValidationTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.image = ImageFactory()

    def banner(self, **kwargs):
        values = {
            "title": "Biển, đảo Việt Nam",
            "image": self.image,
            "image_alt": "Biển, đảo Việt Nam. Xem trên cổng thành phố.",
            "link_url": "https://www.hochiminhcity.gov.vn/",
            "placement": "home-top",
        }
        values.update(kwargs)
        return Banner(**values)

    def errors(self, banner):
        with self.assertRaises(ValidationError) as caught:
            banner.full_clean()
        return caught.exception.message_dict

    def test_a_complete_banner_is_valid(self):
        self.banner().full_clean()

    def test_alt_text_is_required(self):
        for alt in ("", "   "):
            with self.subTest(alt=alt):
                self.assertIn("image_alt", self.errors(self.banner(image_alt=alt)))

    def test_the_image_is_required(self):
        self.assertIn("image", self.errors(self.banner(image=None)))

    def test_a_banner_links_to_a_page_or_an_address_not_both_nor_neither(self):
        page = scaffold_site("so")
        self.assertIn(
            "link_url", self.errors(self.banner(link_page=page, link_url=CITY_PORTAL))
        )
        self.assertIn("link_url", self.errors(self.banner(link_url="")))
        self.banner(link_page=page, link_url="").full_clean()

    def test_a_javascript_address_is_refused_on_the_banner(self):
        self.assertIn("link_url", self.errors(self.banner(link_url="javascript:x()")))

    def test_the_end_must_follow_the_start(self):
        now = timezone.now()
        errors = self.errors(self.banner(start_at=now, end_at=now))
        self.assertIn("end_at", errors)

    def test_an_unknown_placement_is_refused(self):
        self.assertIn("placement", self.errors(self.banner(placement="popup")))

    @override_settings(
        WAGTAIL_ND43_BANNER_PLACEMENTS=[
            ("home-top", "Trang chủ", "max-1200x400"),
            ("popup", "Cửa sổ", "max-600x400"),
        ]
    )
    def test_placements_are_extensible_by_setting(self):
        self.banner(placement="popup").full_clean()
        field = Banner._meta.get_field("placement")
        self.assertIn("popup", dict(field.choices))

    def test_a_mourning_period_needs_a_start_and_an_end(self):
        period = MourningPeriod(title="Quốc tang", notice="Treo cờ rủ.")
        with self.assertRaises(ValidationError):
            period.full_clean()


class SchedulingBoundariesTest(TestCase):
    """A banner shows from its start (inclusive) until its end (exclusive)."""

    @classmethod
    def setUpTestData(cls):
        cls.start = timezone.now().replace(microsecond=0) + 2 * HOUR
        cls.end = cls.start + HOUR
        cls.banner = BannerFactory(start_at=cls.start, end_at=cls.end)
        cls.far = BannerFactory(start_at=cls.start + 24 * HOUR)
        cls.draft = BannerFactory(live=False)

    def shown(self, now):
        return {b.pk: b.is_active(now) for b in Schedule(now=now).banners("home-top")}

    def test_before_the_horizon_it_is_not_in_the_page(self):
        self.assertNotIn(self.banner.pk, self.shown(self.start - HOUR))

    def test_within_the_horizon_it_is_in_the_page_but_hidden(self):
        self.assertEqual(self.shown(self.start - SECOND)[self.banner.pk], False)

    def test_at_its_start_it_shows(self):
        self.assertTrue(self.shown(self.start)[self.banner.pk])

    def test_just_before_its_end_it_shows(self):
        self.assertTrue(self.shown(self.end - SECOND)[self.banner.pk])

    def test_at_its_end_it_is_gone(self):
        self.assertNotIn(self.banner.pk, self.shown(self.end))

    def test_drafts_never_show(self):
        self.assertNotIn(self.draft.pk, self.shown(self.start))

    def test_the_next_change_is_the_nearest_start_or_end(self):
        schedule = Schedule(now=self.start - HOUR)
        schedule.banners("home-top")
        self.assertEqual(schedule.next_change, self.start)
        schedule = Schedule(now=self.start)
        schedule.banners("home-top")
        self.assertEqual(schedule.next_change, self.end)


class BannerRenderingTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        now = timezone.now()
        cls.current = BannerFactory(title="Đang diễn ra", end_at=now + 3 * HOUR)
        cls.soon = BannerFactory(title="Sắp bắt đầu", start_at=now + 5 * 60 * SECOND)
        cls.footer = BannerFactory(title="Chân trang", placement="footer-strip")
        cls.internal = BannerFactory(
            title="Bầu cử",
            link_url="",
            link_page=SectionPage.objects.get(requirement_key="pho-bien-phap-luat"),
        )

    def test_the_home_page_shows_banners_with_alt_text_and_link(self):
        _response, html = page_html(self.client)
        self.assertIn(f'title="{self.current.title}"', html)
        self.assertIn(f'alt="{self.current.image_alt}"', html)
        self.assertIn('href="https://www.hochiminhcity.gov.vn/" ', html)
        self.assertIn(f'href="{self.internal.link_page.url}"', html)

    def test_a_banner_starting_soon_is_in_the_page_hidden_with_its_times(self):
        _response, html = page_html(self.client)
        item = re.search(
            r'<li class="nd43-banner"[^>]*>\s*<a [^>]*title="Sắp bắt đầu"', html
        ).group(0)
        self.assertIn(f'data-nd43-start="{int(self.soon.start_at.timestamp())}"', item)
        self.assertIn(" hidden>", item)

    def test_the_footer_strip_is_on_every_page(self):
        article_section = SectionPage.objects.get(requirement_key="pho-bien-phap-luat")
        _response, html = page_html(self.client, article_section.url)
        self.assertIn('title="Chân trang"', html)
        self.assertNotIn('title="Đang diễn ra"', html)

    def test_no_query_per_banner(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                page_html(self.client)
            return len(queries)

        page_html(self.client)  # renditions of the first banners
        few = count()
        BannerFactory.create_batch(6)
        BannerFactory.create_batch(3, placement="footer-strip")
        BannerFactory.create_batch(3, placement="sidebar", is_festive=True)
        page_html(self.client)  # creates the new images' renditions once
        self.assertEqual(count(), few)


class ScheduleCacheMiddlewareTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.ends_in = 120  # below WAGTAIL_ND43_PAGE_MAX_AGE (300), which it caps
        BannerFactory(end_at=timezone.now() + datetime.timedelta(seconds=cls.ends_in))

    def max_age(self, response):
        match = re.search(r"max-age=(\d+)", response["Cache-Control"])
        return int(match.group(1))

    def test_the_cache_lifetime_is_capped_at_the_banners_end(self):
        response = self.client.get("/")
        self.assertLessEqual(self.max_age(response), self.ends_in)
        self.assertGreater(self.max_age(response), self.ends_in - 60)

    def test_a_longer_lifetime_set_by_the_site_is_shortened(self):
        from django.views.decorators.cache import cache_control

        from wagtail_nd43.scheduling import ScheduleCacheMiddleware, for_request

        request = RequestFactory().get("/")
        for_request(request).banners("home-top")

        @cache_control(max_age=3600, s_maxage=7200, public=True)
        def view(request):
            from django.http import HttpResponse

            return HttpResponse("ok")

        response = ScheduleCacheMiddleware(view)(request)
        self.assertLessEqual(self.max_age(response), self.ends_in)
        shared = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
        self.assertLessEqual(shared, self.ends_in)

    def test_private_responses_are_left_alone(self):
        from django.http import HttpResponse
        from django.views.decorators.cache import never_cache

        from wagtail_nd43.scheduling import ScheduleCacheMiddleware, for_request

        request = RequestFactory().get("/")
        for_request(request).banners("home-top")
        response = ScheduleCacheMiddleware(never_cache(lambda r: HttpResponse()))(
            request
        )
        self.assertNotIn("max-age=5", response["Cache-Control"])
        self.assertIn("max-age=0", response["Cache-Control"])


class SiteAlertTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.notice = SiteAlertFactory(severity="announcement", title="Lịch tiếp dân")
        cls.storm = SiteAlertFactory(severity="emergency", title="Bão số 9")

    def test_alerts_are_shown_above_everything_most_severe_first(self):
        _response, html = page_html(self.client)
        body = html[html.index("<body") :]
        storm = body.index("Bão số 9")
        self.assertLess(storm, body.index("Lịch tiếp dân"))
        self.assertLess(storm, body.index('class="nd43-header'))

    def test_without_javascript_an_alert_stays_visible(self):
        _response, html = page_html(self.client)
        section = re.search(r'<section class="nd43-alert [^>]*>', html).group(0)
        self.assertNotIn("hidden", section)
        button = re.search(r"<button[^>]*data-nd43-dismiss[^>]*>", html).group(0)
        self.assertIn("hidden", button)  # shown by site.js, which can dismiss

    def test_the_dismissal_key_changes_when_the_content_changes(self):
        _response, html = page_html(self.client)
        before = self.storm.content_hash
        self.assertIn(f'data-nd43-alert="{before}"', html)
        self.storm.text = "Bão số 9 đã suy yếu thành áp thấp."
        self.storm.save()
        _response, html = page_html(self.client)
        self.assertNotEqual(self.storm.content_hash, before)
        self.assertIn(f'data-nd43-alert="{self.storm.content_hash}"', html)
        self.assertNotIn(before, html)

    def test_an_ended_alert_is_gone(self):
        SiteAlert.objects.filter(pk=self.notice.pk).update(
            end_at=timezone.now() - SECOND
        )
        _response, html = page_html(self.client)
        self.assertNotIn("Lịch tiếp dân", html)


class MourningTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        now = timezone.now()
        cls.period = MourningPeriodFactory(start_at=now - HOUR, end_at=now + 24 * HOUR)
        cls.festive = BannerFactory(title="Mừng Xuân", is_festive=True)
        cls.campaign = BannerFactory(title="Phòng chống dịch")
        cls.festive_footer = BannerFactory(
            title="Mừng Quốc khánh", is_festive=True, placement="footer-strip"
        )

    def test_the_site_turns_grey_and_shows_the_notice(self):
        _response, html = page_html(self.client)
        self.assertRegex(html, r'<html lang="vi" class="nd43-mourning">')
        self.assertIn(self.period.notice, html)

    def test_only_festive_banners_are_hidden(self):
        _response, html = page_html(self.client)
        self.assertIn('title="Phòng chống dịch"', html)
        self.assertNotIn("Mừng Xuân", html)
        self.assertNotIn("Mừng Quốc khánh", html)

    def test_after_the_period_festive_banners_return(self):
        MourningPeriod.objects.update(end_at=timezone.now() - SECOND)
        _response, html = page_html(self.client)
        self.assertNotIn("nd43-mourning", html.split("<head>")[0])
        self.assertIn('title="Mừng Xuân"', html)
        self.assertIn("data-nd43-festive", html)


class BannerExamplesTest(TestCase):
    """The scaffold seeds the letter's examples, unpublished, once."""

    @classmethod
    def setUpTestData(cls):
        scaffold_site(SO)  # replayed: what `nd43_scaffold --level so` builds

    def test_the_letters_examples_are_seeded_as_drafts(self):
        banners = {b.title: b for b in Banner.objects.all()}
        sea = banners[SEA_AND_ISLANDS]
        self.assertEqual(sea.link_url, CITY_PORTAL)
        self.assertFalse(sea.live)
        election = next(b for b in banners.values() if b.link_page_id)
        self.assertEqual(
            election.link_page.specific.requirement_key, "pho-bien-phap-luat"
        )
        self.assertFalse(any(b.live for b in banners.values()))
        self.assertTrue(all(b.latest_revision_id for b in banners.values()))

    def test_a_second_run_adds_nothing(self):
        before = list(Banner.objects.values_list("pk", flat=True))
        run_scaffold("--level", "so")
        self.assertEqual(list(Banner.objects.values_list("pk", flat=True)), before)

    def test_seeded_examples_are_not_shown(self):
        _response, html = page_html(self.client)
        self.assertNotIn(SEA_AND_ISLANDS, html)


class BannerAdminTest(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site("so")
        cls.image = ImageFactory()

    def setUp(self):
        self.login()

    def test_the_banner_form_is_in_vietnamese_and_refuses_a_script_link(self):
        url = reverse("wagtailsnippets_wagtail_nd43_banner:add")
        response = self.client.get(url)
        self.assertContains(response, "Mô tả hình ảnh")
        response = self.client.post(
            url,
            {
                "title": "Thử",
                "image": self.image.pk,
                "image_alt": "Thử",
                "link_url": "javascript:alert(1)",
                "placement": "home-top",
                "sort_order": 0,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(Banner.objects.filter(title="Thử").exists())
        self.assertContains(response, "javascript")

    def test_a_banner_can_be_previewed(self):
        banner = BannerFactory()
        url = reverse(
            "wagtailsnippets_wagtail_nd43_banner:preview_on_edit", args=[banner.pk]
        )
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)

    def test_the_alert_and_mourning_listings_open(self):
        for name in ("sitealert", "mourningperiod", "banner"):
            with self.subTest(name=name):
                url = reverse(f"wagtailsnippets_wagtail_nd43_{name}:list")
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_the_mourning_form_does_not_offer_leaving_its_dates_empty(self):
        """Its dates are required (see the model's clean()): the help texts of the
        other scheduled items ("leave empty to show…") would contradict that."""
        response = self.client.get(
            reverse("wagtailsnippets_wagtail_nd43_mourningperiod:add")
        )
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Leave empty")
        self.assertNotContains(response, "Để trống")
        self.assertContains(response, "Thời điểm bắt đầu tang lễ")
