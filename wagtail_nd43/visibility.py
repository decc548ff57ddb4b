"""Who may see a page: Wagtail's ``PageQuerySet.public()``, read once per request.

``public()`` reads every view restriction from the database each time it is called,
and one page view calls it for the menu, the listing, the year range, the
subsections... :func:`public` does the same filtering with the restrictions read
once and kept on the request. Outside a request it behaves like ``public()``.

A restriction saved while a request is being answered is seen by the next request;
answering a GET never changes restrictions. Saving or deleting a restriction renews
the cached site chrome, which holds them between requests.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction


#: Where the restrictions of a request are kept.
REQUEST_ATTRIBUTE = "_nd43_view_restrictions"


def _restricted_sections():
    """(path, depth) of every page that has a view restriction: one query."""
    return list(
        PageViewRestriction.objects.values_list("page__path", "page__depth").distinct()
    )


def restricted_sections(request=None):
    """The (path, depth) of the restricted pages, read once per ``request``, from
    the site chrome (``chrome.py``) when it is cached."""
    if request is None:
        return _restricted_sections()
    sections = getattr(request, REQUEST_ATTRIBUTE, None)
    if sections is None:
        from .chrome import for_request

        sections = for_request(request).restricted
        setattr(request, REQUEST_ATTRIBUTE, sections)
    return sections


def exclude_restricted(queryset, sections):
    """``queryset`` (of pages) without the pages under the restricted ``sections``
    ((path, depth) pairs)."""
    private = Q()
    for path, depth in sections:
        private |= Q(path__startswith=path, depth__gte=depth)
    return queryset.exclude(private) if private else queryset


def public(queryset, request=None):
    """``queryset`` (of pages) without the pages under a view restriction, like
    ``queryset.public()``, with the restrictions read once per ``request``."""
    return exclude_restricted(queryset, restricted_sections(request))
