"""Working-day arithmetic for Vietnamese agencies: the one module the whole package
uses for deadlines counted in working days (Decree 43 Art. 17, the 15 working days to
answer a question, ...).

A day is a working day when it is Monday to Friday and not a public holiday or day
off, or when it is a Saturday or Sunday that the government made a working day
(ngày làm bù). The exceptions come from two layers: the `holidays` library's
Vietnamese holidays for any year (the baseline), overridden date by date by the
:class:`~wagtail_nd43.models.Holiday` table, which editors maintain from each year's
official decision and the scaffold seeds (see ``wagtail_nd43/rulebook/holidays.py``).

Each public function reads the holidays of the range it needs in **one** query.
Code that computes many deadlines builds one :class:`WorkingCalendar` for the whole
range and passes it as ``calendar=``, so a report stays at one query however many
items it checks.

Conventions: ``working_days_between(a, b)`` counts the working days *after* ``a`` up
to and including ``b``, so ``working_days_between(a, add_working_days(a, n)) == n``.
A deadline of "N working days after D" falls on ``add_working_days(D, N)``.
"""

import datetime

from .rulebook.holidays import DAY_OFF, HOLIDAY, WORKING_DAY, baseline


ONE_DAY = datetime.timedelta(days=1)


def as_date(value):
    """The local date of ``value`` (a date, or a moment: aware ones in the
    current time zone)."""
    if isinstance(value, datetime.datetime):
        from django.utils import timezone

        return (
            timezone.localtime(value).date()
            if timezone.is_aware(value)
            else (value.date())
        )
    return value


class WorkingCalendar:
    """The working days from ``start`` to ``end`` (both included).

    The holiday table is read lazily, once; asking about a day outside the range
    widens it with one more query.
    """

    def __init__(self, start, end):
        start, end = as_date(start), as_date(end)
        if end < start:
            start, end = end, start
        self.start = start
        self.end = end
        self.queries = 0
        self._exceptions = None
        self._cumulative = None

    # -- loading ------------------------------------------------------------------

    def _load(self, start, end):
        """``{date: kind}`` of the exceptions from ``start`` to ``end``: the
        baseline, then the table's rows over it (one query)."""
        from .models import Holiday

        exceptions = {
            day: kind
            for year in range(start.year, end.year + 1)
            for day, (_name, kind) in baseline(year).items()
            if start <= day <= end
        }
        self.queries += 1
        exceptions.update(
            Holiday.objects.filter(date__range=(start, end)).values_list("date", "kind")
        )
        return exceptions

    def _ensure(self, start, end):
        if self._exceptions is None:
            self.start, self.end = min(self.start, start), max(self.end, end)
            self._exceptions = self._load(self.start, self.end)
        elif start < self.start or end > self.end:
            new_start, new_end = min(self.start, start), max(self.end, end)
            if new_start < self.start:
                self._exceptions.update(self._load(new_start, self.start - ONE_DAY))
            if new_end > self.end:
                self._exceptions.update(self._load(self.end + ONE_DAY, new_end))
            self.start, self.end = new_start, new_end
        else:
            return
        self._cumulative = None

    def _day_is_working(self, day):
        kind = self._exceptions.get(day)
        if kind == WORKING_DAY:
            return True
        if kind in (HOLIDAY, DAY_OFF):
            return False
        return day.weekday() < 5

    def _counts(self):
        """``counts[i]``: working days in ``[start, start + i)``."""
        if self._cumulative is None:
            counts = [0]
            day = self.start
            while day <= self.end:
                counts.append(counts[-1] + self._day_is_working(day))
                day += ONE_DAY
            self._cumulative = counts
        return self._cumulative

    # -- questions ----------------------------------------------------------------

    def is_working_day(self, day):
        day = as_date(day)
        self._ensure(day, day)
        return self._day_is_working(day)

    def working_days_between(self, a, b):
        """Working days after ``a`` up to and including ``b``; negative when ``b``
        is before ``a``."""
        a, b = as_date(a), as_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        self._ensure(a, b)
        counts = self._counts()
        offset = self.start.toordinal()
        return counts[b.toordinal() - offset + 1] - counts[a.toordinal() - offset + 1]

    def add_working_days(self, start, n):
        """The ``n``-th working day after ``start`` (before it when ``n`` < 0);
        ``start`` itself when ``n`` is 0."""
        start = as_date(start)
        step = ONE_DAY if n >= 0 else -ONE_DAY
        # Read generously: never more than 2 calendar days per working day plus two
        # months of breaks, so a fresh calendar needs its one query. A calendar
        # already loaded is widened only when the count runs past its end.
        span = datetime.timedelta(days=2 * abs(n) + 60)
        if self._exceptions is None:
            if n >= 0:
                self._ensure(start, start + span)
            else:
                self._ensure(start - span, start)
        day, remaining = start, abs(n)
        while remaining:
            day += step
            if day > self.end:
                self._ensure(self.start, day + span)
            elif day < self.start:
                self._ensure(day - span, self.end)
            if self._day_is_working(day):
                remaining -= 1
        return day


def is_working_day(day, calendar=None):
    """Whether ``day`` (a date, or an aware datetime in local time) is a working day."""
    return (calendar or WorkingCalendar(day, day)).is_working_day(day)


def add_working_days(start, n, calendar=None):
    """The date ``n`` working days after ``start`` (``n`` may be negative)."""
    return (calendar or WorkingCalendar(start, start)).add_working_days(start, n)


def working_days_between(a, b, calendar=None):
    """The number of working days after ``a`` up to and including ``b``."""
    return (calendar or WorkingCalendar(a, b)).working_days_between(a, b)


def seed_holidays(seed=None):
    """Add the seeded holidays of every year that has no entry at all yet.

    A year an agency has already touched (even by deleting all but one entry) is left
    as it is. Returns the number of entries created.
    """
    from .models import Holiday
    from .rulebook.holidays import SEED

    rows = [
        (datetime.date.fromisoformat(iso), name, kind, note)
        for iso, name, kind, note in (SEED if seed is None else seed)
    ]
    years = {row[0].year for row in rows}
    present = {
        year for year in years if Holiday.objects.filter(date__year=year).exists()
    }
    new = [
        Holiday(date=date, name=name, kind=kind, note=note)
        for date, name, kind, note in rows
        if date.year not in present
    ]
    Holiday.objects.bulk_create(new)
    return len(new)
