"""The annual report on the portal (ND43-30.5: agencies report on their portal to
the Ministry before 1 December every year).

:func:`build_annual_report` gathers, for one site and one calendar year: items
published and updated per section, how many items met or missed each deadline of the
site's profile, visits per month (when the counters hold data) and the compliance
score. It runs a bounded number of queries: one grouped query per item type, one
per deadline rule, two for the counters, and the checker's own.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth, Length, Substr
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from ..models.base import item_page_models
from ..rulebook import Deadline
from ..workdays import WorkingCalendar
from . import evaluate
from .checks.records import deadline_items, deadline_limit
from .data import SiteData


#: The first year a report can be asked for; Decree 43/2011 took effect in 2011.
FIRST_YEAR = 2011


class AnnualReportError(ValueError):
    """The report cannot be made as asked (a bad year); the message says why."""


@dataclass
class SectionRow:
    key: str
    title: str
    depth: int
    url: str
    published: int = 0
    updated: int = 0


@dataclass
class DeadlineRow:
    requirement: str
    title: str
    citation: str
    limit: str
    met: int = 0
    missed: int = 0

    @property
    def checked(self):
        return self.met + self.missed


@dataclass
class AnnualReport:
    site: object
    identity: object
    profile: object
    level: str
    year: int
    sections: list
    deadlines: list
    visits_by_month: list | None  # [(month, visits)] or None without counter data
    page_views: int
    compliance: object  # compliance.Report
    generated_at: datetime.datetime = field(default_factory=timezone.now)

    @property
    def agency(self):
        return self.identity.full_name or str(self.site)

    @property
    def published(self):
        return sum(row.published for row in self.sections)

    @property
    def updated(self):
        return sum(row.updated for row in self.sections)

    @property
    def visits(self):
        if self.visits_by_month is None:
            return None
        return sum(visits for _month, visits in self.visits_by_month)

    @property
    def unmet(self):
        """Every failing required finding, worst first."""
        return self.compliance.worst(count=len(self.compliance.findings))

    @property
    def deadlines_met(self):
        return sum(row.met for row in self.deadlines)

    @property
    def deadlines_missed(self):
        return sum(row.missed for row in self.deadlines)

    def to_dict(self):
        compliance = self.compliance
        return {
            "site": {
                "id": self.site.pk,
                "hostname": self.site.hostname,
                "name": self.site.site_name,
            },
            "agency": self.agency,
            "profile": self.profile.name,
            "level": self.level,
            "year": self.year,
            "generated_at": timezone.localtime(self.generated_at).isoformat(),
            "sections": [
                {
                    "section": row.key,
                    "title": row.title,
                    "url": row.url or None,
                    "published": row.published,
                    "updated": row.updated,
                }
                for row in self.sections
            ],
            "totals": {"published": self.published, "updated": self.updated},
            "deadlines": [
                {
                    "requirement": row.requirement,
                    "title": row.title,
                    "limit": row.limit,
                    "checked": row.checked,
                    "met": row.met,
                    "missed": row.missed,
                }
                for row in self.deadlines
            ],
            "visits": None
            if self.visits_by_month is None
            else {
                "months": [
                    {"month": month, "visits": visits}
                    for month, visits in self.visits_by_month
                ],
                "total": self.visits,
                "page_views": self.page_views,
            },
            "compliance": {
                "score": round(compliance.score, 4),
                "required_ok": compliance.required_ok,
                "required_applicable": compliance.required_applicable,
                "evaluated_at": timezone.localtime(compliance.evaluated_at).isoformat(),
            },
        }


def check_year(value, today=None):
    """``value`` (text or int) as a year a report can be made for, or
    :class:`AnnualReportError` with a message for people."""
    today = today or timezone.localdate()
    try:
        year = int(str(value).strip())
    except ValueError:
        raise AnnualReportError(
            _("“%(value)s” is not a year: write it with four digits, e.g. %(year)d.")
            % {"value": value, "year": today.year}
        ) from None
    if year < FIRST_YEAR or year > today.year:
        raise AnnualReportError(
            _("The year must be between %(first)d and %(last)d; %(year)d is not.")
            % {"first": FIRST_YEAR, "last": today.year, "year": year}
        )
    return year


def _year_bounds(year):
    tz = timezone.get_current_timezone()
    start = datetime.datetime(year, 1, 1, tzinfo=tz)
    return start, datetime.datetime(year + 1, 1, 1, tzinfo=tz)


def build_annual_report(site, year, today=None):
    """The annual report of ``site`` for calendar ``year`` (checked first)."""
    today = today or timezone.localdate()
    year = check_year(year, today)
    compliance = evaluate(site, today=today)
    data = SiteData(site, compliance.profile, compliance.level, today=today)
    start, end = _year_bounds(year)
    identity = data.setting("wagtail_nd43.AgencySettings")

    rows = {}
    for depth, section in compliance.profile.root.walk(compliance.level):
        page = data.sections.get(section.key)
        if depth == 0 or page is None:
            continue
        rows[section.key] = SectionRow(
            key=section.key,
            title=page.title,
            depth=depth - 1,
            url=data.public_url(page),
        )
    in_year = Q(first_published_at__gte=start, first_published_at__lt=end)
    updated = Q(
        first_published_at__lt=start,
        last_published_at__gte=start,
        last_published_at__lt=end,
    )
    for model in item_page_models():
        grouped = (
            model.objects.descendant_of(data.home)
            .live()
            .filter(data.public_q())
            .filter(in_year | updated)
            .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
            .values("parent_path")
            .annotate(
                published=Count("pk", filter=in_year),
                updated=Count("pk", filter=updated),
            )
            .order_by()
        )
        for row in grouped:
            key = data.owning_section(row["parent_path"])
            if key in rows:
                rows[key].published += row["published"]
                rows[key].updated += row["updated"]

    data.calendar = WorkingCalendar(
        datetime.date(year, 1, 1) - datetime.timedelta(days=60),
        datetime.date(year, 12, 31) + datetime.timedelta(days=60),
    )
    deadlines = []
    for requirement in compliance.profile.requirements_for(compliance.level):
        check = requirement.check
        if not isinstance(check, Deadline) or check.section not in data.sections:
            continue
        row = DeadlineRow(
            requirement=requirement.id,
            title=requirement.title_vi,
            citation=requirement.source.citation(),
            limit=deadline_limit(check),
        )
        for _pk, is_late in deadline_items(check, data, in_year):
            if is_late:
                row.missed += 1
            elif is_late is not None:
                row.met += 1
        deadlines.append(row)

    visits_by_month, page_views = _visits(site, data.home, year)
    return AnnualReport(
        site=site,
        identity=identity,
        profile=compliance.profile,
        level=compliance.level,
        year=year,
        sections=list(rows.values()),
        deadlines=deadlines,
        visits_by_month=visits_by_month,
        page_views=page_views,
        compliance=compliance,
    )


def _visits(site, home, year):
    from ..models import PageViewDay, SiteVisitDay

    by_month = dict(
        SiteVisitDay.objects.filter(site=site, day__year=year)
        .annotate(month=ExtractMonth("day"))
        .values("month")
        .annotate(n=Sum("visits"))
        .order_by()
        .values_list("month", "n")
    )
    if not by_month:
        return None, 0
    views = (
        PageViewDay.objects.filter(
            day__year=year, page__path__startswith=home.path
        ).aggregate(n=Sum("views"))["n"]
        or 0
    )
    return [(month, by_month.get(month, 0)) for month in range(1, 13)], views
