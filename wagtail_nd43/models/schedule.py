"""The leaders' work schedule (lịch làm việc của lãnh đạo, Decree 43/2011 Art.
10.1.c, item 4): one page per week under the section, with its entries inline.

The section shows the current week (Monday–Sunday in Asia/Ho_Chi_Minh) with
previous/next navigation at ``tuan/<yyyy>-<ww>/``, a printable view, and iCalendar
feeds at ``ical/`` (all leaders) and ``ical/<leader id>/`` (one leader). An entry
added or changed after the week was first published is marked as such, with the
editor's change note, by comparing it with the first published revision.
"""

import datetime
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, PageLogEntry

from .. import public_input, weeks
from ..forms import WeekSchedulePageForm
from ..visibility import public
from .base import FoldedSearchMixin, ItemPageMixin, Nd43Page
from .fields import long_text, optional_text
from .organization import Leader


APP = "wagtail_nd43."

#: What makes an entry "adjusted" when it differs from the first published week.
TRACKED_FIELDS = (
    "day",
    "start_time",
    "end_time",
    "content",
    "presiding_text",
    "location",
    "participants",
    "preparing_unit",
)


class WeekSchedulePage(ItemPageMixin, FoldedSearchMixin, Nd43Page):
    """The schedule of one week (Monday to Sunday)."""

    week_start = models.DateField(
        _("week starting on"),
        help_text=_(
            "The Monday of the week. The title is filled in from it when left empty, "
            "e.g. “Lịch làm việc tuần 48 (23/11 – 29/11/2026)”. Decree 43/2011 "
            "(Art. 10.1.c) asks for the leaders' schedule of every week: publish it "
            "before the week starts."
        ),
    )

    parent_page_types = [APP + "WorkSchedulePage"]
    base_form_class = WeekSchedulePageForm
    #: The compliance checker's “current week” rule reads the week, not the date
    #: the page happened to be published.
    compliance_date_field = "week_start"
    template = "wagtail_nd43/pages/week_schedule_page.html"

    content_panels = [
        FieldPanel("week_start"),
        TitleFieldPanel("title"),
        InlinePanel(
            "entries",
            heading=_("Entries"),
            label=_("Entry"),
            help_text=_(
                "One entry per meeting or activity. After the week is published, "
                "changing or adding an entry marks it as adjusted or added on the "
                "public page, with the change note."
            ),
        ),
    ]
    # Folded like every page type of the package, so that the site search finds
    # “lich lam viec tuan 48” and the exact title.
    search_fields = FoldedSearchMixin.page_search_fields(filters=["week_start"])

    class Meta:
        verbose_name = _("week's work schedule")
        verbose_name_plural = _("weeks' work schedules")

    @classmethod
    def week_taken(cls, parent, monday, exclude=None):
        """Whether ``parent`` already holds a schedule page for the week."""
        pages = cls.objects.child_of(parent).filter(week_start=monday)
        if exclude is not None and exclude.pk:
            pages = pages.exclude(pk=exclude.pk)
        return pages.exists()

    def clean(self):
        super().clean()
        if self.week_start and self.week_start.weekday() != 0:
            monday = weeks.monday_of(self.week_start)
            raise ValidationError(
                {
                    "week_start": _(
                        "A week starts on a Monday: %(day)s is not a Monday. "
                        "The Monday of that week is %(monday)s."
                    )
                    % {
                        "day": self.week_start.strftime("%d/%m/%Y"),
                        "monday": monday.strftime("%d/%m/%Y"),
                    }
                }
            )
        if self.week_start and self.path and self.depth and self.depth > 1:
            parent = self.get_parent()
            if parent is not None and self.week_taken(parent, self.week_start, self):
                raise ValidationError(
                    {
                        "week_start": _(
                            "This week already has a schedule page in this section: "
                            "edit that page instead of adding a second one."
                        )
                    }
                )

    @property
    def week_end(self):
        return self.week_start + datetime.timedelta(days=6)

    @property
    def iso_week(self):
        return weeks.iso_week(self.week_start)

    def first_published_signatures(self):
        """``{entry uid: signature}`` of the entries in the revision that first
        published this week, or ``None`` if there is no such revision. One query."""
        if self.first_published_at is None:
            return None
        content = (
            PageLogEntry.objects.filter(
                page=self, action="wagtail.publish", revision__isnull=False
            )
            .order_by("timestamp", "pk")
            .values_list("revision__content", flat=True)
            .first()
        )
        if content is None:
            return None
        return {
            str(data.get("entry_uid")): WeekScheduleEntry.signature_from_data(data)
            for data in content.get("entries", [])
        }

    def get_entries(self):
        """The live entries in time order, each with ``change`` set to
        ``"added"``, ``"adjusted"`` or ``""``. Four queries however many entries."""
        entries = list(
            self.entries.order_by("day", "start_time", "sort_order").prefetch_related(
                "leaders"
            )
        )
        baseline = self.first_published_signatures()
        for entry in entries:
            entry.change = ""
            if baseline is None:
                continue
            before = baseline.get(str(entry.entry_uid))
            if before is None:
                entry.change = WeekScheduleEntry.ADDED
            elif before != entry.signature():
                entry.change = WeekScheduleEntry.ADJUSTED
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        section = self.get_parent().specific
        context.update(section.week_context(request, self.week_start, week_page=self))
        return context


class WeekScheduleEntry(Orderable, ClusterableModel):
    """One meeting or activity of the week."""

    ADDED = "added"
    ADJUSTED = "adjusted"

    page = ParentalKey(
        WeekSchedulePage, on_delete=models.CASCADE, related_name="entries"
    )
    entry_uid = models.UUIDField(default=uuid.uuid4, editable=False)
    day = models.DateField(_("day"), help_text=_("A day of the page's week."))
    start_time = models.TimeField(_("start time"), help_text=_("E.g. 08:00."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    content = long_text(_("content"), _("What the meeting or activity is about."))
    leaders = ParentalManyToManyField(
        Leader,
        verbose_name=_("presiding leaders"),
        blank=True,
        related_name="schedule_entries",
        help_text=_(
            "The leaders who preside or attend. They get the entry in their own "
            "calendar feed."
        ),
    )
    presiding_text = optional_text(
        _("presiding (as text)"),
        _(
            "Use when the person presiding is not in the list of leaders, "
            "e.g. “Lãnh đạo Sở” or “Đồng chí Chánh Văn phòng”."
        ),
    )
    location = optional_text(_("location"))
    participants = long_text(
        _("participants"), _("Who is invited or attends (thành phần)."), blank=True
    )
    preparing_unit = optional_text(
        _("preparing unit"), _("The unit that prepares the content (đơn vị chuẩn bị).")
    )
    note = optional_text(_("note"), max_length=500)
    change_note = optional_text(
        _("change note"),
        _(
            "When you change or add an entry after the week was published, say "
            "what changed, e.g. “Dời từ 8h00 sang 14h00”. Shown only on entries "
            "changed or added after publication."
        ),
        max_length=500,
    )

    panels = [
        FieldRowPanel(["day", "start_time", "end_time"]),
        "content",
        FieldPanel("leaders", widget=forms.CheckboxSelectMultiple),
        "presiding_text",
        FieldRowPanel(["location", "preparing_unit"]),
        "participants",
        MultiFieldPanel(["note", "change_note"], heading=_("Notes")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("schedule entry")
        verbose_name_plural = _("schedule entries")

    def __str__(self):
        return f"{self.day:%d/%m/%Y} {self.start_time:%H:%M} {self.content[:60]}"

    def clean(self):
        super().clean()
        if self.end_time and self.start_time and self.end_time <= self.start_time:
            raise ValidationError(
                {"end_time": _("The end time must be after the start time.")}
            )

    def signature(self):
        """What is compared with the first published week (leaders prefetched)."""
        values = tuple(getattr(self, name) for name in TRACKED_FIELDS)
        return (*values, frozenset(leader.pk for leader in self.leaders.all()))

    @classmethod
    def signature_from_data(cls, data):
        """:meth:`signature` of an entry as stored in a revision."""
        values = tuple(
            cls._meta.get_field(name).to_python(data.get(name))
            for name in TRACKED_FIELDS
        )
        return (*values, frozenset(data.get("leaders") or ()))

    @property
    def presiding(self):
        """The presiding leaders' names, then the text, for display."""
        names = [leader.full_name for leader in self.leaders.all()]
        if self.presiding_text:
            names.append(self.presiding_text)
        return ", ".join(names)

    def starts_at(self):
        return datetime.datetime.combine(
            self.day, self.start_time, tzinfo=weeks.SCHEDULE_TIME_ZONE
        )

    def ends_at(self):
        if self.end_time is None:
            return None
        return datetime.datetime.combine(
            self.day, self.end_time, tzinfo=weeks.SCHEDULE_TIME_ZONE
        )


class WorkScheduleMixin(RoutablePageMixin):
    """The section behaviour: the current week by default, any week at
    ``tuan/<yyyy>-<ww>/``, a printable week, and iCalendar feeds."""

    #: How many past weeks the calendar feeds hold.
    ical_past_weeks = 12

    def get_items(self, request=None):
        """The published weeks, newest first (the archive)."""
        return public(WeekSchedulePage.objects.child_of(self).live(), request).order_by(
            "-week_start", "-pk"
        )

    def week_page(self, monday, request=None):
        return self.get_items(request).filter(week_start=monday).first()

    def week_url(self, request, monday, route="week"):
        year, week = weeks.iso_week(monday)
        return self.get_url(request) + self.reverse_subpage(
            route, kwargs={"year": f"{year:04d}", "week": f"{week:02d}"}
        )

    def week_context(self, request, monday, week_page=None):
        """Everything the week's template shows; a constant number of queries."""
        if week_page is None:
            week_page = self.week_page(monday, request)
        entries = week_page.get_entries() if week_page is not None else []
        days = {}
        for entry in entries:
            days.setdefault(entry.day, []).append(entry)
        current = weeks.current_monday()
        return {
            "section": self,
            "week_start": monday,
            "week_end": monday + datetime.timedelta(days=6),
            "week_number": weeks.iso_week(monday)[1],
            "week_title": week_page.title
            if week_page
            else weeks.suggested_title(monday),
            "week_page": week_page,
            "is_current_week": monday == current,
            "schedule_days": sorted(days.items()),
            "previous_week_url": self.week_url(request, monday - weeks.WEEK),
            "next_week_url": self.week_url(request, monday + weeks.WEEK),
            "current_week_url": self.get_url(request),
            "print_url": self.week_url(request, monday, route="week_print"),
            "ical_url": self.get_url(request) + self.reverse_subpage("ical"),
            "ical_leaders": [
                (
                    leader,
                    self.get_url(request)
                    + self.reverse_subpage(
                        "ical_leader", kwargs={"leader_id": leader.pk}
                    ),
                )
                for leader in Leader.objects.all()
            ],
        }

    def get_template(self, request, *args, **kwargs):
        return [self.template, "wagtail_nd43/pages/work_schedule_page.html"]

    def _render_week(self, request, monday, template=None):
        context = self.week_context(request, monday)
        return self.render(request, template=template, context_overrides=context)

    @path("", name="current_week")
    def current_week(self, request):
        return self._render_week(request, weeks.current_monday())

    @staticmethod
    def _monday(year, week):
        monday = public_input.iso_week_monday(year, week)
        if monday is None:
            raise Http404("No such week")
        return monday

    @re_path(r"^tuan/(?P<year>[0-9]{4})-(?P<week>[0-9]{2})/$", name="week")
    def week(self, request, year, week):
        return self._render_week(request, self._monday(year, week))

    @re_path(r"^tuan/(?P<year>[0-9]{4})-(?P<week>[0-9]{2})/in/$", name="week_print")
    def week_print(self, request, year, week):
        return self._render_week(
            request,
            self._monday(year, week),
            template="wagtail_nd43/pages/work_schedule_print.html",
        )

    @path("ical/", name="ical")
    def ical(self, request):
        return self.ical_response(request, self.feed_entries())

    @path("ical/<int:leader_id>/", name="ical_leader")
    def ical_leader(self, request, leader_id):
        if public_input.int_in_range(leader_id, 1, 2**31 - 1) is None:
            raise Http404("No such leader")
        leader = get_object_or_404(Leader, pk=leader_id)
        return self.ical_response(
            request, self.feed_entries().filter(leaders=leader), leader=leader
        )

    def feed_entries(self):
        since = weeks.current_monday() - self.ical_past_weeks * weeks.WEEK
        return (
            WeekScheduleEntry.objects.filter(
                page__in=self.get_items().filter(week_start__gte=since)
            )
            .select_related("page")
            .prefetch_related("leaders")
            .order_by("day", "start_time", "pk")
        )

    def ical_response(self, request, entries, leader=None):
        from ..ical import schedule_calendar

        calendar = schedule_calendar(self, request, entries, leader=leader)
        response = HttpResponse(
            calendar.to_ical(), content_type="text/calendar; charset=utf-8"
        )
        name = f"lich-lam-viec-{leader.pk}" if leader else "lich-lam-viec"
        response["Content-Disposition"] = f'inline; filename="{name}.ics"'
        return response


__all__ = ["WeekScheduleEntry", "WeekSchedulePage", "WorkScheduleMixin"]
