"""Listings of structured items with filters in GET parameters.

A section that lists one item page type (directives, petition responses, projects,
plans...) mixes in :class:`FilteredListingMixin` and declares its filters. The
filters are plain GET parameters, so a filtered list is a link that can be shared,
the form works without JavaScript and keeps what was chosen, and a bad value is
ignored rather than an error. Every filter costs a fixed number of queries, whatever
the number of items.
"""

import datetime

from django.apps import apps
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import pgettext_lazy

from ..visibility import public
from .base import FoldedSearchMixin


class ListingFilter:
    """One ``<select>`` of a listing's filter form."""

    def __init__(self, name, label, field):
        self.name = name
        self.label = label
        self.field = field

    def options(self, queryset):
        """``(value, label)`` pairs to choose from; values are strings."""
        raise NotImplementedError

    def clean(self, raw, options):
        """The chosen value, or ``""`` when it is not one of the options."""
        raw = str(raw or "").strip()[:255]
        return raw if raw in {value for value, _label in options} else ""

    def apply(self, queryset, value):
        return queryset.filter(**{self.field: value})

    def bind(self, data, queryset):
        options = self.options(queryset)
        return BoundFilter(self, options, self.clean(data.get(self.name), options))


class ChoiceFilter(ListingFilter):
    """A fixed list of choices (a model field's ``choices``, or groups of them).

    ``choices`` maps each value to a label, or to ``(label, field values)`` for a
    value that stands for several values of the field (e.g. “rewards”).
    """

    def __init__(self, name, label, field, choices):
        super().__init__(name, label, field)
        self.choices = choices

    def options(self, queryset):
        return [
            (str(value), label[0] if isinstance(label, tuple) else label)
            for value, label in self.choices
        ]

    def apply(self, queryset, value):
        for choice, label in self.choices:
            if str(choice) == value:
                if isinstance(label, tuple):
                    return queryset.filter(**{f"{self.field}__in": label[1]})
                return queryset.filter(**{self.field: choice})
        return queryset


class ValueFilter(ListingFilter):
    """The distinct values of a text field among the listed items (one query)."""

    def options(self, queryset):
        values = (
            queryset.exclude(**{self.field: ""})
            .values_list(self.field, flat=True)
            .distinct()
            .order_by(self.field)
        )
        return [(value, value) for value in values]


class YearFilter(ListingFilter):
    """The years of a date field, newest first (two indexed queries)."""

    def options(self, queryset):
        dates = queryset.exclude(**{f"{self.field}__isnull": True}).values_list(
            self.field, flat=True
        )
        first = dates.order_by(self.field).first()
        if first is None:
            return []
        last = dates.order_by(f"-{self.field}").first()
        return [(str(year), str(year)) for year in range(last.year, first.year - 1, -1)]

    def apply(self, queryset, value):
        year = int(value)
        return queryset.filter(
            **{
                f"{self.field}__gte": datetime.date(year, 1, 1),
                f"{self.field}__lte": datetime.date(year, 12, 31),
            }
        )


class YearRangeFilter(ListingFilter):
    """Items whose period (``start``–``end`` year fields) covers the chosen year."""

    def __init__(self, name, label, start, end):
        super().__init__(name, label, start)
        self.start = start
        self.end = end

    def options(self, queryset):
        first = queryset.order_by(self.start).values_list(self.start, flat=True).first()
        if first is None:
            return []
        last = queryset.order_by(f"-{self.end}").values_list(self.end, flat=True)
        last = last.first() or first
        return [(str(year), str(year)) for year in range(last, first - 1, -1)]

    def apply(self, queryset, value):
        year = int(value)
        return queryset.filter(
            Q(**{f"{self.start}__lte": year}) & Q(**{f"{self.end}__gte": year})
        )


class FilterField:
    """One ``<select>`` of a listing's filter form, as
    ``includes/filter_form.html`` renders it: ``options`` are ``(value, label)``
    pairs and ``value`` the chosen one, all compared as strings."""

    def __init__(self, name, label, options, value, empty_label=None):
        self.name = name
        self.label = label
        self.options = options
        self.value = value
        self.empty_label = empty_label or pgettext_lazy("filter", "All")

    @property
    def id_for_label(self):
        return f"nd43-filter-{self.name}"


def filter_field(name, label, empty_label, value, choices=None, values=None):
    """A :class:`FilterField` from a value read by the ``filters`` helpers and
    either ``choices`` (``(value, label)`` pairs) or ``values`` (shown as they
    are)."""
    if choices is None:
        choices = [(item, item) for item in values]
    options = [(str(option), option_label) for option, option_label in choices]
    chosen = "" if value is None else str(value)
    return FilterField(name, label, options, chosen, empty_label)


class BoundFilter(FilterField):
    """A filter with its options and the value chosen in this request."""

    def __init__(self, definition, options, value):
        super().__init__(definition.name, definition.label, options, value)
        self.definition = definition

    def apply(self, queryset):
        return self.definition.apply(queryset, self.value) if self.value else queryset


class ItemListingMixin:
    """A section listing the live, public items of one page type, ordered by
    :attr:`item_ordering`, in the template :attr:`listing_template` unless the
    page names its own."""

    #: ``app_label.ModelName`` of the item page type.
    item_model_label = ""
    #: Newest first: the item's own date, then the most recently created.
    item_ordering = ("-first_published_at", "-pk")
    item_select_related = ()
    item_prefetch_related = ()
    listing_template = "wagtail_nd43/pages/item_listing_page.html"

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


class ParamsListingMixin(ItemListingMixin):
    """A listing filtered by a :attr:`filters_class` read from the GET parameters
    (it has ``active`` and ``apply(queryset)``), its form described by
    :meth:`get_filter_fields`."""

    filters_class = None

    def get_items(self, request=None):
        items = self.all_items(request)
        if request is not None:
            items = self.filters_class(request.GET).apply(items)
        return self.order_items(items)

    def get_filter_fields(self, filters, items):
        """The :class:`FilterField` list of the form; ``items`` are all the
        listed items, unordered."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.filters_class(request.GET)
        context["filters"] = filters
        context["filter_fields"] = self.get_filter_fields(
            filters, self.all_items(request).order_by()
        )
        return context


class FilteredListingMixin(ItemListingMixin):
    """A section listing the live, public items of one page type, newest first,
    paginated, filtered by :attr:`listing_filters` (GET parameters)."""

    #: ``ListingFilter`` instances, in the order of the form.
    listing_filters = ()

    def get_listing_filters(self):
        return list(self.listing_filters)

    def bind_filters(self, request):
        """The filters bound to ``request``'s GET parameters, once per request."""
        cached = getattr(self, "_nd43_bound_filters", None)
        if cached is not None and cached[0] is request:
            return cached[1]
        data = request.GET if request is not None else {}
        queryset = self.all_items(request).order_by()
        filters = [f.bind(data, queryset) for f in self.get_listing_filters()]
        self._nd43_bound_filters = (request, filters)
        return filters

    def get_items(self, request=None):
        items = self.all_items(request)
        for bound in self.bind_filters(request):
            items = bound.apply(items)
        return self.order_items(items)

    def get_subsections(self, request=None):
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.bind_filters(request)
        context["filters"] = filters
        context["filters_active"] = any(bound.value for bound in filters)
        context["items_heading"] = capfirst(
            self.get_item_model()._meta.verbose_name_plural
        )
        return context


class StructuredItemMixin(FoldedSearchMixin):
    """An item page shown as a list of facts, texts and files, in its section's
    listing and on its own page (``pages/item_page.html``); the site search finds
    it with or without diacritics (add ``FOLDED_SEARCH_FIELD`` to its
    ``search_fields``)."""

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
        """``(label, document)`` pairs of files to download."""
        return []

    def get_related_page(self):
        """``(label, page)`` of a page the item refers to, or ``None``."""
        return None

    @property
    def listing_summary(self):
        return ""
