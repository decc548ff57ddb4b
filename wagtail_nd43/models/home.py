"""The agency home page: the root of the mandatory tree (TT32-16.3)."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.models import Page

from ..conf import nd43_settings
from ..forms import SectionPageForm
from ..visibility import public
from .base import FoldedSearchMixin, Nd43Page, item_page_models
from .fields import long_text


class AgencyHomePageMixin(FoldedSearchMixin, models.Model):
    welcome = long_text(
        _("welcome text"),
        _("A short welcome shown under the agency name on the home page."),
        blank=True,
    )

    content_panels = [TitleFieldPanel("title"), FieldPanel("welcome")]
    #: The home holds every mandatory section: editors may not schedule its expiry
    #: or restrict who can view it either (``protection.py``).
    base_form_class = SectionPageForm
    search_fields = FoldedSearchMixin.page_search_fields("welcome")

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        from ..protection import SectionPermissionTester

        return SectionPermissionTester(user, self)

    def get_latest_news(self, request=None):
        """The newest articles of the news section (ND43-10.1b), not of every
        section: Q&A or documents are not news."""
        from ..rulebook.nd43 import NEWS
        from .articles import ArticlePage
        from .sections import SectionPage

        news = (
            SectionPage.objects.descendant_of(self)
            .live()
            .filter(requirement_key=NEWS)
            .first()
        )
        if news is None:
            return ArticlePage.objects.none()
        articles = ArticlePage.objects.child_of(news).live()
        return (
            public(articles, request)
            .select_related("image")
            .order_by("-date", "-pk")[: nd43_settings.HOME_NEWS_COUNT]
        )

    def get_sections(self, request=None):
        """The live, public top-level sections, in tree order."""
        sections = Page.objects.child_of(self).live().not_type(*item_page_models())
        return public(sections, request).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when the template needs them: the home page keeps their HTML with
        # the site chrome ({% nd43_chrome_fragment %}).
        context["latest_news"] = SimpleLazyObject(lambda: self.get_latest_news(request))
        context["sections"] = self.get_sections(request)
        return context


class AgencyHomePage(AgencyHomePageMixin, Nd43Page):
    parent_page_types = ["wagtailcore.Page"]
    template = "wagtail_nd43/pages/agency_home_page.html"

    class Meta:
        verbose_name = _("agency home page")
        verbose_name_plural = _("agency home pages")

    @property
    def requirement_key(self):
        return "trang-chu"


__all__ = ["AgencyHomePage", "AgencyHomePageMixin"]
