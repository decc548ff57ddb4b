"""Admin screens for the package's snippets, grouped under one “Nghị định 43” menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ContactPerson, Holiday, Leader, Spokesperson, Unit


class SpokespersonViewSet(SnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = ["full_name", "position", "role", "phone", UpdatedAtColumn()]
    list_filter = ["role", "live"]
    # Searches the model's own index (name and position). Restricting ``fields``
    # here breaks Wagtail's database backend on SQLite ("no such column").
    copy_view_enabled = False


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "calendar"
    menu_label = _("Holidays")
    list_display = ["date", "name", "kind", "note"]
    list_filter = ["kind"]
    search_fields = ["name", "note"]
    list_per_page = 50


class LeaderViewSet(SnippetViewSet):
    model = Leader
    icon = "user"
    menu_label = _("Leaders")
    list_display = ["full_name", "position", "sort_order", UpdatedAtColumn()]
    list_filter = ["position"]
    search_fields = ["full_name", "position", "duties"]
    search_backend_name = None  # plain icontains: works on SQLite and PostgreSQL
    ordering = ["sort_order", "full_name"]


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    list_display = ["name", "head", "phone", "email", "sort_order"]
    search_fields = ["name", "functions", "head"]
    search_backend_name = None  # plain icontains: works on SQLite and PostgreSQL
    ordering = ["sort_order", "name"]


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "mail"
    menu_label = _("Contact directory")
    list_display = ["full_name", "position", "unit", "phone", "email"]
    list_filter = ["unit"]
    search_fields = ["full_name", "position", "email"]
    search_backend_name = None  # plain icontains: works on SQLite and PostgreSQL
    ordering = ["sort_order", "full_name"]


class Nd43SnippetGroup(SnippetViewSetGroup):
    menu_label = _("Decree 43")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        SpokespersonViewSet,
        LeaderViewSet,
        UnitViewSet,
        ContactPersonViewSet,
        HolidayViewSet,
    )
