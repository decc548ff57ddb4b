"""Articles: the items of news, direction, law dissemination and planning sections.

Every article states its author, and its source when it reuses another's information
(ND43-5.3); its lead image needs alt text (TT32-18.1c). An article that explains a
newly issued legal document records the document's issue date: Decree 43/2011
Art. 17.1.b counts 15 working days from it.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel, TitleFieldPanel

from .base import FoldedSearchMixin, ItemPageMixin, ListingPageMixin, Nd43Page
from .fields import (
    body_field,
    image_link,
    long_text,
    optional_date,
    optional_text,
    short_text,
)
from .validation import CheckedItemMixin, clean_not_future


def _today():
    return timezone.localdate()


class ArticlePageMixin(CheckedItemMixin, FoldedSearchMixin, models.Model):
    date = models.DateField(
        _("publication date"),
        default=_today,
        help_text=_("Shown on the article and used to order lists, newest first."),
    )
    lead = long_text(
        _("lead"), _("The summary (sapo) shown in lists and under the title.")
    )
    image = image_link(_("image"))
    image_alt = optional_text(
        _("image description"),
        _(
            "Describe what the image shows for people who cannot see it. "
            "Required when an image is chosen."
        ),
    )
    body = body_field(_("content"))
    author = short_text(
        _("author"), _("Who wrote the article (required by Decree 43, Article 5).")
    )
    is_reused = models.BooleanField(
        _("reused from another source"),
        default=False,
        help_text=_("Tick when the article quotes or reposts another's information."),
    )
    source_name = optional_text(
        _("source"), _("Name of the original source, e.g. a newspaper or agency.")
    )
    source_url = models.URLField(
        _("source address"),
        blank=True,
        help_text=_("Link to the original, when it is online."),
    )

    content_panels = [
        TitleFieldPanel("title"),
        FieldRowPanel(["date", "author"]),
        "lead",
        MultiFieldPanel(["image", "image_alt"], heading=_("Image")),
        "body",
        MultiFieldPanel(
            ["is_reused", "source_name", "source_url"],
            heading=_("Source (Decree 43, Article 5)"),
        ),
    ]
    search_fields = FoldedSearchMixin.page_search_fields(
        "lead", "body", "author", filters=["date"]
    )

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _(
                "Describe the image: people using screen readers depend on it."
            )
        if self.is_reused and not self.source_name.strip():
            errors["source_name"] = _(
                "Name the source of reused information (Decree 43, Article 5)."
            )

    @property
    def listing_date(self):
        return self.date


class LawDisseminationMixin(CheckedItemMixin, models.Model):
    """The issue date of the legal document an article explains (law dissemination,
    Decree 43/2011 Art. 10.1.d): Art. 17.1.b counts 15 working days from it."""

    law_issued_date = optional_date(
        _("issue date of the document explained"),
        _(
            "For an article that explains a newly issued law, decree or policy: the "
            "date it was issued. Decree 43/2011 Art. 17.1.b: publish the article "
            "within 15 working days of it. Leave empty for other articles."
        ),
    )

    law_dissemination_panels = [
        MultiFieldPanel(
            ["law_issued_date"],
            heading=_("Law dissemination (Decree 43, Article 17.1.b)"),
            classname="collapsed",
        ),
    ]

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        clean_not_future(
            self,
            "law_issued_date",
            errors,
            _("The issue date cannot be in the future."),
        )


# Page types that may hold articles. Which sections list articles is the
# rulebook's (``Section.items``) and the section types' (``item_types``) to say.
ARTICLE_SECTIONS = [
    "wagtail_nd43.SectionPage",
    "wagtail_nd43.CampaignPage",
    "wagtail_nd43.DirectivesPage",
    "wagtail_nd43.PetitionResponsesPage",
    "wagtail_nd43.RewardsPenaltiesPage",
    "wagtail_nd43.PlanningPage",
    "wagtail_nd43.ProjectsPage",
    "wagtail_nd43.ConsultationsPage",
    "wagtail_nd43.OnlineServicesPage",
    "wagtail_nd43.QuestionsPage",
    "wagtail_nd43.ResearchPage",
    "wagtail_nd43.StatisticsPage",
    "wagtail_nd43.WorkSchedulePage",
]


class ArticlePage(ItemPageMixin, LawDisseminationMixin, ArticlePageMixin, Nd43Page):
    parent_page_types = ARTICLE_SECTIONS
    content_panels = (
        ArticlePageMixin.content_panels + LawDisseminationMixin.law_dissemination_panels
    )
    template = "wagtail_nd43/pages/article_page.html"

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class CampaignPage(ListingPageMixin, Nd43Page):
    """A propaganda campaign section, e.g. an election (letter 412, item 3).

    Not a mandatory section: agencies open and close campaigns as they come.
    """

    parent_page_types = ["wagtail_nd43.SectionPage"]
    subpage_types = ["wagtail_nd43.ArticlePage"]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")


__all__ = [
    "ARTICLE_SECTIONS",
    "ArticlePage",
    "ArticlePageMixin",
    "CampaignPage",
    "LawDisseminationMixin",
]
