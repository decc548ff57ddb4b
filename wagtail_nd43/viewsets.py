"""Admin screens for the package's snippets, grouped under one “Nghị định 43” menu."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .agencies import SiteScopedViewSetMixin
from .models import (
    Banner,
    ContactPerson,
    Holiday,
    Leader,
    MourningPeriod,
    SiteAlert,
    Spokesperson,
    Unit,
)
from .models.compliance_result import RemoteAgency
from .models.legal import DocumentType, IssuingBody, LegalField, Signer
from .views.choosers import FoldedSearchChooserViewSet


class SiteScopedSnippetViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    """Items of one agency site or province-wide: each editor sees and edits only
    those of the sites they reach (``agencies.py``)."""

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("site")


def shown_on_column():
    """The listing column saying which site shows an item ("Whole province")."""
    return Column("site", label=_("Shown on"), accessor="shown_on")


class SpokespersonViewSet(SiteScopedSnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = [
        "full_name",
        "position",
        shown_on_column(),
        "role",
        "phone",
        UpdatedAtColumn(),
    ]
    list_filter = ["site", "role", "live"]
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


class BannerViewSet(SiteScopedSnippetViewSet):
    model = Banner
    icon = "image"
    menu_label = _("Campaign banners")
    list_display = [
        "title",
        shown_on_column(),
        "placement",
        "start_at",
        "end_at",
        UpdatedAtColumn(),
    ]
    list_filter = ["site", "placement", "live", "is_festive"]
    search_fields = ["title"]


class SiteAlertViewSet(SiteScopedSnippetViewSet):
    model = SiteAlert
    icon = "warning"
    menu_label = _("Site alerts")
    list_display = [
        "title",
        shown_on_column(),
        "severity",
        "start_at",
        "end_at",
        UpdatedAtColumn(),
    ]
    list_filter = ["site", "severity", "live"]
    copy_view_enabled = False


class MourningPeriodViewSet(SiteScopedSnippetViewSet):
    model = MourningPeriod
    icon = "calendar-alt"
    menu_label = _("Mourning periods")
    list_display = ["title", shown_on_column(), "start_at", "end_at", UpdatedAtColumn()]
    list_filter = ["site", "live"]
    copy_view_enabled = False


class VocabularyViewSet(SnippetViewSet):
    """A short list editors choose from on legal documents."""

    icon = "tag"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    list_per_page = 50
    # The chooser of a legal document's type, issuer or signer: searchable (folded,
    # as editors type) and long enough to show a short list on one page.
    chooser_viewset_class = FoldedSearchChooserViewSet
    chooser_per_page = 50
    copy_view_enabled = False
    panels = ["name", "sort_order"]


class DocumentTypeViewSet(VocabularyViewSet):
    model = DocumentType
    menu_label = _("Document types")
    list_display = ["name", "is_normative", "sort_order"]
    list_filter = ["is_normative"]
    panels = ["name", "is_normative", "sort_order"]


class IssuingBodyViewSet(VocabularyViewSet):
    model = IssuingBody
    icon = "site"
    menu_label = _("Issuing bodies")


class SignerViewSet(SnippetViewSet):
    model = Signer
    icon = "user"
    menu_label = _("Signers")
    list_display = ["full_name", "position"]
    search_fields = ["full_name", "position"]
    search_backend_name = None
    chooser_viewset_class = FoldedSearchChooserViewSet
    chooser_per_page = 50
    copy_view_enabled = False
    panels = ["full_name", "position"]


class LegalFieldViewSet(VocabularyViewSet):
    model = LegalField
    menu_label = pgettext_lazy("legal document", "Fields")


class RemoteAgencyViewSet(SnippetViewSet):
    """Agency portals on other servers that the province overview reads."""

    model = RemoteAgency
    icon = "site"
    menu_label = _("Agencies hosted elsewhere")
    list_display = ["name", "base_url", "level", "active", "unreachable_since"]
    list_filter = ["level", "active"]
    copy_view_enabled = False
    panels = ["name", "level", "base_url", "token", "active"]


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
        BannerViewSet,
        SiteAlertViewSet,
        MourningPeriodViewSet,
        DocumentTypeViewSet,
        IssuingBodyViewSet,
        SignerViewSet,
        LegalFieldViewSet,
        RemoteAgencyViewSet,
    )
