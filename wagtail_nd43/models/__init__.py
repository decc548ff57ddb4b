"""All models of the package, re-exported from their domain modules."""

from .articles import ArticlePage, ArticlePageMixin, CampaignPage
from .banners import Banner, MourningPeriod, SiteAlert
from .base import SectionPageMixin, section_page_models
from .compliance_result import ComplianceEvaluation, ComplianceResult, RemoteAgency
from .counters import CounterFlushBatch, PageViewDay, SiteVisitDay
from .direction import *  # noqa: F403
from .direction import __all__ as _direction_names
from .editorial import EditorialBoard, EditorialBoardMember, EditorialBoardPage
from .english import EnglishTranslationMixin
from .holidays import Holiday
from .home import AgencyHomePage, AgencyHomePageMixin
from .legal import *  # noqa: F403
from .legal import __all__ as _legal_names
from .legal_listing import *  # noqa: F403
from .legal_listing import __all__ as _legal_listing_names
from .organization import ContactPerson, Leader, Unit
from .participation import *  # noqa: F403
from .participation import __all__ as _participation_names
from .planning import *  # noqa: F403
from .planning import __all__ as _planning_names
from .press import *  # noqa: F403
from .press import __all__ as _press_names
from .projects import *  # noqa: F403
from .projects import __all__ as _projects_names
from .research import *  # noqa: F403
from .research import __all__ as _research_names
from .scaffold_record import ScaffoldRecord, agency_home, agency_sites
from .schedule import WeekScheduleEntry, WeekSchedulePage, WorkScheduleMixin
from .search_index import SiteSearchEntry
from .sections import *  # noqa: F403
from .sections import __all__ as _section_names
from .services import OnlineServiceListingMixin, OnlineServicePage
from .settings import AgencySettings
from .standard import StandardPage
from .statistics import *  # noqa: F403
from .statistics import __all__ as _statistics_names


__all__ = [
    "AgencyHomePage",
    "AgencyHomePageMixin",
    "AgencySettings",
    "Banner",
    "ComplianceEvaluation",
    "ComplianceResult",
    "RemoteAgency",
    "CounterFlushBatch",
    "MourningPeriod",
    "PageViewDay",
    "SiteAlert",
    "SiteSearchEntry",
    "SiteVisitDay",
    "ArticlePage",
    "ArticlePageMixin",
    "CampaignPage",
    "ContactPerson",
    "EditorialBoard",
    "EditorialBoardMember",
    "EditorialBoardPage",
    "EnglishTranslationMixin",
    "Holiday",
    "Leader",
    "OnlineServiceListingMixin",
    "OnlineServicePage",
    "ScaffoldRecord",
    "SectionPageMixin",
    "StandardPage",
    "Unit",
    "agency_home",
    "agency_sites",
    "WeekScheduleEntry",
    "WeekSchedulePage",
    "WorkScheduleMixin",
    "section_page_models",
    *_section_names,
    *_press_names,
    *_legal_names,
    *_legal_listing_names,
    *_direction_names,
    *_projects_names,
    *_planning_names,
    *_research_names,
    *_statistics_names,
    *_participation_names,
]
