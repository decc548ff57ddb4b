"""One concrete page type per mandatory section of the tree.

Each type is thin: the behaviour lives in :class:`SectionPageMixin`. Having a type per
section lets Wagtail keep the tree's shape (one of each under its parent, only in its
place) and lets later features specialise a section without changing the tree. The
rulebook names these types; ``tests/test_rulebook.py`` checks the two agree.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .base import SectionPageMixin
from .direction import (
    DirectiveListingMixin,
    PetitionResponseListingMixin,
    RewardPenaltyListingMixin,
)
from .english import EnglishTranslationMixin
from .legal import LegalDocumentsPageMixin
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
from .statistics import StatisticsListingMixin


APP = "wagtail_nd43."
HOME = [APP + "AgencyHomePage"]
ARTICLES = [APP + "ArticlePage"]
STANDARD = [APP + "StandardPage"]


class ContentSectionMixin(SectionPageMixin):
    """A section whose content is its own body; editors may add plain sub-pages."""

    subpage_types = STANDARD

    class Meta:
        abstract = True


class ListingSectionMixin(SectionPageMixin):
    """A section that lists articles (until a feature gives it its own item type)."""

    subpage_types = ARTICLES

    class Meta:
        abstract = True


# ---- Giới thiệu (ND43-10.1a) --------------------------------------------------------


class IntroductionPage(SectionPageMixin, Page):
    parent_page_types = HOME
    subpage_types = [
        APP + "FunctionsPage",
        APP + "OrganisationStructurePage",
        APP + "HistoryPage",
        APP + "LocalityOverviewPage",
        APP + "AdministrativeMapPage",
        APP + "LeadershipPage",
        APP + "UnitsPage",
        APP + "EditorialBoardPage",
        *STANDARD,
    ]

    class Meta:
        verbose_name = _("introduction section")


INTRO = [APP + "IntroductionPage"]


class FunctionsPage(ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("functions and tasks section")


class OrganisationStructurePage(ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("organisation structure section")


class HistoryPage(ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("history section")


class LocalityOverviewPage(ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("locality overview section")


class AdministrativeMapPage(ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("administrative map section")


class LeadershipPage(LeadershipPageMixin, ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("leadership section")


class UnitsPage(UnitsPageMixin, ContentSectionMixin, Page):
    parent_page_types = INTRO

    class Meta:
        verbose_name = _("subordinate units section")


# ---- Tin tức (ND43-10.1b) -------------------------------------------------------------


class NewsIndexPage(ListingSectionMixin, Page):
    parent_page_types = HOME

    class Meta:
        verbose_name = _("news section")


# ---- Chỉ đạo, điều hành (ND43-10.1c) -----------------------------------------------


class DirectionPage(SectionPageMixin, Page):
    parent_page_types = HOME
    subpage_types = [
        APP + "DirectivesPage",
        APP + "PetitionResponsesPage",
        APP + "RewardsPenaltiesPage",
        APP + "WorkSchedulePage",
    ]

    class Meta:
        verbose_name = _("direction and administration section")


DIRECTION = [APP + "DirectionPage"]


class DirectivesPage(DirectiveListingMixin, ListingSectionMixin, Page):
    parent_page_types = DIRECTION
    subpage_types = [APP + "DirectivePage"]

    class Meta:
        verbose_name = _("directives section")


class PetitionResponsesPage(PetitionResponseListingMixin, ListingSectionMixin, Page):
    parent_page_types = DIRECTION
    subpage_types = [APP + "PetitionResponsePage"]

    class Meta:
        verbose_name = _("petition responses section")


class RewardsPenaltiesPage(RewardPenaltyListingMixin, ListingSectionMixin, Page):
    parent_page_types = DIRECTION
    subpage_types = [APP + "RewardPenaltyPage"]

    class Meta:
        verbose_name = _("rewards and penalties section")


class WorkSchedulePage(WorkScheduleMixin, ListingSectionMixin, Page):
    parent_page_types = DIRECTION
    subpage_types = [APP + "WeekSchedulePage"]

    class Meta:
        verbose_name = _("work schedule section")


# ---- Phổ biến pháp luật, quy hoạch, văn bản, dự án (ND43-10.1d–h) -----------------


class LawDisseminationPage(ListingSectionMixin, Page):
    parent_page_types = HOME
    subpage_types = [*ARTICLES, APP + "CampaignPage"]

    class Meta:
        verbose_name = _("law dissemination section")


class PlanningPage(PlanningListingMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    # The annual work programme is a section of the Decree 42 profile.
    subpage_types = [APP + "PlanDocumentPage", APP + "AnnualWorkPlanPage"]

    class Meta:
        verbose_name = _("strategies and plans section")


class LegalDocumentsPage(LegalDocumentsPageMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    # International treaties are a section of the Decree 42 profile.
    subpage_types = [APP + "LegalDocumentPage", APP + "GazettePage", APP + "TreatyPage"]
    template = "wagtail_nd43/pages/legal_documents_page.html"

    class Meta:
        verbose_name = _("legal documents section")


class GazettePage(ListingSectionMixin, Page):
    parent_page_types = [APP + "LegalDocumentsPage"]

    class Meta:
        verbose_name = _("official gazette section")


class ProjectsPage(ProjectListingMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    subpage_types = [APP + "ProjectPage"]

    class Meta:
        verbose_name = _("projects and procurement section")


# ---- Lấy ý kiến, dịch vụ công, liên hệ, hỏi đáp (ND43-10.1i–k, 15, 18) ----------------


class ConsultationsPage(ConsultationsPageMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    subpage_types = [
        APP + "ConsultationPage",
        *ARTICLES,
        APP + "RegulationFeedbackPage",
    ]

    class Meta:
        verbose_name = _("consultation section")


class RegulationFeedbackPage(ContentSectionMixin, Page):
    parent_page_types = [APP + "ConsultationsPage"]

    class Meta:
        verbose_name = _("regulation feedback section")


class OnlineServicesPage(OnlineServiceListingMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    subpage_types = [
        APP + "OnlineServicePage",
        APP + "ServiceGuidePage",
        APP + "ServiceFAQPage",
    ]

    class Meta:
        verbose_name = _("online public services section")


class ServiceGuidePage(ContentSectionMixin, Page):
    parent_page_types = [APP + "OnlineServicesPage"]

    class Meta:
        verbose_name = _("service guidance section")


class ServiceFAQPage(ContentSectionMixin, Page):
    parent_page_types = [APP + "OnlineServicesPage"]

    class Meta:
        verbose_name = _("service FAQ section")


class ContactPage(ContactDirectoryMixin, ContentSectionMixin, Page):
    parent_page_types = HOME
    template = "wagtail_nd43/pages/contact_page.html"

    class Meta:
        verbose_name = _("contact section")


class QuestionsPage(QuestionsPageMixin, ListingSectionMixin, Page):
    parent_page_types = HOME

    class Meta:
        verbose_name = _("questions and answers section")


# ---- Điều 11–13 ---------------------------------------------------------------------


class ResearchPage(ResearchListingMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    subpage_types = [APP + "ResearchProjectPage"]

    class Meta:
        verbose_name = _("science programmes section")


class StatisticsPage(StatisticsListingMixin, ListingSectionMixin, Page):
    parent_page_types = HOME
    subpage_types = [APP + "StatisticsReportPage"]

    class Meta:
        verbose_name = _("statistics section")


class EnglishPage(SectionPageMixin, Page):
    parent_page_types = HOME
    subpage_types = [APP + "EnglishAboutPage", APP + "EnglishContactPage", *STANDARD]
    template = "wagtail_nd43/pages/english_page.html"

    class Meta:
        verbose_name = _("English section")


class EnglishAboutPage(EnglishTranslationMixin, ContentSectionMixin, Page):
    parent_page_types = [APP + "EnglishPage"]
    template = "wagtail_nd43/pages/english_page.html"
    content_panels = [
        *ContentSectionMixin.content_panels,
        *EnglishTranslationMixin.translation_panels,
    ]

    class Meta:
        verbose_name = _("English introduction section")


class EnglishContactPage(EnglishTranslationMixin, ContentSectionMixin, Page):
    parent_page_types = [APP + "EnglishPage"]
    template = "wagtail_nd43/pages/english_page.html"
    content_panels = [
        *ContentSectionMixin.content_panels,
        *EnglishTranslationMixin.translation_panels,
    ]

    class Meta:
        verbose_name = _("English contact section")


# ---- Tiếp cận thông tin, dữ liệu cá nhân ----------------------------------------------


class AccessToInformationPage(ContentSectionMixin, Page):
    parent_page_types = HOME

    class Meta:
        verbose_name = _("access to information section")


class PrivacyPage(PrivacyPageMixin, ContentSectionMixin, Page):
    parent_page_types = HOME

    class Meta:
        verbose_name = _("personal data protection section")


# ---- Sơ đồ cổng (TT32-16.4) ----------------------------------------------------------


class SiteMapPage(SectionPageMixin, Page):
    """The text site map for people; ``/sitemap.xml`` serves search engines."""

    parent_page_types = HOME
    template = "wagtail_nd43/pages/site_map_page.html"

    class Meta:
        verbose_name = _("site map section")

    def get_context(self, request, *args, **kwargs):
        from ..sitemap import site_tree

        context = super().get_context(request, *args, **kwargs)
        context["tree"] = site_tree(self.get_site().root_page)
        return context


# ---- Nghị định 42/2022: sections the ND42 profile adds (rulebook/nd42.py) -------------


class TreatyPage(ListingSectionMixin, Page):
    """Điều ước quốc tế (ND42-4.1(đư)), under the legal documents."""

    parent_page_types = [APP + "LegalDocumentsPage"]

    class Meta:
        verbose_name = _("international treaties section")


class AnnualWorkPlanPage(ListingSectionMixin, Page):
    """Chương trình, kế hoạch công tác hằng năm (TCTT-19.1c, ND42-4.1(cl))."""

    parent_page_types = [APP + "PlanningPage"]

    class Meta:
        verbose_name = _("annual work programme section")


class FinancialReportPage(ListingSectionMixin, Page):
    """Báo cáo tài chính (TCTT-19.1e, ND42-4.1(tc)): one article per year."""

    parent_page_types = HOME

    class Meta:
        verbose_name = _("financial reports section")


class OfficialChannelsPage(ContentSectionMixin, Page):
    """Kênh thông tin chính thức (ND42-5.3)."""

    parent_page_types = HOME

    class Meta:
        verbose_name = _("official channels section")


class InformationRatingPage(ContentSectionMixin, Page):
    """Đánh giá mức độ hài lòng về thông tin (ND42-8.1d)."""

    parent_page_types = HOME

    class Meta:
        verbose_name = _("information rating section")


__all__ = [
    name
    for name, value in list(globals().items())
    if isinstance(value, type) and issubclass(value, Page) and value is not Page
]
