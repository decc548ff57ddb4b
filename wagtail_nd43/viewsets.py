"""Admin screens for the package's snippets, grouped under one “Nghị định 43” menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Banner, MourningPeriod, SiteAlert, Spokesperson


class SpokespersonViewSet(SnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = ["full_name", "position", "role", "phone", UpdatedAtColumn()]
    list_filter = ["role", "live"]
    search_fields = ["full_name", "position"]
    copy_view_enabled = False


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "image"
    menu_label = _("Campaign banners")
    list_display = ["title", "placement", "start_at", "end_at", UpdatedAtColumn()]
    list_filter = ["placement", "live", "is_festive"]
    search_fields = ["title"]


class SiteAlertViewSet(SnippetViewSet):
    model = SiteAlert
    icon = "warning"
    menu_label = _("Site alerts")
    list_display = ["title", "severity", "start_at", "end_at", UpdatedAtColumn()]
    list_filter = ["severity", "live"]
    copy_view_enabled = False


class MourningPeriodViewSet(SnippetViewSet):
    model = MourningPeriod
    icon = "calendar-alt"
    menu_label = _("Mourning periods")
    list_display = ["title", "start_at", "end_at", UpdatedAtColumn()]
    list_filter = ["live"]
    copy_view_enabled = False


class Nd43SnippetGroup(SnippetViewSetGroup):
    menu_label = _("Decree 43")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        SpokespersonViewSet,
        BannerViewSet,
        SiteAlertViewSet,
        MourningPeriodViewSet,
    )
