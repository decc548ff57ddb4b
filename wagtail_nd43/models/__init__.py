"""All models of the package, re-exported from their domain modules."""

from .articles import ArticlePage, ArticlePageMixin, CampaignPage
from .base import SectionPageMixin, section_page_models
from .editorial import EditorialBoard, EditorialBoardMember, EditorialBoardPage
from .home import AgencyHomePage, AgencyHomePageMixin
from .legal import *  # noqa: F403
from .legal import __all__ as _legal_names
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
    *_legal_names,
]
