"""The page types of the mandatory sections.

The rulebook is the one declaration of the tree: a section that carries only content
and guidance is a :class:`SectionPage`, whatever its place; a section gets a type of
its own here only when it has fields or behaviour of its own (a listing with filters,
a directory, a form...). None of these types says where it goes: their allowed
parents and children are read from the profiles (``models.base.placements``), so a
profile can add content sections without a model or a migration.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .base import Nd43Page, SectionPageMixin
from .direction import (
    DirectiveListingMixin,
    PetitionResponseListingMixin,
    RewardPenaltyListingMixin,
)
from .english import EnglishTranslationMixin
from .legal_listing import LegalDocumentsPageMixin
from .organization import ContactDirectoryMixin, LeadershipPageMixin, UnitsPageMixin
from .participation import (
    ConsultationsPageMixin,
    PrivacyPageMixin,
    QuestionsPageMixin,
)
from .planning import PlanningListingMixin
from .projects import ProjectListingMixin
from .research import ResearchListingMixin
from .schedule import WorkScheduleMixin
from .services import OnlineServiceListingMixin
from .sites import site_of
from .statistics import StatisticsListingMixin


APP = "wagtail_nd43."
ARTICLES = [APP + "ArticlePage"]
STANDARD = [APP + "StandardPage"]


class ContentSectionMixin(SectionPageMixin):
    """A section whose content is its own body; editors may add plain sub-pages."""

    item_types = STANDARD

    class Meta:
        abstract = True


class ListingSectionMixin(SectionPageMixin):
    """A section that lists articles (until a feature gives it its own item type)."""

    item_types = ARTICLES

    class Meta:
        abstract = True


class SectionPage(ContentSectionMixin, Nd43Page):
    """A section that carries only content and guidance (most of the tree).

    Which section it is comes from its requirement key; the rulebook's ``Section``
    says what it may hold (``items``: plain pages unless stated, e.g. articles for
    the news). Its template is ``wagtail_nd43/pages/sections/<key>.html`` when a
    site or this package provides one, else the shared section template.
    """

    # One page per section, not per type: ``can_create_at`` allows a new one only
    # where a section of the rulebook is missing.
    max_count_per_parent = None

    class Meta:
        verbose_name = _("content section")
        verbose_name_plural = _("content sections")

    def get_template(self, request, *args, **kwargs):
        own = [f"wagtail_nd43/pages/sections/{self.requirement_key}.html"]
        return (own if self.requirement_key else []) + [
            "wagtail_nd43/pages/section_page.html"
        ]


# ---- Giới thiệu (ND43-10.1a) --------------------------------------------------------


class LeadershipPage(LeadershipPageMixin, ContentSectionMixin, Nd43Page):
    class Meta:
        verbose_name = _("leadership section")


class UnitsPage(UnitsPageMixin, ContentSectionMixin, Nd43Page):
    class Meta:
        verbose_name = _("subordinate units section")


# ---- Chỉ đạo, điều hành (ND43-10.1c) -----------------------------------------------


class DirectivesPage(DirectiveListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "DirectivePage"]

    class Meta:
        verbose_name = _("directives section")


class PetitionResponsesPage(
    PetitionResponseListingMixin, ListingSectionMixin, Nd43Page
):
    item_types = [APP + "PetitionResponsePage"]

    class Meta:
        verbose_name = _("petition responses section")


class RewardsPenaltiesPage(RewardPenaltyListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "RewardPenaltyPage"]

    class Meta:
        verbose_name = _("rewards and penalties section")


class WorkSchedulePage(WorkScheduleMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "WeekSchedulePage"]

    class Meta:
        verbose_name = _("work schedule section")


# ---- Phổ biến pháp luật, quy hoạch, văn bản, dự án (ND43-10.1d–h) -----------------


class PlanningPage(PlanningListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "PlanDocumentPage"]

    class Meta:
        verbose_name = _("strategies and plans section")


class LegalDocumentsPage(LegalDocumentsPageMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "LegalDocumentPage"]
    template = "wagtail_nd43/pages/legal_documents_page.html"

    class Meta:
        verbose_name = _("legal documents section")


class ProjectsPage(ProjectListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "ProjectPage"]

    class Meta:
        verbose_name = _("projects and procurement section")


# ---- Lấy ý kiến, dịch vụ công, liên hệ, hỏi đáp (ND43-10.1i–k, 15, 18) ----------------


class ConsultationsPage(ConsultationsPageMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "ConsultationPage", *ARTICLES]

    class Meta:
        verbose_name = _("consultation section")


class OnlineServicesPage(OnlineServiceListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "OnlineServicePage"]

    class Meta:
        verbose_name = _("online public services section")


class ContactPage(ContactDirectoryMixin, ContentSectionMixin, Nd43Page):
    template = "wagtail_nd43/pages/contact_page.html"

    class Meta:
        verbose_name = _("contact section")


class QuestionsPage(QuestionsPageMixin, ListingSectionMixin, Nd43Page):
    class Meta:
        verbose_name = _("questions and answers section")


# ---- Điều 11–13 ---------------------------------------------------------------------


class ResearchPage(ResearchListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "ResearchProjectPage"]

    class Meta:
        verbose_name = _("science programmes section")


class StatisticsPage(StatisticsListingMixin, ListingSectionMixin, Nd43Page):
    item_types = [APP + "StatisticsReportPage"]

    class Meta:
        verbose_name = _("statistics section")


class EnglishPage(SectionPageMixin, Nd43Page):
    item_types = STANDARD
    template = "wagtail_nd43/pages/english_page.html"

    class Meta:
        verbose_name = _("English section")


class EnglishAboutPage(EnglishTranslationMixin, ContentSectionMixin, Nd43Page):
    template = "wagtail_nd43/pages/english_page.html"
    content_panels = [
        *ContentSectionMixin.content_panels,
        *EnglishTranslationMixin.translation_panels,
    ]

    class Meta:
        verbose_name = _("English introduction section")


class EnglishContactPage(EnglishTranslationMixin, ContentSectionMixin, Nd43Page):
    template = "wagtail_nd43/pages/english_page.html"
    content_panels = [
        *ContentSectionMixin.content_panels,
        *EnglishTranslationMixin.translation_panels,
    ]

    class Meta:
        verbose_name = _("English contact section")


# ---- Tiếp cận thông tin, dữ liệu cá nhân ----------------------------------------------


class PrivacyPage(PrivacyPageMixin, ContentSectionMixin, Nd43Page):
    class Meta:
        verbose_name = _("personal data protection section")


# ---- Sơ đồ cổng (TT32-16.4) ----------------------------------------------------------


class SiteMapPage(SectionPageMixin, Nd43Page):
    """The text site map for people; ``/sitemap.xml`` serves search engines."""

    template = "wagtail_nd43/pages/site_map_page.html"

    class Meta:
        verbose_name = _("site map section")

    def get_context(self, request, *args, **kwargs):
        from ..sitemap import site_tree

        context = super().get_context(request, *args, **kwargs)
        context["tree"] = site_tree(site_of(self, request).root_page, request=request)
        return context


__all__ = [
    name
    for name, value in list(globals().items())
    if isinstance(value, type)
    and issubclass(value, Page)
    and not value._meta.abstract
    and value is not Page
]
