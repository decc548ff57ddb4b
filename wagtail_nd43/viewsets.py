"""Admin screens for the package's snippets, grouped under one “Nghị định 43” menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Spokesperson
from .models.legal import DocumentType, IssuingBody, LegalField, Signer


class SpokespersonViewSet(SnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = ["full_name", "position", "role", "phone", UpdatedAtColumn()]
    list_filter = ["role", "live"]
    search_fields = ["full_name", "position"]
    copy_view_enabled = False


class VocabularyViewSet(SnippetViewSet):
    """A short list editors choose from on legal documents."""

    icon = "tag"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    list_per_page = 50
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
    copy_view_enabled = False
    panels = ["full_name", "position"]


class LegalFieldViewSet(VocabularyViewSet):
    model = LegalField
    menu_label = _("Fields")


class Nd43SnippetGroup(SnippetViewSetGroup):
    menu_label = _("Decree 43")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        SpokespersonViewSet,
        DocumentTypeViewSet,
        IssuingBodyViewSet,
        SignerViewSet,
        LegalFieldViewSet,
    )
