"""The “Văn bản” section's listing of legal documents: newest first, filtered by
type, issuer, field, year and effect status and a keyword box (GET parameters),
with its counts and filter choices cached until a document changes.
"""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from .. import public_input
from ..conf import nd43_settings
from ..search import fold_terms
from ..visibility import public
from .base import ItemPageMixin
from .filters import (
    ListingFilterSet,
    SelectFilter,
    TextFilter,
    YearFilter,
    id_value,
)
from .legal import (
    EffectStatus,
    LegalDocumentAttachment,
    listing_version,
    status_q,
)
from .legal_vocabularies import DocumentType, IssuingBody, LegalField
from .listing import ItemListingMixin


#: Counts are cached at most this long, in case a change bypassed the signals
#: (``QuerySet.update()``) or the cache is per process (local memory).
COUNT_CACHE_SECONDS = 300


class CachedCountPaginator(Paginator):
    """Counting 100,000 documents through the page tree costs more than the rest of
    the request; the count is cached per filter combination and day until a
    document changes."""

    def __init__(self, *args, cache_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.cache_key = cache_key

    def page_numbers(self, number):
        """The page numbers the pagination template shows or elides around page
        ``number``: both ends, their neighbours and two on each side."""
        last = self.num_pages
        wanted = {1, 2, last - 1, last, *range(number - 2, number + 3)}
        return [n for n in sorted(wanted) if 1 <= n <= last]

    def get_page(self, number):
        page = super().get_page(number)
        self.current = page.number
        return page

    @property
    def page_range(self):
        # ``includes/pagination.html`` loops over ``paginator.page_range`` and shows
        # only the numbers above; looping over 5,000 pages cost ~100 ms.
        current = getattr(self, "current", None)
        if current is None:
            return super().page_range
        return self.page_numbers(current)

    @cached_property
    def count(self):
        value = cache.get(self.cache_key)
        if value is None:
            value = super().count
            cache.set(self.cache_key, value, COUNT_CACHE_SECONDS)
        return value


def vocabulary_select(name, options, label, empty_label):
    """The select of one vocabulary: its options are ``options`` of the listing's
    cached choices, and any id is taken, listed or not, as older links expect."""
    return SelectFilter(
        name, label=label, empty_label=empty_label, options=options, parse=id_value
    )


class LegalDocumentFilterSet(ListingFilterSet):
    """Keywords, document type, issuing body, field, year issued and effect status.
    The selects' options are keys of :meth:`LegalDocumentsPageMixin.listing_choices`
    (read from the cache); see :func:`vocabulary_select`."""

    q = TextFilter(max_length=200, method="filter_keywords")
    type = vocabulary_select(
        "document_type_id",
        "document_types",
        _("Document type"),
        pgettext_lazy("legal document", "All types"),
    )
    issuer = vocabulary_select(
        "issuing_body_id", "issuing_bodies", _("Issuing body"), _("All issuing bodies")
    )
    field = vocabulary_select(
        "fields",
        "legal_fields",
        pgettext_lazy("legal document", "Field"),
        _("All fields"),
    )
    year = YearFilter(
        "issued_date",
        label=_("Year issued"),
        empty_label=_("All years"),
        options="years",
        parse=public_input.year,
    )
    status = SelectFilter(
        label=_("Effect"),
        empty_label=_("Any effect status"),
        choices=EffectStatus.choices,
        method="filter_status",
    )

    @cached_property
    def listing_choices(self):
        return self.section.listing_choices(self.request)

    def get_named_options(self, name):
        """``name`` is a key of the section's ``listing_choices``: a vocabulary
        (its items' ids and names) or the years."""
        return [
            (getattr(item, "pk", item), getattr(item, "name", item))
            for item in self.listing_choices[name]
        ]

    def filter_keywords(self, queryset, name, value):
        for term in fold_terms(value):
            queryset = queryset.filter(search_text__contains=term)
        return queryset

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_q(value, timezone.localdate()))


class LegalDocumentsPageMixin(ItemListingMixin, models.Model):
    """The “Văn bản” section: its documents newest first, with filters by type,
    issuer, field, year and status and a keyword box (GET parameters)."""

    item_model_label = "wagtail_nd43.LegalDocumentPage"
    item_ordering = ("-issued_date", "-pk")
    item_select_related = ("document_type", "issuing_body")
    item_prefetch_related = (
        models.Prefetch(
            "attachments",
            queryset=LegalDocumentAttachment.objects.select_related("document"),
        ),
    )
    listing_template = "wagtail_nd43/pages/legal_documents_page.html"
    filterset_class = LegalDocumentFilterSet

    class Meta:
        abstract = True

    def get_subsections(self, request=None):
        """Only the subsection types this section allows (the gazette): filtering
        by type reads an index, excluding 100,000 documents by type would not."""
        subsections = [
            model
            for model in self.specific_class.allowed_subpage_models()
            if not issubclass(model, ItemPageMixin)
        ]
        return (
            public(Page.objects.child_of(self).live(), request)
            .type(*subsections)
            .order_by("path")
        )

    def get_years(self, request=None):
        """Every year from the newest document's back to the oldest. Two indexed
        queries (MIN/MAX over a join would read every document), cached with the
        listing's version."""
        return self.listing_choices(request)["years"]

    def _read_years(self, request=None):
        dates = self.all_items(request).values_list("issued_date", flat=True)
        first = dates.order_by("issued_date").first()
        if first is None:
            return []
        last = dates.order_by("-issued_date").first()
        return list(range(last.year, first.year - 1, -1))

    def listing_choices(self, request=None):
        """The filters' choices: document types, issuing bodies, fields and years.
        Read once per listing version (any change to a document, a vocabulary or a
        view restriction makes a new one) and kept in the cache: five queries on
        every page view otherwise."""
        key = f"wagtail_nd43:legal-choices:{self.pk}:{listing_version()}"
        choices = cache.get(key)
        if choices is None:
            choices = {
                "document_types": list(DocumentType.objects.all()),
                "issuing_bodies": list(IssuingBody.objects.all()),
                "legal_fields": list(LegalField.objects.all()),
                "years": self._read_years(request),
            }
            cache.set(key, choices, COUNT_CACHE_SECONDS)
        return choices

    def get_paginator(self, request, items):
        key = ":".join(
            (
                "wagtail_nd43:legal-count",
                str(self.pk),
                listing_version(),
                timezone.localdate().isoformat(),
                self.get_filterset(request).cache_key(),
            )
        )
        return CachedCountPaginator(
            items, nd43_settings.LISTING_PAGE_SIZE, cache_key=key
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_filterset(request).listing_choices)
        context["statuses"] = EffectStatus.choices
        return context


__all__ = ["LegalDocumentsPageMixin"]
