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


def site_listing(*fields):
    """The listing columns of site-scoped items: ``fields``, with ``"site"`` as the
    column saying which site shows an item ("Whole province"), then the time each
    was last updated."""
    return [
        *(
            Column("site", label=_("Shown on"), accessor="shown_on")
            if field == "site"
            else field
            for field in fields
        ),
        UpdatedAtColumn(),
    ]


class SpokespersonViewSet(SiteScopedSnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = site_listing("full_name", "position", "site", "role", "phone")
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


class PlainSearchViewSet(SnippetViewSet):
    """Short lists searched with a plain ``icontains``: the same results on SQLite
    and PostgreSQL, with no search index to keep."""

    search_backend_name = None


class LeaderViewSet(PlainSearchViewSet):
    model = Leader
    icon = "user"
    menu_label = _("Leaders")
    list_display = ["full_name", "position", "sort_order", UpdatedAtColumn()]
    list_filter = ["position"]
    search_fields = ["full_name", "position", "duties"]
    ordering = ["sort_order", "full_name"]


class UnitViewSet(PlainSearchViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    list_display = ["name", "head", "phone", "email", "sort_order"]
    search_fields = ["name", "functions", "head"]
    ordering = ["sort_order", "name"]


class ContactPersonViewSet(PlainSearchViewSet):
    model = ContactPerson
    icon = "mail"
    menu_label = _("Contact directory")
    list_display = ["full_name", "position", "unit", "phone", "email"]
    list_filter = ["unit"]
    search_fields = ["full_name", "position", "email"]
    ordering = ["sort_order", "full_name"]


class BannerViewSet(SiteScopedSnippetViewSet):
    model = Banner
    icon = "image"
    menu_label = _("Campaign banners")
    list_display = site_listing("title", "site", "placement", "start_at", "end_at")
    list_filter = ["site", "placement", "live", "is_festive"]
    search_fields = ["title"]


class SiteAlertViewSet(SiteScopedSnippetViewSet):
    model = SiteAlert
    icon = "warning"
    menu_label = _("Site alerts")
    list_display = site_listing("title", "site", "severity", "start_at", "end_at")
    list_filter = ["site", "severity", "live"]
    copy_view_enabled = False


class MourningPeriodViewSet(SiteScopedSnippetViewSet):
    model = MourningPeriod
    icon = "calendar-alt"
    menu_label = _("Mourning periods")
    list_display = site_listing("title", "site", "start_at", "end_at")
    list_filter = ["site", "live"]
    copy_view_enabled = False


class LegalChoiceViewSet(PlainSearchViewSet):
    """A short list editors choose from on legal documents: the chooser of a
    document's type, issuer or signer is searchable (folded, as editors type) and
    long enough to show a short list on one page."""

    chooser_viewset_class = FoldedSearchChooserViewSet
    chooser_per_page = 50
    copy_view_enabled = False


class VocabularyViewSet(LegalChoiceViewSet):
    """A vocabulary of legal documents: names in the editors' order."""

    icon = "tag"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    list_per_page = 50
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


class SignerViewSet(LegalChoiceViewSet):
    model = Signer
    icon = "user"
    menu_label = _("Signers")
    list_display = ["full_name", "position"]
    search_fields = ["full_name", "position"]
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
