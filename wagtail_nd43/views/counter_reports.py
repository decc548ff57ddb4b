"""Admin reports of the counters: most viewed pages, and visits per day or month
with a bar chart drawn on the server (SVG, no script). Both export CSV/XLSX for
the agency's annual report."""

from django.db.models import F, Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn

from ..agencies import reachable_sites, scope
from ..models import PageViewDay, SiteVisitDay
from .base import Nd43ReportView


PERMISSIONS = ("wagtail_nd43.view_pageviewday", "wagtail_nd43.view_sitevisitday")


def can_view_counters(user):
    return user.is_superuser or user.has_perms(PERMISSIONS)


class CounterReportView(Nd43ReportView):
    """A report of the counters: its rows come grouped and ordered from
    ``get_base_queryset``."""

    shown_to = staticmethod(can_view_counters)

    def order_queryset(self, queryset):
        return queryset


class MostViewedFilterSet(WagtailFilterSet):
    day = DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = PageViewDay
        fields = []


class MostViewedPagesReportView(CounterReportView):
    page_title = _("Most viewed pages")
    header_icon = "view"
    filterset_class = MostViewedFilterSet
    url_name = "most_viewed"
    paginate_by = 50
    columns = [
        Column("page__title", label=_("Page")),
        Column("page__url_path", label=_("Address in the page tree")),
        NumberColumn("total", label=_("Views")),
    ]
    list_export = ["page_id", "page__title", "page__url_path", "total"]
    export_headings = {"page_id": _("Page id")}
    export_filename = "luot-xem-trang"

    def get_base_queryset(self):
        # In a province portal, an agency's staff see the pages of its own sites.
        views = scope(PageViewDay.objects.all(), self.request.user, page_field="page")
        return (
            views.values("page_id", "page__title", "page__url_path")
            .annotate(total=Sum("views"))
            .order_by("-total", "page_id")
        )


class VisitsFilterSet(WagtailFilterSet):
    day = DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    site = ModelChoiceFilter(
        label=_("Site"), queryset=lambda request: reachable_sites(request.user)
    )
    group = ChoiceFilter(
        label=_("Per"),
        choices=[("day", _("Day")), ("month", _("Month"))],
        method="group_by",
        empty_label=None,
        null_label=None,
    )

    class Meta:
        model = SiteVisitDay
        fields = []

    def group_by(self, queryset, name, value):
        return queryset  # read by the view, which groups the rows


class VisitsReportView(CounterReportView):
    page_title = _("Site visits")
    header_icon = "user"
    filterset_class = VisitsFilterSet
    url_name = "visits"
    results_template_name = "wagtail_nd43/admin/visits_report_results.html"
    paginate_by = 62
    columns = [
        Column("period", label=_("Period")),
        NumberColumn("total", label=_("Visits")),
    ]
    list_export = ["period", "total"]
    export_filename = "luot-truy-cap"

    @property
    def grouping(self):
        return "month" if self.request.GET.get("group") == "month" else "day"

    def get_base_queryset(self):
        # In a province portal, an agency's staff count the visits of its own sites.
        rows = scope(SiteVisitDay.objects.all(), self.request.user)
        if self.grouping == "month":
            rows = rows.annotate(period=TruncMonth("day"))
        else:
            rows = rows.annotate(period=F("day"))
        return rows.values("period").annotate(total=Sum("visits")).order_by("-period")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["chart"] = bar_chart(
            list(reversed(list(context["object_list"]))), self.grouping
        )
        return context


CHART_WIDTH = 720
CHART_HEIGHT = 220
CHART_MARGIN = 30


def bar_chart(rows, grouping):
    """Bars for ``rows`` ({"period", "total"}), oldest first, as numbers for the
    template's inline SVG: no JavaScript, no external asset."""
    if not rows:
        return None
    peak = max(row["total"] for row in rows) or 1
    slot = (CHART_WIDTH - CHART_MARGIN) / len(rows)
    width = max(1.0, slot * 0.8)
    usable = CHART_HEIGHT - 2 * CHART_MARGIN
    fmt = "%m/%Y" if grouping == "month" else "%d/%m"
    bars = []
    for index, row in enumerate(rows):
        height = usable * row["total"] / peak
        bars.append(
            {
                "x": round(CHART_MARGIN + index * slot + (slot - width) / 2, 1),
                "y": round(CHART_MARGIN + usable - height, 1),
                "width": round(width, 1),
                "height": round(height, 1),
                "label": row["period"].strftime(fmt),
                "total": row["total"],
                "show_label": len(rows) <= 16 or index % max(1, len(rows) // 8) == 0,
                "label_x": round(CHART_MARGIN + index * slot + slot / 2, 1),
            }
        )
    return {
        "bars": bars,
        "peak": peak,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "baseline": CHART_HEIGHT - CHART_MARGIN,
        "label_y": CHART_HEIGHT - CHART_MARGIN + 16,
        "top": CHART_MARGIN,
    }
