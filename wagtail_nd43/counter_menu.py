"""Reports menu entries of the counters, shown to those allowed to see them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem

from .views.counter_reports import can_view_counters


class CounterReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_counters(request.user)


def most_viewed_menu_item():
    return CounterReportMenuItem(
        _("Most viewed pages"),
        reverse("wagtail_nd43_counters:most_viewed"),
        name="nd43-most-viewed",
        icon_name="view",
        order=1100,
    )


def visits_menu_item():
    return CounterReportMenuItem(
        _("Site visits"),
        reverse("wagtail_nd43_counters:visits"),
        name="nd43-visits",
        icon_name="user",
        order=1101,
    )
