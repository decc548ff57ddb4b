"""``wagtail_nd43.workdays``: weekends, Tết and the government's swaps decide which
days count, in one query per question."""

import datetime
from unittest import mock

from django.core import checks
from django.core.exceptions import ValidationError
from django.test import TestCase

from wagtail_nd43.checks import check_holiday_decisions
from wagtail_nd43.models import Holiday
from wagtail_nd43.rulebook.holidays import SEED, baseline
from wagtail_nd43.workdays import (
    ONE_DAY,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    seed_holidays,
    working_days_between,
)


def d(text):
    return datetime.date.fromisoformat(text)


class SeedTest(TestCase):
    def test_every_seeded_day_is_valid_and_the_table_is_sorted(self):
        dates = [row[0] for row in SEED]
        self.assertEqual(dates, sorted(dates))
        self.assertEqual(len(dates), len(set(dates)))
        for iso, name, kind, note in SEED:
            with self.subTest(date=iso):
                Holiday(date=d(iso), name=name, kind=kind, note=note).full_clean()

    def test_the_lunar_holidays_are_on_their_dates(self):
        names = {d(iso): name for iso, name, _kind, _note in SEED}
        for tet in ("2025-01-29", "2026-02-17"):
            self.assertEqual(names[d(tet)], "Tết Nguyên đán")
        for gio_to in ("2025-04-07", "2026-04-26"):
            self.assertTrue(names[d(gio_to)].startswith("Giỗ Tổ Hùng Vương"))

    def test_only_official_decisions_are_seeded(self):
        """Years without a published decision are left to the baseline, so the
        system check can say that they are undecided."""
        self.assertEqual({iso[:4] for iso, *_ in SEED}, {"2025", "2026"})

    def test_each_year_has_the_labour_code_days(self):
        for year in (2025, 2026):
            kinds = [
                name
                for iso, name, kind, _ in SEED
                if iso.startswith(str(year)) and kind == Holiday.HOLIDAY
            ]
            with self.subTest(year=year):
                # 1 + 5 + 1 + 1 + 1 + 2 days (Bộ luật Lao động 2019, Điều 112).
                self.assertEqual(len(kinds), 11)

    def test_seeding_adds_untouched_years_only_and_is_idempotent(self):
        Holiday.objects.create(date=d("2026-01-01"), name="Tết Dương lịch")
        created = seed_holidays()
        self.assertEqual(created, len([r for r in SEED if not r[0].startswith("2026")]))
        self.assertEqual(Holiday.objects.filter(date__year=2026).count(), 1)
        self.assertEqual(seed_holidays(), 0)


class HolidayValidationTest(TestCase):
    def test_a_make_up_working_day_must_be_a_weekend_day(self):
        holiday = Holiday(date=d("2025-04-25"), name="Làm bù", kind=Holiday.WORKING_DAY)
        with self.assertRaisesMessage(ValidationError, "thứ Bảy hoặc Chủ nhật"):
            holiday.full_clean()

    def test_a_compensatory_day_off_cannot_be_a_weekend_day(self):
        holiday = Holiday(date=d("2025-04-26"), name="Nghỉ bù", kind=Holiday.DAY_OFF)
        with self.assertRaisesMessage(ValidationError, "không thể là thứ Bảy"):
            holiday.full_clean()


class WorkingDaysTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed_holidays()

    def test_is_working_day(self):
        cases = [
            ("2025-01-24", True, "Friday before the Tết break"),
            ("2025-01-25", False, "Saturday"),
            ("2025-01-27", False, "28 Chạp, Tết"),
            ("2025-01-29", False, "Mùng 1 Tết"),
            ("2025-01-31", False, "Mùng 3 Tết"),
            ("2025-02-03", True, "first Monday after Tết"),
            ("2025-04-26", True, "Saturday worked instead of 2/5"),
            ("2025-05-02", False, "swapped Friday"),
            ("2025-09-01", False, "day before Quốc khánh"),
            ("2026-04-26", False, "Giỗ Tổ on a Sunday"),
            ("2026-04-27", False, "its compensatory Monday"),
            ("2026-04-28", True, "ordinary Tuesday"),
        ]
        for iso, expected, why in cases:
            with self.subTest(iso, why=why), self.assertNumQueries(1):
                self.assertIs(is_working_day(d(iso)), expected)

    def test_add_working_days(self):
        cases = [
            ("2025-01-20", 0, "2025-01-20"),
            ("2025-01-24", 1, "2025-02-03"),  # across the whole Tết break
            ("2025-01-22", 2, "2025-01-24"),
            ("2025-01-22", 3, "2025-02-03"),
            ("2025-01-20", 10, "2025-02-10"),
            ("2025-04-25", 1, "2025-04-26"),  # the make-up Saturday counts
            ("2025-04-29", 1, "2025-05-05"),  # 30/4, 1/5, 2/5 off, weekend
            ("2026-02-13", 2, "2026-02-24"),
            ("2026-04-24", 1, "2026-04-28"),
            ("2025-02-03", -1, "2025-01-24"),
            ("2025-03-07", 15, "2025-03-28"),
        ]
        for start, n, expected in cases:
            with self.subTest(start=start, n=n), self.assertNumQueries(1):
                self.assertEqual(add_working_days(d(start), n), d(expected))

    def test_working_days_between(self):
        cases = [
            ("2025-01-20", "2025-01-20", 0),
            ("2025-01-24", "2025-02-03", 1),
            ("2025-01-20", "2025-02-10", 10),
            ("2025-02-10", "2025-01-20", -10),
            ("2025-01-25", "2025-01-26", 0),  # a weekend
            ("2025-04-21", "2025-05-04", 7),  # one make-up Saturday, three days off
            ("2026-02-13", "2026-02-23", 1),
        ]
        for a, b, expected in cases:
            with self.subTest(a=a, b=b), self.assertNumQueries(1):
                self.assertEqual(working_days_between(d(a), d(b)), expected)

    def test_the_two_functions_agree(self):
        start = d("2025-01-01")
        calendar = WorkingCalendar(start, d("2027-12-31"))
        with self.assertNumQueries(1):
            for offset in range(0, 700, 7):
                day = start + datetime.timedelta(days=offset)
                for n in (0, 1, 2, 10, 15):
                    due = calendar.add_working_days(day, n)
                    self.assertEqual(calendar.working_days_between(day, due), n)

    def test_a_shared_calendar_answers_many_questions_in_one_query(self):
        calendar = WorkingCalendar(d("2025-01-01"), d("2025-12-31"))
        with self.assertNumQueries(1):
            for month in range(1, 13):
                calendar.add_working_days(d(f"2025-{month:02d}-10"), 10)
                calendar.is_working_day(d(f"2025-{month:02d}-15"))

    def test_a_day_outside_the_calendar_widens_it(self):
        calendar = WorkingCalendar(d("2025-03-01"), d("2025-03-31"))
        self.assertTrue(calendar.is_working_day(d("2025-03-03")))
        self.assertFalse(calendar.is_working_day(d("2026-02-17")))
        self.assertEqual(calendar.queries, 2)

    def test_an_aware_datetime_is_read_in_vietnamese_time(self):
        from django.utils import timezone

        # 17:30 UTC on Friday 24/1 is 00:30 on Saturday 25/1 in Hà Nội.
        moment = datetime.datetime(2025, 1, 24, 17, 30, tzinfo=datetime.UTC)
        self.assertFalse(is_working_day(moment))
        self.assertTrue(
            is_working_day(timezone.make_aware(datetime.datetime(2025, 1, 24, 9)))
        )


class BaselineTest(TestCase):
    """Years nobody entered in the table: the `holidays` library's Vietnamese
    holidays decide, lunar Tết included (no seeding, empty table)."""

    def test_tet_2028_to_2030_are_not_working_days(self):
        # Mùng 1 Tết: Wednesday 26/1/2028, Tuesday 13/2/2029, Saturday 2/2/2030.
        # (first day off, first working day after the break)
        breaks = {
            2028: ("2028-01-24", "2028-01-31"),  # Mon–Fri, then the weekend
            2029: ("2029-02-12", "2029-02-19"),  # Mon–Fri, then the weekend
            2030: ("2030-01-31", "2030-02-07"),  # Thu–Wed (Sat, Sun compensated)
        }
        for year, (first, back) in breaks.items():
            with self.subTest(year=year):
                calendar = WorkingCalendar(d(first), d(back))
                day = d(first)
                while day < d(back):
                    self.assertFalse(calendar.is_working_day(day), day)
                    day += datetime.timedelta(days=1)
                self.assertTrue(calendar.is_working_day(d(back)))
                self.assertEqual(calendar.add_working_days(d(first), 1), d(back))
                self.assertTrue(calendar.is_working_day(d(first) - ONE_DAY * 3))

    def test_a_15_working_day_deadline_skips_tet_2029(self):
        # Without Tết it would fall on 22/2/2029.
        self.assertEqual(add_working_days(d("2029-02-01"), 15), d("2029-03-01"))
        self.assertEqual(working_days_between(d("2029-02-01"), d("2029-03-01")), 15)

    def test_the_other_labour_code_days_of_2028(self):
        cases = [
            ("2028-01-03", False, "1/1 on a Saturday, compensated on Monday"),
            ("2028-04-04", False, "Giỗ Tổ Hùng Vương, 10/3 lunar"),
            ("2028-05-02", False, "30/4 on a Sunday, compensated after 1/5"),
            ("2028-09-04", False, "2/9 on a Saturday, compensated on Monday"),
            ("2028-09-05", True, "an ordinary Tuesday"),
        ]
        for iso, expected, why in cases:
            with self.subTest(iso, why=why):
                self.assertIs(is_working_day(d(iso)), expected)

    def test_the_library_swaps_give_a_make_up_saturday(self):
        self.assertEqual(baseline(2026)[d("2026-08-22")][1], Holiday.WORKING_DAY)
        self.assertTrue(is_working_day(d("2026-08-22")))
        self.assertFalse(is_working_day(d("2026-08-31")))

    def test_the_table_overrides_the_baseline(self):
        # A decision for 2029: Friday 9/2 swapped for Saturday 17/2.
        Holiday.objects.create(
            date=d("2029-02-09"), name="Nghỉ hoán đổi", kind=Holiday.DAY_OFF
        )
        Holiday.objects.create(
            date=d("2029-02-17"), name="Làm bù", kind=Holiday.WORKING_DAY
        )
        # Saturday 29/1/2028 is mùng 4 Tết in the baseline; made a working day.
        Holiday.objects.create(
            date=d("2028-01-29"), name="Làm bù", kind=Holiday.WORKING_DAY
        )
        self.assertFalse(is_working_day(d("2029-02-09")))
        self.assertTrue(is_working_day(d("2029-02-17")))
        self.assertTrue(is_working_day(d("2028-01-29")))
        self.assertEqual(add_working_days(d("2029-02-08"), 1), d("2029-02-17"))

    def test_still_one_query_per_question(self):
        with self.assertNumQueries(1):
            self.assertEqual(add_working_days(d("2029-02-01"), 15), d("2029-03-01"))


@mock.patch("django.utils.timezone.localdate")
class HolidayDecisionCheckTest(TestCase):
    """wagtail_nd43.W090/W091: a year with no entry in the table is undecided."""

    def ids(self, today):
        with mock.patch("django.utils.timezone.localdate", return_value=today):
            return [w.id for w in check_holiday_decisions(None, databases=["default"])]

    def test_an_undecided_current_year_is_warned_about(self, _localdate):
        self.assertEqual(self.ids(d("2027-03-01")), ["wagtail_nd43.W090"])

    def test_from_october_the_coming_year_is_expected_too(self, _localdate):
        Holiday.objects.create(date=d("2027-01-01"), name="Tết Dương lịch")
        self.assertEqual(self.ids(d("2027-09-30")), [])
        self.assertEqual(self.ids(d("2027-10-01")), ["wagtail_nd43.W091"])
        Holiday.objects.create(date=d("2028-01-01"), name="Tết Dương lịch")
        self.assertEqual(self.ids(d("2027-10-01")), [])

    def test_the_message_names_the_year(self, _localdate):
        with mock.patch(
            "django.utils.timezone.localdate", return_value=d("2027-11-15")
        ):
            warnings = check_holiday_decisions(None, databases=["default"])
        self.assertEqual(
            [w.id for w in warnings], ["wagtail_nd43.W090", "wagtail_nd43.W091"]
        )
        self.assertIn("2028", str(warnings[1].msg))

    def test_it_is_a_database_check_that_plain_check_does_not_run(self, _localdate):
        _localdate.return_value = d("2027-03-01")
        self.assertNotIn("wagtail_nd43.W090", [w.id for w in checks.run_checks()])
        self.assertIn(
            "wagtail_nd43.W090",
            [w.id for w in checks.run_checks(databases=["default"])],
        )
