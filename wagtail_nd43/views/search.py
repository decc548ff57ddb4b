"""The site search page (ND43-15.1a): one search over every live, public page of
the site and the public document files, Vietnamese-folded.

The query is folded with :func:`wagtail_nd43.search.fold_for_index`, so "nghi dinh
43" finds "Nghị định 43/2011/NĐ-CP". By default it is matched against the package's
own index (``search_index.py``: a PostgreSQL full-text index over the folded text,
exact number or title first, then title matches, then the rest); with
``WAGTAIL_ND43_SITE_SEARCH_BACKEND`` set to a Wagtail search backend's alias, by
that backend against the folded text the package's page types index
(``FoldedSearchMixin``). Drafts never match (only ``live`` pages, indexed as
published) and pages under a view restriction never appear. Files in collections
with a view restriction are left out too. The count stops at
``WAGTAIL_ND43_SITE_SEARCH_MAX_COUNT``.
"""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, Site

from .. import public_input
from ..conf import nd43_settings
from ..search import fold_for_index
from ..search_index import (
    PACKAGE_BACKEND,
    CappedCountPaginator,
    page_date,
    search_entries,
)
from ..visibility import public


#: Longest query read from the URL.
MAX_QUERY_LENGTH = 200
#: Files listed beside the pages.
MAX_FILES = 10
#: Control characters (NUL among them) a database may refuse in a parameter.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(value):
    """The query as read from the URL: control characters dropped, whitespace
    collapsed, at most :data:`MAX_QUERY_LENGTH` characters."""
    return " ".join(_CONTROL.sub(" ", value).split())[:MAX_QUERY_LENGTH]


def search_pages(query, site=None, request=None):
    """Results for ``query`` (folded) over live, public pages of ``site``, best
    first: objects whose ``pk`` is the page's, from the configured backend."""
    backend = nd43_settings.SITE_SEARCH_BACKEND
    if backend == PACKAGE_BACKEND:
        return search_entries(query, site, request)
    pages = public(Page.objects.live(), request)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages.search(fold_for_index(query), operator="and", backend=backend)


def search_files(query):
    """Document files matching ``query`` outside collections with restrictions."""
    documents = get_document_model().objects.all()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        collection = restriction.collection
        documents = documents.exclude(
            collection__in=collection.get_descendants(inclusive=True)
        )
    # Wagtail's SQLite backend hands quotes and operators to FTS5 as syntax.
    return documents.search(public_input.search_text(query), operator="and")


def _rows(page_of_results, request):
    """Each result of the current page as (specific page, type, date): one query per
    page type present, never one per result."""
    ids = [page.pk for page in page_of_results]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    rows = []
    for pk in ids:
        page = specific.get(pk)
        if page is None:
            continue
        date = page_date(page)
        rows.append(
            {
                "page": page,
                "url": page.get_url(request),
                "type": page.specific_class._meta.verbose_name
                if page.specific_class
                else "",
                "date": date,
                "description": page.search_description
                or getattr(page, "summary", "")
                or getattr(page, "lead", "")
                or getattr(page, "intro", ""),
            }
        )
    return rows


def search(request):
    refused = public_input.method_not_allowed(request, public_input.SAFE_METHODS)
    if refused is not None:
        return refused
    public_input.normalise_request(request)
    query = clean_query(request.GET.get("q", ""))
    site = Site.find_for_request(request)
    context = {"query": query, "results": None, "rows": [], "files": []}
    if fold_for_index(query):
        found = search_pages(query, site, request)
        paginator_class = (
            CappedCountPaginator
            if nd43_settings.SITE_SEARCH_BACKEND == PACKAGE_BACKEND
            else Paginator
        )
        paginator = paginator_class(found, nd43_settings.LISTING_PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
        context["results"] = results
        context["rows"] = _rows(results.object_list, request)
        if results.number == 1:
            context["files"] = list(search_files(query)[:MAX_FILES])
    return render(request, "wagtail_nd43/search/search.html", context)
