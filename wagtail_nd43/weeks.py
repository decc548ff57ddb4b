"""Calendar weeks of the leaders' work schedule (model-free).

Weeks run Monday to Sunday in Vietnam's time zone (Asia/Ho_Chi_Minh), whatever the
server's time zone, and are named by their ISO 8601 year and number: the week of
Monday 28/12/2026 is week 53 of 2026 although it ends on 3/1/2027.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone, translation
from django.utils.translation import gettext


SCHEDULE_TIME_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
WEEK = datetime.timedelta(days=7)


def monday_of(day):
    """The Monday of the week holding ``day``."""
    return day - datetime.timedelta(days=day.weekday())


def today_in_vietnam(now=None):
    """The date in Vietnam at ``now`` (an aware datetime; the current time)."""
    return (now or timezone.now()).astimezone(SCHEDULE_TIME_ZONE).date()


def current_monday(now=None):
    """The Monday of the current week in Vietnam."""
    return monday_of(today_in_vietnam(now))


def week_days(monday):
    """The seven dates of the week starting on ``monday``."""
    return [monday + datetime.timedelta(days=n) for n in range(7)]


def iso_week(monday):
    """``(year, week)`` of the ISO week starting on ``monday``."""
    year, week, _weekday = monday.isocalendar()
    return year, week


def monday_of_iso_week(year, week):
    """The Monday of ISO week ``week`` of ``year``; ``ValueError`` if there is no
    such week (e.g. week 53 of a year that has 52)."""
    return datetime.date.fromisocalendar(year, week, 1)


def week_slug(monday):
    year, week = iso_week(monday)
    return f"tuan-{year}-{week:02d}"


def suggested_title(monday, language=None):
    """The title of a week's schedule page, e.g. “Lịch làm việc tuần 48 (23/11 –
    29/11/2026)”, in the site's language (Vietnamese by default)."""
    from django.conf import settings

    sunday = monday + datetime.timedelta(days=6)
    start_format = "%d/%m" if sunday.year == monday.year else "%d/%m/%Y"
    with translation.override(language or settings.LANGUAGE_CODE):
        return gettext("Work schedule, week %(week)s (%(start)s – %(end)s)") % {
            "week": iso_week(monday)[1],
            "start": monday.strftime(start_format),
            "end": sunday.strftime("%d/%m/%Y"),
        }
