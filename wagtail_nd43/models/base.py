"""What every mandatory section page shares.

A section page knows which rulebook section it is by its ``requirement_key``, never by
its slug or title, so editors can rename and re-slug it freely. The key is written by
the scaffold; a section created by hand gets the key of its page type.
"""

from functools import cache

from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from ..blocks import BodyBlock
from ..conf import nd43_settings
from ..forms import SectionPageForm
from ..rulebook import get_profile, profile_names
from ..search import fold_for_index
from ..search_index import search_field_text
from ..visibility import public


class GuidancePanel(HelpPanel):
    """Shows editors what the law asks this section to contain, citing the article."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            section = self.instance.section_definition
            if section is None:
                self.content = ""
                return
            self.content = format_html(
                '<div class="help-block help-info"><p><strong>{}</strong> {}</p>'
                "<p>{}</p><p>{}</p></div>",
                _("What the law asks for here:"),
                section.guidance_vi,
                ", ".join(section.requirement_ids),
                _(
                    "The section must stay published and public: only a site "
                    "administrator can unpublish, delete or move it, schedule its "
                    "expiry or restrict who may view it."
                ),
            )

        def is_shown(self):
            return bool(self.content)


@cache
def section_key_for_model(label):
    """The rulebook key of the section a page type serves, or ``""``.

    Used for sections created by hand; page types map to one key across profiles.
    """
    for name in profile_names():
        for section in get_profile(name).sections():
            if section.page_type == label:
                return section.key
    return ""


class FoldedSearchMixin:
    """Gives a page a ``folded_search_text`` to index with
    ``index.SearchField("folded_search_text")``: the text of its other search fields,
    folded (:func:`wagtail_nd43.search.fold_for_index`), so that the site search
    finds "Nghị định" when people type "nghi dinh". The title comes first and three
    times: full-text ranking counts occurrences, so title matches rank first."""

    @property
    def folded_search_text(self):
        text = search_field_text(self, skip=("folded_search_text",))
        return fold_for_index(" ".join([self.title] * 3 + [text]))


#: Add to a page type's ``search_fields`` together with :class:`FoldedSearchMixin`.
FOLDED_SEARCH_FIELD = index.SearchField("folded_search_text")


class ItemPageMixin(models.Model):
    """Marks page types that are items listed by a section (articles, documents...)."""

    class Meta:
        abstract = True


class ListingPageMixin(FoldedSearchMixin, models.Model):
    """A page with an introduction, optional content, its subsections and a paginated
    list of its items. Sections and campaign pages share it."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_("The page's own content, shown above the list of items."),
    )

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        FOLDED_SEARCH_FIELD,
    ]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        """The page type's own template if a site (or this package) provides one,
        else the shared section template."""
        return [self.template, "wagtail_nd43/pages/section_page.html"]

    def get_items(self, request=None):
        """The live, public items listed by this page, newest first.

        Page types with items of their own override this; ``request`` lets them
        filter by GET parameters.
        """
        from .articles import ArticlePage

        return (
            public(ArticlePage.objects.child_of(self).live(), request)
            .select_related("image")
            .order_by("-date", "-pk")
        )

    def get_paginator(self, request, items):
        """The paginator of the listing; large listings may cache their count."""
        return Paginator(items, nd43_settings.LISTING_PAGE_SIZE)

    def get_subsections(self, request=None):
        """Live, public child pages that are not items: subsections, plain pages."""
        return (
            public(Page.objects.child_of(self).live(), request)
            .not_type(*item_page_models())
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = self.get_paginator(request, self.get_items(request))
        context["items"] = paginator.get_page(request.GET.get("page"))
        context["subsections"] = self.get_subsections(request)
        return context


class SectionPageMixin(ListingPageMixin):
    """A mandatory section of the tree the decree requires.

    Sections cannot be deleted, moved, copied or unpublished by editors (see
    ``protection.py``); one of each may exist under its parent.
    """

    requirement_key = models.CharField(
        _("requirement key"),
        max_length=100,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("Identifies the section in the rulebook; set by the scaffold."),
    )

    max_count_per_parent = 1
    subpage_types = []
    base_form_class = SectionPageForm

    content_panels = [
        TitleFieldPanel("title"),
        GuidancePanel(heading=_("Guidance")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.requirement_key:
            self.requirement_key = section_key_for_model(self._meta.label)
        super().save(*args, **kwargs)

    @classmethod
    def scaffold_defaults(cls):
        """Field values the scaffold gives a new section besides its title (e.g. the
        headings the privacy notice must have)."""
        return {}

    def permissions_for_user(self, user):
        from ..protection import SectionPermissionTester

        return SectionPermissionTester(user, self)

    @cached_property
    def section_definition(self):
        """The rulebook :class:`Section` this page serves, in the site's profile."""
        from .settings import AgencySettings

        if not self.requirement_key:
            return None
        site = self.get_site() if self.pk else None
        name = (
            AgencySettings.for_site(site).profile
            if site
            else nd43_settings.DEFAULT_PROFILE
        )
        for candidate in (name, *profile_names()):
            try:
                return get_profile(candidate).section(self.requirement_key)
            except KeyError:
                continue
        return None


def section_page_models():
    """Every concrete page model that is a mandatory section."""
    return [m for m in get_page_models() if issubclass(m, SectionPageMixin)]


def item_page_models():
    """Every concrete page model that is listed as an item of a section."""
    return [m for m in get_page_models() if issubclass(m, ItemPageMixin)]
