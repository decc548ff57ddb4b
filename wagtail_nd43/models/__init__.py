"""All models of the package, re-exported from their domain modules."""

from .articles import ArticlePage, ArticlePageMixin, CampaignPage
from .base import SectionPageMixin, section_page_models
from .editorial import EditorialBoard, EditorialBoardMember, EditorialBoardPage
from .holidays import Holiday
from .home import AgencyHomePage, AgencyHomePageMixin
from .organization import ContactPerson, Leader, Unit
from .press import *  # noqa: F403
from .press import __all__ as _press_names
from .schedule import WeekScheduleEntry, WeekSchedulePage, WorkScheduleMixin
from .sections import *  # noqa: F403
from .sections import __all__ as _section_names
from .services import OnlineServiceListingMixin, OnlineServicePage
from .settings import AgencySettings
from .standard import StandardPage


__all__ = [
    "AgencyHomePage",
    "AgencyHomePageMixin",
    "AgencySettings",
    "ArticlePage",
    "ArticlePageMixin",
    "CampaignPage",
    "ContactPerson",
    "EditorialBoard",
    "EditorialBoardMember",
    "EditorialBoardPage",
    "Holiday",
    "Leader",
    "OnlineServiceListingMixin",
    "OnlineServicePage",
    "SectionPageMixin",
    "StandardPage",
    "Unit",
    "WeekScheduleEntry",
    "WeekSchedulePage",
    "WorkScheduleMixin",
    "section_page_models",
    *_section_names,
    *_press_names,
]
