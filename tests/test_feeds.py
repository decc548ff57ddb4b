"""``wagtail_nd43.feeds``: the press releases' RSS 2.0 feed, as a feed reader or a
portal that integrates the agency's information (ND43-16) reads it."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

from django.test import TestCase
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from wagtail_nd43.models import AgencySettings, PressReleasePage
from wagtail_nd43.rulebook import UBND_TINH

from .factories import PressReleasePageFactory
from .utils import default_site, scaffold_site, section_page


AGENCY = "Ủy ban nhân dân tỉnh Bình An"


class PressFeedTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = default_site()
        cls.home = scaffold_site(UBND_TINH)
        identity = AgencySettings.for_site(cls.site)
        identity.full_name = AGENCY
        identity.save()
        cls.press = section_page(cls.home, "thong-tin-bao-chi")
        periodic = section_page(cls.home, "thong-tin-bao-chi.dinh-ky")
        ad_hoc = section_page(cls.home, "thong-tin-bao-chi.dot-xuat")
        conferences = section_page(cls.home, "thong-tin-bao-chi.hop-bao")
        cls.newest_first = [
            PressReleasePageFactory(
                parent=conferences,
                title="Họp báo quý II/2025",
                kind=PressReleasePage.CONFERENCE,
                date=datetime.date(2025, 6, 30),
                lead="Họp báo thường kỳ quý II.",
            ),
            PressReleasePageFactory(
                parent=ad_hoc,
                title="Thông tin ban đầu vụ sạt lở đèo Bảo Lộc",
                kind=PressReleasePage.AD_HOC,
                event_at=timezone.now() - datetime.timedelta(days=200),
                date=datetime.date(2025, 4, 2),
            ),
            PressReleasePageFactory(
                parent=periodic,
                title="Thông tin định kỳ tháng 3/2025",
                kind=PressReleasePage.PERIODIC,
                date=datetime.date(2025, 3, 31),
            ),
        ]
        cls.draft = PressReleasePageFactory(
            parent=periodic, title="Bản nháp chưa được duyệt", live=False
        )
        cls.private = PressReleasePageFactory(
            parent=periodic, title="Thông tin nội bộ có mật khẩu"
        )
        PageViewRestriction.objects.create(
            page=cls.private,
            restriction_type=PageViewRestriction.PASSWORD,
            password="noi-bo",
        )
        cls.elsewhere = PressReleasePageFactory.build(title="Không thuộc chuyên mục")

    def fetch(self):
        response = self.client.get(self.press.url + "rss/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        return ET.fromstring(response.content)

    def test_it_is_an_rss_2_feed_with_a_channel(self):
        rss = self.fetch()

        self.assertEqual(rss.tag, "rss")
        self.assertEqual(rss.get("version"), "2.0")
        channel = rss.find("channel")
        self.assertEqual(channel.findtext("title"), f"{self.press.title} – {AGENCY}")
        self.assertEqual(channel.findtext("link"), self.press.full_url)
        self.assertIn(AGENCY, channel.findtext("description"))

    def test_items_are_the_live_public_releases_newest_first(self):
        items = self.fetch().find("channel").findall("item")

        self.assertEqual(
            [item.findtext("title") for item in items],
            [release.title for release in self.newest_first],
        )
        self.assertEqual(
            [item.findtext("link") for item in items],
            [release.full_url for release in self.newest_first],
        )

    def test_each_item_has_its_date_summary_author_and_kind(self):
        items = self.fetch().find("channel").findall("item")

        dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
        self.assertEqual(dates, sorted(dates, reverse=True))
        for item, release in zip(items, self.newest_first, strict=True):
            with self.subTest(release=release.title):
                self.assertEqual(
                    timezone.localtime(
                        parsedate_to_datetime(item.findtext("pubDate"))
                    ).date(),
                    release.date,
                )
                self.assertEqual(item.findtext("description"), release.lead)
                self.assertEqual(item.findtext("guid"), release.full_url)
                with translation.override("vi"):
                    self.assertEqual(
                        item.findtext("category"), str(release.get_kind_display())
                    )

    def test_drafts_and_private_releases_stay_out(self):
        titles = [
            item.findtext("title")
            for item in self.fetch().find("channel").findall("item")
        ]

        self.assertNotIn(self.draft.title, titles)
        self.assertNotIn(self.private.title, titles)

    def test_the_press_page_links_to_its_feed(self):
        response = self.client.get(self.press.url)

        self.assertContains(
            response,
            f'<link rel="alternate" type="application/rss+xml" '
            f'title="{self.press.title}" href="{self.press.url}rss/">',
            html=False,
        )

    def test_a_private_press_section_keeps_its_feed_private(self):
        PageViewRestriction.objects.create(
            page=self.press, restriction_type=PageViewRestriction.LOGIN
        )

        response = self.client.get(self.press.url + "rss/")

        self.assertEqual(response.status_code, 302)
        self.assertNotIn(self.newest_first[0].title, response.content.decode())
