"""All models of the package, re-exported from their domain modules."""

from .articles import ArticlePage, ArticlePageMixin, CampaignPage
from .banners import Banner, MourningPeriod, SiteAlert
from .base import SectionPageMixin, section_page_models
from .counters import CounterFlushBatch, PageViewDay, SiteVisitDay
from .editorial import EditorialBoard, EditorialBoardMember, EditorialBoardPage
from .home import AgencyHomePage, AgencyHomePageMixin
from .press import *  # noqa: F403
from .press import __all__ as _press_names
from .sections import *  # noqa: F403
from .sections import __all__ as _section_names
from .settings import AgencySettings
from .standard import StandardPage


__all__ = [
    "AgencyHomePage",
    "AgencyHomePageMixin",
    "AgencySettings",
    "Banner",
    "CounterFlushBatch",
    "MourningPeriod",
    "PageViewDay",
    "SiteAlert",
    "SiteVisitDay",
    "ArticlePage",
    "ArticlePageMixin",
    "CampaignPage",
    "EditorialBoard",
    "EditorialBoardMember",
    "EditorialBoardPage",
    "SectionPageMixin",
    "StandardPage",
    "section_page_models",
    *_section_names,
    *_press_names,
]
