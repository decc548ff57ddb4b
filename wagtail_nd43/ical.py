"""iCalendar (RFC 5545) feeds of the leaders' work schedule, built with the
maintained ``icalendar`` library. Times are local times in Asia/Ho_Chi_Minh
(``TZID``) with the matching ``VTIMEZONE``, so calendar apps show them right in any
time zone."""

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event


def _description(entry):
    lines = []
    if entry.presiding:
        lines.append(_("Presiding: %(names)s") % {"names": entry.presiding})
    if entry.participants:
        lines.append(_("Participants: %(text)s") % {"text": entry.participants})
    if entry.preparing_unit:
        lines.append(_("Preparing unit: %(text)s") % {"text": entry.preparing_unit})
    if entry.note:
        lines.append(_("Note: %(text)s") % {"text": entry.note})
    return "\n".join(lines)


def schedule_calendar(section, request, entries, leader=None):
    """A ``VCALENDAR`` with one ``VEVENT`` per schedule entry."""
    host = request.get_host().split(":")[0] or "localhost"
    calendar = Calendar()
    calendar.add("prodid", "-//wagtail-nd43//Lich lam viec//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = section.title
    if leader is not None:
        name = f"{section.title} – {leader.full_name}"
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    stamp = timezone.now()
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.page_id}-{entry.entry_uid}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.starts_at())
        if entry.end_time is not None:
            event.add("dtend", entry.ends_at())
        event.add("summary", " ".join(entry.content.split())[:250])
        if entry.location:
            event.add("location", entry.location)
        description = _description(entry)
        if description:
            event.add("description", description)
        if entry.page.last_published_at:
            event.add("last-modified", entry.page.last_published_at)
        event.add("url", request.build_absolute_uri(entry.page.get_url(request)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar
