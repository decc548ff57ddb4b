"""The leaders' work schedule (Decree 43/2011 Art. 10.1.c, item 4): one page per
week, the current week by default at the week boundaries of Asia/Ho_Chi_Minh, the
“adjusted / added” mark only for changes after the week was first published, and
iCalendar feeds that parse back with the right local times."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import icalendar
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from wagtail_nd43 import weeks
from wagtail_nd43.models import (
    ArticlePage,
    WeekScheduleEntry,
    WeekSchedulePage,
    WorkSchedulePage,
)
from wagtail_nd43.rulebook import SO

from .factories import LeaderFactory
from .utils import scaffold_site, section_page


UTC = datetime.UTC
VN = ZoneInfo("Asia/Ho_Chi_Minh")
SCHEDULE_KEY = "chi-dao-dieu-hanh.lich-lam-viec"


def at(*args):
    """Patch the current time to ``datetime(*args)`` in Vietnam."""
    moment = datetime.datetime(*args, tzinfo=VN)
    return mock.patch("django.utils.timezone.now", return_value=moment)


def entry(day, hour, content, **kwargs):
    return WeekScheduleEntry(
        day=day, start_time=datetime.time(hour, 0), content=content, **kwargs
    )


def publish_week(section, monday, entries, title=None):
    """A week page published through a revision, as the admin does."""
    page = WeekSchedulePage(
        title=title or weeks.suggested_title(monday),
        slug=weeks.week_slug(monday),
        week_start=monday,
        live=False,
        entries=entries,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class WeekArithmeticTest(TestCase):
    def test_sunday_night_is_still_this_week_and_monday_midnight_the_next(self):
        sunday_night = datetime.datetime(2026, 11, 29, 23, 59, 59, tzinfo=VN)
        monday = datetime.datetime(2026, 11, 30, 0, 0, tzinfo=VN)
        self.assertEqual(
            weeks.current_monday(sunday_night), datetime.date(2026, 11, 23)
        )
        self.assertEqual(weeks.current_monday(monday), datetime.date(2026, 11, 30))
        # The same instants seen from UTC: still Sunday there, Vietnam decides.
        self.assertEqual(
            weeks.current_monday(monday.astimezone(UTC)), datetime.date(2026, 11, 30)
        )
        self.assertEqual(monday.astimezone(UTC).weekday(), 6)

    def test_new_year_week_belongs_to_the_iso_year_of_its_monday(self):
        new_year = datetime.datetime(2027, 1, 1, 9, 0, tzinfo=VN)
        monday = weeks.current_monday(new_year)
        self.assertEqual(monday, datetime.date(2026, 12, 28))
        self.assertEqual(weeks.iso_week(monday), (2026, 53))
        self.assertEqual(weeks.monday_of_iso_week(2027, 1), datetime.date(2027, 1, 4))
        with self.assertRaises(ValueError):
            weeks.monday_of_iso_week(2025, 53)

    def test_suggested_titles(self):
        self.assertEqual(
            weeks.suggested_title(datetime.date(2026, 11, 23)),
            "Lịch làm việc tuần 48 (23/11 – 29/11/2026)",
        )
        self.assertEqual(
            weeks.suggested_title(datetime.date(2026, 12, 28)),
            "Lịch làm việc tuần 53 (28/12/2026 – 03/01/2027)",
        )


class ScheduleSectionTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, SCHEDULE_KEY)
        cls.director = LeaderFactory(full_name="Phạm Minh Đức", position="Giám đốc Sở")
        cls.deputy = LeaderFactory(full_name="Trần Thu Hà", position="Phó Giám đốc")
        cls.week48 = publish_week(
            cls.section,
            datetime.date(2026, 11, 23),
            [
                entry(
                    datetime.date(2026, 11, 23),
                    8,
                    "Họp giao ban Ban Giám đốc",
                    leaders=[cls.director, cls.deputy],
                    location="Phòng họp số 1",
                    participants="Trưởng các phòng",
                    preparing_unit="Văn phòng Sở",
                ),
                entry(
                    datetime.date(2026, 11, 29),
                    14,
                    "Kiểm tra công tác trực Chủ nhật",
                    presiding_text="Lãnh đạo Sở trực",
                ),
            ],
        )
        cls.week49 = publish_week(
            cls.section,
            datetime.date(2026, 11, 30),
            [entry(datetime.date(2026, 12, 1), 9, "Tiếp công dân định kỳ")],
        )
        cls.week53 = publish_week(
            cls.section,
            datetime.date(2026, 12, 28),
            [
                entry(
                    datetime.date(2027, 1, 1),
                    7,
                    "Dự lễ chào cờ đầu năm",
                    leaders=[cls.director],
                )
            ],
        )

    def test_only_week_pages_go_under_the_section(self):
        self.assertAllowedSubpageTypes(WorkSchedulePage, {WeekSchedulePage})
        self.assertAllowedParentPageTypes(WeekSchedulePage, {WorkSchedulePage})
        self.assertCanNotCreateAt(WorkSchedulePage, ArticlePage)

    def test_sunday_2359_shows_that_week_and_monday_0000_the_next(self):
        url = self.section.get_url()
        with at(2026, 11, 29, 23, 59):
            response = self.client.get(url)
        self.assertContains(response, "Họp giao ban Ban Giám đốc")
        self.assertContains(response, self.week48.title)
        with at(2026, 11, 30, 0, 0):
            response = self.client.get(url)
        self.assertContains(response, "Tiếp công dân định kỳ")
        self.assertNotContains(response, "Họp giao ban Ban Giám đốc")

    def test_new_year_week_and_navigation_across_the_year(self):
        with at(2027, 1, 1, 10, 0):
            response = self.client.get(self.section.get_url())
        self.assertContains(response, "Dự lễ chào cờ đầu năm")
        self.assertEqual(response.context["week_start"], datetime.date(2026, 12, 28))
        self.assertEqual(
            response.context["next_week_url"], self.section.get_url() + "tuan/2027-01/"
        )
        self.assertEqual(
            response.context["previous_week_url"],
            self.section.get_url() + "tuan/2026-52/",
        )
        response = self.client.get(self.section.get_url() + "tuan/2027-01/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["schedule_days"], [])
        self.assertContains(response, "Chưa có lịch làm việc của tuần này.")
        self.assertEqual(
            response.context["previous_week_url"],
            self.section.get_url() + "tuan/2026-53/",
        )

    def test_week_route_shows_the_entries_grouped_by_day(self):
        response = self.client.get(self.section.get_url() + "tuan/2026-48/")
        self.assertEqual(response.status_code, 200)
        days = response.context["schedule_days"]
        self.assertEqual(
            [day for day, _entries in days],
            [datetime.date(2026, 11, 23), datetime.date(2026, 11, 29)],
        )
        for text in (
            "08:00",
            "Phạm Minh Đức, Trần Thu Hà",
            "Phòng họp số 1",
            "Trưởng các phòng",
            "Văn phòng Sở",
            "Lãnh đạo Sở trực",
        ):
            self.assertContains(response, text)

    def test_a_week_that_does_not_exist_is_404(self):
        for path in ("tuan/2025-53/", "tuan/2026-00/", "tuan/2026-9/"):
            with self.subTest(path=path):
                response = self.client.get(self.section.get_url() + path)
                self.assertEqual(response.status_code, 404)

    def test_the_week_page_itself_and_the_printable_view(self):
        response = self.client.get(self.week48.get_url())
        self.assertContains(response, "Họp giao ban Ban Giám đốc")
        self.assertContains(
            response, 'href="/chi-dao-dieu-hanh/lich-lam-viec/tuan/2026-48/in/"'
        )
        response = self.client.get(self.section.get_url() + "tuan/2026-48/in/")
        self.assertContains(response, "Họp giao ban Ban Giám đốc")
        self.assertContains(response, "print.css")
        self.assertNotContains(response, 'class="nd43-menu')

    def test_a_draft_or_private_week_is_not_shown(self):
        self.week49.unpublish()
        response = self.client.get(self.section.get_url() + "tuan/2026-49/")
        self.assertNotContains(response, "Tiếp công dân định kỳ")

    def test_the_home_page_links_to_the_schedule_in_one_click(self):
        response = self.client.get(self.home.get_url())
        self.assertContains(response, f'href="{self.section.get_url()}"')
        self.assertContains(response, "Lịch làm việc tuần này")

    def count_queries(self, url):
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_queries_do_not_grow_with_entries_weeks_or_leaders(self):
        base = self.section.get_url()
        urls = [
            base + "tuan/2026-48/",
            base + "ical/",
            f"{base}ical/{self.director.pk}/",
        ]
        before = [self.count_queries(url) for url in urls]
        leaders = LeaderFactory.create_batch(10)
        page = WeekSchedulePage.objects.get(pk=self.week48.pk)
        page.entries = [
            *page.entries.all(),
            *[
                entry(datetime.date(2026, 11, 24), 8, f"Làm việc {n}", leaders=leaders)
                for n in range(20)
            ],
        ]
        page.save_revision().publish()
        for n in range(1, 10):
            publish_week(
                self.section,
                datetime.date(2026, 11, 23) - n * weeks.WEEK,
                [entry(datetime.date(2026, 11, 23) - n * weeks.WEEK, 8, "Giao ban")],
            )
        with at(2026, 11, 25, 9, 0):
            after = [self.count_queries(url) for url in urls]
        self.assertEqual(before, after)


class ChangeMarkTest(TestCase):
    """An entry changed or added after the first publication is marked, with its
    change note; nothing is marked before that, nor for untouched entries."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, SCHEDULE_KEY)
        cls.leader = LeaderFactory()
        cls.page = publish_week(
            cls.section,
            datetime.date(2026, 11, 23),
            [
                entry(
                    datetime.date(2026, 11, 23), 8, "Họp giao ban", leaders=[cls.leader]
                ),
                entry(datetime.date(2026, 11, 24), 9, "Tiếp công dân"),
                entry(datetime.date(2026, 11, 25), 14, "Làm việc với UBND phường"),
            ],
        )

    def marks(self):
        page = WeekSchedulePage.objects.get(pk=self.page.pk)
        return {e.content: e.change for e in page.get_entries()}

    def test_nothing_is_marked_as_first_published(self):
        self.assertEqual(set(self.marks().values()), {""})
        response = self.client.get(self.page.get_url())
        self.assertNotContains(response, "Điều chỉnh")
        self.assertNotContains(response, "Bổ sung")

    def test_changed_and_added_entries_are_marked_with_their_notes(self):
        page = WeekSchedulePage.objects.get(pk=self.page.pk)
        meeting, reception, visit = page.entries.order_by("day")
        meeting.start_time = datetime.time(14, 0)
        meeting.change_note = "Dời từ 8h00 sang 14h00"
        reception.change_note = "Ghi chú không được hiển thị"
        page.entries = [
            meeting,
            reception,
            visit,
            entry(
                datetime.date(2026, 11, 27),
                10,
                "Đón đoàn công tác của Bộ",
                change_note="Bổ sung theo giấy mời số 12",
            ),
        ]
        page.save_revision().publish()

        self.assertEqual(
            self.marks(),
            {
                "Họp giao ban": WeekScheduleEntry.ADJUSTED,
                "Tiếp công dân": "",
                "Làm việc với UBND phường": "",
                "Đón đoàn công tác của Bộ": WeekScheduleEntry.ADDED,
            },
        )
        response = self.client.get(self.page.get_url())
        self.assertContains(response, "Điều chỉnh")
        self.assertContains(response, "Dời từ 8h00 sang 14h00")
        self.assertContains(response, "Bổ sung theo giấy mời số 12")
        self.assertNotContains(response, "Ghi chú không được hiển thị")

    def test_changing_the_leaders_or_location_marks_the_entry(self):
        page = WeekSchedulePage.objects.get(pk=self.page.pk)
        meeting, reception, visit = page.entries.order_by("day")
        meeting.leaders = []
        visit.location = "Hội trường UBND phường"
        page.entries = [meeting, reception, visit]
        page.save_revision().publish()
        self.assertEqual(
            self.marks(),
            {
                "Họp giao ban": WeekScheduleEntry.ADJUSTED,
                "Tiếp công dân": "",
                "Làm việc với UBND phường": WeekScheduleEntry.ADJUSTED,
            },
        )

    def test_an_unpublished_draft_changes_nothing_public(self):
        page = WeekSchedulePage.objects.get(pk=self.page.pk)
        meeting, reception, visit = page.entries.order_by("day")
        meeting.content = "Nội dung nháp"
        page.entries = [meeting, reception, visit]
        page.save_revision()
        self.assertEqual(set(self.marks().values()), {""})
        self.assertNotContains(self.client.get(self.page.get_url()), "Nội dung nháp")


class ScheduleAdminTest(WagtailTestUtils, TestCase):
    """The admin form: suggested title, Monday only, one page per week, days within
    the week; a refused form loses nothing and saves nothing."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, SCHEDULE_KEY)
        cls.superuser = cls.create_superuser("admin", password="password")
        cls.leader = LeaderFactory(full_name="Phạm Minh Đức")

    def setUp(self):
        self.login(self.superuser)

    def add_url(self):
        return reverse(
            "wagtailadmin_pages:add",
            args=["wagtail_nd43", "weekschedulepage", self.section.pk],
        )

    def post_week(self, week_start, entries, title="", url=None, initial=0, **extra):
        data = nested_form_data(
            {
                "title": title,
                "slug": "",
                "week_start": week_start,
                "entries": inline_formset(entries, initial=initial),
                "action-publish": "publish",
                **extra,
            }
        )
        return self.client.post(url or self.add_url(), data)

    def entry_data(self, day, start="08:00", content="Họp giao ban", **kwargs):
        return {
            "day": day,
            "start_time": start,
            "end_time": "",
            "content": content,
            "leaders": (self.leader.pk,),  # a tuple: nested_form_data nests lists
            "presiding_text": "",
            "location": "Phòng họp số 1",
            "participants": "",
            "preparing_unit": "",
            "note": "",
            "change_note": "",
            **kwargs,
        }

    def test_the_new_week_form_suggests_the_week_and_title(self):
        with at(2026, 11, 25, 10, 0):
            response = self.client.get(self.add_url())
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertEqual(form.initial["week_start"], datetime.date(2026, 11, 23))
        self.assertEqual(
            form.initial["title"], "Lịch làm việc tuần 48 (23/11 – 29/11/2026)"
        )

    def test_the_suggested_title_sent_back_keeps_the_week_address(self):
        response = self.post_week(
            "2026-11-23",
            [self.entry_data("2026-11-23")],
            title="Lịch làm việc tuần 48 (23/11 – 29/11/2026)",
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(WeekSchedulePage.objects.get().slug, "tuan-2026-48")

    def test_an_empty_title_is_filled_from_the_week(self):
        response = self.post_week("2026-11-23", [self.entry_data("2026-11-23")])
        self.assertEqual(response.status_code, 302)
        page = WeekSchedulePage.objects.get()
        self.assertEqual(page.title, "Lịch làm việc tuần 48 (23/11 – 29/11/2026)")
        self.assertEqual(page.slug, "tuan-2026-48")
        self.assertTrue(page.live)
        self.assertEqual([e.leaders.get() for e in page.entries.all()], [self.leader])

    def test_a_week_must_start_on_a_monday(self):
        response = self.post_week("2026-11-24", [self.entry_data("2026-11-24")])
        self.assertEqual(response.status_code, 200)
        self.assertIn("week_start", response.context["form"].errors)
        self.assertContains(response, "23/11/2026")
        self.assertFalse(WeekSchedulePage.objects.exists())

    def test_one_page_per_week(self):
        self.post_week("2026-11-23", [self.entry_data("2026-11-23")])
        response = self.post_week(
            "2026-11-23", [self.entry_data("2026-11-23")], title="Lịch tuần (bản 2)"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("week_start", response.context["form"].errors)
        self.assertEqual(WeekSchedulePage.objects.count(), 1)

    def test_days_outside_the_week_are_refused_and_nothing_is_lost(self):
        response = self.post_week(
            "2026-11-23",
            [
                self.entry_data("2026-11-29", content="Trực Chủ nhật"),
                self.entry_data("2026-11-30", content="Sai tuần"),
            ],
        )
        self.assertEqual(response.status_code, 200)
        formset = response.context["form"].formsets["entries"]
        self.assertFalse(formset.forms[0].errors)
        self.assertIn("day", formset.forms[1].errors)
        self.assertContains(response, "Sai tuần")
        self.assertFalse(WeekSchedulePage.objects.exists())

    def test_the_end_time_must_follow_the_start(self):
        response = self.post_week(
            "2026-11-23",
            [self.entry_data("2026-11-23", start="10:00", end_time="09:00")],
        )
        self.assertEqual(response.status_code, 200)
        formset = response.context["form"].formsets["entries"]
        self.assertIn("end_time", formset.forms[0].errors)
        self.assertFalse(WeekSchedulePage.objects.exists())

    def test_editing_in_the_admin_after_publication_marks_the_change(self):
        self.post_week(
            "2026-11-23",
            [
                self.entry_data("2026-11-23", content="Họp giao ban"),
                self.entry_data("2026-11-24", content="Tiếp công dân"),
            ],
        )
        page = WeekSchedulePage.objects.get()
        first, second = page.entries.order_by("day")
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = self.post_week(
            "2026-11-23",
            [
                self.entry_data(
                    "2026-11-23",
                    start="14:00",
                    content="Họp giao ban",
                    change_note="Dời sang buổi chiều",
                    id=first.pk,
                ),
                self.entry_data("2026-11-24", content="Tiếp công dân", id=second.pk),
                self.entry_data("2026-11-26", content="Họp bổ sung"),
            ],
            title=page.title,
            url=edit_url,
            initial=2,
            slug=page.slug,
        )
        self.assertEqual(response.status_code, 302)
        marks = {
            e.content: e.change for e in WeekSchedulePage.objects.get().get_entries()
        }
        self.assertEqual(
            marks,
            {"Họp giao ban": "adjusted", "Tiếp công dân": "", "Họp bổ sung": "added"},
        )


class ICalendarTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, SCHEDULE_KEY)
        cls.director = LeaderFactory(full_name="Phạm Minh Đức")
        cls.deputy = LeaderFactory(full_name="Trần Thu Hà")
        with at(2026, 11, 20, 9, 0):
            cls.week = publish_week(
                cls.section,
                datetime.date(2026, 11, 23),
                [
                    WeekScheduleEntry(
                        day=datetime.date(2026, 11, 23),
                        start_time=datetime.time(8, 0),
                        end_time=datetime.time(9, 30),
                        content="Họp giao ban Ban Giám đốc",
                        location="Phòng họp số 1",
                        participants="Trưởng các phòng",
                        leaders=[cls.director, cls.deputy],
                    ),
                    WeekScheduleEntry(
                        day=datetime.date(2026, 11, 25),
                        start_time=datetime.time(14, 0),
                        content="Làm việc với Sở Tài chính",
                        leaders=[cls.deputy],
                    ),
                    WeekScheduleEntry(
                        day=datetime.date(2026, 11, 26),
                        start_time=datetime.time(7, 30),
                        content="Trực cơ quan",
                        presiding_text="Lãnh đạo Sở trực",
                    ),
                ],
            )

    def calendar(self, path):
        with at(2026, 11, 25, 9, 0):
            response = self.client.get(self.section.get_url() + path)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        return icalendar.Calendar.from_ical(response.content)

    def test_all_leaders_feed_has_every_entry_at_vietnam_local_time(self):
        calendar = self.calendar("ical/")
        self.assertEqual(calendar.name, "VCALENDAR")
        self.assertEqual(str(calendar["version"]), "2.0")
        self.assertEqual(
            [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")], ["Asia/Ho_Chi_Minh"]
        )
        events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
        self.assertEqual(
            set(events),
            {"Họp giao ban Ban Giám đốc", "Làm việc với Sở Tài chính", "Trực cơ quan"},
        )
        meeting = events["Họp giao ban Ban Giám đốc"]
        start = meeting.decoded("dtstart")
        self.assertEqual(start, datetime.datetime(2026, 11, 23, 8, 0, tzinfo=VN))
        self.assertEqual(start.astimezone(UTC).hour, 1)
        self.assertEqual(meeting["dtstart"].params["TZID"], "Asia/Ho_Chi_Minh")
        self.assertEqual(
            meeting.decoded("dtend"), datetime.datetime(2026, 11, 23, 9, 30, tzinfo=VN)
        )
        self.assertEqual(str(meeting["location"]), "Phòng họp số 1")
        self.assertIn("Phạm Minh Đức", str(meeting["description"]))
        self.assertNotIn("dtend", events["Trực cơ quan"])
        uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
        self.assertEqual(len(set(uids)), 3)

    def test_a_leaders_feed_holds_only_their_entries(self):
        director = self.calendar(f"ical/{self.director.pk}/")
        self.assertEqual(
            [str(e["summary"]) for e in director.walk("VEVENT")],
            ["Họp giao ban Ban Giám đốc"],
        )
        self.assertIn("Phạm Minh Đức", str(director["x-wr-calname"]))
        deputy = self.calendar(f"ical/{self.deputy.pk}/")
        self.assertEqual(len(deputy.walk("VEVENT")), 2)

    def test_an_unknown_leader_is_404(self):
        response = self.client.get(self.section.get_url() + "ical/999999/")
        self.assertEqual(response.status_code, 404)

    def test_unpublished_weeks_are_not_in_the_feed(self):
        self.week.unpublish()
        self.assertEqual(self.calendar("ical/").walk("VEVENT"), [])

    def test_the_schedule_page_links_to_the_feeds(self):
        with at(2026, 11, 25, 9, 0):
            response = self.client.get(self.section.get_url())
        self.assertContains(response, 'type="text/calendar"')
        self.assertContains(
            response, f'href="{self.section.get_url()}ical/{self.director.pk}/"'
        )


class PageTreeTest(TestCase):
    def test_week_pages_are_items_not_subsections(self):
        home = scaffold_site(SO)
        section = section_page(home, SCHEDULE_KEY)
        publish_week(section, datetime.date(2026, 11, 23), [])
        self.assertFalse(section.get_subsections().exists())
        self.assertEqual(
            list(section.get_items().values_list("week_start", flat=True)),
            [datetime.date(2026, 11, 23)],
        )
        self.assertTrue(Page.objects.type(WeekSchedulePage).exists())


class WeeklyRuleTest(TestCase):
    """The compliance checker's “this week's schedule” rule (ND43-10.1c.4) reads the
    week of the schedule pages, not the day they were published."""

    @classmethod
    def setUpTestData(cls):
        cls.home = scaffold_site(SO)
        cls.section = section_page(cls.home, SCHEDULE_KEY)
        with at(2026, 11, 25, 9, 0):
            # Published this week, but for last week: not this week's schedule.
            publish_week(cls.section, datetime.date(2026, 11, 16), [])

    def status(self):
        from wagtail_nd43.compliance import evaluate

        with at(2026, 11, 25, 9, 0):
            report = evaluate(self.home.get_site())
        return {f.id: f.status for f in report.findings}["ND43-10.1c.4"]

    def test_last_weeks_page_is_stale_and_this_weeks_page_is_ok(self):
        self.assertEqual(self.status(), "stale")
        with at(2026, 11, 25, 9, 0):
            publish_week(self.section, datetime.date(2026, 11, 23), [])
        self.assertEqual(self.status(), "ok")
