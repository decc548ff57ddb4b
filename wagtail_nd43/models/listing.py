"""Listings of structured items with filters in GET parameters.

A section that lists one item page type (directives, petition responses, projects,
plans, statistics, research, legal documents, online services, press releases...)
mixes in :class:`ItemListingMixin` and names its filters: a
``filters.ListingFilterSet`` subclass. The filters are plain GET parameters, so a
filtered list is a link that can be shared, the form works without JavaScript and
keeps what was chosen, and a bad value is ignored rather than an error. Every
filter costs a fixed number of queries, whatever the number of items.
"""

from django.apps import apps
from django.utils.text import capfirst

from ..visibility import public
from .base import FoldedSearchMixin
from .filters import ListingFilterSet


class ItemListingMixin:
    """A section listing the live, public items of one page type, ordered by
    :attr:`item_ordering`, filtered by :attr:`filterset_class` (GET parameters),
    paginated, in the template :attr:`listing_template` unless the page names its
    own. The section lists no subsections unless :attr:`lists_subsections` says
    it holds some."""

    #: ``app_label.ModelName`` of the item page type.
    item_model_label = ""
    #: Newest first: the item's own date, then the most recently created.
    item_ordering = ("-first_published_at", "-pk")
    item_select_related = ()
    item_prefetch_related = ()
    listing_template = "wagtail_nd43/pages/item_listing_page.html"
    #: A ``filters.ListingFilterSet`` subclass: the listing's GET parameters.
    filterset_class = ListingFilterSet
    #: Whether the section also has subsections (child pages that are not
    #: items) to list, as the online services and press sections do.
    lists_subsections = False

    def get_template(self, request, *args, **kwargs):
        return [self.template, self.listing_template]

    @classmethod
    def get_item_model(cls):
        return apps.get_model(cls.item_model_label)

    def all_items(self, request=None):
        """Live items under this section that ``request``'s visitor may see; the
        view restrictions are read once per request (see ``visibility``)."""
        return public(self.get_item_model().objects.child_of(self).live(), request)

    def order_items(self, items):
        if self.item_select_related:
            items = items.select_related(*self.item_select_related)
        if self.item_prefetch_related:
            items = items.prefetch_related(*self.item_prefetch_related)
        return items.order_by(*self.item_ordering)

    def get_filterset(self, request=None):
        """The filter set bound to ``request``'s GET parameters, once per request
        (its options are read from the items when it is made)."""
        cached = getattr(self, "_nd43_filterset", None)
        if cached is not None and cached[0] is request:
            return cached[1]
        filterset = self.filterset_class(
            request.GET if request is not None else None,
            queryset=self.all_items(request),
            request=request,
            section=self,
        )
        self._nd43_filterset = (request, filterset)
        return filterset

    def get_items(self, request=None):
        return self.order_items(self.get_filterset(request).qs)

    def get_subsections(self, request=None):
        if self.lists_subsections:
            return super().get_subsections(request)
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.get_filterset(request)
        context["filters"] = filterset
        context["filter_fields"] = filterset.select_fields
        context["filters_active"] = filterset.active
        context["items_heading"] = capfirst(
            self.get_item_model()._meta.verbose_name_plural
        )
        return context


class StructuredItemMixin(FoldedSearchMixin):
    """An item page shown as a list of facts, texts and files, in its section's
    listing and on its own page (``pages/item_page.html``); the site search finds
    it with or without diacritics (add ``FOLDED_SEARCH_FIELD`` to its
    ``search_fields``)."""

    #: The field of the item's one file to download (a document link), if any,
    #: and the label it is offered under.
    download_field = None
    download_label = ""
    #: The text field shown under the item's title in the listing, if any.
    summary_field = None

    def get_template(self, request, *args, **kwargs):
        return [self.template, "wagtail_nd43/pages/item_page.html"]

    def get_facts(self):
        """``(label, value)`` pairs shown on the item's page; empty values are
        left out by the template."""
        return []

    def get_listing_facts(self):
        """The facts shown under the item's title in the listing."""
        return self.get_facts()

    def get_texts(self):
        """``(heading, text, is_rich_text)`` blocks shown on the item's page."""
        return []

    def get_downloads(self):
        """``(label, document)`` pairs of files to download: the file of
        :attr:`download_field` when one is attached."""
        field = self.download_field
        if field and getattr(self, f"{field}_id"):
            return [(self.download_label, getattr(self, field))]
        return []

    def get_related_page(self):
        """``(label, page)`` of a page the item refers to, or ``None``."""
        return None

    @property
    def listing_summary(self):
        return getattr(self, self.summary_field) if self.summary_field else ""
